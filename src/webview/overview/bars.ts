import type { Severity } from '../../core/types';
import { h, on } from './dom';
import { sameFilter, type Filter } from './view';
import type { OverviewWords } from './words';

export interface Bar {
  label: string;
  /** A second, muted line: an attention point's wording. */
  detail?: string;
  tooltip?: string;
  count: number;
  filter: Filter;
  severity?: Severity;
}

/** A horizontal bar chart as a list of buttons: each bar filters the cases table to its cases. */
export interface ChartOptions {
  /** Shown when there are no bars. */
  empty?: string;
  /** What each severity's colour means, for the severities present. */
  severities?: Partial<Record<Severity, string>>;
}

export function barChart(id: string, title: string, bars: readonly Bar[], w: OverviewWords, selected: Filter | null, choose: (f: Filter) => void, options: ChartOptions = {}): HTMLElement {
  const wide = bars.some((b) => b.detail);
  const max = Math.max(0, ...bars.map((b) => b.count));
  const items = bars.map((b) => {
    const fill = h('span', { class: `fill${b.severity ? ` severity-${b.severity}` : ''}` });
    fill.style.width = `${max ? (100 * b.count) / max : 0}%`;
    const button = h('button', { type: 'button', class: 'bar', title: b.tooltip, 'aria-pressed': String(sameFilter(b.filter, selected)), 'aria-label': w.barLabel(b.detail ? `${b.label} ${b.detail}` : b.label, b.count), disabled: b.count === 0 },
      h('span', { class: 'bar-label' }, h('span', { class: 'bar-name' }, b.label), b.detail ? h('span', { class: 'bar-detail' }, b.detail) : null),
      h('span', { class: 'track', 'aria-hidden': 'true' }, fill),
      h('span', { class: 'bar-count' }, b.count),
    );
    return h('li', {}, on(button, 'click', () => choose(b.filter)));
  });
  return h('section', { class: 'card', 'aria-labelledby': id },
    h('h2', { id }, title),
    bars.length ? h('p', { class: 'hint' }, w.barHint) : null,
    bars.length ? h('ul', { class: wide ? 'bars wide-labels' : 'bars' }, ...items) : h('p', { class: 'empty' }, options.empty ?? ''),
    legend(bars, options.severities),
  );
}

function legend(bars: readonly Bar[], words: ChartOptions['severities']): HTMLElement | null {
  const present = (['error', 'warning', 'information', 'hint'] as const).filter((sev) => bars.some((b) => b.severity === sev));
  if (!words || present.length < 2) return null;
  return h('p', { class: 'legend' }, ...present.map((sev) => h('span', {}, h('span', { class: `swatch fill severity-${sev}`, 'aria-hidden': 'true' }), words[sev] ?? sev)));
}
