// The anthology overview inside its webview: draws the model the extension posts, keeps the
// user's sort and filter (also across reloads), and asks the extension to open or export.
import { SUMMARY_WORDS } from '../../core/summary/words';
import type { FromOverview, OverviewModel, ToOverview } from '../protocol';
import { barChart } from './bars';
import { casesTable, columnChooser } from './casesTable';
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
  const cases = h('section', { class: 'card wide', 'aria-labelledby': 'cases-title' }, h('h2', { id: 'cases-title' }, sw.casesTitle), filterBar,
    casesTable(m, rows, state, w, sortBy, (file) => vscode.postMessage({ type: 'open', file })));
  root.replaceChildren(header, charts, tables, cases);
  tagFocusable();
  if (focusKey) (root.querySelector(`[data-focus="${CSS.escape(focusKey)}"]`) as HTMLElement | null)?.focus({ preventScroll: true });
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
  render();
});
vscode.postMessage({ type: 'ready' });
