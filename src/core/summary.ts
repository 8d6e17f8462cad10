import { builtinSchema } from './builtin';
import { fieldAt } from './schema/vocabulary';
import type { CheckResult } from './types';

/**
 * What an editor tabulates: a row per case report and the collaboration type × governance paradigm
 * cross-table. `casedoc summary` and the editor's anthology overview both show this.
 */
export interface Summary {
  cases: {
    file: string;
    title: string | null;
    authors: string[];
    collaboration_type: string | null;
    governance_paradigm: string | null;
    power_balance: string | null;
    errors: number;
    warnings: number;
    attentionPoints: string[];
  }[];
  crossTable: {
    rows: string[];
    columns: string[];
    /** counts[row][column]; `null` ids are reports without a valid value. */
    counts: Record<string, Record<string, number>>;
  };
}

/** The row or column of reports without a valid value. */
export const NONE = '(none)';

function vocabulary(field: string): string[] {
  return fieldAt(builtinSchema().json, [field]).values.map((v) => v.id);
}

/** One checked file, as a host knows it. */
export interface SummaryInput extends Pick<CheckResult, 'isCaseReport' | 'classification' | 'diagnostics' | 'attentionPoints'> {
  file: string;
}

export function summarise(reports: readonly SummaryInput[]): Summary {
  const cases = reports
    .filter((r) => r.isCaseReport)
    .map((r) => ({
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
  const types = vocabulary('collaboration_type');
  const paradigms = vocabulary('governance_paradigm');
  // A value outside the vocabulary (a typo the check reports) is counted apart, not dropped.
  const bucket = (v: string | null, known: string[]) => (v && known.includes(v) ? v : NONE);
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
  return { cases, crossTable: { rows, columns, counts } };
}

