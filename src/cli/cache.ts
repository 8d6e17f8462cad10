// `--cache`: a re-check of an unchanged anthology reads each file and skips the work, as ESLint's
// cache does. An entry is used only when everything its result depends on is as it was: the file's
// bytes, the schema file its `$schema:` names, the configuration in use (its file, rules and schema),
// the command line's options and Casedoc's version; any other change checks the file again.
import { createHash } from 'node:crypto';
import { lstatSync } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';
import { SMALL_FILE_LIMIT } from '../core/project/port';
import { readRegular, writeWhole } from './nodePort';
import { docsUrl } from '../core/checks/docs';
import type { FileReport } from './report';

export const CACHE_FILE = '.casedoccache';
const FORMAT = 1;

const hash = (...parts: (string | Buffer)[]) => {
  const h = createHash('sha256');
  for (const p of parts) h.update(p).update('\0');
  return h.digest('base64url');
};

const KEY = /^(?:\?[ \t]+)?(["']?)\$schema\1[ \t]*(?::[ \t]*(.*))?$/;
const VALUE = /^(["']?)([^"'#\s][^"'#]*?)\1[ \t]*(?:#.*)?$/;

/**
 * A report's `$schema:` path, found cheaply: only a file that mentions `$schema` is decoded, and
 * only its frontmatter's lines are read (the check itself is what is skipped, and decoding every
 * file would cost a tenth of the run). `undefined`: a mention this reading cannot place for sure
 * (in a flow mapping, twice, …) — the file is then checked every time, never answered from a key
 * that may miss its schema.
 */
export function schemaPathOf(bytes: Buffer): string | null | undefined {
  const utf16 = (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
  if (!utf16 && bytes.indexOf('$schema') < 0) return null;
  const text = utf16 ? new TextDecoder(bytes[0] === 0xff ? 'utf-16le' : 'utf-16be').decode(bytes) : bytes.toString('utf8');
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  if (!/^---[ \t]*$/.test(lines[0] ?? '')) return text.includes('$schema') ? undefined : null;
  let found: string | null | undefined = null;
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i];
    if (/^(---|\.\.\.)[ \t]*$/.test(line)) return found;
    if (!line.includes('$schema')) continue;
    const key = KEY.exec(line);
    if (!key || found !== null) return undefined;
    // `? $schema` (an explicit key) has its value on the next line, after `:`.
    const value = key[2] ?? (line.startsWith('?') ? /^:[ \t]*(.*)$/.exec(lines[i + 1] ?? '')?.[1] : undefined);
    const m = value === undefined ? null : VALUE.exec(value.trim());
    if (!m) return undefined;
    found = /^[a-z][a-z0-9+.-]*:/i.test(m[2]) ? 'url' : m[2];
  }
  return undefined;
}

/** A cache larger than this is started afresh (1,000 reports take 6 MB). */
const MAX_CACHE_BYTES = 1024 * 1024 * 1024;

interface Entry {
  key: string;
  report: FileReport;
}

export class CheckCache {
  private entries: Record<string, Entry> = {};
  private dirty = false;

  /** `run`: what every file's result depends on besides itself (version, options, configuration). */
  constructor(private readonly file: string, private readonly run: string) {
    try {
      const read = readRegular(file, MAX_CACHE_BYTES);
      const stored = JSON.parse(read.ok ? read.bytes.toString('utf8') : '') as { format?: number; entries?: Record<string, Entry> };
      // Another format, or a file that is not ours: start afresh rather than trust it.
      if (stored.format === FORMAT && stored.entries && typeof stored.entries === 'object') this.entries = stored.entries;
    } catch {
      // none yet, or unreadable: an empty cache
    }
  }

  /** The key of a file's result: its bytes, its `$schema:` file's bytes, its profile and the run's. */
  keyOf(path: string, bytes: Buffer, profile: string): string | null {
    const ref = schemaPathOf(bytes);
    if (ref === undefined) return null;
    if (ref === null || ref === 'url') return hash(this.run, profile, bytes, ref ?? 'none');
    const read = readRegular(resolve(dirname(path), ref.replace(/\\/g, '/')), SMALL_FILE_LIMIT);
    return hash(this.run, profile, bytes, read.ok ? read.bytes : `unread:${read.problem}`);
  }

  get(path: string, key: string): FileReport | undefined {
    const e = this.entries[path];
    if (!e || e.key !== key) return undefined;
    for (const d of e.report.diagnostics) d.documentation = docsUrl(d.code);
    return e.report;
  }

  set(path: string, key: string, report: FileReport): void {
    // A file that could not be read is checked again next time.
    if (report.skipped === 'file-unreadable') return;
    // A diagnostic's documentation link follows from its code: not stored (an eighth of the file).
    const diagnostics = report.diagnostics.map(({ documentation: _, ...d }) => d) as FileReport['diagnostics'];
    this.entries[path] = { key, report: { ...report, diagnostics } };
    this.dirty = true;
  }

  /** Keeps only the files of this run, so deleted files do not pile up; written whole or not at all. */
  async save(paths: readonly string[]): Promise<void> {
    const kept: Record<string, Entry> = {};
    for (const p of paths) if (this.entries[p]) kept[p] = this.entries[p];
    if (!this.dirty && Object.keys(kept).length === Object.keys(this.entries).length) return;
    writeWhole(this.file, Buffer.from(JSON.stringify({ format: FORMAT, entries: kept })));
  }
}

export const runKey = (...parts: string[]) => hash(...parts);

/**
 * Why `file` cannot be the cache, or null: the cache is written only as a file of its own — never
 * through a symbolic link, over a folder, a pipe or a device, a Markdown file, or a file that holds
 * something else (the default `.casedoccache` excepted: that name is the cache's).
 */
export function cacheRefusal(file: string): 'link' | 'not-a-file' | 'markdown' | 'not-a-cache' | null {
  if (/\.(md|markdown)$/i.test(file)) return 'markdown';
  let info;
  try {
    info = lstatSync(file);
  } catch {
    return null;
  }
  if (info.isSymbolicLink()) return 'link';
  if (!info.isFile()) return 'not-a-file';
  if (info.size === 0 || basename(file) === CACHE_FILE) return null;
  const head = readRegular(file, Number.MAX_SAFE_INTEGER);
  return head.ok && head.bytes.toString('latin1', 0, 10) === '{"format":' ? null : 'not-a-cache';
}
