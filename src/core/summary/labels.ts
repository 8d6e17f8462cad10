import { label } from '../schema/vocabulary';
import type { Lang } from '../types';
import { NONE, type Summary } from './summarise';
import { LABELLED_FIELDS, type LabelledField, type SummaryField } from './vocabulary';
import { SUMMARY_WORDS } from './words';

export type { LabelledField, SummaryField };

/**
 * A summary id as a reader sees it: the label the reports' schemas give it, the "missing" wording
 * for `NONE`, and a value outside every vocabulary as the writer wrote it.
 */
export function summaryLabel(summary: Pick<Summary, 'vocabulary'>, field: LabelledField, id: string | null, lang: Lang): string {
  if (!id || id === NONE) return SUMMARY_WORDS[lang].none;
  const v = summary.vocabulary[field].find((x) => x.id === id);
  return (v && label(v, lang)) ?? id;
}

/** The ids a summary counts reports under for a field, in its order (`NONE` last when any). */
export function summaryOrder(summary: Summary, field: SummaryField): string[] {
  switch (field) {
    case 'collaboration_type': return summary.crossTable.rows;
    case 'governance_paradigm': return summary.crossTable.columns;
    case 'power_balance': return summary.powerBalance.map((p) => p.id);
  }
}

/** Every id a summary shows, field by field, with its label: what a host hands a view to draw. */
export function summaryLabels(summary: Summary, lang: Lang): Record<LabelledField, Record<string, string>> {
  const ids = {} as Record<LabelledField, (string | null)[]>;
  for (const field of LABELLED_FIELDS) {
    const order = field === 'policy_area' || field === 'format' || field === 'status' ? summary.vocabulary[field].map((v) => v.id) : summaryOrder(summary, field);
    ids[field] = [...order, ...summary.cases.flatMap((c) => c[field])];
  }
  const labels = {} as Record<LabelledField, Record<string, string>>;
  for (const [field, values] of Object.entries(ids) as [LabelledField, (string | null)[]][]) {
    labels[field] = { [NONE]: summaryLabel(summary, field, null, lang) };
    for (const id of values) if (id) labels[field][id] ??= summaryLabel(summary, field, id, lang);
  }
  return labels;
}
