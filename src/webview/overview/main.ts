// The anthology overview inside its webview: draws the model the extension posts, keeps the
// user's sort and filter (also across reloads), and asks the extension to open or export.
import { SUMMARY_WORDS } from '../../core/summary/words';
import { SUMMARY_COLUMNS } from '../../core/summary/columns';
import type { SummaryCase } from '../../core/summary/summarise';
import { EDITABLE_FIELDS, own, type EditableField, type FromOverview, type OverviewModel, type ToOverview } from '../protocol';
import { barChart } from './bars';
import { casesTable, columnChooser, type TableEditing } from './casesTable';
import { seenValue, valueEditor } from './editing';
import { h, on } from './dom';
import { heatmap } from './heatmap';
import { selfLabelTable } from './selfLabels';
import { CROSS_TABLES, labelOf, restoreState, sameFilter, toggleColumn, visibleCases, type Filter, type SortKey, type ViewState } from './view';
import { OVERVIEW_WORDS } from './words';

declare function acquireVsCodeApi(): { postMessage(m: FromOverview): void; getState(): unknown; setState(s: unknown): void };

const vscode = acquireVsCodeApi();
let state: ViewState = restoreState(vscode.getState());
let model: OverviewModel | undefined;
// Whether the column chooser is open: kept across redraws, not across reloads.
let chooserOpen = false;
// The cell being edited, the rows chosen for *Set field*, and the field chosen there: kept across
// redraws (a new model keeps the choice of the cases still there), not across reloads.
let editing: TableEditing['editing'] = null;
const selected = new Set<string>();
let bulkField: EditableField | null = null;
// The control to focus after the next redraw, when it is not the one that had focus (a new editor).
let focusNext: string | null = null;
const root = document.getElementById('root')!;

function update(next: Partial<ViewState>): void {
  state = { ...state, ...next };
  vscode.setState(state);
  render();
}

function choose(f: Filter): void {
  const filter = sameFilter(f, state.filter) ? null : f;
  update({ filter });
  // The chosen cases are below the charts: bring them into view (focus stays on the chart).
  if (filter) document.getElementById('cases-title')?.scrollIntoView({ block: 'start', behavior: 'smooth' });
}

function sortBy(key: SortKey): void {
  update({ sort: { key, descending: state.sort.key === key ? !state.sort.descending : key === 'errors' || key === 'warnings' || key === 'attentionPoints' } });
}

/** Asks the extension to set `field` to `value` in these cases, saying what each showed. */
function postEdit(cases: readonly SummaryCase[], field: EditableField, value: string | string[]): void {
  vscode.postMessage({ type: 'edit', field, value, targets: cases.map((c) => ({ file: c.file, seen: seenValue(model!, c, field) })) });
}

function tableEditing(m: OverviewModel): TableEditing {
  return {
    editing,
    selected,
    start: (file, field) => {
      editing = { file, field };
      focusNext = `editor:${file}:${field}`;
      render();
    },
    commit: (file, field, value) => {
      const c = m.summary.cases.find((x) => x.file === file);
      editing = null;
      focusNext = `edit:${file}:${field}`;
      if (c) postEdit([c], field, value);
      render();
    },
    cancel: () => {
      focusNext = editing ? `edit:${editing.file}:${editing.field}` : null;
      editing = null;
      render();
    },
    select: (files, on) => {
      for (const f of files) if (on) selected.add(f); else selected.delete(f);
      render();
    },
  };
}

