import * as vscode from 'vscode';
import { SUMMARY_FORMATS, type Lang, type Summary } from '../core/index';
import type { ExportFormat } from '../webview/protocol';
import { say } from './say';

/** The export's content: byte for byte what `casedoc summary` prints (the CSV with its byte-order mark). */
export function exportText(summary: Summary, format: ExportFormat, lang: Lang): string {
  return SUMMARY_FORMATS[format === 'csv' ? 'csv' : 'md'](summary, { lang, table: 'cases' });
}

/** Writes the summary where the user chooses (or to `target`); returns where, or undefined if cancelled. */
export async function exportSummary(summary: Summary, format: ExportFormat, lang: Lang, target?: vscode.Uri): Promise<vscode.Uri | undefined> {
  const name = format === 'csv' ? 'anthology-summary.csv' : 'anthology-summary.md';
  const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
  const uri = target ?? await vscode.window.showSaveDialog({
    title: say(lang, 'Export the anthology summary'),
    defaultUri: folder ? vscode.Uri.joinPath(folder, name) : undefined,
    filters: format === 'csv' ? { CSV: ['csv'] } : { Markdown: ['md'] },
    saveLabel: say(lang, 'Export'),
  });
  if (!uri) return undefined;
  try {
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(exportText(summary, format, lang)));
  } catch (e) {
    void vscode.window.showErrorMessage(say(lang, 'Casedoc could not write {0}: {1}', uri.fsPath || uri.toString(), (e as Error).message));
    return undefined;
  }
  if (!target) {
    const open = say(lang, 'Open');
    void vscode.window.showInformationMessage(say(lang, 'Saved the anthology summary to {0}.', vscode.workspace.asRelativePath(uri)), open).then((choice) => {
      if (choice === open) void vscode.window.showTextDocument(uri);
    });
  }
  return uri;
}
