// Reports rewritten in place by the engine's edits, byte for byte as they were but for the edits
// (or, with a dry run, a unified diff of them): what `check --fix`, `migrate` and `replace` share.
import { readFile, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { createTwoFilesPatch } from 'diff';
import { applyEdits, parseReport, type ParsedReport, type TextEdit } from '../core/index';
import type { FileReport, RunOptions } from './report';
import { roundTrip } from './text';

export interface Rewritten {
  /** The files changed (or, with a dry run, that would change), as the reports name them. */
  changed: string[];
  edits: number;
  /** With a dry run: the unified diff. */
  diff: string;
  /** In file order: what the plans said of their files, and each file left as it was because it is not plain UTF-8. */
  notes: string[];
}

/** What to do to one report: its edits, and lines to say of it (places left for the author). */
export interface Plan {
  edits: TextEdit[];
  notes?: string[];
}

/**
 * Rewrites each report that `plan` gives edits for. `plan` sees the report as checked (its index,
 * to look up what goes with it) and as read now; a file that would not come back byte for byte
 * (not UTF-8) is left alone and named with `notUtf8`.
 */
export async function rewrite(reports: readonly FileReport[], options: RunOptions, dryRun: boolean, notUtf8: (file: string) => string,
  plan: (parsed: ParsedReport, report: FileReport, index: number) => Plan | null, wanted: (report: FileReport) => boolean): Promise<Rewritten> {
  const result: Rewritten = { changed: [], edits: 0, diff: '', notes: [] };
  const diffs: string[] = [];
  for (let i = 0; i < reports.length; i++) {
    const r = reports[i];
    if (r.skipped || !wanted(r)) continue;
    const path = resolve(options.cwd, r.file);
    const read = roundTrip(await readFile(path));
    if (!read) {
      result.notes.push(notUtf8(r.file));
      continue;
    }
    const parsed = parseReport(read.text);
    const planned = plan(parsed, r, i);
    if (!planned) continue;
    result.notes.push(...(planned.notes ?? []));
    if (planned.edits.length === 0) continue;
    const after = applyEdits(parsed, planned.edits);
    if (after === read.text) continue;
    result.edits += planned.edits.length;
    result.changed.push(r.file);
    if (dryRun) diffs.push(createTwoFilesPatch(`a/${r.file}`, `b/${r.file}`, read.text, after, undefined, undefined, { context: 3 }).replace(/^={67}\n/, ''));
    else await writeFile(path, read.bom + after, 'utf8');
  }
  result.diff = diffs.join('');
  return result;
}
