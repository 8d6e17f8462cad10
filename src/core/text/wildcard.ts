// What the glob matcher (glob.ts) and Git's ignore rules (gitignore.ts) share when they turn a
// wildcard pattern into RE2's syntax: a character as itself, "matches nothing", and a class.

/** A character as itself in RE2's syntax (inside a class too). */
export const re2Literal = (ch: string): string => (/[\\.+*?()|[\]{}^$-]/.test(ch) ? `\\${ch}` : ch);
/** A class no character is in. */
export const RE2_NOTHING = '[^\\x00-\\x{10FFFF}]';
const POSIX = new Set(['alnum', 'alpha', 'blank', 'cntrl', 'digit', 'graph', 'lower', 'print', 'punct', 'space', 'upper', 'xdigit']);
/** The POSIX classes that hold `/`, as ranges, so that `/` can be left out of them. */
const WITH_SLASH: Record<string, [string, string][]> = {
  punct: [['!', '/'], [':', '@'], ['[', '`'], ['{', '~']],
  graph: [['!', '~']],
  print: [[' ', '~']],
};

/** A class as wildmatch reads it from `start` (after the `[`): its RE2 form and its `]`, or null (never closed, or an unknown `[:name:]`). */
export function readClass(chars: string[], start: number): { re: string; end: number } | null {
  let i = start;
  const negated = chars[i] === '!' || chars[i] === '^';
  if (negated) i++;
  const items: string[] = [];
  let prev: string | null = null; // the last single character, which a `-` may follow
  let first = true;
  for (; first || chars[i] !== ']'; i++, first = false) {
    let c = chars[i];
    if (c === undefined) return null;
    if (c === '\\') {
      c = chars[++i];
      if (c === undefined) return null;
      items.push(range(c, c));
      prev = c;
    } else if (c === '-' && prev !== null && chars[i + 1] !== undefined && chars[i + 1] !== ']') {
      let hi = chars[++i];
      if (hi === '\\') {
        hi = chars[++i];
        if (hi === undefined) return null;
      }
      items.pop();
      items.push(range(prev, hi));
      prev = null;
    } else if (c === '[' && chars[i + 1] === ':') {
      const close = chars.indexOf(']', i + 2);
      if (close < 0) return null;
      if (chars[close - 1] !== ':' || close - 1 < i + 2) {
        // No `:]`: the `[` is a character of the class.
        items.push(range(c, c));
        prev = c;
        continue;
      }
      const name = chars.slice(i + 2, close - 1).join('');
      if (!POSIX.has(name)) return null;
      items.push(WITH_SLASH[name] ? WITH_SLASH[name].map(([lo, hi]) => range(lo, hi)).join('') : `[:${name}:]`);
      prev = null;
      i = close;
    } else {
      items.push(range(c, c));
      prev = c;
    }
  }
  const body = items.join('');
  // `/` is never in a class (WM_PATHNAME); an empty class (`[z-a]`) matches nothing.
  if (negated) return { re: `[^/${body}]`, end: i };
  return { re: body ? `(?:[${body}])` : RE2_NOTHING, end: i };
}

/** The characters from `lo` to `hi` but `/`, in a class (nothing when `hi` is before `lo`). */
function range(lo: string, hi: string): string {
  const a = lo.codePointAt(0)!;
  const b = hi.codePointAt(0)!;
  if (b < a) return '';
  const span = (x: number, y: number) => (x > y ? '' : x === y ? re2Literal(String.fromCodePoint(x)) : `${re2Literal(String.fromCodePoint(x))}-${re2Literal(String.fromCodePoint(y))}`);
  const slash = 0x2f;
  return a <= slash && slash <= b ? span(a, slash - 1) + span(slash + 1, b) : span(a, b);
}
