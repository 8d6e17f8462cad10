import { builtinSchema } from '../builtin';
import { fieldAt } from '../schema/vocabulary';
import type { CheckResult, Severity } from '../types';
import { NONE } from './none';

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
  attention: { id: string; severity: Severity; message: string; source: string; count: number }[];
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
}


function vocabulary(field: string): string[] {
  return fieldAt(builtinSchema().json, [field]).values.map((v) => v.id);
}

/** One checked file, as a host knows it. */
export interface SummaryInput extends Pick<CheckResult, 'isCaseReport' | 'classification' | 'diagnostics' | 'attentionPoints'> {
  file: string;
}

// A value outside the vocabulary (a typo the check reports) is counted apart, not dropped.
const bucket = (v: string | null, known: readonly string[]) => (v && known.includes(v) ? v : NONE);

export function summarise(reports: readonly SummaryInput[]): Summary {
  const included = reports.filter((r) => r.isCaseReport);
  const cases = included.map((r) => ({
    file: r.file,
    title: r.classification.title,
    authors: r.classification.authors,
    collaboration_type: r.classification.collaboration_type,
    governance_paradigm: r.classification.governance_paradigm,
    power_balance: r.classification.power_balance,
    errors: r.diagnostics.filter((d) => d.severity === 'error').length,
    warnings: r.diagnostics.filter((d) => d.severity === 'warning').length,
    attentionPoints: r.attentionPoints.map((p) => p.id),
  }));
  return { cases, crossTable: crossTable(cases), powerBalance: powerBalance(cases), attention: attention(included) };
}

function crossTable(cases: readonly SummaryCase[]): Summary['crossTable'] {
  const types = vocabulary('collaboration_type');
  const paradigms = vocabulary('governance_paradigm');
  const rows = [...types];
  const columns = [...paradigms];
  const counts: Summary['crossTable']['counts'] = {};
  for (const c of cases) {
    const row = bucket(c.collaboration_type, types);
    const col = bucket(c.governance_paradigm, paradigms);
    if (!rows.includes(row)) rows.push(row);
    if (!columns.includes(col)) columns.push(col);
    counts[row] ??= {};
    counts[row][col] = (counts[row][col] ?? 0) + 1;
  }
  for (const r of rows) {
    counts[r] ??= {};
    for (const c of columns) counts[r][c] ??= 0;
  }
  return { rows, columns, counts };
}

function powerBalance(cases: readonly SummaryCase[]): Summary['powerBalance'] {
  const known = vocabulary('power_balance');
  const counts = new Map<string, number>(known.map((id) => [id, 0]));
  for (const c of cases) {
    const id = bucket(c.power_balance, known);
    counts.set(id, (counts.get(id) ?? 0) + 1);
  }
  return [...counts].map(([id, count]) => ({ id, count }));
}

function attention(reports: readonly SummaryInput[]): Summary['attention'] {
  const byId = new Map<string, Summary['attention'][number]>();
  for (const r of reports) {
    // A rule raised twice in one report (it cannot be today) still counts that report once.
    for (const p of new Map(r.attentionPoints.map((p) => [p.id, p])).values()) {
      const seen = byId.get(p.id);
      if (seen) seen.count++;
      else byId.set(p.id, { id: p.id, severity: p.severity, message: p.message, source: p.source, count: 1 });
    }
  }
  return [...byId.values()].sort((a, b) => b.count - a.count || a.id.localeCompare(b.id, 'en', { numeric: true }));
}
