// `casedoc migrate`: a report's deprecated vocabulary values (v1 → v2) rewritten where there is one
// replacement, byte for byte otherwise as it was; the values the author must choose are listed.
import { migration } from '../core/index';
import type { FilePort } from '../core/project/port';
import type { FileReport, RunOptions } from './report';
import { rewrite } from './rewrite';
import { WORDS } from './words';

export interface MigrateResult {
  /** What to print: the diff (with --dry-run), then each choice and each file left as it was, then the summary line. */
  output: string;
  /** Deprecated values remain: rewritten ones with --dry-run, or ones the author must choose. */
  remaining: boolean;
}

/** `port`: the file system (the process's by default; tests give their own). */
export async function migrate(reports: readonly FileReport[], options: RunOptions, dryRun: boolean, port?: FilePort): Promise<MigrateResult> {
  const w = WORDS[options.lang].migrate;
  let choices = 0;
  const r = await rewrite(reports, options, dryRun, {
    notUtf8: w.notUtf8,
    wanted: (report) => report.diagnostics.some((d) => d.code === 'deprecated-value'),
    // The deprecated values' places are read from a check of the text as it is when it is written.
    fresh: true,
    // Against the schema the report is checked against, as the editor's Update Vocabulary does.
    plan: (parsed, report, schema) => {
      const deprecated = report.diagnostics.filter((d) => d.code === 'deprecated-value');
      const { edits, choices: left } = migration(parsed, deprecated, schema, options.lang);
      choices += left.length;
      const notes = left.map((d) => w.choose(`${report.file}:${d.range.start.line + 1}:${d.range.start.character + 1}`, String(d.data?.value), d.path ?? '', (d.data?.replacedBy ?? []) as string[]));
      return { edits, notes };
    },
  }, port);
  const summary = (dryRun ? w.wouldUpdate : w.updated)(r.edits, r.changed.length) + (choices ? `; ${w.left(choices)}` : '') + '.';
  return { output: [r.diff, ...r.notes, summary].filter(Boolean).join('\n') + '\n', remaining: choices > 0 || r.failed > 0 || (dryRun && r.edits > 0) };
}
