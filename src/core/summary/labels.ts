import { builtinSchema } from '../builtin';
import { valueLabel } from '../schema/vocabulary';
import type { Lang } from '../types';
import { NONE, type Summary } from './summarise';
import { SUMMARY_WORDS } from './words';

export type SummaryField = 'collaboration_type' | 'governance_paradigm' | 'power_balance';

/**
 * A summary id as a reader sees it: the vocabulary's label, the "missing" wording for `NONE`, and
 * a value outside the vocabulary as the writer wrote it.
 */
export function summaryLabel(field: SummaryField, id: string | null, lang: Lang): string {
  if (!id || id === NONE) return SUMMARY_WORDS[lang].none;
  return valueLabel(builtinSchema().json, [field], id, lang) ?? id;
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
    labels[field] = { [NONE]: summaryLabel(field, null, lang) };
    for (const id of values) if (id) labels[field][id] ??= summaryLabel(field, id, lang);
  }
  return labels;
}
