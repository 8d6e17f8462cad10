// The one message protocol between the extension and the anthology overview webview. Both sides
// import these types; the extension also checks each incoming message with `readOverviewMessage`,
// since a webview is a separate, less trusted context.
import type { Lang, Summary } from '../core/index';
import type { LabelledField } from '../core/summary/labels';

export const OVERVIEW_VIEW_TYPE = 'casedoc.overview';

/** The cases table's columns an editor can change in place: the frontmatter fields among them. */
export const EDITABLE_FIELDS = ['title', 'authors', 'municipality', 'policy_area', 'collaboration_type', 'self_label', 'governance_paradigm', 'power_balance', 'format', 'status', 'chapter'] as const;
/** A field the table edits: one of the summary's columns above, or any other top-level field of the schema (`coproduction_mode`). */
export type EditableField = string;

/** How a field is edited: a choice of the schema's values (one, or several for a list), or text (a list as `; `-separated text). */
export interface FieldEditor {
  kind: 'choice' | 'choices' | 'text' | 'texts';
  /** The values offered, by id with their label in the overview's language: never a deprecated one. */
  values?: { id: string; label: string }[];
  /** The values kept only for older reports: shown as such where a report has one, never offered. */
  deprecated?: string[];
}

/** Everything the overview draws: the same summary as `casedoc summary`, plus display labels. */
export interface OverviewModel {
  lang: Lang;
  summary: Summary;
  /** field → value id → label in `lang`; `(none)` included. A missing id is shown as written. */
  labels: Record<LabelledField, Record<string, string>>;
  /** True until the first workspace check has finished: an empty overview is then not yet final. */
  checking: boolean;
  /** How each editable field is edited, from the schema the reports use. */
  editors: Partial<Record<EditableField, FieldEditor>>;
  /** The schema's other top-level fields, which the editor may add to the table as columns. */
  fields: { id: string; heading: string }[];
  /** Each case's value of those fields, by file: as the table shows it, and as an edit's `seen` has it. */
  values: Record<string, Record<string, { shown: string; seen: string }>>;
}

/**
 * A change the editor asks for in the cases table: one field set to one value in one or more
 * reports. `seen` is the cell's value as the table showed it (the CSV's text): a report whose value
 * has changed since is not overwritten.
 */
export interface EditRequest {
  type: 'edit';
  field: EditableField;
  value: string | string[];
  targets: { file: string; seen: string }[];
}

/** Extension → webview. */
export type ToOverview = { type: 'model'; model: OverviewModel };

export type ExportFormat = 'csv' | 'markdown' | 'xlsx' | 'qdpx' | 'nvivo-xlsx';

/** Webview → extension. */
export type FromOverview =
  | { type: 'ready' }
  | { type: 'open'; file: string }
  | { type: 'export'; format: ExportFormat }
  | { type: 'checkWorkspace' }
  | EditRequest;

/**
 * `record[key]` when `record` has `key` as its own property, else undefined: a name from a message or
 * a report (`toString`, `__proto__`, `constructor`) never finds what every object inherits.
 */
export function own<T>(record: Readonly<Record<string, T>> | Partial<Record<string, T>> | undefined, key: string): T | undefined {
  return record !== undefined && Object.hasOwn(record, key) ? record[key] : undefined;
}

/** Sets `record[key]` as an own property, `__proto__` included (plain assignment would set the prototype). */
export function setOwn<T>(record: Record<string, T> | Partial<Record<string, T>>, key: string, value: T): void {
  Object.defineProperty(record, key, { value, writable: true, enumerable: true, configurable: true });
}

const EXPORT_FORMATS: readonly string[] = ['csv', 'markdown', 'xlsx', 'qdpx', 'nvivo-xlsx'] satisfies ExportFormat[];
const MAX_TEXT = 2000;
const MAX_TARGETS = 5000;

