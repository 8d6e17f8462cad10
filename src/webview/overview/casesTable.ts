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
  const columns: [SortKey, string, string?][] = [
    ['title', c.title], ['authors', c.authors], ['collaboration_type', c.type], ['governance_paradigm', c.paradigm],
    ['power_balance', c.power], ['errors', c.errors, 'num'], ['warnings', c.warnings, 'num'], ['attentionPoints', c.attention], ['file', c.file],
  ];
  const head = h('tr', {}, ...columns.map(([key, name, cls]) => {
    const sorted = state.sort.key === key;
    const th = h('th', { scope: 'col', class: cls, 'aria-sort': sorted ? (state.sort.descending ? 'descending' : 'ascending') : 'none' },
      on(h('button', { type: 'button', class: 'sort', title: w.sortBy(name) }, name, h('span', { class: 'arrow', 'aria-hidden': 'true' }, sorted ? (state.sort.descending ? '▼' : '▲') : '')), 'click', () => sortBy(key)));
    return th;
  }));
  const body = rows.map((r) => {
    const title = r.title || w.untitled;
    const points = model.summary.attention;
    return h('tr', { 'data-file': r.file },
      h('td', {}, on(h('button', { type: 'button', class: 'link', title: w.open(r.file) }, title), 'click', () => open(r.file))),
      h('td', {}, cellText(r, 'authors', model)),
      h('td', {}, cellText(r, 'collaboration_type', model)),
      h('td', {}, cellText(r, 'governance_paradigm', model)),
      h('td', {}, cellText(r, 'power_balance', model)),
      h('td', { class: `num${r.errors ? ' has-errors' : ''}` }, r.errors),
      h('td', { class: `num${r.warnings ? ' has-warnings' : ''}` }, r.warnings),
      h('td', { class: 'points' }, ...r.attentionPoints.map((id) => h('span', { class: 'chip', title: points.find((p) => p.id === id)?.message }, id))),
      h('td', { class: 'file' }, r.file),
    );
  });
  return h('div', { class: 'scroll' }, h('table', { class: 'cases' }, h('thead', {}, head), h('tbody', {}, ...body)));
}
