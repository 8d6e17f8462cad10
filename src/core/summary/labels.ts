import { label } from '../schema/vocabulary';
import type { Lang } from '../types';
import { NONE, type Summary } from './summarise';
import type { SummaryField } from './vocabulary';
import { SUMMARY_WORDS } from './words';

export type { SummaryField };

/**
 * A summary id as a reader sees it: the label the reports' schemas give it, the "missing" wording
 * for `NONE`, and a value outside every vocabulary as the writer wrote it.
 */
export function summaryLabel(summary: Pick<Summary, 'vocabulary'>, field: SummaryField, id: string | null, lang: Lang): string {
  if (!id || id === NONE) return SUMMARY_WORDS[lang].none;
  const v = summary.vocabulary[field].find((x) => x.id === id);
  return (v && label(v, lang)) ?? id;
}

/** Every id a summary shows, field by field, with its label: what a host hands a view to draw. */
export function summaryLabels(summary: Summary, lang: Lang): Record<SummaryField, Record<string, string>> {
  const ids: Record<SummaryField, (string | null)[]> = {
    collaboration_type: [...summary.crossTable.rows, ...summary.cases.map((c) => c.collaboration_type)],
    governance_paradigm: [...summary.crossTable.columns, ...summary.cases.map((c) => c.governance_paradigm)],
    power_balance: [...summary.powerBalance.map((p) => p.id), ...summary.cases.map((c) => c.power_balance)],
  };
  const labels = {} as Record<SummaryField, Record<string, string>>;
  for (const [field, values] of Object.entries(ids) as [SummaryField, (string | null)[]][]) {
    labels[field] = { [NONE]: summaryLabel(summary, field, null, lang) };
    for (const id of values) if (id) labels[field][id] ??= summaryLabel(summary, field, id, lang);
  }
  return labels;
}
