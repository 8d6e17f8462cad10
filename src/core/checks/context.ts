import type { CheckOptions } from '../check';
import type { ParsedReport } from '../parse/report';
import type { Diagnostic, Lang } from '../types';
import type { Obj } from '../values';
import { Placer } from '../validate/place';
import type { CheckContext, Finding } from './define';
import { makeDiagnostic } from './diagnostic';
import { frontmatterState, readableData } from './frontmatter/read';
import { CHECKS } from './registry';

/** The context the checks share for one report; what they find goes into `diagnostics`. */
export function checkContext(report: ParsedReport, options: CheckOptions, lang: Lang, diagnostics: Diagnostic[]): CheckContext {
  return {
    report, lang, options,
    place: new Placer(report),
    data: readableData(report, frontmatterState(report)),
    // Errors only: the consistency checks' own warnings never silence one another.
    rejected: (pointer) => diagnostics.some((d) => d.severity === 'error' && d.path !== null && (d.path === pointer || d.path.startsWith(pointer + '/'))),
    emit: <A, D>(finding: Finding<A, D>) => void diagnostics.push(makeDiagnostic(finding, lang)),
  };
}

/** Runs every check in the registry's order over one parsed report; with the fields they read. */
export function runChecks(report: ParsedReport, options: CheckOptions, lang: Lang): { diagnostics: Diagnostic[]; data: Obj | null } {
  const diagnostics: Diagnostic[] = [];
  const context = checkContext(report, options, lang, diagnostics);
  for (const check of CHECKS) check.check(context);
  return { diagnostics, data: context.data };
}
