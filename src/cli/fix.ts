// `casedoc check --fix`: every unambiguous fix (the editor's "Fix all" in a file) written back,
// changing only the fixed text; `--fix-dry-run` prints the changes as a unified diff instead.
import { readFile, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { createTwoFilesPatch } from 'diff';
import { applyEdits, builtinSchema, fixAll, parseReport, type SummaryInput } from '../core/index';
import type { FileReport, RunOptions } from './report';
import { roundTrip } from './text';
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
  const w = WORDS[options.lang].fix;
  const result: FixResult = { changed: [], fixes: 0, diff: '', notes: [] };
  const diffs: string[] = [];
  for (let i = 0; i < reports.length; i++) {
    const r = reports[i];
    if (!r.isCaseReport || r.skipped || r.diagnostics.length === 0) continue;
    const path = resolve(options.cwd, r.file);
    const read = roundTrip(await readFile(path));
    if (!read) {
      result.notes.push(w.notUtf8(r.file));
      continue;
    }
    const parsed = parseReport(read.text);
    const edits = fixAll(parsed, r.diagnostics, withSchema[i].schema ?? builtinSchema().json, options.lang);
    if (edits.length === 0) continue;
    const after = applyEdits(parsed, edits);
    if (after === read.text) continue;
    result.fixes += edits.length;
    result.changed.push(r.file);
    if (dryRun) diffs.push(createTwoFilesPatch(`a/${r.file}`, `b/${r.file}`, read.text, after, undefined, undefined, { context: 3 }).replace(/^={67}\n/, ''));
    else await writeFile(path, read.bom + after, 'utf8');
  }
  result.diff = diffs.join('');
  return result;
}
