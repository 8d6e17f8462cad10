// NVivo's classification sheet: a workbook whose first column names the case (as the REFI-QDA
// export names it, so the sheet classifies the cases that export made) and whose other columns are
// its attributes, dates as dates; NVivo's "Import Classification Sheets" reads it as it is.
import { attributes, caseName } from './attributes';
import type { ExportInput } from './qdpx';

export async function nvivoSheet(input: ExportInput): Promise<Uint8Array> {
  const { default: writeXlsxFile } = await import('write-excel-file/universal');
  const vars = attributes(input.summary, input.lang);
  // "Case" in both languages: the word NVivo's own Danish and English interfaces use.
  const header = ['Case', ...vars.map((v) => v.name)];
  const rows = input.summary.cases.map((c) => [caseName(c), ...vars.map((v) => {
    const value = v.value(c);
    return value === null ? null : v.type === 'Date' ? new Date(`${value}T00:00:00Z`) : value;
  })]);
  const data = [header.map((h) => ({ value: h, fontWeight: 'bold' as const })), ...rows.map((r) => r.map((v) => (v === null ? null : v instanceof Date ? { value: v, type: Date, format: 'yyyy-mm-dd' } : { value: v })))];
  const blob = await writeXlsxFile(data, { sheet: input.lang === 'da' ? 'Klassifikation' : 'Classification', stickyRowsCount: 1, columns: header.map((_, i) => ({ width: i === 0 ? 40 : 24 })) }).toBlob();
  return new Uint8Array(await blob.arrayBuffer());
}