/** *Set field for the chosen cases*: a field, its value, and one edit for all of them (the extension previews it). */
function bulkBar(m: OverviewModel): HTMLElement | null {
  if (selected.size === 0) return null;
  const w = OVERVIEW_WORDS[m.lang];
  const headings = SUMMARY_WORDS[m.lang].columns;
  const fields: EditableField[] = [...EDITABLE_FIELDS.filter((f) => own(m.editors, f)), ...m.fields.map((f) => f.id).filter((id) => own(m.editors, id))];
  const heading = (f: EditableField) => {
    const column = SUMMARY_COLUMNS.find((c) => c.key === f);
    return column ? headings[column.heading] : m.fields.find((x) => x.id === f)?.heading ?? f;
  };
  const field = bulkField && fields.includes(bulkField) ? bulkField : null;
  const chooser = on(h('select', { 'aria-label': w.field, 'data-focus': 'bulk:field' },
    h('option', { value: '', disabled: true, selected: !field }, w.field),
    ...fields.map((f) => h('option', { value: f, selected: f === field }, heading(f)))), 'change', (ev) => {
    bulkField = (ev.target as HTMLSelectElement).value as EditableField;
    focusNext = 'bulk:value';
    render();
  });
  const chosen = m.summary.cases.filter((c) => selected.has(c.file));
  const value = field ? valueEditor(own(m.editors, field)!, '', `${w.setField}: ${heading(field)}`, w, 'bulk:value', (v) => postEdit(chosen, field, v), () => {
    bulkField = null;
    render();
  }) : null;
  return h('div', { class: 'bulk', role: 'group', 'aria-label': w.setField },
    h('span', { role: 'status' }, w.selected(selected.size)), h('span', {}, w.setField), chooser, value,
    on(h('button', { type: 'button', class: 'secondary', 'data-focus': 'bulk:clear' }, w.clearSelection), 'click', () => {
      selected.clear();
      render();
    }));
}

function filterLabel(m: OverviewModel, f: Filter): string {
  if (f.kind === 'cell') {
    const t = CROSS_TABLES[f.table ?? 'crossTable'];
    return `${labelOf(m, t.row, f.row)} × ${labelOf(m, t.column, f.column)}`;
  }
  if (f.kind === 'selfLabel') return `"${f.selfLabel}" · ${labelOf(m, 'collaboration_type', f.type)}`;
  if (f.kind === 'power') return labelOf(m, 'power_balance', f.id);
  return f.id;
}

