// The one glob matcher for `include`/`exclude` (`.casedoc.json(c)`, the editor's settings) and the
// CLI's `--ignore` and `!glob`. picomatch, used before, compiles a glob to a backtracking RegExp:
// `**/*a*a*a*a*a*a*a*a*b.md` against a long file name never ends, and a configuration's globs apply
// in untrusted workspaces too. Here a glob is translated to RE2's syntax and run on the linear-time
// engine (re2js), with picomatch's meaning for what configurations use (`dot: true`):
//   `*`  any characters but `/`            `?`  one character but `/`
//   `**` as a whole segment: any number of segments (`a/**` also matches `a`, `**/b` also `b`);
//        as picomatch, also before a brace (`**{a,b}`); elsewhere `**` and `***` are `*`
//   `[abc]`, `[a-z]`, `[!a]` / `[^a]`, `[[:alpha:]]` (a class never matches `/`; read as the
//        .gitignore rules read it, core/text/wildcard.ts)
//   `{a,b}` (nested too), `{1..9}`, `{01..09}` (zero-padded, as a shell pads it; picomatch 4 reads
//        `{01..09}` as the text `01..09`)      a leading `!` negates, a leading `./` is dropped
// A back-slash is read as `/` (a Windows path), so nothing is escaped. picomatch's extglobs and
// regex groups (`+(a|b)`, `(a|b)`) are not globs a configuration needs: here `(`, `)`, `|`, `+`, `@`
// are plain characters. One deliberate difference: picomatch 4 reads `[!a]` as the characters `!`
// and `a`; here it is "not a", as in every shell and in .gitignore.
import { RE2JS } from 're2js';
import { re2Literal, readClass } from './wildcard';

export type PathMatcher = (path: string) => boolean;

/** A matcher for one glob, against a path relative to the glob's base with `/` between segments. */
export function globMatcher(glob: string): PathMatcher {
  let g = glob.replace(/\\/g, '/');
  let negated = false;
  while (g.startsWith('!') && !g.startsWith('!(')) {
    negated = !negated;
    g = g.slice(1);
  }
  while (g.startsWith('./')) g = g.slice(2);
  // `**/**` is `**`.
  while (/(^|\/)\*\*\/\*\*(?=\/|$)/.test(g)) g = g.replace(/(^|\/)\*\*\/\*\*(?=\/|$)/, '$1**');
  let re: RE2JS;
  try {
    re = RE2JS.compile(globToRe2(g));
  } catch {
    // Only a glob of absurd size or nesting gets here (RE2's limits): it matches nothing.
    return () => negated;
  }
  return (path) => re.testExact(path) !== negated;
}

/** A matcher for a list of globs: does any match? */
export function anyGlob(globs: readonly string[]): PathMatcher {
  const matchers = globs.map(globMatcher);
  return (path) => matchers.some((m) => m(path));
}


/** `glob` (back-slashes already `/`) as an RE2 pattern for the whole path. */
function globToRe2(glob: string): string {
  const braces = matchBraces(glob);
  let out = '';
  const depth: number[] = []; // the `}` of each brace alternation open here
  for (let i = 0; i < glob.length; ) {
    const c = glob[i];
    const before = glob[i - 1];
    // A segment starts at the start, after `/`, or at the start of a brace alternative; likewise it ends.
    const starts = (k: number) => k === 0 || glob[k - 1] === '/' || (depth.length > 0 && (glob[k - 1] === '{' || glob[k - 1] === ','));
    const ends = (k: number) => k === glob.length || glob[k] === '/' || (depth.length > 0 && (glob[k] === ',' || glob[k] === '}'));
    if (c === '*') {
      let j = i;
      while (glob[j] === '*') j++;
      // picomatch also reads `**` as crossing folders before a brace (`**{a,b}`).
      if (j - i === 2 && starts(i) && glob[j] === '{' && braces.has(j)) out += '.*';
      else if (j - i === 2 && starts(i) && ends(j)) {
        if (glob[j] === '/') {
          out += '(?:[^/]*/)*';
          j++;
        } else out += '.*';
      } else out += '[^/]*';
      i = j;
    } else if (c === '/' && i + 3 === glob.length && glob.endsWith('**') && i > 0 && before !== '/' && before !== '*') {
      // `a/**` at the end: `a` itself, or anything under it (after a `*`, picomatch wants the `/`).
      out += '(?:/.*)?';
      i += 3;
    } else if (c === '?') {
      out += '[^/]';
      i++;
    } else if (c === '[' && classAt(glob, i)) {
      const cls = classAt(glob, i)!;
      out += cls.re;
      i = cls.next;
    } else if (c === '{' && braces.has(i)) {
      const close = braces.get(i)!;
      const range = /^\{(\d+)\.\.(\d+)\}$/.exec(glob.slice(i, close + 1));
      if (range) {
        out += numberRange(range[1], range[2]);
        i = close + 1;
      } else {
        out += '(?:';
        depth.push(close);
        i++;
      }
    } else if (c === ',' && depth.length) {
      out += '|';
      i++;
    } else if (c === '}' && depth.at(-1) === i) {
      depth.pop();
      out += ')';
      i++;
    } else {
      const cp = glob.codePointAt(i)!;
      const ch = String.fromCodePoint(cp);
      out += re2Literal(ch);
      i += ch.length;
    }
  }
  return out;
}

/**
 * A class opened at `i` as Git's wildmatch and picomatch read it (`[!a]`, ranges, `[:alpha:]`; core's
 * readClass, as the .gitignore rules read it): its RE2 form and the index after its `]`, or null
 * when it is none (never closed, or holding a `/`): its `[` is then a character.
 */
function classAt(glob: string, i: number): { re: string; next: number } | null {
  const rest = [...glob.slice(i + 1)];
  const cls = readClass(rest, 0);
  if (!cls) return null;
  const text = rest.slice(0, cls.end + 1).join('');
  return text.includes('/') ? null : { re: cls.re, next: i + 1 + text.length };
}

/** Each `{` that opens an alternation (a matching `}` with a `,` between, or `{n..m}`) with its `}`. */
function matchBraces(glob: string): Map<number, number> {
  const out = new Map<number, number>();
  const open: { at: number; comma: boolean }[] = [];
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i];
    if (c === '[' && classAt(glob, i)) i = classAt(glob, i)!.next - 1;
    else if (c === '{') open.push({ at: i, comma: false });
    else if (c === ',' && open.length) open[open.length - 1].comma = true;
    else if (c === '}' && open.length) {
      const o = open.pop()!;
      if (o.comma || /^\{\d+\.\.\d+\}$/.test(glob.slice(o.at, i + 1))) out.set(o.at, i);
    }
  }
  return out;
}

/** `{n..m}`: the numbers between, as alternatives, zero-padded as written (`{01..03}`); a range of more than 1000 matches its text only. */
function numberRange(from: string, to: string): string {
  const [a, b] = [Number(from), Number(to)];
  const [lo, hi] = a <= b ? [a, b] : [b, a];
  if (hi - lo > 1000) return `\\{${from}\\.\\.${to}\\}`;
  const width = /^0\d/.test(from) || /^0\d/.test(to) ? Math.max(from.length, to.length) : 0;
  return `(?:${Array.from({ length: hi - lo + 1 }, (_, k) => String(lo + k).padStart(width, '0')).join('|')})`;
}
