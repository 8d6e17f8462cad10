// The cases table's columns, in the order a reader meets them: the CSV, the Markdown export and the
// overview's table all draw from this list, so a column is added here once (with its heading in
// words.ts). Pure: the overview's webview imports it without the engine.
import type { SummaryCase } from './summarise';
import type { LabelledField } from './vocabulary';
import type { SUMMARY_WORDS } from './words';

export type ColumnKey = Exclude<keyof SummaryCase, 'groups'>;

export interface SummaryColumn {
  /** The case's field, and the overview's sort key. */
  key: ColumnKey;
  heading: keyof (typeof SUMMARY_WORDS)['en']['columns'];
  /** Its CSV columns, header (an id a script reads back, never translated) and cell (ids, not labels); a workbook writes a `number` or a `date` cell as one. */
  csv: readonly { header: string; value(c: SummaryCase): string; type?: 'number' | 'date' }[];
  /** Shown unless the editor chooses otherwise: the overview's first view and the Markdown export. */
  shown: boolean;
  /** Sorted as a number (a count). */
  numeric?: boolean;
  /** A number, aligned right. */
  right?: boolean;
  /** The cell as a reader sees it: values by their labels (a missing one as missing). */
  text(c: SummaryCase, label: (field: LabelledField, id: string | null) => string): string;
}

const field = (key: 'collaboration_type' | 'governance_paradigm' | 'power_balance' | 'format' | 'status', heading: SummaryColumn['heading'], shown: boolean): SummaryColumn => ({
  key, heading, shown, csv: [{ header: key, value: (c) => c[key] ?? '' }],
  // An optional field left out is blank, not "missing": only the three tabulated ones are required.
  text: (c, label) => (c[key] === null && (key === 'format' || key === 'status') ? '' : label(key, c[key])),
});
const plain = (key: 'municipality' | 'self_label' | 'chapter', heading: SummaryColumn['heading'], shown: boolean): SummaryColumn => ({
  key, heading, shown, csv: [{ header: key, value: (c) => c[key] ?? '' }], text: (c) => c[key] ?? '',
});
const count = (key: 'errors' | 'warnings', heading: SummaryColumn['heading']): SummaryColumn => ({
  key, heading, shown: true, numeric: true, right: true, csv: [{ header: key, value: (c) => String(c[key]), type: 'number' }], text: (c) => String(c[key]),
});

export const SUMMARY_COLUMNS: readonly SummaryColumn[] = [
  { key: 'title', heading: 'title', shown: true, csv: [{ header: 'title', value: (c) => c.title ?? '' }], text: (c) => c.title ?? '' },
  { key: 'authors', heading: 'authors', shown: true, csv: [{ header: 'authors', value: (c) => c.authors.join('; ') }], text: (c) => c.authors.join(', ') },
  plain('municipality', 'municipality', true),
  { key: 'policy_area', heading: 'policyArea', shown: false, csv: [{ header: 'policy_area', value: (c) => c.policy_area.join('; ') }], text: (c, label) => c.policy_area.map((id) => label('policy_area', id)).join(', ') },
  field('collaboration_type', 'type', true),
  plain('self_label', 'selfLabel', false),
  field('governance_paradigm', 'paradigm', true),
  field('power_balance', 'power', true),
  field('format', 'format', false),
  field('status', 'status', false),
  {
    key: 'period', heading: 'period', shown: false,
    csv: [{ header: 'period_start', value: (c) => c.period.start ?? '', type: 'date' }, { header: 'period_end', value: (c) => c.period.end ?? '', type: 'date' }],
    // An open end is shown as open ("2018-01-01 –"), so a sort by period is a sort by start.
    text: (c) => (c.period.start || c.period.end ? `${c.period.start ?? ''} – ${c.period.end ?? ''}`.trim() : ''),
  },
  plain('chapter', 'chapter', false),
  count('errors', 'errors'),
  count('warnings', 'warnings'),
  { key: 'attentionPoints', heading: 'attention', shown: true, numeric: true, csv: [{ header: 'attention_points', value: (c) => c.attentionPoints.join(' ') }], text: (c) => c.attentionPoints.join(', ') },
  { key: 'file', heading: 'file', shown: true, csv: [{ header: 'file', value: (c) => c.file }], text: (c) => c.file },
];

/** The columns shown until the editor chooses: what the Markdown export has. */
export const SHOWN_COLUMNS = SUMMARY_COLUMNS.filter((c) => c.shown);
