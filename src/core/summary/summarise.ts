import { builtinSchema } from '../builtin';
import type { JsonSchema } from '../schema/compile';
import type { CheckResult, Severity } from '../types';
import { NONE } from './none';
import { groupOf, SUMMARY_FIELDS, summaryVocabulary, type SummaryField, type SummaryVocabulary } from './vocabulary';

export { NONE };

/**
 * What an editor tabulates: a row per case report, the collaboration type × governance paradigm
 * cross-table, the spread of power balance and how often each attention point is raised.
 * `casedoc summary` and the editor's anthology overview both show this, so they always agree.
 */
export interface Summary {
  cases: SummaryCase[];
  crossTable: {
    rows: string[];
    columns: string[];
    /** counts[row][column]; `NONE` ids are reports without a valid value. */
    counts: Record<string, Record<string, number>>;
  };
  /** Reports per power balance, in the vocabulary's order, `NONE` last when any. */
  powerBalance: { id: string; count: number }[];
  /** Each attention point raised anywhere, most frequent first, with its wording in the check's language. */
  attention: { id: string; severity: Severity; message: string; source: string; sourceText: string; count: number }[];
  /** The values of the schemas the reports were checked against, with their titles: what labels the rows. */
  vocabulary: SummaryVocabulary;
}

export interface SummaryCase {
  file: string;
  title: string | null;
  authors: string[];
  collaboration_type: string | null;
  governance_paradigm: string | null;
  power_balance: string | null;
  errors: number;
  warnings: number;
  attentionPoints: string[];
  /** The id the report is counted under in each field: its value, or `NONE` when its schema does not allow it. */
  groups: Record<SummaryField, string>;
}

/** One checked file, as a host knows it. */
export interface SummaryInput extends Pick<CheckResult, 'isCaseReport' | 'classification' | 'diagnostics' | 'attentionPoints'> {
  file: string;
  /** The schema the report was checked against; the built-in one when absent. */
  schema?: JsonSchema;
}

export function summarise(reports: readonly SummaryInput[]): Summary {
  const included = reports.filter((r) => r.isCaseReport);
  const vocabulary = summaryVocabulary([...new Set(included.map((r) => r.schema ?? builtinSchema().json))]);
  const cases: SummaryCase[] = included.map((r) => ({
    file: r.file,
    title: r.classification.title,
    authors: r.classification.authors,
    collaboration_type: r.classification.collaboration_type,
    governance_paradigm: r.classification.governance_paradigm,
    power_balance: r.classification.power_balance,
    errors: r.diagnostics.filter((d) => d.severity === 'error').length,
    warnings: r.diagnostics.filter((d) => d.severity === 'warning').length,
    attentionPoints: r.attentionPoints.map((p) => p.id),
    // A value outside the report's vocabulary (a typo the check reports) is counted apart, not dropped.
    groups: Object.fromEntries(SUMMARY_FIELDS.map((f) => [f, groupOf(r.classification[f], f, r.schema ?? builtinSchema().json)])) as Record<SummaryField, string>,
  }));
  return { cases, crossTable: crossTable(cases, vocabulary), powerBalance: powerBalance(cases, vocabulary), attention: attention(included), vocabulary };
}

const ids = (values: readonly { id: string }[]) => values.map((v) => v.id);

/** Values in the vocabularies' order, then those of schemas without a vocabulary in the order met, `NONE` last. */
function ordered(known: string[], seen: readonly string[]): string[] {
  const out = [...known];
  for (const id of seen) if (id !== NONE && !out.includes(id)) out.push(id);
  if (seen.includes(NONE)) out.push(NONE);
  return out;
}

function crossTable(cases: readonly SummaryCase[], vocabulary: SummaryVocabulary): Summary['crossTable'] {
  const rows = ordered(ids(vocabulary.collaboration_type), cases.map((c) => c.groups.collaboration_type));
  const columns = ordered(ids(vocabulary.governance_paradigm), cases.map((c) => c.groups.governance_paradigm));
  const counts: Summary['crossTable']['counts'] = {};
  for (const c of cases) {
    const row = c.groups.collaboration_type;
    const col = c.groups.governance_paradigm;
    counts[row] ??= {};
    counts[row][col] = (counts[row][col] ?? 0) + 1;
  }
  for (const r of rows) {
    counts[r] ??= {};
    for (const c of columns) counts[r][c] ??= 0;
  }
  return { rows, columns, counts };
}

function powerBalance(cases: readonly SummaryCase[], vocabulary: SummaryVocabulary): Summary['powerBalance'] {
  const counts = new Map<string, number>(ordered(ids(vocabulary.power_balance), cases.map((c) => c.groups.power_balance)).map((id) => [id, 0]));
  for (const c of cases) counts.set(c.groups.power_balance, counts.get(c.groups.power_balance)! + 1);
  return [...counts].map(([id, count]) => ({ id, count }));
}

function attention(reports: readonly SummaryInput[]): Summary['attention'] {
  const byId = new Map<string, Summary['attention'][number]>();
  for (const r of reports) {
    // A rule raised twice in one report (it cannot be today) still counts that report once.
    for (const p of new Map(r.attentionPoints.map((p) => [p.id, p])).values()) {
      const seen = byId.get(p.id);
      if (seen) seen.count++;
      else byId.set(p.id, { id: p.id, severity: p.severity, message: p.message, source: p.source, sourceText: p.sourceText, count: 1 });
    }
  }
  return [...byId.values()].sort((a, b) => b.count - a.count || a.id.localeCompare(b.id, 'en', { numeric: true }));
}
