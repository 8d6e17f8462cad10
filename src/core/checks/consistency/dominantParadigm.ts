import { addKey } from '../../features/edits';
import { defineCheck, defineCode, type Diagnosed } from '../define';
import { q } from '../text';

export const dominantParadigmMissing = defineCode('dominant-paradigm-missing', 'information', {
  en: () => 'A hybrid governance paradigm names the paradigm that dominates: add `dominant_paradigm`.',
  da: () => 'Ved hybrid styring angives det paradigme, der dominerer: tilføj `dominant_paradigm`.',
}, (report, _d: Diagnosed<{ key: 'dominant_paradigm' }>, { schema, words }) => {
  const edit = addKey(report, [], 'dominant_paradigm', schema);
  return edit ? [{ title: words.add('dominant_paradigm'), edits: [edit], preferred: true, unambiguous: false }] : [];
});
export const dominantParadigmUnexpected = defineCode('dominant-paradigm-unexpected', 'warning', {
  en: (a: { paradigm: string; itself?: boolean }) => a.itself
    ? '`dominant_paradigm` names the paradigm that dominates a hybrid, so it cannot itself be `hybrid`.'
    : `\`dominant_paradigm\` belongs with \`governance_paradigm: hybrid\`, but the paradigm is ${q(a.paradigm)}: remove it, or make the paradigm \`hybrid\`.`,
  da: (a) => a.itself
    ? '`dominant_paradigm` angiver det paradigme, der dominerer ved hybrid styring, og kan derfor ikke selv være `hybrid`.'
    : `\`dominant_paradigm\` hører til \`governance_paradigm: hybrid\`, men paradigmet er ${q(a.paradigm)}: fjern feltet, eller gør paradigmet til \`hybrid\`.`,
});

/** `governance_paradigm: hybrid` and `dominant_paradigm` go together (vocabulary v2). */
export default defineCheck({
  id: 'dominant-paradigm',
  codes: [dominantParadigmMissing, dominantParadigmUnexpected],
  check({ data, place, emit, rejected }) {
    const paradigm = data?.governance_paradigm;
    if (!data || typeof paradigm !== 'string' || rejected('/governance_paradigm') || rejected('/dominant_paradigm')) return;
    const dominant = data.dominant_paradigm;
    if (paradigm === 'hybrid' && dominant === undefined) {
      emit({ code: dominantParadigmMissing, range: place.value(['governance_paradigm']), path: ['governance_paradigm'], data: { key: 'dominant_paradigm' } });
    } else if (typeof dominant === 'string' && (paradigm !== 'hybrid' || dominant === 'hybrid')) {
      emit({ code: dominantParadigmUnexpected, range: place.value(['dominant_paradigm']), path: ['dominant_paradigm'], args: { paradigm, itself: dominant === 'hybrid' } });
    }
  },
});
