// `--cache`: a re-check of an unchanged anthology reads each file and skips the work, as ESLint's
// cache does. An entry is used only when everything its result depends on is as it was: the file's
// bytes, the schema file its `$schema:` names, the configuration in use (its file, rules and schema),
// the command line's options and Casedoc's version; any other change checks the file again.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { docsUrl } from '../core/checks/docs';
import type { FileReport } from './report';

export const CACHE_FILE = '.casedoccache';
const FORMAT = 1;

const hash = (...parts: (string | Buffer)[]) => {
  const h = createHash('sha256');
  for (const p of parts) h.update(p).update('\0');
  return h.digest('base64url');
};

/**
 * A report's `$schema:` path, found cheaply in its first 8 KB: only the line that names it is
 * decoded (the check itself is what is skipped, and decoding every file would cost a tenth of the run).
 */
function schemaPathOf(bytes: Buffer): string | null {
  const head = bytes.subarray(0, 8192);
  for (let at = head.indexOf('$schema:'); at >= 0; at = head.indexOf('$schema:', at + 1)) {
    if (at > 0 && head[at - 1] !== 0x0a) continue;
    const end = head.indexOf(0x0a, at);
    const m = /^\$schema:[ \t]*(["']?)([^"'\s#]+)\1/.exec(head.subarray(at, end < 0 ? head.length : end).toString('utf8'));
    if (m) return /^[a-z][a-z0-9+.-]*:/i.test(m[2]) ? null : m[2];
  }
  return null;
}

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
      const stored = JSON.parse(readFileSync(file, 'utf8')) as { format?: number; entries?: Record<string, Entry> };
      // Another format, or a file that is not ours: start afresh rather than trust it.
      if (stored.format === FORMAT && stored.entries && typeof stored.entries === 'object') this.entries = stored.entries;
    } catch {
      // none yet, or unreadable: an empty cache
    }
  }

  /** The key of a file's result: its bytes, its `$schema:` file's bytes, its profile and the run's. */
  keyOf(path: string, bytes: Buffer, profile: string): string {
    const ref = schemaPathOf(bytes);
    const schemaFile = ref ? resolve(dirname(path), ref.replace(/\\/g, '/')) : null;
    const schema = schemaFile && existsSync(schemaFile) ? readFileSync(schemaFile) : Buffer.from(schemaFile ? 'missing' : 'none');
    return hash(this.run, profile, bytes, schema);
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

  /** Keeps only the files of this run, so deleted files do not pile up. */
  async save(paths: readonly string[]): Promise<void> {
    const kept: Record<string, Entry> = {};
    for (const p of paths) if (this.entries[p]) kept[p] = this.entries[p];
    if (!this.dirty && Object.keys(kept).length === Object.keys(this.entries).length) return;
    await writeFile(this.file, JSON.stringify({ format: FORMAT, entries: kept }));
  }
}

export const runKey = (...parts: string[]) => hash(...parts);
