import type { Lang, Severity } from '../../core/index';
import type { FileReport } from '../report';
import { github } from './github';
import { json } from './json';
import { sarif } from './sarif';
import { ANSI, NO_PAINT, stylish } from './stylish';

/** What a check format may need besides the reports. */
export interface CheckOutput {
  lang: Lang;
  color: boolean;
  /** Casedoc's version, for formats that name the tool. */
  version: string;
  /** The folder paths are relative to, as a file URL. */
  rootUri: string;
  /** Every code's default severity, from the engine: given when the format is SARIF, which lists them. */
  codes?: Readonly<Record<string, Severity>>;
}

/**
 * Every format `casedoc check` writes, by its `--format` name: the allowed values, the dispatch and
 * the help text come from here. Adding one is a file in this folder and a line here.
 */
export const CHECK_FORMATS = {
  stylish: (r: readonly FileReport[], o: CheckOutput) => stylish(r, o.lang, o.color ? ANSI : NO_PAINT),
  json: (r: readonly FileReport[]) => json(r),
  sarif: (r: readonly FileReport[], o: CheckOutput) => sarif(r, o.version, o.rootUri, o.codes ?? {}),
  github: (r: readonly FileReport[], o: CheckOutput) => github(r, o.lang),
} satisfies Record<string, (reports: readonly FileReport[], o: CheckOutput) => string>;

export type CheckFormat = keyof typeof CHECK_FORMATS;
