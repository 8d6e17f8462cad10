import type { OverviewModel } from '../protocol';
import { h, on } from './dom';
import { CROSS_TABLES, heat, labelOf, tableOf, type Filter, type TableId } from './view';
import type { OverviewWords } from './words';

/**
 * One of the summary's cross-tables as a table whose cells are shaded by count: a real table, so
 * screen readers announce row and column, and each non-empty cell is a button that lists its cases.
 */
export function heatmap(model: OverviewModel, id: TableId, title: string, total: string, w: OverviewWords, selected: Filter | null, choose: (f: Filter) => void): HTMLElement {
  const t = tableOf(model.summary, id);
  const fields = CROSS_TABLES[id];
  const rowLabel = (r: string) => labelOf(model, fields.row, r);
  const columnLabel = (c: string) => labelOf(model, fields.column, c);
  const max = Math.max(0, ...t.rows.flatMap((r) => t.columns.map((c) => t.counts[r][c])));
  const sum = (ns: number[]) => ns.reduce((a, b) => a + b, 0);

  const head = h('tr', {}, h('td', { class: 'corner' }), ...t.columns.map((c) => h('th', { scope: 'col' }, columnLabel(c))), h('th', { scope: 'col', class: 'total' }, total));
  const rows = t.rows.map((r) => {
    const cells = t.columns.map((c) => {
      const n = t.counts[r][c];
      const td = h('td', { class: 'heat', 'data-table': id, 'data-row': r, 'data-column': c });
      td.style.setProperty('--heat', `${heat(n, max)}%`);
      if (n === 0) td.append(h('span', { class: 'zero' }, '0'));
      else {
        const isSelected = selected?.kind === 'cell' && (selected.table ?? 'crossTable') === id && selected.row === r && selected.column === c;
        td.append(on(h('button', { type: 'button', 'aria-pressed': String(isSelected), 'aria-label': w.cellLabel(rowLabel(r), columnLabel(c), n) }, n), 'click', () => choose({ kind: 'cell', table: id, row: r, column: c })));
      }
      return td;
    });
    return h('tr', {}, h('th', { scope: 'row' }, rowLabel(r)), ...cells, h('td', { class: 'total' }, sum(t.columns.map((c) => t.counts[r][c]))));
  });
  const totals = t.columns.map((c) => sum(t.rows.map((r) => t.counts[r][c])));
  const foot = h('tr', { class: 'total' }, h('th', { scope: 'row' }, total), ...totals.map((n) => h('td', { class: 'total' }, n)), h('td', { class: 'total' }, sum(totals)));

  return h('section', { class: 'card', 'aria-labelledby': `${id}-title`, 'data-table': id },
    h('h2', { id: `${id}-title` }, title),
    h('p', { class: 'hint' }, w.heatHint),
    h('div', { class: 'scroll' }, h('table', { class: 'heatmap' }, h('thead', {}, head), h('tbody', {}, ...rows), h('tfoot', {}, foot))),
  );
}
