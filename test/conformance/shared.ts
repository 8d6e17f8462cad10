// What the conformance suites share: a seeded generator (a failure names its seed and replays) and
// how many edits a run makes (`npm test` a few; `npm run conformance` many more).

/** A small deterministic generator (mulberry32). */
export function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = Math.imul(s ^ (s >>> 15), 1 | s);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** CASEDOC_CONFORMANCE_SEED replays a run; by default each run uses the same seed. */
export const SEED = Number(process.env.CASEDOC_CONFORMANCE_SEED ?? 20261201);

/** Chained edits per suite case: few in `npm test`, many in `npm run conformance`. */
export const EDITS = Number(process.env.CASEDOC_CONFORMANCE_EDITS ?? 4);

/**
 * The smallest text that still fails: lines, then characters, taken away while `fails` holds.
 * Divergences are reported this way, so a failure reads as the case to fix.
 */
export function shrink(text: string, fails: (t: string) => boolean, budget = 2_000): string {
  let changed = true;
  while (changed && budget > 0) {
    changed = false;
    const lines = text.split(/(?<=\n)/);
    for (let i = 0; i < lines.length && budget > 0; i++, budget--) {
      const candidate = lines.slice(0, i).join('') + lines.slice(i + 1).join('');
      if (fails(candidate)) {
        text = candidate;
        changed = true;
        break;
      }
    }
    if (changed) continue;
    for (let i = 0; i < text.length && budget > 0; i++, budget--) {
      const candidate = text.slice(0, i) + text.slice(i + 1);
      if (fails(candidate)) {
        text = candidate;
        changed = true;
        break;
      }
    }
  }
  return text;
}
