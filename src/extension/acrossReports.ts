// What the commands that edit many reports at once share ("Update Reports to the Current
// Vocabulary", "Replace Value Across Reports…"): the workspace's case reports as checked now, one
// workspace edit labelled by what each change does, and VS Code's refactor preview before it lands.
import * as vscode from 'vscode';
import type { Lang, ParsedReport, TextEdit } from '../core/index';
import type { Analysis, Analyzer } from './analyzer';
import { toRange } from './convert';
import { readSource, workspaceMarkdown, type DiagnosticsController } from './diagnostics';
import { say } from './say';

/** Every case report of the workspace, as the editor has it (unsaved edits included), checked now. */
export async function* caseReports(analyzer: Analyzer, diagnostics: DiagnosticsController): AsyncGenerator<{ uri: vscode.Uri; analysis: Analysis }> {
  for (const uri of await workspaceMarkdown(analyzer)) {
    let a: Analysis | null;
    try {
      a = await diagnostics.run(await readSource(uri));
    } catch {
      continue; // gone or unreadable meanwhile: nothing to edit in it
    }
    if (a?.result.isCaseReport) yield { uri, analysis: a };
  }
}

/** One change of the preview, labelled by what it changes (`before → after`): the preview groups changes by label. */
export function addChange(edit: vscode.WorkspaceEdit, uri: vscode.Uri, parsed: ParsedReport, e: TextEdit): void {
  const before = parsed.text.slice(parsed.lines.offsetAt(e.range.start), parsed.lines.offsetAt(e.range.end));
  edit.replace(uri, toRange(e.range), e.newText, { needsConfirmation: true, label: `${before} → ${e.newText}` });
}

/**
 * Applies the edit through the refactor preview (every change needs confirmation): true when the
 * user applied it. One undo takes it back.
 */
export async function applyInPreview(edit: vscode.WorkspaceEdit, lang: Lang): Promise<boolean> {
  // VS Code shows changes that need confirmation unticked: say what to do, in the author's language.
  const hint = vscode.window.setStatusBarMessage(say(lang, 'Casedoc: tick the changes to make in the Refactor Preview, then choose Apply.'));
  try {
    return await vscode.workspace.applyEdit(edit, { isRefactoring: true });
  } finally {
    hint.dispose();
  }
}

/**
 * Shows a quick pick until the user accepts an item (its `id`) or leaves it (undefined); then
 * disposes it. `onScreen` is told while it shows (the commands keep it for the tests that answer it).
 */
export function answer<T extends vscode.QuickPickItem & { id?: string }>(q: vscode.QuickPick<T>, onScreen?: (q: vscode.QuickPick<T> | undefined) => void): Promise<string | undefined> {
  onScreen?.(q);
  return new Promise<string | undefined>((resolve) => {
    q.onDidAccept(() => {
      resolve(q.selectedItems[0]?.id);
      q.hide();
    });
    q.onDidHide(() => resolve(undefined));
    q.show();
  }).finally(() => {
    onScreen?.(undefined);
    q.dispose();
  });
}
