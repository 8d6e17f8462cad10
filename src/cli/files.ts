import { existsSync, readFileSync, statSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import ignore, { type Ignore } from 'ignore';
import picomatch from 'picomatch';
import { glob, isDynamicPattern } from 'tinyglobby';
import { MARKDOWN_GLOB } from '../core/classify';
import type { Lang } from '../core/index';
import { decodeText, looksBinary } from '../core/text/decode';
import { formatBytes } from '../core/text/size';
import { WORDS, type UsageWords } from './words';

// Only these are skipped: dot folders (`.github`, `.changeset`) are searched, as the editor's
// workspace check searches them; a file there is checked only if it is a case report.
const IGNORE = ['**/node_modules/**', '**/.git/**'];

/** Wrong usage: said in the run's language when it is reported (`say`), in English otherwise. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
  constructor(readonly say: (w: UsageWords) => string) {
    super(say(WORDS.en.usage));
  }

  /** By its name, not `instanceof`: a module loaded twice (the engine's chunk, under a test's loader) has two classes. */
  static is(e: unknown): e is UsageError {
    return e instanceof Error && e.name === 'UsageError' && typeof (e as UsageError).say === 'function';
  }
}

/**
 * The `.gitignore` files of a repository, as Git reads them: each applies to the paths below its own
 * folder, the nearest last (the `ignore` package, which follows Git's rules, reads each file).
 */
class GitIgnores {
  private readonly byDir = new Map<string, Ignore | null>();

  constructor(private readonly root: string | null) {}

  ignored(path: string): boolean {
    if (!this.root) return false;
    let ignoredNow = false;
    const rel = relative(this.root, path);
    if (rel.startsWith('..') || isAbsolute(rel)) return false;
    // From the root down: a deeper file's rule (a `!` too) overrides a shallower one's.
    const parts = rel.split(sep);
    for (let i = 0; i < parts.length; i++) {
      const dir = join(this.root, ...parts.slice(0, i));
      const rules = this.rules(dir);
      if (!rules) continue;
      const below = parts.slice(i).join('/');
      const r = rules.test(below);
      if (r.ignored) ignoredNow = true;
      else if (r.unignored) ignoredNow = false;
    }
    return ignoredNow;
  }

  private rules(dir: string): Ignore | null {
    let r = this.byDir.get(dir);
    if (r === undefined) {
      const file = join(dir, '.gitignore');
      r = existsSync(file) ? ignore().add(readFileSync(file, 'utf8')) : null;
      this.byDir.set(dir, r);
    }
    return r;
  }
}

/** The repository's root above `dir` (a folder with `.git`), or null. */
function repositoryRoot(dir: string): string | null {
  for (let d = resolve(dir); ; d = dirname(d)) {
    if (existsSync(join(d, '.git'))) return d;
    if (dirname(d) === d) return null;
  }
}

/** A path argument as the user meant it: Windows back-slashes read as `/` unless such a file exists. */
const normalise = (arg: string, cwd: string) => (arg.includes('\\') && !existsSync(resolve(cwd, arg)) ? arg.replace(/\\/g, '/') : arg);

/**
 * Files named on the command line, as markdownlint-cli2 selects them: a file as it is, a folder
 * recursively, a glob expanded, `!glob` and `--ignore GLOB` left out; what a folder or a glob finds
 * is also left out when the repository's `.gitignore` files ignore it (a file named as such is not).
 */
export async function discover(given: readonly string[], cwd: string, ignores: readonly string[] = []): Promise<string[]> {
  const found = new Set<string>();
  const args = given.map((a) => normalise(a, cwd));
  const negated = [...args.filter((a) => a.startsWith('!')).map((a) => a.slice(1)), ...ignores.map((g) => normalise(g, cwd))];
  const left = negated.map((g) => picomatch(g, { dot: true }));
  const gitignore = new GitIgnores(repositoryRoot(cwd));
  const keep = (path: string, named: boolean) => {
    const rel = relative(cwd, path).split(sep).join('/');
    return !left.some((m) => m(rel)) && (named || !gitignore.ignored(path));
  };
  const positive = args.filter((a) => !a.startsWith('!'));
  for (const arg of positive.length ? positive : ['.']) {
    if (isDynamicPattern(arg)) {
      const matches = await glob(arg, { cwd, ignore: IGNORE, absolute: true, onlyFiles: true, expandDirectories: false, dot: true });
      if (matches.length === 0) throw new UsageError((w) => w.noMatch(arg));
      matches.map((m) => resolve(m)).filter((m) => keep(m, false)).forEach((m) => found.add(m));
      continue;
    }
    const path = resolve(cwd, arg);
    const info = await stat(path).catch(() => null);
    if (!info) throw new UsageError((w) => w.noSuchPath(arg));
    if (info.isDirectory()) {
      const matches = await glob(MARKDOWN_GLOB, { cwd: path, ignore: IGNORE, absolute: true, onlyFiles: true, dot: true });
      matches.map((m) => resolve(m)).filter((m) => keep(m, false)).forEach((m) => found.add(m));
    } else if (keep(path, true)) {
      found.add(path);
    }
  }
  return [...found].sort();
}

/** A path as shown to the user and written in reports: relative to the working folder, with `/`. */
export function displayPath(path: string, cwd: string): string {
  const rel = relative(cwd, path);
  const shown = rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel : path;
  return shown.split(sep).join('/');
}

export type ReadResult =
  | { ok: true; text: string; invalidUtf8: boolean; encoding: 'UTF-8' | 'UTF-16' }
  | { ok: false; code: 'file-unreadable' | 'file-binary' | 'file-too-large'; reason: string };

/** Reads a report as text: refuses what is too large or binary, and says so (in `lang`) instead of failing. */
export async function readText(path: string, maxBytes: number, lang: Lang = 'en'): Promise<ReadResult> {
  const why = WORDS[lang].unreadable;
  let buffer: Buffer;
  try {
    // Synchronous: the check runs on this thread anyway, and five asynchronous calls a file (stat,
    // open, fstat, read, close) left it idle for a tenth of a 1,000-report run (issue 18).
    const info = statSync(path);
    if (info.isDirectory()) return { ok: false, code: 'file-unreadable', reason: why.folder };
    if (info.size > maxBytes) return { ok: false, code: 'file-too-large', reason: formatBytes(maxBytes) };
    buffer = readFileSync(path);
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    const reason = err.code === 'EACCES' ? why.permission : err.code === 'ENOENT' ? why.missing : err.message;
    return { ok: false, code: 'file-unreadable', reason };
  }
  // UTF-16 with its byte order mark is text, however many NUL bytes it holds.
  const decoded = decodeText(buffer);
  if (looksBinary(buffer, decoded.encoding)) return { ok: false, code: 'file-binary', reason: 'binary' };
  return { ok: true, text: decoded.text, invalidUtf8: decoded.invalid, encoding: decoded.encoding === 'utf-8' ? 'UTF-8' : 'UTF-16' };
}
