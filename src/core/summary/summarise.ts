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
/** Reports counted by two fields; `NONE` ids are reports without a valid value. */
export interface CrossTable {
  rows: string[];
  columns: string[];
  /** counts[row][column] */
  counts: Record<string, Record<string, number>>;
}

export interface Summary {
  cases: SummaryCase[];
  /** Collaboration type × governance paradigm. */
  crossTable: CrossTable;
  /** Collaboration type × power balance (Espersen 2024's central question), and governance paradigm × power balance. */
  typeByPower: CrossTable;
  paradigmByPower: CrossTable;
  /** The actors' own word for their collaboration against the analytic type: how often each pair occurs. */
  selfLabels: { selfLabel: string; collaboration_type: string; count: number }[];
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
  municipality: string | null;
  policy_area: string[];
  self_label: string | null;
  collaboration_type: string | null;
  governance_paradigm: string | null;
  power_balance: string | null;
  format: string | null;
  status: string | null;
  period: { start: string | null; end: string | null };
  chapter: string | null;
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
    municipality: r.classification.municipality,
    policy_area: r.classification.policy_area,
    self_label: r.classification.self_label,
    collaboration_type: r.classification.collaboration_type,
    governance_paradigm: r.classification.governance_paradigm,
    power_balance: r.classification.power_balance,
    format: r.classification.format,
    status: r.classification.status,
    period: r.classification.period,
    chapter: r.classification.chapter,
    errors: r.diagnostics.filter((d) => d.severity === 'error').length,
    warnings: r.diagnostics.filter((d) => d.severity === 'warning').length,
    attentionPoints: r.attentionPoints.map((p) => p.id),
    // A value outside the report's vocabulary (a typo the check reports) is counted apart, not dropped.
    groups: Object.fromEntries(SUMMARY_FIELDS.map((f) => [f, groupOf(r.classification[f], f, r.schema ?? builtinSchema().json)])) as Record<SummaryField, string>,
  }));
  return {
    cases,
    crossTable: crossTable(cases, vocabulary, 'collaboration_type', 'governance_paradigm'),
    typeByPower: crossTable(cases, vocabulary, 'collaboration_type', 'power_balance'),
    paradigmByPower: crossTable(cases, vocabulary, 'governance_paradigm', 'power_balance'),
    selfLabels: selfLabels(included, cases),
    powerBalance: powerBalance(cases, vocabulary),
    attention: attention(included),
    vocabulary,
  };
}

const ids = (values: readonly { id: string }[]) => values.map((v) => v.id);

/** Values in the vocabularies' order, then those of schemas without a vocabulary in the order met, `NONE` last. */
function ordered(known: string[], seen: readonly string[]): string[] {
  const out = [...known];
  for (const id of seen) if (id !== NONE && !out.includes(id)) out.push(id);
  if (seen.includes(NONE)) out.push(NONE);
  return out;
}

function crossTable(cases: readonly SummaryCase[], vocabulary: SummaryVocabulary, byRow: SummaryField, byColumn: SummaryField): CrossTable {
  const rows = ordered(ids(vocabulary[byRow]), cases.map((c) => c.groups[byRow]));
  const columns = ordered(ids(vocabulary[byColumn]), cases.map((c) => c.groups[byColumn]));
  const counts: CrossTable['counts'] = {};
  for (const c of cases) {
    const row = c.groups[byRow];
    const col = c.groups[byColumn];
    counts[row] ??= {};
    counts[row][col] = (counts[row][col] ?? 0) + 1;
  }
  for (const r of rows) {
    counts[r] ??= {};
    for (const c of columns) counts[r][c] ??= 0;
  }
  return { rows, columns, counts };
}

/** Each own word (`self_label`, trimmed, as written) with the type it was classified as, most frequent first. */
function selfLabels(reports: readonly SummaryInput[], cases: readonly SummaryCase[]): Summary['selfLabels'] {
  const counts = new Map<string, { selfLabel: string; collaboration_type: string; count: number }>();
  reports.forEach((r, i) => {
    const own = r.classification.self_label?.trim();
    if (!own) return;
    const type = cases[i].groups.collaboration_type;
    const key = `${own}\u0000${type}`;
    const seen = counts.get(key);
    if (seen) seen.count++;
    else counts.set(key, { selfLabel: own, collaboration_type: type, count: 1 });
  });
  return [...counts.values()].sort((a, b) => b.count - a.count || a.selfLabel.localeCompare(b.selfLabel) || a.collaboration_type.localeCompare(b.collaboration_type));
}

function powerBalance(cases: readonly SummaryCase[], vocabulary: SummaryVocabulary): Summary['powerBalance'] {
  const counts = new Map<string, number>(ordered(ids(vocabulary.power_balance), cases.map((c) => c.groups.power_balance)).map((id) => [id, 0]));
  for (const c of cases) counts.set(c.groups.power_balance, counts.get(c.groups.power_balance)! + 1);
  return [...counts].map(([id, count]) => ({ id, count }));
}

function attention(reports: readonly SummaryInput[]): Summary['attention'] {
  const byId = new Map<string, Summary['attention'][number]>();
  for (const r of reports) {
    // One row per id and wording: AP02 and AP12 each have two conditions with texts of their own.
    // A row counts a report once, and names nothing of any one case ("alone initiates, funds or evaluates").
    const rows = new Map(r.attentionPoints.map((p) => [`${p.id}\n${p.general}`, p]));
    for (const [key, p] of rows) {
      const seen = byId.get(key);
      if (seen) seen.count++;
      else byId.set(key, { id: p.id, severity: p.severity, message: p.general, source: p.source, sourceText: p.sourceText, count: 1 });
    }
  }
  return [...byId.values()].sort((a, b) => b.count - a.count || a.id.localeCompare(b.id, 'en', { numeric: true }));
}
