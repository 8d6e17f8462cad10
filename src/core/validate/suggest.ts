import type { VocabularyValue } from '../schema/vocabulary';

/** Levenshtein distance, stopping early once it exceeds `max`. */
export function distance(a: string, b: string, max = Infinity): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost);
      if (cur[j] < rowMin) rowMin = cur[j];
    }
    if (rowMin > max) return max + 1;
    prev = cur;
  }
  return prev[b.length];
}

/** Lower case, spaces and underscores as hyphens, no surrounding punctuation. */
export function normalise(s: string): string {
  return s.toLowerCase().normalize('NFC').trim().replace(/[\s_]+/g, '-').replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
}

const tolerance = (s: string) => Math.max(1, Math.min(3, Math.floor(s.length / 4)));

/** The closest of `candidates` to `input` within a typo's distance, or null. */
export function closest(input: string, candidates: readonly string[]): string | null {
  const n = normalise(input);
  let best: string | null = null;
  let bestD = Infinity;
  for (const c of candidates) {
    const d = distance(n, normalise(c), tolerance(n));
    if (d < bestD && d <= tolerance(n)) {
      best = c;
      bestD = d;
    }
  }
  return best;
}

// A value's names, normalised once; and each answer once per vocabulary and input, since a
// keystroke re-checks the same wrong value again and again. A vocabulary is the same array on
// every check (checks/schema/invalidValue.ts keeps one per schema node), so it keys its answers.
const namesOf = new WeakMap<VocabularyValue, string[]>();
const answers = new WeakMap<readonly VocabularyValue[], Map<string, VocabularyValue | null>>();
const MAX_ANSWERS = 500;

function names(v: VocabularyValue): string[] {
  let n = namesOf.get(v);
  if (!n) namesOf.set(v, (n = [v.id, v.title, v.titleDa ?? '', ...v.aliases].filter(Boolean).map(normalise)));
  return n;
}

/**
 * The vocabulary value a writer most likely meant: an exact id, title, Danish label or alias
 * (`samskabelse` → `co-creation`), else the nearest of those within a typo's distance.
 */
export function closestValue(input: unknown, values: readonly VocabularyValue[]): VocabularyValue | null {
  if (typeof input !== 'string' && typeof input !== 'number' && typeof input !== 'boolean') return null;
  const n = normalise(String(input));
  if (!n) return null;
  let known = answers.get(values);
  if (!known) answers.set(values, (known = new Map()));
  const hit = known.get(n);
  if (hit !== undefined) return hit;
  const found = search(n, values);
  if (known.size >= MAX_ANSWERS) known.clear();
  known.set(n, found);
  return found;
}

function search(n: string, all: readonly VocabularyValue[]): VocabularyValue | null {
  // A deprecated value is never suggested: its replacement is.
  const values = all.filter((v) => !v.deprecated);
  for (const v of values) if (names(v).includes(n)) return v;
  // Danish labels with a slash ("Borger / bruger / pårørende") match any of their parts.
  for (const v of values) if ((v.titleDa ?? '').split('/').map(normalise).includes(n)) return v;
  let best: VocabularyValue | null = null;
  let bestD = Infinity;
  const max = tolerance(n);
  for (const v of values) {
    for (const name of names(v)) {
      const d = distance(n, name, max);
      if (d < bestD) {
        best = v;
        bestD = d;
      }
    }
  }
  return bestD <= max ? best : null;
}
