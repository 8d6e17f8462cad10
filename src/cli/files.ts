import { existsSync, statSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';
import picomatch from 'picomatch';
import { isDynamicPattern } from 'tinyglobby';
import type { Lang } from '../core/index';
import { reportBytes } from '../core/text/decode';
import type * as Gitignore from '../core/text/gitignore';
import { formatBytes } from '../core/text/size';
import { anthologyRoot, readRegular, realPath, repositoryRoot } from './nodePort';
import { walkFiles } from './walk';
import { WORDS, type UsageWords } from './words';

const isFolder = (path: string) => {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
};

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
 * The `.gitignore` files of a repository, as Git reads them (core/text/gitignore.ts, linear-time: a
 * hostile pattern in a cloned anthology cannot stall the walk): each applies to the paths below its
 * own folder, the nearest last, and nothing below an ignored folder comes back.
 */
/** The largest .gitignore read (real ones are a few KB; 64 KB of hostile rules compile in 66 MB). */
const MAX_GITIGNORE = 64 * 1024;

class GitIgnores {
  private readonly byDir = new Map<string, Gitignore.GitignoreRules | null>();
  private readonly folders = new Map<string, boolean>();

  private constructor(
    private readonly root: string | null,
    private readonly engine: typeof Gitignore | null,
  ) {}

  /** The matcher's engine (re2js, ~10 ms to load) only in a repository. */
  static async of(root: string | null): Promise<GitIgnores> {
    return new GitIgnores(root, root ? await import('../core/text/gitignore') : null);
  }

  ignored(path: string): boolean {
    if (!this.root || !this.engine) return false;
    const rel = relative(this.root, path);
    if (!rel || rel.startsWith('..') || isAbsolute(rel)) return false;
    return this.engine.gitIgnored(rel.split(sep).join('/'), (folder) => this.rulesIn(folder), this.folders);
  }

  private rulesIn(folder: string): Gitignore.GitignoreRules | null {
    let r = this.byDir.get(folder);
    if (r === undefined) {
      const file = join(this.root!, ...folder.split('/'), '.gitignore');
      // A regular file only, of a size a .gitignore has: a pipe named .gitignore would never end, and
      // each of its rules is compiled (a hostile one of 256 KB took 221 MB): a larger one is said.
      const read = existsSync(file) ? readRegular(file, MAX_GITIGNORE) : null;
      if (read && !read.ok && read.problem === 'too-large') throw new UsageError((w) => w.gitignoreTooLarge(relative(this.root!, file).split(sep).join('/'), formatBytes(MAX_GITIGNORE)));
      r = read?.ok ? this.engine!.parseGitignore(read.bytes.toString('utf8')) : null;
      this.byDir.set(folder, r);
    }
    return r;
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
  const left = negated.length ? negated.map((await import('../core/text/glob')).globMatcher) : [];
  const gitignore = await GitIgnores.of(repositoryRoot(cwd));
  const keep = (path: string, named: boolean) => {
    const rel = relative(cwd, path).split(sep).join('/');
    return !left.some((m) => m(rel)) && (named || !gitignore.ignored(path));
  };
  const positive = args.filter((a) => !a.startsWith('!'));
  for (const arg of positive.length ? positive : ['.']) {
    if (isDynamicPattern(arg)) {
      // A glob the user typed (picomatch, as tinyglobby reads it), walked from its fixed part: links
      // are followed only inside the anthology, as for a folder.
      const { base, glob } = picomatch.scan(arg);
      const start = resolve(cwd, base || '.');
      const matches = picomatch(arg, { dot: true });
      const depth = glob.includes('**') ? Infinity : glob.split('/').length;
      const hits = walkFiles(start, realPath(anthologyRoot(realPath(start), cwd)), (p) => matches(isAbsolute(arg) ? p.split(sep).join('/') : relative(cwd, p).split(sep).join('/')), depth);
      if (hits.length === 0) throw new UsageError((w) => w.noMatch(arg));
      hits.filter((m) => keep(m, false)).forEach((m) => found.add(m));
      continue;
    }
    const path = resolve(cwd, arg);
    const info = await stat(path).catch(() => null);
    if (!info) throw new UsageError((w) => w.noSuchPath(arg));
    if (info.isDirectory()) {
      walkFiles(path, realPath(anthologyRoot(realPath(path), cwd))).filter((m) => keep(m, false)).forEach((m) => found.add(m));
    } else if (keep(path, true)) {
      found.add(path);
    }
  }
  // A file reached through a link inside the anthology and by its own path is one report: the first name.
  const byReal = new Map<string, string>();
  for (const f of [...found].sort()) {
    const real = realPath(f);
    if (!byReal.has(real)) byReal.set(real, f);
  }
  return [...byReal.values()];
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
  // Synchronous: the check runs on this thread anyway, and five asynchronous calls a file (stat,
  // open, fstat, read, close) left it idle for a tenth of a 1,000-report run (issue 18). A pipe or
  // a device is never read (it may never end), a file over the limit is refused by its size.
  const read = readRegular(path, maxBytes);
  if (!read.ok) {
    if (read.problem === 'too-large') return { ok: false, code: 'file-too-large', reason: formatBytes(maxBytes) };
    const reason = read.problem === 'permission' ? why.permission : read.problem === 'missing' ? why.missing : read.problem === 'not-a-file' ? (isFolder(path) ? why.folder : why.special) : (read.detail ?? read.problem);
    return { ok: false, code: 'file-unreadable', reason };
  }
  // UTF-16 with its byte order mark is text, however many NUL bytes it holds.
  const decoded = reportBytes(read.bytes);
  if (decoded.binary) return { ok: false, code: 'file-binary', reason: 'binary' };
  return { ok: true, text: decoded.text, invalidUtf8: decoded.invalid, encoding: decoded.encoding };
}
