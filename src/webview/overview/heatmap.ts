import { SUMMARY_WORDS } from '../../core/summary/words';
import type { OverviewModel } from '../protocol';
import { h, on } from './dom';
import { heat, labelOf, type Filter } from './view';
import type { OverviewWords } from './words';

/**
 * Collaboration type × governance paradigm as a table whose cells are shaded by count: a real
 * table, so screen readers announce row and column, and each non-empty cell is a button.
 */
export function heatmap(model: OverviewModel, w: OverviewWords, selected: Filter | null, choose: (f: Filter) => void): HTMLElement {
  const t = model.summary.crossTable;
  const sw = SUMMARY_WORDS[model.lang];
  const label = (field: 'collaboration_type' | 'governance_paradigm', id: string) => labelOf(model, field, id);
  const max = Math.max(0, ...t.rows.flatMap((r) => t.columns.map((c) => t.counts[r][c])));
  const sum = (ns: number[]) => ns.reduce((a, b) => a + b, 0);

  const head = h('tr', {}, h('td', { class: 'corner' }), ...t.columns.map((c) => h('th', { scope: 'col' }, label('governance_paradigm', c))), h('th', { scope: 'col', class: 'total' }, sw.total));
  const rows = t.rows.map((r) => {
    const cells = t.columns.map((c) => {
      const n = t.counts[r][c];
      const td = h('td', { class: 'heat', 'data-row': r, 'data-column': c });
      td.style.setProperty('--heat', `${heat(n, max)}%`);
      if (n === 0) td.append(h('span', { class: 'zero' }, '0'));
      else {
        const isSelected = selected?.kind === 'cell' && selected.row === r && selected.column === c;
        td.append(on(h('button', { type: 'button', 'aria-pressed': String(isSelected), 'aria-label': w.cellLabel(label('collaboration_type', r), label('governance_paradigm', c), n) }, n), 'click', () => choose({ kind: 'cell', row: r, column: c })));
      }
      return td;
    });
    return h('tr', {}, h('th', { scope: 'row' }, label('collaboration_type', r)), ...cells, h('td', { class: 'total' }, sum(t.columns.map((c) => t.counts[r][c]))));
  });
  const totals = t.columns.map((c) => sum(t.rows.map((r) => t.counts[r][c])));
  const foot = h('tr', { class: 'total' }, h('th', { scope: 'row' }, sw.total), ...totals.map((n) => h('td', { class: 'total' }, n)), h('td', { class: 'total' }, sum(totals)));

  return h('section', { class: 'card', 'aria-labelledby': 'heat-title' },
    h('h2', { id: 'heat-title' }, sw.crossTitle),
    h('p', { class: 'hint' }, w.heatHint),
    h('div', { class: 'scroll' }, h('table', { class: 'heatmap' }, h('thead', {}, head), h('tbody', {}, ...rows), h('tfoot', {}, foot))),
  );
}
