import { readFile, stat } from 'node:fs/promises';
import { isAbsolute, relative, resolve, sep } from 'node:path';
import { glob, isDynamicPattern } from 'tinyglobby';
import { decodeText, formatBytes, looksBinary, MARKDOWN_GLOB, type Lang } from '../core/index';
import { WORDS, type UsageWords } from './words';

// Only these are skipped: dot folders (`.github`, `.changeset`) are searched, as the editor's
// workspace check searches them; a file there is checked only if it is a case report.
const IGNORE = ['**/node_modules/**', '**/.git/**'];

/** Wrong usage: said in the run's language when it is reported (`say`), in English otherwise. */
export class UsageError extends Error {
  constructor(readonly say: (w: UsageWords) => string) {
    super(say(WORDS.en.usage));
  }
}

/** Files named on the command line: a file as it is, a folder recursively, a glob expanded. */
export async function discover(args: readonly string[], cwd: string): Promise<string[]> {
  const found = new Set<string>();
  for (const arg of args.length ? args : ['.']) {
    if (isDynamicPattern(arg)) {
      const matches = await glob(arg, { cwd, ignore: IGNORE, absolute: true, onlyFiles: true, expandDirectories: false, dot: true });
      if (matches.length === 0) throw new UsageError((w) => w.noMatch(arg));
      matches.forEach((m) => found.add(resolve(m)));
      continue;
    }
    const path = resolve(cwd, arg);
    const info = await stat(path).catch(() => null);
    if (!info) throw new UsageError((w) => w.noSuchPath(arg));
    if (info.isDirectory()) {
      const matches = await glob(MARKDOWN_GLOB, { cwd: path, ignore: IGNORE, absolute: true, onlyFiles: true, dot: true });
      matches.forEach((m) => found.add(resolve(m)));
    } else {
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
    const info = await stat(path);
    if (info.isDirectory()) return { ok: false, code: 'file-unreadable', reason: why.folder };
    if (info.size > maxBytes) return { ok: false, code: 'file-too-large', reason: formatBytes(maxBytes) };
    buffer = await readFile(path);
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

/** `5MB`, `500kb`, `1048576` → bytes. */
export function parseBytes(s: string): number | null {
  const m = /^\s*(\d+(?:\.\d+)?)\s*(b|kb|k|mb|m|gb|g)?\s*$/i.exec(s);
  if (!m) return null;
  const unit = (m[2] ?? 'b').toLowerCase();
  const factor = unit.startsWith('g') ? 1024 ** 3 : unit.startsWith('m') ? 1024 ** 2 : unit.startsWith('k') ? 1024 : 1;
  return Math.round(Number(m[1]) * factor);
}
