// Reports rewritten by the engine's edits, byte for byte as they were but for the edits (or, with a
// dry run, a unified diff of them): what `check --fix`, `migrate` and `replace` share. Each report is
// planned on its bytes as they are when it is written and replaced whole (core/project/safeWrite):
// a report its author saves meanwhile is planned again, a failed write leaves it as it was.
import { resolve } from 'node:path';
import { createTwoFilesPatch } from 'diff';
import { applyEdits, builtinSchema, parseReport, type JsonSchema, type ParsedReport, type TextEdit } from '../core/index';
import type { FilePort } from '../core/project/port';
import { rewriteFile } from '../core/project/safeWrite';
import { fileProblemText } from '../core/project/words';
import { COMPILERS, checkText } from './checkOne';
import { ConfigResolver } from './config';
import { NodeFiles } from './nodePort';
import type { FileReport, RunOptions } from './report';
import { SchemaFiles, withSchemas } from './schemas';
import { roundTrip } from './text';
import { WORDS } from './words';

export interface Rewritten {
  /** The files changed (or, with a dry run, that would change), as the reports name them. */
  changed: string[];
  edits: number;
  /** With a dry run: the unified diff. */
  diff: string;
  /** In file order: what the plans said of their files, each file left as it was because it is not plain UTF-8, and each that could not be written. */
  notes: string[];
  /** Files that could not be written (said in `notes`). */
  failed: number;
}

/** What to do to one report: its edits, and lines to say of it (places left for the author). */
export interface Plan {
  edits: TextEdit[];
  notes?: string[];
}

export interface Planning {
  /** The reports to rewrite, as checked. */
  wanted(report: FileReport): boolean;
  /**
   * The edits for one report as it is now. With `fresh`, `report` is a check of the text as it is
   * now (the plan reads its diagnostics, whose ranges would be wrong on a text saved since), with
   * the schema it was checked against.
   */
  plan(parsed: ParsedReport, report: FileReport, schema: JsonSchema): Plan | null;
  fresh?: boolean;
  /** The line for a file left as it is because it is not plain UTF-8. */
  notUtf8(file: string): string;
}

/** Rewrites each wanted report that `plan` gives edits for; `port`: the file system (tests give their own). */
export async function rewrite(reports: readonly FileReport[], options: RunOptions, dryRun: boolean, planning: Planning, port: FilePort = new NodeFiles(options.cwd)): Promise<Rewritten> {
  const w = WORDS[options.lang].write;
  const result: Rewritten = { changed: [], edits: 0, diff: '', notes: [], failed: 0 };
  const diffs: string[] = [];
  const recheck = planning.fresh ? rechecker(options) : null;
  for (const r of reports) {
    if (r.skipped || !planning.wanted(r)) continue;
    let notes: string[] = [];
    let edits = 0;
    let diff = '';
    const outcome = await rewriteFile(port, resolve(options.cwd, r.file), options.maxBytes, async (bytes) => {
      const read = roundTrip(bytes);
      if (!read) {
        notes = [planning.notUtf8(r.file)];
        return null;
      }
      const parsed = parseReport(read.text);
      const now = recheck ? await recheck(r.file, read.text) : { report: r, schema: builtinSchema().json };
      const planned = planning.plan(parsed, now.report, now.schema);
      notes = planned?.notes ?? [];
      if (!planned || planned.edits.length === 0) return null;
      const after = applyEdits(parsed, planned.edits);
      if (after === read.text) return null;
      edits = planned.edits.length;
      if (dryRun) {
        diff = createTwoFilesPatch(`a/${r.file}`, `b/${r.file}`, read.text, after, undefined, undefined, { context: 3 }).replace(/^={67}\n/, '');
        return null;
      }
      return Buffer.from(read.bom + after, 'utf8');
    });
    result.notes.push(...notes);
    if (outcome.kind === 'failed') {
      result.notes.push(w.failed(r.file, fileProblemText(outcome.problem, options.lang, outcome.detail, options.maxBytes)));
      result.failed++;
    } else if (outcome.kind === 'changed') {
      result.notes.push(w.changed(r.file));
      result.failed++;
    } else if (outcome.kind === 'written' || diff) {
      result.edits += edits;
      result.changed.push(r.file);
      if (diff) diffs.push(diff);
    }
  }
  result.diff = diffs.join('');
  if (result.failed) result.notes.push(w.summary(result.failed));
  return result;
}

/** A report checked again from its text as it is now, as the run checked it, with the schema it was checked against. */
function rechecker(options: RunOptions): (file: string, text: string) => Promise<{ report: FileReport; schema: JsonSchema }> {
  const resolver = new ConfigResolver(options.config, options, async () => COMPILERS);
  const schemas = new SchemaFiles(options.lang);
  return async (file, text) => {
    const path = resolve(options.cwd, file);
    const report = await checkText(path, file, { text, invalidUtf8: false, encoding: 'UTF-8' }, options, schemas, await resolver.forFile(path));
    const [withSchema] = await withSchemas([report], options);
    return { report, schema: withSchema.schema ?? builtinSchema().json };
  };
}
