import { codeDef } from '../checks/registry';
import type { Data, Diagnosed, FixOf } from '../checks/define';
import type { ParsedReport } from '../parse/report';
import type { JsonSchema } from '../schema/compile';
import type { Diagnostic, Lang } from '../types';
import { ENGINE_WORDS } from '../words';
import type { Fix, TextEdit } from './edits';

export type { Fix, TextEdit } from './edits';

export const fixAllTitle = (lang: Lang) => ENGINE_WORDS[lang].fix.fixAll;

/**
 * The fixes for one diagnostic: its code's own (declared with the code, beside the check that
 * reports it), computed from its `data` and the parsed text alone, never from the message.
 */
export function fixesFor(report: ParsedReport, d: Diagnostic, schema: JsonSchema, lang: Lang): Fix[] {
  // The check that reported the code gave it the data its fix reads.
  const fix = codeDef(d.code)?.fix as FixOf<Data> | undefined;
  if (!fix) return [];
  return fix(report, { ...d, data: d.data ?? {} } satisfies Diagnosed<Data>, { schema, lang, words: ENGINE_WORDS[lang].fix });
}

/** Every unambiguous fix in the file, as one set of edits that do not overlap. */
export function fixAll(report: ParsedReport, diagnostics: readonly Diagnostic[], schema: JsonSchema, lang: Lang): TextEdit[] {
  const edits: { start: number; end: number; edit: TextEdit }[] = [];
  for (const d of diagnostics) {
    const fixes = fixesFor(report, d, schema, lang).filter((f) => f.unambiguous);
    if (fixes.length !== 1) continue;
    for (const edit of fixes[0].edits) {
      const start = report.lines.offsetAt(edit.range.start);
      const end = report.lines.offsetAt(edit.range.end);
      if (edits.some((e) => start < e.end && e.start < end)) continue;
      edits.push({ start, end, edit });
    }
  }
  return edits.sort((a, b) => a.start - b.start).map((e) => e.edit);
}
