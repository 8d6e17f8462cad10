// What the overview shows of the model, given the user's sort and filter: pure, so it is
// unit-tested without a browser.
import { NONE } from '../../core/summary/none';
import { SUMMARY_COLUMNS, type ColumnKey } from '../../core/summary/columns';
import type { Summary, SummaryCase } from '../../core/summary/summarise';
import type { SummaryField } from '../../core/summary/vocabulary';
import { own, type OverviewModel } from '../protocol';

export type SortKey = ColumnKey;

/** The summary's three cross-tables, and the fields of their rows and columns. */
export type TableId = 'crossTable' | 'typeByPower' | 'paradigmByPower';
export const CROSS_TABLES: Record<TableId, { row: SummaryField; column: SummaryField }> = {
  crossTable: { row: 'collaboration_type', column: 'governance_paradigm' },
  typeByPower: { row: 'collaboration_type', column: 'power_balance' },
  paradigmByPower: { row: 'governance_paradigm', column: 'power_balance' },
};
export const tableOf = (s: Summary, id: TableId) => s[id];

export type Filter =
  // `table` absent: the type × paradigm table (a state stored before there were three).
  | { kind: 'cell'; table?: TableId; row: string; column: string }
  | { kind: 'power'; id: string }
  | { kind: 'point'; id: string }
  | { kind: 'selfLabel'; selfLabel: string; type: string };

/** Kept by the webview across reloads (`vscode.setState`). */
export interface ViewState {
  sort: { key: SortKey; descending: boolean };
  filter: Filter | null;
  /** The cases table's columns the editor chose, in table order; null: the default ones. The schema's other fields as `field:ID`. */
  columns: (SortKey | `field:${string}`)[] | null;
}

export const INITIAL_STATE: ViewState = { sort: { key: 'file', descending: false }, filter: null, columns: null };

/** The cases table's columns as shown: the editor's choice, or the default ones; in table order. */
export function shownColumns(state: ViewState): SortKey[] {
  return SUMMARY_COLUMNS.filter((c) => (state.columns ? state.columns.includes(c.key) : c.shown)).map((c) => c.key);
}

/** The schema's other fields the editor added as columns, in the order added. */
export function shownFields(state: ViewState): string[] {
  return (state.columns ?? []).filter((k): k is `field:${string}` => k.startsWith('field:')).map((k) => k.slice(6));
}

/** The editor's choice with `key` (a column, or `field:ID`) shown or hidden; the title always stays, as the way to open a case. */
export function toggleColumn(state: ViewState, key: SortKey | `field:${string}`): NonNullable<ViewState['columns']> {
  const fields = shownFields(state).map((f) => `field:${f}` as const);
  if (key.startsWith('field:')) {
    const k = key as `field:${string}`;
    return [...shownColumns(state), ...(fields.includes(k) ? fields.filter((f) => f !== k) : [...fields, k])];
  }
  if (key === 'title') return [...shownColumns(state), ...fields];
  const shown = shownColumns(state);
  const next = shown.includes(key as SortKey) ? shown.filter((k) => k !== key) : [...shown, key as SortKey];
  return [...SUMMARY_COLUMNS.map((c) => c.key).filter((k) => next.includes(k)), ...fields];
}

/** A heat-map cell's shade (percent of the chart colour): never opaque, so the number stays readable in every theme. */
export const heat = (n: number, max: number) => (n === 0 || max === 0 ? 0 : Math.round(15 + (50 * n) / max));

/** A value id as the model labels it; an id the model does not know (`toString` too) is shown as written. */
export function labelOf(model: OverviewModel, field: keyof OverviewModel['labels'], id: string | null): string {
  return own(model.labels[field], id ?? NONE) ?? id ?? '';
}

export const sameFilter = (a: Filter | null, b: Filter | null) => JSON.stringify(a) === JSON.stringify(b);

export function matches(c: SummaryCase, filter: Filter | null): boolean {
  if (!filter) return true;
  switch (filter.kind) {
    case 'cell': {
      const t = CROSS_TABLES[filter.table ?? 'crossTable'];
      return c.groups[t.row] === filter.row && c.groups[t.column] === filter.column;
    }
    case 'selfLabel':
      return (c.self_label ?? '').trim() === filter.selfLabel && c.groups.collaboration_type === filter.type;
    case 'power':
      return c.groups.power_balance === filter.id;
    case 'point':
      return c.attentionPoints.includes(filter.id);
  }
}

/** A case's value in a column as the reader sees it (labels, not ids), for sorting and display. */
export function cellText(c: SummaryCase, key: SortKey, model: OverviewModel): string {
  return column(key).text(c, (field, id) => labelOf(model, field, id));
}

const column = (key: SortKey) => SUMMARY_COLUMNS.find((col) => col.key === key)!;

export function visibleCases(model: OverviewModel, state: ViewState): SummaryCase[] {
  const { key, descending } = state.sort;
  const collator = new Intl.Collator(model.lang, { numeric: true, sensitivity: 'base' });
  const numeric = column(key).numeric === true;
  // A count, or the length of a list (attention points by how many).
  const value = (c: SummaryCase) => {
    const v = c[key];
    return typeof v === 'number' ? v : Array.isArray(v) ? v.length : 0;
  };
  const compare = (a: SummaryCase, b: SummaryCase) => {
    if (numeric) return value(a) - value(b);
    const [x, y] = [cellText(a, key, model), cellText(b, key, model)];
    // Empty cells (no title, no authors) sort last either way: they are what an editor looks for least.
    if (!x || !y) return x ? -1 : y ? 1 : 0;
    return collator.compare(x, y);
  };
  return model.summary.cases
    .filter((c) => matches(c, state.filter))
    .sort((a, b) => {
      const primary = compare(a, b);
      const emptyFirst = !numeric && (!cellText(a, key, model) || !cellText(b, key, model));
      return (emptyFirst || !descending ? primary : -primary) || collator.compare(a.file, b.file);
    });
}

/** A stored state is used only if it still fits this model (a filtered value may be gone). */
export function restoreState(stored: unknown): ViewState {
  if (typeof stored !== 'object' || stored === null) return INITIAL_STATE;
  const s = stored as Partial<ViewState>;
  const keys = SUMMARY_COLUMNS.map((col) => col.key);
  const sort = s.sort && keys.includes(s.sort.key) ? { key: s.sort.key, descending: Boolean(s.sort.descending) } : INITIAL_STATE.sort;
  const f = s.filter;
  const cell = f?.kind === 'cell' && typeof f.row === 'string' && typeof f.column === 'string' && (f.table === undefined || f.table in CROSS_TABLES);
  const byId = (f?.kind === 'power' || f?.kind === 'point') && typeof f.id === 'string';
  const self = f?.kind === 'selfLabel' && typeof f.selfLabel === 'string' && typeof f.type === 'string';
  const filter = f && (cell || byId || self) ? f : null;
  const columns = Array.isArray(s.columns) ? s.columns.filter((k): k is SortKey | `field:${string}` => typeof k === 'string' && (keys.includes(k as SortKey) || /^field:[A-Za-z_][\w-]{0,63}$/.test(k))) : null;
  return { sort, filter, columns: columns && columns.includes('title') ? columns : null };
}
