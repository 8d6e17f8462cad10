import * as vscode from 'vscode';
import { classificationEdits, classify, fieldAt, label, parseReport, SUMMARY_COLUMNS, type JsonSchema, type Lang, type SummaryCase } from '../core/index';
import type { EditableField, EditRequest, FieldEditor } from '../webview/protocol';
import { addChange, applyInPreview } from './acrossReports';
import type { Anthology } from './anthology';
import { readSource } from './diagnostics';
import { say } from './say';

const TEXT: readonly EditableField[] = ['title', 'municipality', 'self_label', 'chapter'];

/** How the table edits each field, from `schema`: its allowed values by label, never a deprecated one. */
export function fieldEditors(schema: JsonSchema, lang: Lang): Partial<Record<EditableField, FieldEditor>> {
  const values = (path: string[]) => fieldAt(schema, path).values.filter((v) => !v.deprecated).map((v) => ({ id: v.id, label: label(v, lang) ?? v.id }));
  const out: Partial<Record<EditableField, FieldEditor>> = { authors: { kind: 'texts' }, policy_area: { kind: 'choices', values: values(['policy_area', '0']) } };
  for (const f of TEXT) out[f] = { kind: 'text' };
  for (const f of ['collaboration_type', 'governance_paradigm', 'power_balance', 'format', 'status'] as const) out[f] = { kind: 'choice', values: values([f]) };
  return out;
}

/** A report's value of a field as the table's cells have it (the CSV's text): what `seen` is compared with. */
function cellOf(text: string, field: EditableField): string {
  const c = classify(parseReport(text));
  const cell = SUMMARY_COLUMNS.find((col) => col.key === field)!.csv[0];
  return cell.value({ ...c, file: '', errors: 0, warnings: 0, attentionPoints: [], groups: {} } as unknown as SummaryCase);
}

export interface TableEditResult {
  changed: number;
  /** Reports whose value changed since the table was drawn: left as they are now. */
  stale: string[];
  applied: boolean;
}

/**
 * An edit from the cases table: the same least edits as an import's (core `classificationEdits`),
 * from the reports as the editor has them now. One report's edit is applied at once (one undo takes
 * it back); several reports' go through the refactor preview first.
 */
export async function applyTableEdit(request: EditRequest, anthology: Anthology, editors: Partial<Record<EditableField, FieldEditor>>, lang: Lang): Promise<TableEditResult> {
  const result: TableEditResult = { changed: 0, stale: [], applied: false };
  const editor = editors[request.field];
  if (!editor) return result;
  const list = editor.kind === 'choices' || editor.kind === 'texts';
  const value = list ? (Array.isArray(request.value) ? request.value : request.value.split(';')).map((v) => v.trim()).filter(Boolean) : Array.isArray(request.value) ? request.value.join('; ') : request.value.trim();
  // Never a value the schema does not allow: the drop-downs offer only those, and a message could lie.
  const allowed = editor.values?.map((v) => v.id);
  if (allowed && (Array.isArray(value) ? value : [value]).some((v) => !allowed.includes(v))) return result;
  const edit = new vscode.WorkspaceEdit();
  const confirm = request.targets.length > 1;
  for (const t of request.targets) {
    const entry = anthology.byFile(t.file);
    if (!entry) continue;
    const source = await readSource(entry.uri);
    if (cellOf(source.text, request.field) !== t.seen) {
      result.stale.push(t.file);
      continue;
    }
    const parsed = parseReport(source.text);
    const { edits } = classificationEdits(parsed, [{ path: [request.field], value }]);
    if (edits.length === 0) continue;
    result.changed++;
    if (confirm) for (const e of edits) addChange(edit, entry.uri, parsed, e);
    else for (const e of edits) edit.replace(entry.uri, new vscode.Range(e.range.start.line, e.range.start.character, e.range.end.line, e.range.end.character), e.newText);
  }
  if (result.stale.length) {
    void vscode.window.showWarningMessage(result.stale.length === 1
      ? say(lang, '{0} changed since the table was drawn; it is left as it is now. The table shows it again.', result.stale[0])
      : say(lang, '{0} reports changed since the table was drawn; they are left as they are now. The table shows them again.', result.stale.length));
  }
  if (result.changed === 0) return result;
  result.applied = confirm ? await applyInPreview(edit, lang) : await vscode.workspace.applyEdit(edit);
  return result;
}
