import { isObj } from '../../values';
import { defineCheck, defineCode } from '../define';
import { q } from '../text';

export const duplicatePhase = defineCode('duplicate-phase', 'warning', {
  en: (a: { phase: string }) => `The phase ${q(a.phase)} is listed more than once in \`phases\`; list each phase once with all its sectors.`,
  da: (a) => `Fasen ${q(a.phase)} står mere end én gang i \`phases\`; angiv hver fase én gang med alle dens sektorer.`,
});

/** A phase listed twice in `phases`, said on the later entry. */
export default defineCheck({
  id: 'duplicate-phase',
  codes: [duplicatePhase],
  check({ data, place, emit }) {
    const phases = Array.isArray(data?.phases) ? data.phases : [];
    const first = new Map<string, number>();
    phases.forEach((entry, i) => {
      if (!isObj(entry) || typeof entry.phase !== 'string') return;
      const phase = entry.phase;
      if (!first.has(phase)) return void first.set(phase, i);
      const path = ['phases', String(i), 'phase'];
      emit({ code: duplicatePhase, range: place.value(path), path, args: { phase }, data: { phase, firstIndex: first.get(phase) } });
    });
  },
});
