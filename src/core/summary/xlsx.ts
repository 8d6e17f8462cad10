// The summary as one Excel workbook: the cases (the CSV's cells: ids, which an import reads back;
// dates as dates, counts as numbers; the header row frozen, with an autofilter), each cross-table
// and the attention points, labelled in the chosen language. Written with write-excel-file's
// universal build (it runs in Node and in a web worker alike, on fflate); pure: bytes out.
import { NOT_XLSX, TextCleaner, type ExportResult } from '../export/safeText';
import { columnLetter } from '../text/columnLetter';
import type { Lang } from '../types';
import { summaryTable, type CellType, type CsvTable } from './csv';
import { summaryLabel, type LabelledField } from './labels';
import type { CrossTable, Summary } from './summarise';
import { SUMMARY_WORDS } from './words';

type Value = string | number | Date | null;
interface Sheet {
  name: string;
  rows: Value[][];
  widths: number[];
}

const SHEET_WORDS = {
  en: { cases: 'Cases', crosstab: 'Type × paradigm', typePower: 'Type × power', paradigmPower: 'Paradigm × power', selfLabels: 'Own word × type', attention: 'Attention points', point: 'Point', text: 'Text', source: 'Source', reports: 'Reports' },
  da: { cases: 'Cases', crosstab: 'Form × paradigme', typePower: 'Form × magtbalance', paradigmPower: 'Paradigme × magtbalance', selfLabels: 'Egen betegnelse × form', attention: 'Opmærksomhedspunkter', point: 'Punkt', text: 'Tekst', source: 'Kilde', reports: 'Rapporter' },
} satisfies Record<Lang, Record<string, string>>;

/** A `YYYY-MM-DD` that is a real day becomes a date cell; anything else stays the text it was. */
function cell(value: string, type: CellType): Value {
  if (value === '') return null;
  if (type === 'number' && /^\d+$/.test(value)) return Number(value);
  if (type === 'date' && /^\d{4}-\d{2}-\d{2}$/.test(value)) {
    const d = new Date(`${value}T00:00:00Z`);
    if (!Number.isNaN(d.getTime()) && d.toISOString().startsWith(value)) return d;
  }
  return value;
}

const widthsOf = (rows: Value[][]) => (rows[0] ?? []).map((_, i) => Math.min(60, Math.max(8, ...rows.map((r) => String(r[i] instanceof Date ? '0000-00-00' : r[i] ?? '').length + 2))));

function tableSheet(name: string, s: Summary, table: CsvTable): Sheet {
  const { rows, types } = summaryTable(s, table);
  const typed = rows.map((r, i) => r.map((v, j) => (i === 0 ? v : cell(v, types[j]))));
  return { name, rows: typed, widths: widthsOf(typed) };
}

/** A cross-table with its rows' and columns' labels in the chosen language, the counts as numbers. */
function crossSheet(name: string, s: Summary, t: CrossTable, rowField: LabelledField, columnField: LabelledField, lang: Lang): Sheet {
  const heading = SUMMARY_WORDS[lang].columns;
  const corner = `${rowField === 'collaboration_type' ? heading.type : heading.paradigm} \\ ${columnField === 'power_balance' ? heading.power : heading.paradigm}`;
  const rows: Value[][] = [[corner, ...t.columns.map((c) => summaryLabel(s, columnField, c, lang))]];
  for (const r of t.rows) rows.push([summaryLabel(s, rowField, r, lang), ...t.columns.map((c) => t.counts[r][c])]);
  return { name, rows, widths: widthsOf(rows) };
}

/** The sheets of the workbook, as plain data (what the tests read back against the CSV). */
export function workbookSheets(s: Summary, lang: Lang): Sheet[] {
  const w = SHEET_WORDS[lang];
  const selfLabels = tableSheet(w.selfLabels, s, 'self-labels');
  selfLabels.rows = selfLabels.rows.map((r, i) => (i === 0 ? [SUMMARY_WORDS[lang].columns.selfLabel, SUMMARY_WORDS[lang].columns.type, w.reports] : [r[0], summaryLabel(s, 'collaboration_type', String(r[1]), lang), r[2]]));
  const attention: Value[][] = [[w.point, w.text, w.source, w.reports], ...s.attention.map((a) => [a.id, a.message, a.sourceText, a.count])];
  return [
    tableSheet(w.cases, s, 'cases'),
    crossSheet(w.crosstab, s, s.crossTable, 'collaboration_type', 'governance_paradigm', lang),
    crossSheet(w.typePower, s, s.typeByPower, 'collaboration_type', 'power_balance', lang),
    crossSheet(w.paradigmPower, s, s.paradigmByPower, 'governance_paradigm', 'power_balance', lang),
    selfLabels,
    { name: w.attention, rows: attention, widths: [8, 80, 40, 10] },
  ];
}

