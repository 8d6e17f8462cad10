import { SUMMARY_COLUMNS } from './columns';
import type { Summary } from './summarise';

/** RFC 4180 quoting; a cell that a spreadsheet would run as a formula is prefixed with `'`. */
export function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** The cases table or the cross-table as CSV, with ids (not labels) so a script can read it back. */
export function summaryCsv(s: Summary, table: 'cases' | 'crosstab'): string {
  const rows: string[][] = [];
  if (table === 'cases') {
    // The file first: the key a script joins on.
    const columns = [...SUMMARY_COLUMNS.filter((c) => c.key === 'file'), ...SUMMARY_COLUMNS.filter((c) => c.key !== 'file')];
    rows.push(columns.map((c) => c.csv));
    for (const r of s.cases) rows.push(columns.map((c) => c.value(r)));
  } else {
    const t = s.crossTable;
    rows.push(['collaboration_type', ...t.columns]);
    for (const row of t.rows) rows.push([row, ...t.columns.map((c) => String(t.counts[row][c]))]);
  }
  return rows.map((r) => r.map(csvCell).join(',')).join('\r\n') + '\r\n';
}
