import {
  checkReport, CODES, docsUrl, formatBytes, message, parseReport, schemaReference, type Classification, type Diagnostic,
} from '../core/index';
import { displayPath, readText } from './files';
import { includeMatcher } from './options';
import { SchemaFiles } from './schemas';
import { checkInWorkers, workerCount } from './parallel';
import type { FileDiagnostic, FileReport, RunOptions } from './report';

const EMPTY: Classification = { title: null, authors: [], municipality: null, collaboration_type: null, governance_paradigm: null, power_balance: null };

const withDocs = (d: Diagnostic): FileDiagnostic => ({ ...d, documentation: docsUrl(d.code) });

const ZERO = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };

/** One file's result; whatever goes wrong is reported on that file, and the run goes on. */
export async function checkFile(path: string, options: RunOptions, schemas: SchemaFiles, isIncluded: (p: string) => boolean): Promise<FileReport> {
  const file = displayPath(path, options.cwd);
  try {
    return await checkReadable(path, file, options, schemas, isIncluded);
  } catch (e) {
    const d: Diagnostic = { code: 'check-failed', severity: 'error', message: message('check-failed', options.lang, { reason: (e as Error).message }), range: ZERO, path: null };
    return { file, isCaseReport: false, classification: EMPTY, diagnostics: [withDocs(d)], attentionPoints: [] };
  }
}

async function checkReadable(path: string, file: string, options: RunOptions, schemas: SchemaFiles, isIncluded: (p: string) => boolean): Promise<FileReport> {
  const read = await readText(path, options.maxBytes, options.lang);
  if (!read.ok) {
    const d: Diagnostic = {
      code: read.code,
      severity: CODES[read.code],
      message: message(read.code, options.lang, { reason: read.reason, limit: formatBytes(options.maxBytes) }),
      range: ZERO,
      path: null,
    };
    return { file, isCaseReport: false, skipped: read.code, classification: EMPTY, diagnostics: [withDocs(d)], attentionPoints: [] };
  }
  const report = parseReport(read.text);
  let schema = options.schema;
  if (!schema) {
    const ref = schemaReference(report);
    if (ref.kind === 'path') schema = { load: await schemas.load(SchemaFiles.resolve(path, ref.path)), label: ref.path };
  }
  const result = checkReport(report, { lang: options.lang, schema, rules: options.rules, forceCaseReport: isIncluded(file) });
  const diagnostics = result.diagnostics.map(withDocs);
  if (read.invalidUtf8 && result.isCaseReport) {
    const at = report.lines.positionAt(Math.max(0, read.text.indexOf('\uFFFD')));
    diagnostics.unshift(withDocs({
      code: 'invalid-encoding', severity: 'warning', message: message('invalid-encoding', options.lang, { encoding: read.encoding }),
      range: { start: at, end: { line: at.line, character: at.character + 1 } }, path: null,
    }));
  }
  return { file, isCaseReport: result.isCaseReport, classification: result.classification, diagnostics, attentionPoints: result.attentionPoints };
}

/**
 * Checks files, results in the files' order: on worker threads (one per core) for an anthology,
 * else here, a few at a time so that reading overlaps with checking.
 */
export async function checkFiles(paths: readonly string[], options: RunOptions): Promise<FileReport[]> {
  const count = workerCount(paths.length, options.workers);
  if (count > 0) {
    const { schema: _schema, rules: _rules, texts, ...plain } = options;
    const inWorkers = await checkInWorkers(paths, { ...plain, schema: texts?.schema, rules: texts?.rules }, count, new URL('./cliWorker.js', import.meta.url));
    if (inWorkers) return inWorkers;
  }
  const schemas = new SchemaFiles(options.lang);
  const isIncluded = includeMatcher(options.include);
  const results = new Array<FileReport>(paths.length);
  let next = 0;
  const worker = async () => {
    while (next < paths.length) {
      const i = next++;
      results[i] = await checkFile(paths[i], options, schemas, isIncluded);
    }
  };
  await Promise.all(Array.from({ length: Math.min(8, paths.length) }, worker));
  return results;
}
