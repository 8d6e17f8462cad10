// The one message protocol between the extension and the anthology overview webview. Both sides
// import these types; the extension also checks each incoming message with `readOverviewMessage`,
// since a webview is a separate, less trusted context.
import type { Lang, Summary } from '../core/index';
import type { LabelledField } from '../core/summary/labels';

export const OVERVIEW_VIEW_TYPE = 'casedoc.overview';

/** Everything the overview draws: the same summary as `casedoc summary`, plus display labels. */
export interface OverviewModel {
  lang: Lang;
  summary: Summary;
  /** field → value id → label in `lang`; `(none)` included. A missing id is shown as written. */
  labels: Record<LabelledField, Record<string, string>>;
  /** True until the first workspace check has finished: an empty overview is then not yet final. */
  checking: boolean;
}

/** Extension → webview. */
export type ToOverview = { type: 'model'; model: OverviewModel };

export type ExportFormat = 'csv' | 'markdown' | 'xlsx' | 'qdpx' | 'nvivo-xlsx';

/** Webview → extension. */
export type FromOverview =
  | { type: 'ready' }
  | { type: 'open'; file: string }
  | { type: 'export'; format: ExportFormat }
  | { type: 'checkWorkspace' };

/** The message if it is one the extension understands, else undefined (and it is ignored). */
export function readOverviewMessage(m: unknown): FromOverview | undefined {
  if (typeof m !== 'object' || m === null) return undefined;
  const msg = m as Record<string, unknown>;
  switch (msg.type) {
    case 'ready':
    case 'checkWorkspace':
      return { type: msg.type };
    case 'open':
      return typeof msg.file === 'string' && msg.file.length < 4096 ? { type: 'open', file: msg.file } : undefined;
    case 'export':
      return ['csv', 'markdown', 'xlsx', 'qdpx', 'nvivo-xlsx'].includes(msg.format as string) ? { type: 'export', format: msg.format as ExportFormat } : undefined;
    default:
      return undefined;
  }
}
