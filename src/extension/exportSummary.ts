import * as vscode from 'vscode';
import { SUMMARY_FORMATS, type Lang, type Summary } from '../core/index';
import type { ExportFormat } from '../webview/protocol';
import { say } from './say';

/** The export's content: byte for byte what `casedoc summary` prints (the CSV with its byte-order mark). */
export function exportText(summary: Summary, format: 'csv' | 'markdown', lang: Lang): string {
  return SUMMARY_FORMATS[format === 'csv' ? 'csv' : 'md'](summary, { lang, table: 'cases' });
}

/** The export's bytes: the text formats as UTF-8, the workbook as `casedoc summary --format xlsx` writes it. */
export async function exportBytes(summary: Summary, format: ExportFormat, lang: Lang): Promise<Uint8Array> {
  return format === 'xlsx' ? SUMMARY_FORMATS.xlsx(summary, { lang, table: 'cases' }) : new TextEncoder().encode(exportText(summary, format, lang));
}

const FILES: Record<ExportFormat, { name: string; filters: Record<string, string[]> }> = {
  csv: { name: 'anthology-summary.csv', filters: { CSV: ['csv'] } },
  markdown: { name: 'anthology-summary.md', filters: { Markdown: ['md'] } },
  xlsx: { name: 'anthology-summary.xlsx', filters: { Excel: ['xlsx'] } },
};

/** Writes the summary where the user chooses (or to `target`); returns where, or undefined if cancelled. */
export async function exportSummary(summary: Summary, format: ExportFormat, lang: Lang, target?: vscode.Uri): Promise<vscode.Uri | undefined> {
  const { name, filters } = FILES[format];
  const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
  const uri = target ?? await vscode.window.showSaveDialog({
    title: say(lang, 'Export the anthology summary'),
    defaultUri: folder ? vscode.Uri.joinPath(folder, name) : undefined,
    filters,
    saveLabel: say(lang, 'Export'),
  });
  if (!uri) return undefined;
  try {
    await vscode.workspace.fs.writeFile(uri, await exportBytes(summary, format, lang));
  } catch (e) {
    void vscode.window.showErrorMessage(say(lang, 'Casedoc could not write {0}: {1}', uri.fsPath || uri.toString(), (e as Error).message));
    return undefined;
  }
  if (!target && format === 'xlsx') {
    // A workbook is for a spreadsheet program, not for an editor tab.
    void vscode.window.showInformationMessage(say(lang, 'Saved the anthology summary to {0}.', vscode.workspace.asRelativePath(uri)));
  } else if (!target) {
    const open = say(lang, 'Open');
    void vscode.window.showInformationMessage(say(lang, 'Saved the anthology summary to {0}.', vscode.workspace.asRelativePath(uri)), open).then((choice) => {
      if (choice === open) void vscode.window.showTextDocument(uri);
    });
  }
  return uri;
}
