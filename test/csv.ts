// Reading CSV back, as a spreadsheet does: what the workbook tests compare an .xlsx's cells with.
export { parseCsv } from '../src/core/features/sheetRead';

/** A cell as the CSV writes it: a date as YYYY-MM-DD, a number as its digits, an empty cell as nothing. */
export const asText = (v: unknown) => (v === null || v === undefined ? '' : v instanceof Date ? v.toISOString().slice(0, 10) : String(v));