/** A plain object (as a webview's structured clone gives one), not an array or anything else. */
const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
/** Its own property `key`: what a message says, never what an object inherits. */
const field = (o: Record<string, unknown>, key: string): unknown => (Object.hasOwn(o, key) ? o[key] : undefined);
const text = (v: unknown): v is string => typeof v === 'string' && v.length <= MAX_TEXT;

/** A message the extension acts on, or why it is ignored (for the log). */
export type ReadMessage = { message: FromOverview } | { reason: string };

/**
 * Checks a message from the webview: its type, its shape, each field's type and size. Only own
 * properties are read. Whether an edit's field and value are the schema's is `checkEdit`'s question.
 */
export function checkOverviewMessage(m: unknown): ReadMessage {
  if (!isRecord(m)) return { reason: 'not an object' };
  const type = field(m, 'type');
  switch (type) {
    case 'ready':
    case 'checkWorkspace':
      return { message: { type } };
    case 'open': {
      const file = field(m, 'file');
      return typeof file === 'string' && file.length < 4096 ? { message: { type, file } } : { reason: 'open: no file name' };
    }
    case 'export': {
      const format = field(m, 'format');
      return typeof format === 'string' && EXPORT_FORMATS.includes(format) ? { message: { type, format: format as ExportFormat } } : { reason: 'export: unknown format' };
    }
    case 'edit': {
      const name = field(m, 'field');
      const value = field(m, 'value');
      const targets = field(m, 'targets');
      // Here only that the field is a plain key; `checkEdit` holds it to the schema's own fields.
      if (typeof name !== 'string' || !/^[A-Za-z_][A-Za-z0-9_-]{0,63}$/.test(name)) return { reason: 'edit: the field is not a key' };
      if (!text(value) && !(Array.isArray(value) && value.length <= 200 && value.every(text))) return { reason: `edit of ${name}: the value is not text or a list of texts` };
      if (!Array.isArray(targets) || targets.length === 0 || targets.length > MAX_TARGETS) return { reason: `edit of ${name}: no list of reports` };
      const read: { file: string; seen: string }[] = [];
      for (const t of targets) {
        const file = isRecord(t) ? field(t, 'file') : undefined;
        const seen = isRecord(t) ? field(t, 'seen') : undefined;
        if (!text(file) || !text(seen)) return { reason: `edit of ${name}: a report without its file or seen value` };
        read.push({ file, seen });
      }
      return { message: { type, field: name, value: Array.isArray(value) ? [...value] : value, targets: read } };
    }
    default:
      return { reason: `unknown type ${JSON.stringify(String(type)).slice(0, 80)}` };
  }
}

/** The message if it is one the extension understands, else undefined (and it is ignored). */
export function readOverviewMessage(m: unknown): FromOverview | undefined {
  const read = checkOverviewMessage(m);
  return 'message' in read ? read.message : undefined;
}

/**
 * An edit held to the schema: its field one the table edits (an own key of `editors`), its value
 * of the editor's kind (a list for a list, each item one of the schema's values where it has them).
 * Gives the field's editor and the value as it is written, or why the edit is refused.
 */
export function checkEdit(request: EditRequest, editors: Partial<Record<EditableField, FieldEditor>>): { editor: FieldEditor; value: string | string[] } | { reason: string } {
  const editor = own(editors, request.field);
  if (!editor) return { reason: `edit: ${JSON.stringify(request.field)} is not a field the table edits` };
  const list = editor.kind === 'choices' || editor.kind === 'texts';
  const value = list ? (Array.isArray(request.value) ? request.value : request.value.split(';')).map((v) => v.trim()).filter(Boolean) : Array.isArray(request.value) ? request.value.join('; ') : request.value.trim();
  // Never a value the schema does not allow: the drop-downs offer only those, and a message could lie.
  const allowed = editor.values?.map((v) => v.id);
  const wrong = allowed ? (Array.isArray(value) ? value : [value]).find((v) => !allowed.includes(v)) : undefined;
  if (wrong !== undefined) return { reason: `edit of ${request.field}: ${JSON.stringify(wrong)} is not one of its values` };
  return { editor, value };
}
