import * as vscode from 'vscode';
import { EXPORT_FILES, EXPORT_FORMATS, parseReport, SUMMARY_FORMATS, textNoteMessage, type ExportResult, type Lang, type Summary } from '../core/index';
import { summaryWorkbook } from '../core/summary/xlsx';
import pkg from '../../package.json' with { type: 'json' };
import type { ExportFormat } from '../webview/protocol';
import type { Anthology } from './anthology';
import { readSource } from './diagnostics';
import { say } from './say';

/** The export's content: byte for byte what `casedoc summary` prints (the CSV with its byte-order mark). */
export function exportText(summary: Summary, format: 'csv' | 'markdown', lang: Lang): string {
  return SUMMARY_FORMATS[format === 'csv' ? 'csv' : 'md'](summary, { lang, table: 'cases' });
}

/**
 * The export's bytes: the text formats as UTF-8, the workbook as `casedoc summary --format xlsx`
 * writes it, the QDA exports as `casedoc export` does (they need the reports' bodies: `bodies`);
 * with the notes of what a workbook or XML could not hold and left out.
 */
export async function exportBytes(summary: Summary, format: ExportFormat, lang: Lang, bodies: () => Promise<ReadonlyMap<string, string>>): Promise<ExportResult> {
  if (format === 'xlsx') return summaryWorkbook(summary, lang);
  if (format === 'qdpx' || format === 'nvivo-xlsx') return EXPORT_FORMATS[format]({ summary, bodies: await bodies(), lang, version: pkg.version });
  return { bytes: new TextEncoder().encode(exportText(summary, format, lang)), notes: [] };
}

/** Each case report's body as the editor has it now (unsaved edits included): what the QDA exports hold. */
export async function reportBodies(anthology: Anthology): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  for (const c of anthology.summary().cases) {
    const entry = anthology.byFile(c.file);
    if (!entry) continue;
    const parsed = parseReport((await readSource(entry.uri)).text);
    out.set(c.file, parsed.text.slice(parsed.bodyStart));
  }
  return out;
}

const FILES: Record<ExportFormat, { name: string; filters: Record<string, string[]> }> = {
  csv: { name: 'anthology-summary.csv', filters: { CSV: ['csv'] } },
  markdown: { name: 'anthology-summary.md', filters: { Markdown: ['md'] } },
  xlsx: { name: 'anthology-summary.xlsx', filters: { Excel: ['xlsx'] } },
  qdpx: { name: EXPORT_FILES.qdpx, filters: { 'REFI-QDA': ['qdpx'] } },
  'nvivo-xlsx': { name: EXPORT_FILES['nvivo-xlsx'], filters: { Excel: ['xlsx'] } },
};

/** Writes the summary where the user chooses (or to `target`); returns where, or undefined if cancelled. */
export async function exportSummary(summary: Summary, format: ExportFormat, lang: Lang, bodies: () => Promise<ReadonlyMap<string, string>>, target?: vscode.Uri): Promise<vscode.Uri | undefined> {
  const { name, filters } = FILES[format];
  const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
  const uri = target ?? await vscode.window.showSaveDialog({
    title: say(lang, 'Export the anthology summary'),
    defaultUri: folder ? vscode.Uri.joinPath(folder, name) : undefined,
    filters,
    saveLabel: say(lang, 'Export'),
  });
  if (!uri) return undefined;
  let notes;
  try {
    const result = await exportBytes(summary, format, lang, bodies);
    notes = result.notes;
    await vscode.workspace.fs.writeFile(uri, result.bytes);
  } catch (e) {
    void vscode.window.showErrorMessage(say(lang, 'Casedoc could not write {0}: {1}', uri.fsPath || uri.toString(), (e as Error).message));
    return undefined;
  }
  if (notes.length) {
    // The file is written; what it could not hold is said, each place once, the first in the message.
    const lines = notes.map((n) => textNoteMessage(n, lang));
    const more = lines.length > 1 ? ` ${say(lang, '({0} more places)', lines.length - 1)}` : '';
    void vscode.window.showWarningMessage(say(lang, 'Left out of {0}: {1}', vscode.workspace.asRelativePath(uri), lines[0]) + more, { detail: lines.join('\n'), modal: false });
  }
  if (!target && format !== 'csv' && format !== 'markdown') {
    // A workbook or a QDA project is for another program, not for an editor tab.
    void vscode.window.showInformationMessage(say(lang, 'Saved the anthology summary to {0}.', vscode.workspace.asRelativePath(uri)));
  } else if (!target) {
    const open = say(lang, 'Open');
    void vscode.window.showInformationMessage(say(lang, 'Saved the anthology summary to {0}.', vscode.workspace.asRelativePath(uri)), open).then((choice) => {
      if (choice === open) void vscode.window.showTextDocument(uri);
    });
  }
  return uri;
}
