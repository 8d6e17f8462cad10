import * as vscode from 'vscode';
import { classificationEdits, fieldAt, fieldText, label, parseReport, propertiesAt, valueText, type JsonSchema, type Lang } from '../core/index';
import { checkEdit, EDITABLE_FIELDS, own, setOwn, type EditableField, type EditRequest, type FieldEditor, type OverviewModel } from '../webview/protocol';
import { addChange, applyInPreview } from './acrossReports';
import type { Anthology } from './anthology';
import { toRange } from './convert';
import { readSource } from './diagnostics';
import type { Log } from './log';
import { say } from './say';

const TEXT: readonly EditableField[] = ['title', 'municipality', 'self_label', 'chapter'];

// Fields the table never offers as columns of their own: the case's type marker, the schema link,
// and the ones the summary's columns already show (the period among them).
const NOT_COLUMNS = new Set<string>(['type', '$schema', 'period', ...EDITABLE_FIELDS]);

/** A choice of the values at `path`, by label; a deprecated one is named but never offered. */
function choice(schema: JsonSchema, kind: 'choice' | 'choices', path: string[], lang: Lang): FieldEditor {
  const all = fieldAt(schema, path).values;
  return { kind, values: all.filter((v) => !v.deprecated).map((v) => ({ id: v.id, label: label(v, lang) ?? v.id })), deprecated: all.filter((v) => v.deprecated).map((v) => v.id) };
}

/** How a top-level field is edited: a choice (one or several) of its values, text, or text items; null for a group of keys. */
function editorOf(schema: JsonSchema, key: string, lang: Lang): FieldEditor | null {
  const here = fieldAt(schema, [key]);
  if (here.values.length > 1) return choice(schema, 'choice', [key], lang);
  if (fieldAt(schema, [key, '0']).values.length > 1) return choice(schema, 'choices', [key, '0'], lang);
  const types = here.schemas.map((s) => s.type);
  if (types.includes('string')) return { kind: 'text' };
  if (types.includes('array') && fieldAt(schema, [key, '0']).schemas.some((s) => s.type === 'string')) return { kind: 'texts' };
  return null;
}

/** The schema's other top-level fields the table can show and edit, with their headings in `lang`. */
export function otherFields(schema: JsonSchema, lang: Lang): { id: string; heading: string; editor: FieldEditor }[] {
  return propertiesAt(schema, []).filter((k) => !NOT_COLUMNS.has(k)).flatMap((id) => {
    const editor = editorOf(schema, id, lang);
    const info = fieldAt(schema, [id]);
    return editor ? [{ id, heading: (lang === 'da' ? info.titleDa ?? info.title : info.title) ?? id, editor }] : [];
  });
}

/** Each case's value of those fields: its labels as shown, and its ids as an edit's `seen`. */
export function otherValues(reports: readonly { file: string; data: Record<string, unknown> | null }[], fields: ReturnType<typeof otherFields>): OverviewModel['values'] {
  const out: OverviewModel['values'] = {};
  for (const { file, data } of reports) {
    const values: OverviewModel['values'][string] = {};
    setOwn(out, file, values);
    for (const f of fields) {
      // The report's own key only: a schema's `constructor` is not the one every object has.
      const seen = valueText(data ? own(data, f.id) : undefined);
      if (!seen) continue;
      const shown = seen.split('; ').map((id) => f.editor.values?.find((v) => v.id === id)?.label ?? id).join(', ');
      setOwn(values, f.id, { seen, shown });
    }
  }
  return out;
}

/** How the table edits each field, from `schema` (`others`: its other fields, as `otherFields` gives them). */
export function fieldEditors(schema: JsonSchema, lang: Lang, others: ReturnType<typeof otherFields>): Partial<Record<EditableField, FieldEditor>> {
  const out: Partial<Record<EditableField, FieldEditor>> = { authors: { kind: 'texts' }, policy_area: choice(schema, 'choices', ['policy_area', '0'], lang) };
  for (const f of TEXT) out[f] = { kind: 'text' };
  for (const f of ['collaboration_type', 'governance_paradigm', 'power_balance', 'format', 'status'] as const) out[f] = choice(schema, 'choice', [f], lang);
  // A schema's own keys, `__proto__` included, as keys: never the object's prototype.
  for (const f of others) setOwn(out, f.id, f.editor);
  return out;
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
export async function applyTableEdit(request: EditRequest, anthology: Anthology, editors: Partial<Record<EditableField, FieldEditor>>, lang: Lang, log?: Pick<Log, 'warn'>): Promise<TableEditResult> {
  const result: TableEditResult = { changed: 0, stale: [], applied: false };
  // Only the schema's own fields and values: a message naming `toString` or `__proto__` is refused.
  const checked = checkEdit(request, editors);
  if ('reason' in checked) {
    log?.warn(`The overview's edit was ignored: ${checked.reason}.`);
    return result;
  }
  const { value } = checked;
  const edit = new vscode.WorkspaceEdit();
  const confirm = request.targets.length > 1;
  for (const t of request.targets) {
    const entry = anthology.byFile(t.file);
    if (!entry) continue;
    const source = await readSource(entry.uri);
    const parsed = parseReport(source.text);
    // What the table showed, as the export has it: a report that says otherwise now changed since.
    if (fieldText(parsed, [request.field]) !== t.seen) {
      result.stale.push(t.file);
      continue;
    }
    const { edits } = classificationEdits(parsed, [{ path: [request.field], value }]);
    if (edits.length === 0) continue;
    result.changed++;
    if (confirm) for (const e of edits) addChange(edit, entry.uri, parsed, e);
    else for (const e of edits) edit.replace(entry.uri, toRange(e.range), e.newText);
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