/** The cell range of a sheet's table, `A1:R12`, for its autofilter. */
function rangeOf(rows: Value[][]): string {
  return `A1:${columnLetter(Math.max(0, (rows[0]?.length ?? 1) - 1))}${Math.max(1, rows.length)}`;
}

const escapeXml = (t: string) => t.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The workbook's bytes (an .xlsx file). */
export async function summaryXlsx(s: Summary, lang: Lang): Promise<Uint8Array> {
  return (await summaryWorkbook(s, lang)).bytes;
}

/** The workbook's bytes, and what an .xlsx could not hold, left out and noted by report and field. */
export async function summaryWorkbook(summary: Summary, lang: Lang): Promise<ExportResult> {
  const { default: writeXlsxFile } = await import('write-excel-file/universal');
  const { insertElementMarkupAccordingToOrderOfSiblings, getOrderOfSiblings, getSelfClosingTagMarkup } = await import('write-excel-file/utility');
  // Cleaned here rather than by write-excel-file, which would leave the cells short without a word.
  const cleaner = new TextCleaner(NOT_XLSX);
  const s = cleaner.summary(summary);
  const sheets = workbookSheets(s, lang);
  // The file column: kept as it is in the summary (an import finds the report by it), cleaned only here.
  const cases = sheets[0];
  const fileColumn = cases.rows[0]?.indexOf('file') ?? -1;
  if (fileColumn >= 0) for (const row of cases.rows.slice(1)) if (typeof row[fileColumn] === 'string') row[fileColumn] = cleaner.clean(row[fileColumn], row[fileColumn], 'file');
  // write-excel-file leaves autofilters to "features": one <autoFilter> per sheet, where the
  // standard's order of a worksheet's elements puts it.
  const autoFilter = {
    files: {
      transform: {
        // Excel keeps a filter's range as a hidden name too; LibreOffice reads either.
        'xl/workbook.xml': {
          transform: (xml: string) => insertElementMarkupAccordingToOrderOfSiblings(xml, `<definedNames>${sheets.map((sheet, i) =>
            `<definedName name="_xlnm._FilterDatabase" localSheetId="${i}" hidden="1">'${escapeXml(sheet.name.replace(/'/g, "''"))}'!${rangeOf(sheet.rows).replace(/([A-Z]+)(\d+)/g, '$$$1$$$2')}</definedName>`).join('')}</definedNames>`,
          getOrderOfSiblings('xl/workbook.xml', 'workbook')!, 'workbook'),
        },
        'xl/worksheets/sheet{id}.xml': {
          transform: (xml: string, _o: unknown, p: { sheetIndex: number }) =>
            insertElementMarkupAccordingToOrderOfSiblings(xml, getSelfClosingTagMarkup('autoFilter', { ref: rangeOf(sheets[p.sheetIndex].rows) }), getOrderOfSiblings('xl/worksheets/sheet{id}.xml', 'worksheet')!, 'worksheet'),
        },
      },
    },
  };
  const blob = await writeXlsxFile(
    sheets.map((sheet) => ({
      sheet: sheet.name,
      data: sheet.rows.map((r, i) => r.map((v) => (v === null ? null : i === 0 ? { value: v, fontWeight: 'bold' as const } : v instanceof Date ? { value: v, type: Date, format: 'yyyy-mm-dd' } : { value: v }))),
      columns: sheet.widths.map((width) => ({ width })),
      stickyRowsCount: 1,
    })),
    { features: [autoFilter] },
  ).toBlob();
  return { bytes: new Uint8Array(await blob.arrayBuffer()), notes: cleaner.notes };
}
