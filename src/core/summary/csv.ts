import { SUMMARY_COLUMNS } from './columns';
import type { Summary } from './summarise';

/** RFC 4180 quoting (of the delimiter in use too); a cell that a spreadsheet would run as a formula is prefixed with `'`. */
export function csvCell(value: string, delimiter: CsvDelimiter = ','): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /["\r\n]/.test(safe) || safe.includes(delimiter) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** `,` as RFC 4180 has it; `;` for spreadsheets in locales whose decimal mark is a comma (Danish Excel). */
export type CsvDelimiter = ',' | ';';

/** The tables `--table` chooses among for CSV. */
export const CSV_TABLES = ['cases', 'crosstab', 'type-power', 'paradigm-power', 'self-labels'] as const;
export type CsvTable = (typeof CSV_TABLES)[number];

/** How a workbook writes a table's column: CSV writes every cell as text. */
export type CellType = 'text' | 'number' | 'date';

/** One table of the summary, ids (not labels) so a script can read it back: what CSV and a workbook's sheets hold. */
export function summaryTable(s: Summary, table: CsvTable): { rows: string[][]; types: CellType[] } {
  const rows: string[][] = [];
  if (table === 'cases') {
    // Every column, the file first: the key a script joins on.
    const cells = [...SUMMARY_COLUMNS.filter((c) => c.key === 'file'), ...SUMMARY_COLUMNS.filter((c) => c.key !== 'file')].flatMap((c) => c.csv);
    rows.push(cells.map((c) => c.header));
    for (const r of s.cases) rows.push(cells.map((c) => c.value(r)));
    return { rows, types: cells.map((c) => c.type ?? 'text') };
  }
  if (table === 'self-labels') {
    rows.push(['self_label', 'collaboration_type', 'reports']);
    for (const l of s.selfLabels) rows.push([l.selfLabel, l.collaboration_type, String(l.count)]);
    return { rows, types: ['text', 'text', 'number'] };
  }
  const [t, corner] = table === 'crosstab' ? [s.crossTable, 'collaboration_type']
    : table === 'type-power' ? [s.typeByPower, 'collaboration_type'] : [s.paradigmByPower, 'governance_paradigm'];
  rows.push([corner, ...t.columns]);
  for (const row of t.rows) rows.push([row, ...t.columns.map((c) => String(t.counts[row][c]))]);
  return { rows, types: ['text', ...t.columns.map((): CellType => 'number')] };
}

/** One table of the summary as CSV. */
export function summaryCsv(s: Summary, table: CsvTable, delimiter: CsvDelimiter = ','): string {
  return summaryTable(s, table).rows.map((r) => r.map((c) => csvCell(c, delimiter)).join(delimiter)).join('\r\n') + '\r\n';
}
