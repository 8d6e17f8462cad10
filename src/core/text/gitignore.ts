// Git's ignore rules (gitignore(5)) on the linear-time engine (re2js). The `ignore` package, used
// before, compiles each pattern to a backtracking RegExp: `*a*a*a*a*a*a*a*a*b.md` in a cloned
// anthology's .gitignore against a long file name never ended. Each pattern is translated as Git's
// wildmatch reads it (WM_PATHNAME) to RE2's syntax:
//   `*` any characters but `/`, `?` one character but `/`, `[a-z]`, `[!a]`, `[^a]`, `[[:alpha:]]`
//   (a class never matches `/`; an unclosed one, or an unknown `[:name:]`, makes the pattern match
//   nothing), `\x` the character x; `**` as a whole segment: `**/` any number of folders, a
//   trailing `/**` anything inside; elsewhere `**` is `*`.
// A line: blank or `#…` is nothing, trailing spaces are dropped unless escaped, `!` re-includes, a
// trailing `/` applies the pattern to folders only; a `/` at its start or middle anchors it to the
// .gitignore's folder, else it matches a name at any depth. The last matching pattern wins, and a
// path under an ignored folder is ignored whatever follows (Git does not look inside).
// One difference: `?` and a class match one character, where Git matches one byte of UTF-8 (its
// `?` does not match `æ`, two bytes, and `??` does).
import { RE2JS } from 're2js';
import { re2Literal, readClass } from './wildcard';

/** One .gitignore: the verdict of its last pattern that matches, if any. */
export interface GitignoreRules {
  /** `path` relative to the .gitignore's folder, `/` between segments: true ignored, false re-included. */
  verdict(path: string, isFolder: boolean): boolean | undefined;
}

/** A pattern as an RE2 expression for the whole path relative to its .gitignore's folder. */
interface Pattern { re: string; negative: boolean; folderOnly: boolean }

/**
 * A .gitignore's text as rules. `ignoreCase`: as Git with core.ignoreCase (macOS and Windows, and
 * what the CLI has always done); a name compares by Unicode simple case folding.
 */
export function parseGitignore(text: string, ignoreCase = true): GitignoreRules {
  const patterns: Pattern[] = [];
  for (const raw of text.replace(/^\uFEFF/, '').split('\n')) {
    const line = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    if (line.startsWith('#')) continue;
    let p = trimTrailingSpaces(line);
    if (!p) continue;
    const negative = p.startsWith('!');
    if (negative) p = p.slice(1);
    const folderOnly = p.endsWith('/');
    if (folderOnly) p = p.slice(0, -1);
    if (!p) continue;
    // Any `/` left (escaped or in a class too, as Git counts) anchors the pattern to the folder.
    const anchored = p.includes('/');
    if (p.startsWith('/')) p = p.slice(1);
    const body = wildmatchToRe2(p);
    if (body !== null) patterns.push({ re: anchored ? body : `(?:.*/)?${body}`, negative, folderOnly });
  }
  // Consecutive patterns of one sign decide alike, whichever matches: each run is one expression
  // for folders and one for files (without those ending in `/`), so a path costs a test a run.
  const flags = ignoreCase ? RE2JS.CASE_INSENSITIVE : 0;
  const runs: { negative: boolean; folders: Test; files: Test }[] = [];
  for (let i = 0, j = 0; i < patterns.length; i = j) {
    while (j < patterns.length && patterns[j].negative === patterns[i].negative) j++;
    const run = patterns.slice(i, j);
    const folders = anyOf(run.map((p) => p.re), flags);
    // One expression when no pattern of the run ends in `/` (compiled, each takes a few KB).
    const files = run.some((p) => p.folderOnly) ? anyOf(run.filter((p) => !p.folderOnly).map((p) => p.re), flags) : folders;
    runs.push({ negative: patterns[i].negative, folders, files });
  }
  return {
    verdict(path, isFolder) {
      for (let k = runs.length - 1; k >= 0; k--) if ((isFolder ? runs[k].folders : runs[k].files)(path)) return !runs[k].negative;
      return undefined;
    },
  };
}

type Test = (path: string) => boolean;

/** Does any of these expressions match the whole path? One compiled expression if RE2 takes it. */
function anyOf(res: readonly string[], flags: number): Test {
  if (!res.length) return () => false;
  try {
    const re = RE2JS.compile(res.length === 1 ? res[0] : res.map((r) => `(?:${r})`).join('|'), flags);
    return (path) => re.testExact(path);
  } catch {
    // Only a pattern of absurd size gets here (RE2's limits): alone, it matches nothing.
    if (res.length === 1) return () => false;
    const a = anyOf(res.slice(0, res.length >> 1), flags);
    const b = anyOf(res.slice(res.length >> 1), flags);
    return (path) => a(path) || b(path);
  }
}

/**
 * Is the file at `path` (relative to the repository's root, `/` between segments) ignored, given
 * the rules of the .gitignore in each folder (`''` the root)? Each folder from the top is decided
 * first, as Git walks: once one is ignored, so is everything below it. A deeper file's patterns
 * come after a shallower one's, so the last match, the deepest, wins. `folders` keeps each
 * folder's verdict for the next path.
 */
export function gitIgnored(path: string, rulesIn: (folder: string) => GitignoreRules | null, folders = new Map<string, boolean>()): boolean {
  const parts = path.split('/');
  for (let k = 1; k <= parts.length; k++) {
    const isFolder = k < parts.length;
    const sub = parts.slice(0, k).join('/');
    let ignored = isFolder ? folders.get(sub) : undefined;
    if (ignored === undefined) {
      ignored = false;
      for (let j = 0; j < k; j++) {
        const v = rulesIn(parts.slice(0, j).join('/'))?.verdict(parts.slice(j, k).join('/'), isFolder);
        if (v !== undefined) ignored = v;
      }
      if (isFolder) folders.set(sub, ignored);
    }
    if (ignored) return true;
  }
  return false;
}

/** Git's trim_trailing_spaces: spaces (not tabs) at the end, unless the last is escaped. */
function trimTrailingSpaces(line: string): string {
  let lastSpace = -1;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (c === ' ') {
      if (lastSpace < 0) lastSpace = i;
    } else {
      if (c === '\\' && ++i >= line.length) return line;
      lastSpace = -1;
    }
  }
  return lastSpace < 0 ? line : line.slice(0, lastSpace);
}

/** A pattern (its leading `/` and trailing `/` removed) as an RE2 pattern for the whole path, or null: it matches nothing. */
function wildmatchToRe2(p: string): string | null {
  const chars = [...p];
  let out = '';
  for (let i = 0; i < chars.length; ) {
    const c = chars[i];
    if (c === '*') {
      let j = i;
      while (chars[j] === '*') j++;
      const whole = j - i >= 2 && (i === 0 || chars[i - 1] === '/');
      if (whole && chars[j] === '/') {
        // `**/`: no folder, or any number of them.
        out += '(?:.*/)?';
        j++;
      } else if (whole && (j === chars.length || (chars[j] === '\\' && chars[j + 1] === '/'))) out += '.*';
      else out += '[^/]*';
      i = j;
    } else if (c === '?') {
      out += '[^/]';
      i++;
    } else if (c === '[') {
      const cls = readClass(chars, i + 1);
      if (!cls) return null;
      out += cls.re;
      i = cls.end + 1;
    } else if (c === '\\') {
      // A trailing back-slash escapes nothing: Git's pattern then matches nothing.
      if (i + 1 >= chars.length) return null;
      out += re2Literal(chars[i + 1]);
      i += 2;
    } else {
      out += re2Literal(c);
      i++;
    }
  }
  return out;
}
