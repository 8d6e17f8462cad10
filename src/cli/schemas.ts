import { readFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { loadSchema, schemaReason, type Lang, type SchemaLoad, type SummaryInput } from '../core/index';
import type { FileReport, RunOptions } from './report';

/** Loads schemas named by reports' `$schema:`, each file read and compiled once per run. */
export class SchemaFiles {
  private readonly loads = new Map<string, Promise<SchemaLoad>>();

  /** `lang`: the language of the reasons a schema cannot be used. */
  constructor(private readonly lang: Lang) {}

  load(path: string): Promise<SchemaLoad> {
    let load = this.loads.get(path);
    if (!load) {
      load = readFile(path, 'utf8').then(
        (text) => loadSchema(text, this.lang),
        (e: NodeJS.ErrnoException): SchemaLoad => ({ ok: false, reason: e.code === 'ENOENT' ? schemaReason('file-missing', this.lang) : e.message }),
      );
      this.loads.set(path, load);
    }
    return load;
  }

  /** A `$schema` path is relative to the report; a Windows-style `..\x.json` is read with `/`. */
  static resolve(reportPath: string, ref: string): string {
    return resolve(dirname(reportPath), ref.replace(/\\/g, '/'));
  }
}

/**
 * The reports with the schema each was checked against, for the summary to label and count them by
 * that schema's values: `--schema`, else the report's own `$schema` file (compiled once per run).
 */
export async function withSchemas(reports: readonly FileReport[], options: RunOptions): Promise<SummaryInput[]> {
  const files = new SchemaFiles(options.lang);
  return Promise.all(reports.map(async (r): Promise<SummaryInput> => {
    const { schema: named, ...rest } = r;
    if (!named) return rest;
    const load = options.schema?.load ?? await files.load(SchemaFiles.resolve(resolve(options.cwd, r.file), named));
    return load.ok ? { ...rest, schema: load.schema.json } : rest;
  }));
}
