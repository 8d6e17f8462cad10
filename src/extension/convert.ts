import * as vscode from 'vscode';
import { docsUrl, type Diagnostic, type Range, type Severity } from '../core/index';

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

export function toDiagnostic(d: Diagnostic): vscode.Diagnostic {
  const out = new vscode.Diagnostic(toRange(d.range), d.message, SEVERITY[d.severity]);
  out.source = SOURCE;
  out.code = { value: d.code, target: vscode.Uri.parse(docsUrl(d.code)) };
  return out;
}

/** The code of a Casedoc diagnostic as VS Code hands it back. */
export function codeOf(d: vscode.Diagnostic): string | null {
  if (d.source !== SOURCE) return null;
  return typeof d.code === 'object' ? String(d.code.value) : d.code === undefined ? null : String(d.code);
}

export function sameRange(a: vscode.Range, b: Range): boolean {
  return a.start.line === b.start.line && a.start.character === b.start.character && a.end.line === b.end.line && a.end.character === b.end.character;
}
