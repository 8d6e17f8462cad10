// `casedoc export --format qdpx|nvivo-xlsx -o FILE [paths…]`: the anthology for a QDA program, as
// core's export formats write it; the bodies are read from the case reports as they are on disk.
import { resolve } from 'node:path';
import pkg from '../../package.json' with { type: 'json' };
import { decodeText, EXPORT_FORMATS, parseReport, summarise, textNoteMessage, type ExportFormatName } from '../core/index';
import { terminalSafe } from '../core/text/terminal';
import { fileProblemText } from '../core/project/words';
import { readRegular } from './nodePort';
import type { FileReport, RunOptions } from './report';
import { WORDS } from './words';
import { withSchemas } from './schemas';

/**
 * The export's bytes; `warn` is given a line for each report's field whose characters the format
 * cannot hold (left out): the command prints them to stderr, the file is written all the same.
 */
export async function exportAnthology(reports: readonly FileReport[], options: RunOptions, format: ExportFormatName, warn: (line: string) => void = () => {}): Promise<Uint8Array> {
  const summary = summarise(await withSchemas(reports, options));
  const bodies = new Map<string, string>();
  for (const c of summary.cases) {
    // Read again for its body: a report gone or changed into something else since the check is said, not fatal.
    const read = readRegular(resolve(options.cwd, c.file), options.maxBytes);
    if (!read.ok) {
      warn(`${terminalSafe(WORDS[options.lang].write.noBody(c.file, fileProblemText(read.problem, options.lang, read.detail, options.maxBytes)))}\n`);
      bodies.set(c.file, '');
      continue;
    }
    const parsed = parseReport(decodeText(read.bytes).text);
    bodies.set(c.file, parsed.text.slice(parsed.bodyStart));
  }
  const { bytes, notes } = await EXPORT_FORMATS[format]({ summary, bodies, lang: options.lang, version: pkg.version });
  for (const n of notes) warn(`${terminalSafe(textNoteMessage(n, options.lang))}\n`);
  return bytes;
}
