// A classification sheet's rows from its bytes: an .xlsx workbook's first sheet (read-excel-file's
// universal build, Node and web alike), or CSV separated by commas or, as Danish Excel saves it, by
// semicolons (the header line decides), in UTF-8, UTF-16 or Windows-1252 (csvDecode.ts). Either is
// held to SHEET_LIMITS before or while it is read (sheetLimits.ts), the same in every host.
import type { Lang } from '../types';
import { decodeCsv, type CsvEncoding } from './csvDecode';
import type { SheetCell } from './sheetColumns';
import { checkWorkbook, SHEET_LIMITS, SheetCounter } from './sheetLimits';

export interface SheetRead {
  /** The header first; a cell that held bytes that are not text holds UNREADABLE (planImport refuses its row). */
  rows: SheetCell[][];
  /** The encoding a CSV was read in; null for a workbook. */
  encoding: CsvEncoding | null;
}

/** The delimiter of a CSV text: the one of `,` and `;` its first line has more of, outside quotes. */
export function csvDelimiter(text: string): ',' | ';' {
  let commas = 0;
  let semicolons = 0;
  let quoted = false;
  for (const c of text) {
    if (c === '"') quoted = !quoted;
    else if (!quoted && (c === '\n' || c === '\r')) break;
    else if (!quoted && c === ',') commas++;
    else if (!quoted && c === ';') semicolons++;
  }
  return semicolons > commas ? ';' : ',';
}

/**
 * RFC 4180: quoted cells (with doubled quotes and line breaks inside), CRLF or LF between rows. Rows
 * and cells are counted as they come: past SHEET_LIMITS, a SheetLimitError (in `lang`).
 */
export function parseCsv(text: string, delimiter = csvDelimiter(text), lang: Lang = 'en'): string[][] {
  const s = text.replace(/^\uFEFF/, '');
  const limits = new SheetCounter(lang);
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (quoted) {
      if (c === '"' && s[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"' && cell === '') quoted = true;
    else if (c === delimiter) {
      row.push(cell);
      cell = '';
      // A row of a million cells is refused before it is held.
      if (row.length > SHEET_LIMITS.columns) limits.row(rows.length + 1, row.length);
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && s[i + 1] === '\n') i++;
      row.push(cell);
      limits.row(rows.length + 1, row.length);
      rows.push(row);
      row = [];
      cell = '';
    } else cell += c;
  }
  if (cell !== '' || row.length) {
    row.push(cell);
    limits.row(rows.length + 1, row.length);
    rows.push(row);
  }
  // The export defuses a cell a spreadsheet would run as a formula with a leading `'`: read it back.
  return rows.map((r) => r.map((v) => (/^'[=+\-@\t\r]/.test(v) ? v.slice(1) : v)));
}

/**
 * A sheet file read by its name's extension; null for a name that is neither .xlsx nor .csv. A sheet
 * past SHEET_LIMITS (or a workbook that is no zip) is a SheetLimitError whose message, in `lang`,
 * names the limit. The host checks the file's size (SHEET_LIMITS.bytes) before it reads the bytes.
 */
export async function readSheet(name: string, bytes: Uint8Array, lang: Lang = 'en'): Promise<SheetRead | null> {
  if (/\.xlsx$/i.test(name)) {
    checkWorkbook(bytes, lang);
    const { readSheet: read } = await import('read-excel-file/universal');
    const rows = (await read(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer)) as SheetCell[][];
    return { rows, encoding: null };
  }
  if (/\.csv$/i.test(name)) {
    const { text, encoding } = decodeCsv(bytes);
    return { rows: parseCsv(text, csvDelimiter(text), lang), encoding };
  }
  return null;
}
