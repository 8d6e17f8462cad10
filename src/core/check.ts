import type { CheckResult, Diagnostic, Lang, Range, Severity } from './types';
import type { ParsedReport } from './parse/report';
import type { SchemaLoad } from './schema/compile';
import type { CompiledRule } from './attention/rules';
import { builtinRules } from './builtin';
import { classify, declaresCaseReport } from './classify';
import { runChecks } from './checks/context';
import { capped } from './checks/host/tooManyProblems';
import { attentionPoints } from './attention/evaluate';

export interface CheckOptions {
  lang?: Lang;
  /**
   * The schema the host loaded for this report (from `$schema:` or its settings), with the name to
   * show for it. Absent: the built-in schema.
   */
  schema?: { load: SchemaLoad; label: string };
  /** Attention rules; the built-in ones when absent. */
  rules?: readonly CompiledRule[];
  /** The host matched the file's path against its include globs. */
  forceCaseReport?: boolean;
  /** Today, as YYYY-MM-DD, for checks that compare a date with it; the host's clock when absent. */
  today?: string;
  /** Per-code severity overrides; `off` drops the code. */
  severities?: Readonly<Record<string, Severity | 'off'>>;
}

const byPosition = (a: { range: Range }, b: { range: Range }) =>
  a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character;

/** Checks one parsed report: every check of the registry (checks/registry.ts), then the attention points. */
export function checkReport(report: ParsedReport, options: CheckOptions = {}): CheckResult {
  const lang = options.lang ?? 'en';
  const isCaseReport = options.forceCaseReport === true || declaresCaseReport(report);
  const classification = classify(report);
  if (!isCaseReport) return { isCaseReport, classification, diagnostics: [], attentionPoints: [] };
  const { diagnostics, data } = runChecks(report, options, lang);
  return {
    isCaseReport,
    classification,
    diagnostics: capped(applySeverities(diagnostics, options.severities).sort(byPosition), report, lang),
    attentionPoints: data ? attentionPoints(report, data, options.rules ?? builtinRules(), lang) : [],
  };
}

/** The writer's severity per code (`off` drops it): the one path every diagnostic takes, the hosts' own included. */
export function applySeverities(diagnostics: Diagnostic[], overrides: CheckOptions['severities']): Diagnostic[] {
  if (!overrides) return diagnostics;
  const out: Diagnostic[] = [];
  for (const d of diagnostics) {
    const o = overrides[d.code];
    if (o === 'off') continue;
    out.push(o ? { ...d, severity: o } : d);
  }
  return out;
}
