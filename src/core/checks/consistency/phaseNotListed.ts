import { isObj } from '../../values';
import { defineCheck, defineCode } from '../define';
import { q } from '../text';
import { listedPhases } from './read';

export const phaseNotListed = defineCode('phase-not-listed', 'warning', {
  en: (a: { phase: string }) => `${q(a.phase)} has a power balance here but is not among the \`phases\`.`,
  da: (a) => `Fasen ${q(a.phase)} har en magtbalance her, men står ikke blandt \`phases\`.`,
});

/** A power balance for a phase the report does not list (fields of one's own, `x-…`, aside). */
export default defineCheck({
  id: 'power-balance-by-phase',
  codes: [phaseNotListed],
  check({ data, place, emit }) {
    if (!data || !isObj(data.power_balance_by_phase)) return;
    const phases = listedPhases(data);
    if (phases.size === 0) return;
    for (const phase of Object.keys(data.power_balance_by_phase)) {
      if (phase.startsWith('x-') || phases.has(phase)) continue;
      const path = ['power_balance_by_phase', phase];
      emit({ code: phaseNotListed, range: place.key(path), path, args: { phase } });
    }
  },
});
