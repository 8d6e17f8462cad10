// `casedoc export --format qdpx|nvivo-xlsx -o FILE [paths…]`: the anthology for a QDA program, as
// core's export formats write it; the bodies are read from the case reports as they are on disk.
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import pkg from '../../package.json' with { type: 'json' };
import { decodeText, EXPORT_FORMATS, parseReport, summarise, type ExportFormatName } from '../core/index';
import type { FileReport, RunOptions } from './report';
import { withSchemas } from './schemas';

export async function exportAnthology(reports: readonly FileReport[], options: RunOptions, format: ExportFormatName): Promise<Uint8Array> {
  const summary = summarise(await withSchemas(reports, options));
  const bodies = new Map<string, string>();
  for (const c of summary.cases) {
    const parsed = parseReport(decodeText(await readFile(resolve(options.cwd, c.file))).text);
    bodies.set(c.file, parsed.text.slice(parsed.bodyStart));
  }
  return EXPORT_FORMATS[format]({ summary, bodies, lang: options.lang, version: pkg.version });
}