function render(): void {
  if (!model) return;
  const m = model;
  const w = OVERVIEW_WORDS[m.lang];
  const sw = SUMMARY_WORDS[m.lang];
  const s = m.summary;
  document.documentElement.lang = m.lang;
  // Keep focus where the user was (a sort header, a heat-map cell) across the redraw.
  const focusKey = document.activeElement?.closest('[data-focus]')?.getAttribute('data-focus');

  const errors = s.cases.reduce((n, c) => n + c.errors, 0);
  const warnings = s.cases.reduce((n, c) => n + c.warnings, 0);
  const header = h('header', {},
    h('div', {}, h('h1', {}, w.title), h('p', { class: 'counts', role: 'status' }, m.checking ? w.checking : `${w.reports(s.cases.length)} · ${w.problems(errors, warnings)}`)),
    h('div', { class: 'actions' },
      on(h('button', { type: 'button', class: 'secondary', 'data-focus': 'check' }, w.checkWorkspace), 'click', () => vscode.postMessage({ type: 'checkWorkspace' })),
      on(h('button', { type: 'button', 'data-focus': 'csv', disabled: s.cases.length === 0 }, w.exportCsv), 'click', () => vscode.postMessage({ type: 'export', format: 'csv' })),
      on(h('button', { type: 'button', 'data-focus': 'md', disabled: s.cases.length === 0 }, w.exportMarkdown), 'click', () => vscode.postMessage({ type: 'export', format: 'markdown' })),
      on(h('button', { type: 'button', 'data-focus': 'xlsx', disabled: s.cases.length === 0 }, w.exportExcel), 'click', () => vscode.postMessage({ type: 'export', format: 'xlsx' })),
      on(h('button', { type: 'button', 'data-focus': 'qdpx', disabled: s.cases.length === 0 }, w.exportQda), 'click', () => vscode.postMessage({ type: 'export', format: 'qdpx' })),
    ),
  );
  if (s.cases.length === 0) {
    root.replaceChildren(header, h('p', { class: 'empty' }, m.checking ? w.checking : w.empty));
    return;
  }

  const charts = h('div', { class: 'charts' },
    heatmap(m, 'crossTable', sw.crossTitle, sw.total, w, state.filter, choose),
    barChart('power-title', sw.powerTitle, s.powerBalance.map((p) => ({ label: labelOf(m, 'power_balance', p.id), count: p.count, filter: { kind: 'power', id: p.id } })), w, state.filter, choose),
    barChart('attention-title', sw.attentionTitle, s.attention.map((a) => ({ label: a.id, detail: a.message, tooltip: `${a.message}\n${a.sourceText}`, count: a.count, severity: a.severity, filter: { kind: 'point', id: a.id } })), w, state.filter, choose, { empty: sw.noPoints, severities: w.severities }),
  );
  const tables = h('div', { class: 'charts tables' },
    heatmap(m, 'typeByPower', sw.typePowerTitle, sw.total, w, state.filter, choose),
    selfLabelTable(m, w, state.filter, choose),
    heatmap(m, 'paradigmByPower', sw.paradigmPowerTitle, sw.total, w, state.filter, choose),
  );
  const rows = visibleCases(m, state);
  const filterBar = h('div', { class: 'table-tools' },
    h('div', { class: 'filter', role: 'status' },
      state.filter ? `${w.showing(rows.length, s.cases.length)} · ${filterLabel(m, state.filter)}` : w.reports(s.cases.length),
      state.filter ? on(h('button', { type: 'button', class: 'secondary', 'data-focus': 'clear' }, w.clearFilter), 'click', () => update({ filter: null })) : null),
    columnChooser(m, state, w, chooserOpen, (open) => (chooserOpen = open), (key) => update({ columns: toggleColumn(state, key) })),
  );
  const cases = h('section', { class: 'card wide', 'aria-labelledby': 'cases-title' }, h('h2', { id: 'cases-title' }, sw.casesTitle), filterBar, bulkBar(m),
    casesTable(m, rows, state, w, sortBy, (file) => vscode.postMessage({ type: 'open', file }), tableEditing(m)));
  // What is being typed survives a redraw (a new model arrives while the editor types).
  const drafts = new Map([...root.querySelectorAll<HTMLInputElement>('input[type=text][data-focus]')].map((i) => [i.dataset.focus!, i.value]));
  root.replaceChildren(header, charts, tables, cases);
  for (const [key, value] of drafts) {
    const input = root.querySelector<HTMLInputElement>(`input[type=text][data-focus="${CSS.escape(key)}"]`);
    if (input) input.value = value;
  }
  tagFocusable();
  const target = focusNext ?? focusKey;
  focusNext = null;
  if (target) (root.querySelector(`[data-focus="${CSS.escape(target)}"]`) as HTMLElement | null)?.focus({ preventScroll: true });
}

/** Gives each control a stable key (its place), so focus survives a redraw. */
function tagFocusable(): void {
  root.querySelectorAll('button:not([data-focus])').forEach((b) => {
    const cell = b.closest('[data-row]');
    const th = b.closest('th');
    const bar = b.closest('li');
    const key = cell ? `cell:${cell.getAttribute('data-row')}:${cell.getAttribute('data-column')}`
      : th ? `sort:${th.cellIndex}`
      : bar ? `bar:${bar.closest('section')?.getAttribute('aria-labelledby')}:${[...bar.parentElement!.children].indexOf(bar)}`
      : b.closest('tr')?.getAttribute('data-file') ? `open:${b.closest('tr')!.getAttribute('data-file')}` : '';
    if (key) b.setAttribute('data-focus', key);
  });
}

window.addEventListener('message', (ev: MessageEvent<ToOverview>) => {
  if (ev.data?.type !== 'model') return;
  model = ev.data.model;
  // A case no longer in the anthology is no longer chosen, nor edited.
  const files = new Set(model.summary.cases.map((c) => c.file));
  for (const f of selected) if (!files.has(f)) selected.delete(f);
  if (editing && !files.has(editing.file)) editing = null;
  render();
});
vscode.postMessage({ type: 'ready' });
