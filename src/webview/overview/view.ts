// What the overview shows of the model, given the user's sort and filter: pure, so it is
// unit-tested without a browser.
import { NONE } from '../../core/summary/none';
import { SUMMARY_COLUMNS, type SummaryColumn } from '../../core/summary/columns';
import type { SummaryCase } from '../../core/summary/summarise';
import type { OverviewModel } from '../protocol';

export type SortKey = SummaryColumn['key'];

export type Filter =
  | { kind: 'cell'; row: string; column: string }
  | { kind: 'power'; id: string }
  | { kind: 'point'; id: string };

/** Kept by the webview across reloads (`vscode.setState`). */
export interface ViewState {
  sort: { key: SortKey; descending: boolean };
  filter: Filter | null;
}

export const INITIAL_STATE: ViewState = { sort: { key: 'file', descending: false }, filter: null };

/** A heat-map cell's shade (percent of the chart colour): never opaque, so the number stays readable in every theme. */
export const heat = (n: number, max: number) => (n === 0 || max === 0 ? 0 : Math.round(15 + (50 * n) / max));

/** A value id as the model labels it; an id the model does not know is shown as written. */
export function labelOf(model: OverviewModel, field: keyof OverviewModel['labels'], id: string | null): string {
  return model.labels[field][id ?? NONE] ?? id ?? '';
}

export const sameFilter = (a: Filter | null, b: Filter | null) => JSON.stringify(a) === JSON.stringify(b);

export function matches(c: SummaryCase, filter: Filter | null): boolean {
  if (!filter) return true;
  switch (filter.kind) {
    case 'cell':
      return c.groups.collaboration_type === filter.row && c.groups.governance_paradigm === filter.column;
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
  const filter = f && ((f.kind === 'cell' && typeof f.row === 'string' && typeof f.column === 'string') || ((f.kind === 'power' || f.kind === 'point') && typeof f.id === 'string')) ? f : null;
  return { sort, filter };
}
