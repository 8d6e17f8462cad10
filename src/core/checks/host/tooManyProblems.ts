import type { Diagnostic, Lang } from '../../types';
import type { ParsedReport } from '../../parse/report';
import { defineCode, type Text } from '../define';
import { makeDiagnostic } from '../diagnostic';

export const tooManyProblems = defineCode('too-many-problems', 'information', {
  en: (a: { count: Text; shown: Text }) => `${a.count} more problems are not shown: only the first ${a.shown} are. Fix these first; the rest appear as they go.`,
  da: (a) => `Yderligere ${a.count} problemer vises ikke, kun de første ${a.shown}. Ret dem først, så kommer resten frem.`,
});

/** More problems than anyone reads in one file: the first ones, and a note saying how many more. */
export const MAX_DIAGNOSTICS = 500;

export function capped(diagnostics: Diagnostic[], report: ParsedReport, lang: Lang): Diagnostic[] {
  if (diagnostics.length <= MAX_DIAGNOSTICS) return diagnostics;
  const count = diagnostics.length - MAX_DIAGNOSTICS;
  const note = makeDiagnostic({
    code: tooManyProblems, range: report.lines.rangeAt(0, report.lines.lineContentEnd(0)), path: null,
    args: { count, shown: MAX_DIAGNOSTICS }, data: { count },
  }, lang);
  return [note, ...diagnostics.slice(0, MAX_DIAGNOSTICS)];
}
