import { readFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { loadSchema, schemaReason, type Lang, type SchemaLoad } from '../core/index';

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
