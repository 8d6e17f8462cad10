import type { ParsedReport } from '../parse/report';
import type { JsonSchema } from '../schema/compile';
import type { Diagnostic, Lang } from '../types';
import { fixesFor, type TextEdit } from './fixes';

/** What updating a report to the current vocabulary does: the edits it can make, the values it leaves. */
export interface Migration {
  /** One per deprecated value with a single replacement, in document order. */
  edits: TextEdit[];
  /** The deprecated values with several replacements: the author chooses (one quick fix per choice). */
  choices: Diagnostic[];
}

/**
 * The migration of one report, from its diagnostics: the CLI's `migrate` and the editor's
 * "Update Reports to the Current Vocabulary" both make exactly these edits, so they agree.
 */
export function migration(report: ParsedReport, diagnostics: readonly Diagnostic[], schema: JsonSchema, lang: Lang): Migration {
  const edits: TextEdit[] = [];
  const choices: Diagnostic[] = [];
  for (const d of diagnostics) {
    if (d.code !== 'deprecated-value') continue;
    const replacedBy = Array.isArray(d.data?.replacedBy) ? (d.data.replacedBy as unknown[]) : [];
    const fix = replacedBy.length === 1 ? fixesFor(report, d, schema, lang)[0] : undefined;
    if (fix) edits.push(...fix.edits);
    else choices.push(d);
  }
  return { edits, choices };
}

/** The edits that write the author's `replacement` for each of these deprecated values (one choice for several places). */
export function chosen(report: ParsedReport, places: readonly Diagnostic[], replacement: string, schema: JsonSchema, lang: Lang): TextEdit[] {
  return places.flatMap((d) => {
    const i = Array.isArray(d.data?.replacedBy) ? (d.data.replacedBy as unknown[]).indexOf(replacement) : -1;
    return i < 0 ? [] : fixesFor(report, d, schema, lang)[i]?.edits ?? [];
  });
}
