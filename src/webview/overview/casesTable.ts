import { SUMMARY_COLUMNS } from '../../core/summary/columns';
import type { SummaryCase } from '../../core/summary/summarise';
import { SUMMARY_WORDS } from '../../core/summary/words';
import { own, type EditableField, type OverviewModel } from '../protocol';
import { h, on } from './dom';
import { seenValue, valueEditor } from './editing';
import { cellText, shownColumns, shownFields, type SortKey, type ViewState } from './view';
import type { OverviewWords } from './words';

/** What the table needs to be edited: the cell being edited, the rows chosen, and what to do. */
export interface TableEditing {
  editing: { file: string; field: EditableField } | null;
  selected: ReadonlySet<string>;
  start(file: string, field: EditableField): void;
  commit(file: string, field: EditableField, value: string | string[]): void;
  cancel(): void;
  select(files: readonly string[], on: boolean): void;
}

/**
 * The sortable table of cases. Headers are buttons with `aria-sort`; a case's title is a button
 * that opens it; each editable cell has a button that edits it in place, and each row a checkbox
 * for *Set field for selected*. Every cell is text from the model, set as text.
 */
export function casesTable(model: OverviewModel, rows: readonly SummaryCase[], state: ViewState, w: OverviewWords, sortBy: (k: SortKey) => void, open: (file: string) => void, edit: TableEditing): HTMLElement {
  const c = SUMMARY_WORDS[model.lang].columns;
  const shown = shownColumns(state);
  const columns: [SortKey, string, string?][] = SUMMARY_COLUMNS.filter((col) => shown.includes(col.key)).map((col) => [col.key, c[col.heading], col.right ? 'num' : undefined]);
  const all = rows.map((r) => r.file);
  const allChosen = all.length > 0 && all.every((f) => edit.selected.has(f));
  const selectAll = h('th', { scope: 'col', class: 'select' }, on(h('input', { type: 'checkbox', checked: allChosen, 'aria-label': w.selectAll, 'data-focus': 'select:all' }), 'change', () => edit.select(all, !allChosen)));
  // The schema's other fields the editor added: after the summary's columns, not sortable.
  const fields = shownFields(state).map((id) => model.fields.find((f) => f.id === id)).filter((f): f is OverviewModel['fields'][number] => !!f);
  const head = h('tr', {}, selectAll, ...columns.map(([key, name, cls]) => {
    const sorted = state.sort.key === key;
    const th = h('th', { scope: 'col', class: cls, 'aria-sort': sorted ? (state.sort.descending ? 'descending' : 'ascending') : 'none' },
      on(h('button', { type: 'button', class: 'sort', title: w.sortBy(name) }, name, h('span', { class: 'arrow', 'aria-hidden': 'true' }, sorted ? (state.sort.descending ? '▼' : '▲') : '')), 'click', () => sortBy(key)));
    return th;
  }), ...fields.map((f) => h('th', { scope: 'col', 'data-field': f.id }, f.heading)));
  const points = model.summary.attention;
  // Most cells are their text; these are drawn as what they are.
  const cell = (r: SummaryCase, key: SortKey): HTMLElement => {
    switch (key) {
      case 'title':
        return h('td', {}, on(h('button', { type: 'button', class: 'link', title: w.open(r.file) }, r.title || w.untitled), 'click', () => open(r.file)));
      case 'errors':
      case 'warnings':
        return h('td', { class: `num${r[key] ? ` has-${key}` : ''}` }, r[key]);
      case 'attentionPoints':
        return h('td', { class: 'points' }, ...r.attentionPoints.map((id) => h('span', { class: 'chip', title: points.find((p) => p.id === id)?.message }, id)));
      case 'file':
        return h('td', { class: 'file' }, r.file);
      case 'period':
        // A date is not broken at its hyphens.
        return h('td', { class: 'period' }, cellText(r, key, model));
      default:
        return h('td', {}, cellText(r, key, model));
    }
  };
  // An editable cell: its text and a button that edits it, or, while edited, its editor.
  const editable = (r: SummaryCase, key: SortKey, name: string, shown: HTMLElement): HTMLElement => {
    const field = key as EditableField;
    const editor = own(model.editors, field);
    if (!editor) return shown;
    const label = w.edit(name, r.title || r.file);
    if (edit.editing?.file === r.file && edit.editing.field === field) {
      return h('td', { class: 'editing' }, valueEditor(editor, seenValue(model, r, field), label, w, `editor:${r.file}:${field}`, (v) => edit.commit(r.file, field, v), () => edit.cancel()));
    }
    shown.classList.add('editable');
    shown.append(on(h('button', { type: 'button', class: 'edit', title: label, 'aria-label': label, 'data-focus': `edit:${r.file}:${field}` }, '✎'), 'click', () => edit.start(r.file, field)));
    return shown;
  };
  const body = rows.map((r) => h('tr', { 'data-file': r.file, class: edit.selected.has(r.file) ? 'selected' : undefined },
    h('td', { class: 'select' }, on(h('input', { type: 'checkbox', checked: edit.selected.has(r.file), 'aria-label': w.select(r.title || r.file), 'data-focus': `select:${r.file}` }), 'change', () => edit.select([r.file], !edit.selected.has(r.file)))),
    ...columns.map(([key, name]) => editable(r, key, name, cell(r, key))),
    ...fields.map((f) => editable(r, f.id as SortKey, f.heading, h('td', { 'data-field': f.id }, own(own(model.values, r.file), f.id)?.shown ?? '')))));
  return h('div', { class: 'scroll' }, h('table', { class: 'cases' }, h('thead', {}, head), h('tbody', {}, ...body)));
}

/**
 * Which columns the table shows: a disclosure with a checkbox per column (the title stays, as the
 * way to open a case). The CSV export has every column whatever is chosen here.
 */
export function columnChooser(model: OverviewModel, state: ViewState, w: OverviewWords, open: boolean, setOpen: (open: boolean) => void, toggle: (k: SortKey | `field:${string}`) => void): HTMLElement {
  const c = SUMMARY_WORDS[model.lang].columns;
  const shown = shownColumns(state);
  const extra = shownFields(state);
  const boxes = SUMMARY_COLUMNS.map((col) => h('label', {},
    on(h('input', { type: 'checkbox', checked: shown.includes(col.key), disabled: col.key === 'title', 'data-focus': `column:${col.key}` }), 'change', () => toggle(col.key)),
    c[col.heading]));
  // Every other field of the schema in use, to show and edit beside them.
  const more = model.fields.map((f) => h('label', {},
    on(h('input', { type: 'checkbox', checked: extra.includes(f.id), 'data-focus': `column:field:${f.id}` }), 'change', () => toggle(`field:${f.id}`)),
    f.heading));
  const details = h('details', { class: 'columns', open }, h('summary', { 'data-focus': 'columns' }, w.columns),
    h('div', { class: 'column-list' }, ...boxes), more.length ? h('div', { class: 'column-list more', role: 'group', 'aria-label': w.moreFields }, h('span', { class: 'hint' }, w.moreFields), ...more) : null);
  return on(details, 'toggle', () => setOpen(details.open));
}
