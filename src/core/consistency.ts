import type { ParsedReport } from './parse/report';
import type { Emitter } from './validate/emit';
import { Placer } from './validate/place';
import { isObj, type Obj } from './values';

const BY_FIELDS = ['initiated_by', 'funded_by', 'evaluated_by', 'purpose_defined_by'] as const;

/**
 * Cross-field checks: each is a warning on the field it concerns. They read the data defensively:
 * a value of the wrong type is the schema's to report, not theirs.
 */
export function consistencyDiagnostics(report: ParsedReport, data: Obj, out: Emitter, invalid: ReadonlySet<string>): void {
  const place = new Placer(report);
  // A field the schema rejected is reported once, by the schema: no warning built on its value.
  const rejected = (pointer: string) => [...invalid].some((p) => p === pointer || p.startsWith(pointer + '/'));

  const period = data.period;
  if (isObj(period) && typeof period.start === 'string' && typeof period.end === 'string') {
    const iso = /^\d{4}-\d{2}-\d{2}$/;
    if (iso.test(period.start) && iso.test(period.end) && period.end < period.start) {
      out.emit('period-end-before-start', place.value(['period', 'end']), ['period', 'end'], { start: period.start, end: period.end },
        { start: period.start, end: period.end });
    }
  }

  const actors = Array.isArray(data.actors) && !rejected('/actors') ? data.actors.filter(isObj) : [];
  const sectors = new Set(actors.map((a) => a.sector).filter((s): s is string => typeof s === 'string'));
  const checkSector = (sector: string, path: string[]) => {
    if (actors.length > 0 && !sectors.has(sector)) {
      out.emit('sector-without-actor', place.value(path), path, { sector }, { sector, known: [...sectors] });
    }
  };

  const phases = Array.isArray(data.phases) ? data.phases : [];
  const seenPhases = new Map<string, number>();
  phases.forEach((entry, i) => {
    if (!isObj(entry)) return;
    if (typeof entry.phase === 'string') {
      if (seenPhases.has(entry.phase)) {
        out.emit('duplicate-phase', place.value(['phases', String(i), 'phase']), ['phases', String(i), 'phase'], { phase: entry.phase },
          { phase: entry.phase, firstIndex: seenPhases.get(entry.phase) });
      } else {
        seenPhases.set(entry.phase, i);
      }
    }
    if (Array.isArray(entry.actors)) {
      entry.actors.forEach((s, j) => typeof s === 'string' && checkSector(s, ['phases', String(i), 'actors', String(j)]));
    }
  });
  for (const field of BY_FIELDS) {
    const list = data[field];
    if (Array.isArray(list)) list.forEach((s, j) => typeof s === 'string' && checkSector(s, [field, String(j)]));
  }

  if (data.collaboration_type === 'co-production' && seenPhases.size === 1 && !rejected('/phases')) {
    out.emit('single-phase-coproduction', place.key(['phases']), ['phases'], { phase: [...seenPhases.keys()][0] });
  }

  if (typeof data.coproduction_mode === 'string' && typeof data.collaboration_type === 'string' &&
      data.collaboration_type !== 'co-production' && !rejected('/collaboration_type')) {
    out.emit('coproduction-mode-mismatch', place.key(['coproduction_mode']), ['coproduction_mode'], { type: data.collaboration_type });
  }

  if (isObj(data.power_balance_by_phase) && seenPhases.size > 0) {
    for (const phase of Object.keys(data.power_balance_by_phase)) {
      if (!phase.startsWith('x-') && !seenPhases.has(phase)) {
        out.emit('phase-not-listed', place.key(['power_balance_by_phase', phase]), ['power_balance_by_phase', phase], { phase });
      }
    }
  }
}
