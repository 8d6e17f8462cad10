import { builtinSchema } from '../builtin';
import { valueLabel } from '../schema/vocabulary';
import type { Lang } from '../types';
import { NONE } from './summarise';
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
