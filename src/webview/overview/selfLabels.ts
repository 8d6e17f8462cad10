import { SUMMARY_WORDS } from '../../core/summary/words';
import type { OverviewModel } from '../protocol';
import { h, on } from './dom';
import { labelOf, type Filter } from './view';
import type { OverviewWords } from './words';

/**
 * The actors' own word (`self_label`) against the analytic type: where "samskabelse" names a
 * co-production, the table shows it. Each row's count lists its cases.
 */
export function selfLabelTable(model: OverviewModel, w: OverviewWords, selected: Filter | null, choose: (f: Filter) => void): HTMLElement {
  const sw = SUMMARY_WORDS[model.lang];
  const rows = model.summary.selfLabels.map((l) => {
    const isSelected = selected?.kind === 'selfLabel' && selected.selfLabel === l.selfLabel && selected.type === l.collaboration_type;
    const type = labelOf(model, 'collaboration_type', l.collaboration_type);
    return h('tr', {}, h('td', {}, l.selfLabel), h('td', {}, type),
      h('td', { class: 'num' }, on(h('button', { type: 'button', class: 'count', 'aria-pressed': String(isSelected), 'aria-label': w.cellLabel(l.selfLabel, type, l.count) }, l.count), 'click',
        () => choose({ kind: 'selfLabel', selfLabel: l.selfLabel, type: l.collaboration_type }))));
  });
  return h('section', { class: 'card', 'aria-labelledby': 'self-title' },
    h('h2', { id: 'self-title' }, sw.selfLabelTitle),
    rows.length === 0 ? h('p', { class: 'empty' }, sw.noSelfLabels) : h('p', { class: 'hint' }, w.selfHint),
    rows.length === 0 ? null : h('div', { class: 'scroll' }, h('table', { class: 'self-labels' },
      h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, sw.selfLabel), h('th', { scope: 'col' }, sw.columns.type), h('th', { scope: 'col', class: 'num' }, sw.reports))),
      h('tbody', {}, ...rows))),
  );
}
