import { SUMMARY_COLUMNS } from '../../core/summary/columns';
import type { SummaryCase } from '../../core/summary/summarise';
import { SUMMARY_WORDS } from '../../core/summary/words';
import type { OverviewModel } from '../protocol';
import { h, on } from './dom';
import { cellText, type SortKey, type ViewState } from './view';
import type { OverviewWords } from './words';

/**
 * The sortable table of cases. Headers are buttons with `aria-sort`; a case's title is a button
 * that opens it. Every cell is text from the model, set as text.
 */
export function casesTable(model: OverviewModel, rows: readonly SummaryCase[], state: ViewState, w: OverviewWords, sortBy: (k: SortKey) => void, open: (file: string) => void): HTMLElement {
  const c = SUMMARY_WORDS[model.lang].columns;
  const columns: [SortKey, string, string?][] = SUMMARY_COLUMNS.map((col) => [col.key, c[col.heading], col.right ? 'num' : undefined]);
  const head = h('tr', {}, ...columns.map(([key, name, cls]) => {
    const sorted = state.sort.key === key;
    const th = h('th', { scope: 'col', class: cls, 'aria-sort': sorted ? (state.sort.descending ? 'descending' : 'ascending') : 'none' },
      on(h('button', { type: 'button', class: 'sort', title: w.sortBy(name) }, name, h('span', { class: 'arrow', 'aria-hidden': 'true' }, sorted ? (state.sort.descending ? '▼' : '▲') : '')), 'click', () => sortBy(key)));
    return th;
  }));
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
      default:
        return h('td', {}, cellText(r, key, model));
    }
  };
  const body = rows.map((r) => h('tr', { 'data-file': r.file }, ...columns.map(([key]) => cell(r, key))));
  return h('div', { class: 'scroll' }, h('table', { class: 'cases' }, h('thead', {}, head), h('tbody', {}, ...body)));
}
