import { isObj } from '../../values';
import { defineCheck, defineCode } from '../define';
import { q } from '../text';

export const sectorWithoutActor = defineCode('sector-without-actor', 'warning', {
  en: (a: { sector: string }) => `${q(a.sector)} is named here, but no actor in \`actors\` has that sector: add the actor or correct the sector.`,
  da: (a) => `${q(a.sector)} nævnes her, men ingen aktør i \`actors\` har den sektor: tilføj aktøren eller ret sektoren.`,
});

const BY_FIELDS = ['initiated_by', 'funded_by', 'evaluated_by', 'purpose_defined_by'] as const;

/** A sector named in a phase or a `*_by` field that no actor has. */
export default defineCheck({
  id: 'sector-without-actor',
  codes: [sectorWithoutActor],
  check({ data, place, emit, rejected }) {
    if (!data || !Array.isArray(data.actors) || rejected('/actors')) return;
    const actors = data.actors.filter(isObj);
    if (actors.length === 0) return;
    const sectors = new Set(actors.map((a) => a.sector).filter((s): s is string => typeof s === 'string'));
    const named = (sector: unknown, path: string[]) => {
      if (typeof sector === 'string' && !sectors.has(sector)) {
        emit({ code: sectorWithoutActor, range: place.value(path), path, args: { sector }, data: { sector, known: [...sectors] } });
      }
    };
    const phases = Array.isArray(data.phases) ? data.phases : [];
    phases.forEach((entry, i) => {
      if (isObj(entry) && Array.isArray(entry.actors)) entry.actors.forEach((s, j) => named(s, ['phases', String(i), 'actors', String(j)]));
    });
    for (const field of BY_FIELDS) {
      const list = data[field];
      if (Array.isArray(list)) list.forEach((s, j) => named(s, [field, String(j)]));
    }
  },
});
