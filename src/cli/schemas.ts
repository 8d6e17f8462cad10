import { dirname, resolve } from 'node:path';
import { anthologySchema, builtinSchema, loadSchema, schemaReason, type JsonSchema, type Lang, type SchemaLoad, type SummaryInput } from '../core/index';
import { SMALL_FILE_LIMIT } from '../core/project/port';
import { fileProblemText } from '../core/project/words';
import { utf8Decode } from '../core/text/webApis';
import { readRegular } from './nodePort';
import type { FileReport, RunOptions } from './report';


/** Loads schemas named by reports' `$schema:`, each file read and compiled once per run. */
export class SchemaFiles {
  private readonly loads = new Map<string, Promise<SchemaLoad>>();

  /** `lang`: the language of the reasons a schema cannot be used. */
  constructor(private readonly lang: Lang) {}

  load(path: string): Promise<SchemaLoad> {
    let load = this.loads.get(path);
    if (!load) {
      // Never a pipe or a device (`$schema: /dev/zero` would never end), never more than a schema can be.
      const read = readRegular(path, SMALL_FILE_LIMIT);
      load = Promise.resolve(read.ok ? loadSchema(utf8Decode(read.bytes), this.lang)
        : { ok: false, reason: read.problem === 'missing' ? schemaReason('file-missing', this.lang) : read.problem === 'too-large' ? schemaReason('too-large', this.lang) : fileProblemText(read.problem, this.lang, read.detail) });
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

/** The schema a command across these reports works with (core's anthologySchema): `--schema`, else the one most of them are checked against. */
export async function schemaOfAnthology(reports: readonly FileReport[], options: RunOptions): Promise<JsonSchema> {
  if (options.schema?.load.ok) return options.schema.load.schema.json;
  return anthologySchema((await withSchemas(reports.filter((r) => r.isCaseReport), options)).map((r) => r.schema), builtinSchema().json);
}
