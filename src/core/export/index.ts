// Every export of the anthology for another program, by its `--format` name: `casedoc export`'s
// choices and the overview's menu come from here. Adding one is a file in this folder and a line here.
import { nvivoSheet } from './nvivo';
import { qdpx, type ExportInput } from './qdpx';
import type { ExportResult } from './safeText';

export type { ExportInput } from './qdpx';
export { textNoteMessage, type ExportResult, type TextNote } from './safeText';

export const EXPORT_FORMATS = {
  /** REFI-QDA project exchange, for NVivo, ATLAS.ti, MAXQDA and QualCoder. */
  qdpx: (input: ExportInput) => qdpx(input),
  /** NVivo's classification sheet. */
  'nvivo-xlsx': (input: ExportInput) => nvivoSheet(input),
} satisfies Record<string, (input: ExportInput) => Promise<ExportResult>>;

export type ExportFormatName = keyof typeof EXPORT_FORMATS;

/** The file name an export is saved under by default. */
export const EXPORT_FILES: Record<ExportFormatName, string> = { qdpx: 'anthology.qdpx', 'nvivo-xlsx': 'anthology-classification.xlsx' };
