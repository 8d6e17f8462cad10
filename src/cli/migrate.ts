// `casedoc migrate`: a report's deprecated vocabulary values (v1 → v2) rewritten where there is one
// replacement, byte for byte otherwise as it was; the values the author must choose are listed.
import { readFile, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { createTwoFilesPatch } from 'diff';
import { applyEdits, builtinSchema, migration, parseReport } from '../core/index';
import type { FileReport, RunOptions } from './report';
import { roundTrip } from './text';
import { WORDS } from './words';

export interface MigrateResult {
  /** What to print: the diff (with --dry-run), then each choice and each file left as it was, then the summary line. */
  output: string;
  /** Deprecated values remain: rewritten ones with --dry-run, or ones the author must choose. */
  remaining: boolean;
}

export async function migrate(reports: readonly FileReport[], options: RunOptions, dryRun: boolean): Promise<MigrateResult> {
  const w = WORDS[options.lang].migrate;
  const out: string[] = [];
  const notes: string[] = [];
  let changed = 0;
  let files = 0;
  let choices = 0;
  for (const r of reports) {
    const deprecated = r.diagnostics.filter((d) => d.code === 'deprecated-value');
    if (deprecated.length === 0) continue;
    const path = resolve(options.cwd, r.file);
    const read = roundTrip(await readFile(path));
    if (!read) {
      notes.push(w.notUtf8(r.file));
      continue;
    }
    const parsed = parseReport(read.text);
    const { edits, choices: left } = migration(parsed, deprecated, builtinSchema().json, options.lang);
    for (const d of left) {
      const at = `${r.file}:${d.range.start.line + 1}:${d.range.start.character + 1}`;
      notes.push(w.choose(at, String(d.data?.value), d.path ?? '', (d.data?.replacedBy ?? []) as string[]));
    }
    choices += left.length;
    if (edits.length === 0) continue;
    const after = applyEdits(parsed, edits);
    changed += edits.length;
    files++;
    if (dryRun) out.push(createTwoFilesPatch(`a/${r.file}`, `b/${r.file}`, read.text, after, undefined, undefined, { context: 3 }).replace(/^={67}\n/, ''));
    else await writeFile(path, read.bom + after, 'utf8');
  }
  const summary = (dryRun ? w.wouldUpdate : w.updated)(changed, files) + (choices ? `; ${w.left(choices)}` : '') + '.';
  return { output: [...out, ...notes, summary].join('\n') + '\n', remaining: choices > 0 || (dryRun && changed > 0) };
}
