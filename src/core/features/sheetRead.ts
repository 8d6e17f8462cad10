// A classification sheet's rows from its bytes: an .xlsx workbook's first sheet (read-excel-file's
// universal build, Node and web alike), or CSV separated by commas or, as Danish Excel saves it, by
// semicolons (the header line decides), in UTF-8 with or without a byte-order mark.
import { utf8Decode } from '../text/webApis';
import type { SheetCell } from './sheetColumns';

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

/** RFC 4180: quoted cells (with doubled quotes and line breaks inside), CRLF or LF between rows. */
export function parseCsv(text: string, delimiter = csvDelimiter(text)): string[][] {
  const s = text.replace(/^\uFEFF/, '');
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
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && s[i + 1] === '\n') i++;
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
    } else cell += c;
  }
  if (cell !== '' || row.length) rows.push([...row, cell]);
  // The export defuses a cell a spreadsheet would run as a formula with a leading `'`: read it back.
  return rows.map((r) => r.map((v) => (/^'[=+\-@\t\r]/.test(v) ? v.slice(1) : v)));
}

/** The rows of a sheet file, by its name's extension; null for a name that is neither .xlsx nor .csv. */
export async function readSheetRows(name: string, bytes: Uint8Array): Promise<SheetCell[][] | null> {
  if (/\.xlsx$/i.test(name)) {
    const { readSheet } = await import('read-excel-file/universal');
    return (await readSheet(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer)) as SheetCell[][];
  }
  if (/\.csv$/i.test(name)) return parseCsv(utf8Decode(bytes));
  return null;
}
