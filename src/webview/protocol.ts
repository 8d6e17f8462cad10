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

/** The message if it is one the extension understands, else undefined (and it is ignored). */
export function readOverviewMessage(m: unknown): FromOverview | undefined {
  if (typeof m !== 'object' || m === null) return undefined;
  const msg = m as Record<string, unknown>;
  switch (msg.type) {
    case 'ready':
    case 'checkWorkspace':
      return { type: msg.type };
    case 'open':
      return typeof msg.file === 'string' && msg.file.length < 4096 ? { type: 'open', file: msg.file } : undefined;
    case 'export':
      return ['csv', 'markdown', 'xlsx', 'qdpx', 'nvivo-xlsx'].includes(msg.format as string) ? { type: 'export', format: msg.format as ExportFormat } : undefined;
    case 'edit': {
      const text = (v: unknown) => typeof v === 'string' && v.length <= 2000;
      const value = msg.value;
      const valueOk = text(value) || (Array.isArray(value) && value.length <= 200 && value.every(text));
      const targets = msg.targets;
      const targetsOk = Array.isArray(targets) && targets.length > 0 && targets.length <= 5000
        && targets.every((t) => typeof t === 'object' && t !== null && text((t as { file: unknown }).file) && text((t as { seen: unknown }).seen));
      // The field is checked against the schema by the extension; here only that it is a plain key.
      if (typeof msg.field !== 'string' || !/^[A-Za-z_][A-Za-z0-9_-]{0,63}$/.test(msg.field) || !valueOk || !targetsOk) return undefined;
      return { type: 'edit', field: msg.field as EditableField, value: value as string | string[], targets: (targets as { file: string; seen: string }[]).map((t) => ({ file: t.file, seen: t.seen })) };
    }
    default:
      return undefined;
  }
}
