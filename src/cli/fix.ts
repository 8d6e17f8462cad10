// `casedoc check --fix`: every unambiguous fix (the editor's "Fix all" in a file) written back,
// changing only the fixed text; `--fix-dry-run` prints the changes as a unified diff instead.
import { builtinSchema, fixAll, type SummaryInput } from '../core/index';
import type { FileReport, RunOptions } from './report';
import { rewrite } from './rewrite';
import { WORDS } from './words';

export interface FixResult {
  /** The files changed (or, with a dry run, that would change), as they are named in the reports. */
  changed: string[];
  fixes: number;
  /** With a dry run: the unified diff. */
  diff: string;
  /** Files left as they were: not plain UTF-8 (said, one line each). */
  notes: string[];
}

export async function fixFiles(reports: readonly FileReport[], withSchema: readonly SummaryInput[], options: RunOptions, dryRun: boolean): Promise<FixResult> {
  const r = await rewrite(reports, options, dryRun, WORDS[options.lang].fix.notUtf8,
    (parsed, report, i) => ({ edits: fixAll(parsed, report.diagnostics, withSchema[i].schema ?? builtinSchema().json, options.lang) }),
    (report) => report.isCaseReport && report.diagnostics.length > 0);
  return { changed: r.changed, fixes: r.edits, diff: r.diff, notes: r.notes };
}
