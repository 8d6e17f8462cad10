// The consistency checks read the data defensively: a value of the wrong type is the schema's to
// report, not theirs.
import { isObj, type Obj } from '../../values';

/** Each phase named in `phases`, with the index of its first entry. */
export function listedPhases(data: Obj): Map<string, number> {
  const seen = new Map<string, number>();
  const phases = Array.isArray(data.phases) ? data.phases : [];
  phases.forEach((entry, i) => {
    if (isObj(entry) && typeof entry.phase === 'string' && !seen.has(entry.phase)) seen.set(entry.phase, i);
  });
  return seen;
}
