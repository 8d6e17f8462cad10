// `casedoc check --fix`: every unambiguous fix (the editor's "Fix all" in a file) written back,
// changing only the fixed text; `--fix-dry-run` prints the changes as a unified diff instead.
import { fixAll } from '../core/index';
import type { FilePort } from '../core/project/port';
import type { FileReport, RunOptions } from './report';
import { rewrite } from './rewrite';
import { WORDS } from './words';

export interface FixResult {
  /** The files changed (or, with a dry run, that would change), as they are named in the reports. */
  changed: string[];
  fixes: number;
  /** With a dry run: the unified diff. */
  diff: string;
  /** Files left as they were: not plain UTF-8, or not written (said, one line each). */
  notes: string[];
  /** Files that could not be written. */
  failed: number;
}

/** `port`: the file system (the process's by default; tests give their own). */
export async function fixFiles(reports: readonly FileReport[], options: RunOptions, dryRun: boolean, port?: FilePort): Promise<FixResult> {
  const r = await rewrite(reports, options, dryRun, {
    notUtf8: WORDS[options.lang].fix.notUtf8,
    wanted: (report) => report.isCaseReport && report.diagnostics.length > 0,
    // The fixes are planned on a check of the text as it is when it is written, against its schema.
    fresh: true,
    plan: (parsed, report, schema) => ({ edits: fixAll(parsed, report.diagnostics, schema, options.lang) }),
  }, port);
  return { changed: r.changed, fixes: r.edits, diff: r.diff, notes: r.notes, failed: r.failed };
}
