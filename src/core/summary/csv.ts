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
    rows.push(['file', 'title', 'authors', 'collaboration_type', 'governance_paradigm', 'power_balance', 'errors', 'warnings', 'attention_points']);
    for (const r of s.cases) {
      rows.push([r.file, r.title ?? '', r.authors.join('; '), r.collaboration_type ?? '', r.governance_paradigm ?? '', r.power_balance ?? '',
        String(r.errors), String(r.warnings), r.attentionPoints.join(' ')]);
    }
  } else {
    const t = s.crossTable;
    rows.push(['collaboration_type', ...t.columns]);
    for (const row of t.rows) rows.push([row, ...t.columns.map((c) => String(t.counts[row][c]))]);
  }
  return rows.map((r) => r.map(csvCell).join(',')).join('\r\n') + '\r\n';
}
