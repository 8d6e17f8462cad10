// NVivo's classification sheet: a workbook whose first column names the case (as the REFI-QDA
// export names it, so the sheet classifies the cases that export made) and whose other columns are
// its attributes, dates as dates; NVivo's "Import Classification Sheets" reads it as it is.
import { attributes, caseName } from './attributes';
import type { ExportInput } from './qdpx';
import { NOT_XLSX, TextCleaner, type ExportResult } from './safeText';

export async function nvivoSheet(input: ExportInput): Promise<ExportResult> {
  const { default: writeXlsxFile } = await import('write-excel-file/universal');
  const cleaner = new TextCleaner(NOT_XLSX);
  const summary = cleaner.summary(input.summary);
  const vars = attributes(summary, input.lang);
  // "Case" in both languages: the word NVivo's own Danish and English interfaces use.
  const header = ['Case', ...vars.map((v) => v.name)];
  // The case's name as the REFI-QDA export writes it: a file name cleaned (and said) like any field.
  const rows = summary.cases.map((c) => [c.title ?? cleaner.clean(caseName(c), c.file, 'file'), ...vars.map((v) => {
    const value = v.value(c);
    return value === null ? null : v.type === 'Date' ? new Date(`${value}T00:00:00Z`) : value;
  })]);
  const data = [header.map((h) => ({ value: h, fontWeight: 'bold' as const })), ...rows.map((r) => r.map((v) => (v === null ? null : v instanceof Date ? { value: v, type: Date, format: 'yyyy-mm-dd' } : { value: v })))];
  const blob = await writeXlsxFile(data, { sheet: input.lang === 'da' ? 'Klassifikation' : 'Classification', stickyRowsCount: 1, columns: header.map((_, i) => ({ width: i === 0 ? 40 : 24 })) }).toBlob();
  return { bytes: new Uint8Array(await blob.arrayBuffer()), notes: cleaner.notes };
}
