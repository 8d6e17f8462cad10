import * as vscode from 'vscode';
import { docsUrl, type Diagnostic, type Range, type Severity } from '../core/index';
import type { Analysis } from './analyzer';

export const SOURCE = 'casedoc';

export function toRange(r: Range): vscode.Range {
  return new vscode.Range(r.start.line, r.start.character, r.end.line, r.end.character);
}

const SEVERITY: Record<Severity, vscode.DiagnosticSeverity> = {
  error: vscode.DiagnosticSeverity.Error,
  warning: vscode.DiagnosticSeverity.Warning,
  information: vscode.DiagnosticSeverity.Information,
  hint: vscode.DiagnosticSeverity.Hint,
};

/** The engine's diagnostic behind a published one, and the text it was found in. */
export interface EngineDiagnostic {
  readonly diagnostic: Diagnostic;
  readonly text: string;
}

/**
 * Each published diagnostic's engine diagnostic. VS Code hands a code action provider the very
 * objects the collection was given, so the quick fixes find the engine's diagnostic, with its data,
 * by the object: never by its message. An entry goes with its diagnostic; it keeps the text (not
 * the parse) of its check, a file read from disk too: opened, the file is fixed at once.
 */
const engineDiagnostics = new WeakMap<vscode.Diagnostic, EngineDiagnostic>();

/** The diagnostic as VS Code shows it; remembered with its engine diagnostic when it comes from a check. */
export function toDiagnostic(d: Diagnostic, analysis?: Analysis): vscode.Diagnostic {
  const out = new vscode.Diagnostic(toRange(d.range), d.message, SEVERITY[d.severity]);
  out.source = SOURCE;
  out.code = { value: d.code, target: vscode.Uri.parse(docsUrl(d.code)) };
  if (analysis) engineDiagnostics.set(out, { diagnostic: d, text: analysis.parsed.text });
  return out;
}

/** The engine's diagnostic behind one of ours; undefined for any other. */
export function engineDiagnostic(d: vscode.Diagnostic): EngineDiagnostic | undefined {
  return engineDiagnostics.get(d);
}
