import type { Lang } from '../types';
import { summaryCsv, type CsvDelimiter, type CsvTable } from './csv';
import { summaryJson } from './json';
import { summaryMarkdown } from './markdown';
import type { Summary } from './summarise';
import { summaryXlsx } from './xlsx';

/** What a summary format may need besides the summary. */
export interface SummaryOutput {
  lang: Lang;
  /** Which table a one-table format (CSV) writes. */
  table: CsvTable;
  delimiter?: CsvDelimiter;
}

/**
 * Every format a summary is written in, by its `--format` name: the CLI's choices, dispatch and
 * help come from here. Adding one is a file in this folder and a line here.
 */
export const SUMMARY_FORMATS = {
  md: (s: Summary, o: SummaryOutput) => summaryMarkdown(s, o.lang),
  // With a byte-order mark, so that a spreadsheet reads æ, ø and å as UTF-8: the CLI's file and the
  // overview's export are the same bytes.
  csv: (s: Summary, o: SummaryOutput) => '\uFEFF' + summaryCsv(s, o.table, o.delimiter),
  json: (s: Summary) => summaryJson(s),
  // A workbook: bytes, not text (the CLI writes it with -o, the overview to the file chosen).
  xlsx: (s: Summary, o: SummaryOutput) => summaryXlsx(s, o.lang),
} satisfies Record<string, (s: Summary, o: SummaryOutput) => string | Promise<Uint8Array>>;

export type SummaryFormat = keyof typeof SUMMARY_FORMATS;
