import { defineCheck, defineCode } from '../define';
import { q } from '../text';
import { listedPhases } from './read';

export const singlePhaseCoproduction = defineCode('single-phase-coproduction', 'warning', {
  en: (a: { phase: string }) => `Co-production spans several phases (development, implementation, evaluation), but \`phases\` covers only ${q(a.phase)}.`,
  da: (a) => `Samproduktion spænder over flere faser (udvikling, gennemførelse, evaluering), men \`phases\` dækker kun ${q(a.phase)}.`,
});

/** Co-production with one phase only. */
export default defineCheck({
  id: 'single-phase-coproduction',
  codes: [singlePhaseCoproduction],
  check({ data, place, emit, rejected }) {
    if (data?.collaboration_type !== 'co-production' || rejected('/phases')) return;
    const phases = listedPhases(data);
    if (phases.size !== 1) return;
    emit({ code: singlePhaseCoproduction, range: place.key(['phases']), path: ['phases'], args: { phase: [...phases.keys()][0] } });
  },
});
