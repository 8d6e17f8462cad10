// The cases table's columns, in the order a reader meets them: the CSV, the Markdown export and the
// overview's table all draw from this list, so a column is added here once (with its heading in
// words.ts). Pure: the overview's webview imports it without the engine.
import type { SummaryCase } from './summarise';
import type { SummaryField } from './vocabulary';
import type { SUMMARY_WORDS } from './words';

export interface SummaryColumn {
  /** The case's field, and the overview's sort key. */
  key: Exclude<keyof SummaryCase, 'groups'>;
  heading: keyof (typeof SUMMARY_WORDS)['en']['columns'];
  /** Its CSV header: an id a script reads back, never translated. */
  csv: string;
  /** Sorted as a number (a count). */
  numeric?: boolean;
  /** A number, aligned right. */
  right?: boolean;
  /** The cell as data (ids, not labels): what CSV writes. */
  value(c: SummaryCase): string;
  /** The cell as a reader sees it: values by their labels (a missing one as missing). */
  text(c: SummaryCase, label: (field: SummaryField, id: string | null) => string): string;
}

const field = (key: SummaryField, csv: string, heading: SummaryColumn['heading']): SummaryColumn => ({
  key, csv, heading, value: (c) => c[key] ?? '', text: (c, label) => label(key, c[key]),
});
const count = (key: 'errors' | 'warnings', heading: SummaryColumn['heading']): SummaryColumn => ({
  key, csv: key, heading, numeric: true, right: true, value: (c) => String(c[key]), text: (c) => String(c[key]),
});

export const SUMMARY_COLUMNS: readonly SummaryColumn[] = [
  { key: 'title', csv: 'title', heading: 'title', value: (c) => c.title ?? '', text: (c) => c.title ?? '' },
  { key: 'authors', csv: 'authors', heading: 'authors', value: (c) => c.authors.join('; '), text: (c) => c.authors.join(', ') },
  field('collaboration_type', 'collaboration_type', 'type'),
  field('governance_paradigm', 'governance_paradigm', 'paradigm'),
  field('power_balance', 'power_balance', 'power'),
  count('errors', 'errors'),
  count('warnings', 'warnings'),
  { key: 'attentionPoints', csv: 'attention_points', heading: 'attention', numeric: true, value: (c) => c.attentionPoints.join(' '), text: (c) => c.attentionPoints.join(', ') },
  { key: 'file', csv: 'file', heading: 'file', value: (c) => c.file, text: (c) => c.file },
];
