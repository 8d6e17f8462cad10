import { defineCheck, defineCode } from '../define';
import { q } from '../text';

export const coproductionModeMismatch = defineCode('coproduction-mode-mismatch', 'warning', {
  en: (a: { type: string }) => `\`coproduction_mode\` describes co-production, but \`collaboration_type\` is ${q(a.type)}.`,
  da: (a) => `\`coproduction_mode\` beskriver samproduktion, men \`collaboration_type\` er ${q(a.type)}.`,
});

/** A co-production mode on a collaboration that is not co-production. */
export default defineCheck({
  id: 'coproduction-mode-mismatch',
  codes: [coproductionModeMismatch],
  check({ data, place, emit, rejected }) {
    if (!data || typeof data.coproduction_mode !== 'string' || typeof data.collaboration_type !== 'string') return;
    if (data.collaboration_type === 'co-production' || rejected('/collaboration_type')) return;
    emit({ code: coproductionModeMismatch, range: place.key(['coproduction_mode']), path: ['coproduction_mode'], args: { type: data.collaboration_type } });
  },
});
