// One file checked by the engine: what the main thread does for a few files and each worker thread
// for its share. Loaded on first use (src/cli/engine.ts): a run that the cache answers never needs it.
import {
  builtinRules, checkFailed, checkReport, decodeText, EMPTY_CLASSIFICATION, loadRules, loadSchema, makeDiagnostic, mergeRules, parseReport,
  schemaReference, type Classification, type Diagnostic,
} from '../core/index';
import { encodingDiagnostics, gateDiagnostics, type Gate } from '../core/project/gates';
import { docsUrl } from '../core/checks/docs';
import { displayPath, readText } from './files';
import { ConfigResolver, type Profile } from './config';
import { SchemaFiles } from './schemas';
import type { FileDiagnostic, FileReport, RunOptions } from './report';

const EMPTY: Classification = EMPTY_CLASSIFICATION;

const withDocs = (d: Diagnostic): FileDiagnostic => ({ ...d, documentation: docsUrl(d.code) });

const ZERO = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };

/** One file's result; whatever goes wrong is reported on that file, and the run goes on. */
export async function checkFile(path: string, options: RunOptions, schemas: SchemaFiles, profile: Profile): Promise<FileReport> {
  const file = displayPath(path, options.cwd);
  try {
    return await checkReadable(path, file, options, schemas, profile);
  } catch (e) {
    const d = makeDiagnostic({ code: checkFailed, range: ZERO, path: null, args: { reason: (e as Error).message } }, options.lang);
    return { file, isCaseReport: false, classification: EMPTY, diagnostics: [withDocs(d)], attentionPoints: [] };
  }
}

async function checkReadable(path: string, file: string, options: RunOptions, schemas: SchemaFiles, profile: Profile): Promise<FileReport> {
  const read = await readText(path, options.maxBytes, options.lang);
  if (!read.ok) {
    // Said through the configuration's severities, as the editor says it (core/project/gates.ts).
    const gate: Gate = read.code === 'file-unreadable' ? { code: read.code, reason: read.reason } : read.code === 'file-too-large' ? { code: read.code, limit: options.maxBytes } : { code: read.code };
    return { file, isCaseReport: false, skipped: read.code, classification: EMPTY, diagnostics: gateDiagnostics(gate, options.lang, profile.severities).map(withDocs), attentionPoints: [] };
  }
  return checkText(path, file, read, options, schemas, profile);
}

/** Checks a text read from `path` (or given for it: standard input with `--stdin-filename`). */
export async function checkText(path: string, file: string, read: { text: string; invalidUtf8: boolean; encoding: 'UTF-8' | 'UTF-16' }, options: RunOptions, schemas: SchemaFiles, profile: Profile): Promise<FileReport> {
  const report = parseReport(read.text);
  // `--schema` first, then the report's own `$schema:`, then the configuration's schema.
  let schema = options.schema;
  if (!schema) {
    const ref = schemaReference(report);
    if (ref.kind === 'path') schema = { load: await schemas.load(SchemaFiles.resolve(path, ref.path)), label: ref.path };
    else schema = profile.schema;
  }
  const result = checkReport(report, { lang: options.lang, schema, rules: profile.rules, severities: profile.severities, forceCaseReport: profile.included(path) });
  const diagnostics = result.diagnostics.map(withDocs);
  if (read.invalidUtf8 && result.isCaseReport) diagnostics.unshift(...encodingDiagnostics(report, read.encoding, options.lang, profile.severities).map(withDocs));
  const checked: FileReport = { file, isCaseReport: result.isCaseReport, classification: result.classification, diagnostics, attentionPoints: result.attentionPoints };
  if (schema?.load.ok && result.isCaseReport) checked.schema = schema.label;
  return checked;
}

/** The engine's compilers, here where the engine is loaded already. */
export const COMPILERS = { builtinRules, loadRules, loadSchema, mergeRules };

/** Checks these files here, a few at a time so that reading overlaps with checking. */
export async function checkHere(paths: readonly string[], options: RunOptions, resolver: ConfigResolver): Promise<FileReport[]> {
  const schemas = new SchemaFiles(options.lang);
  const results = new Array<FileReport>(paths.length);
  let next = 0;
  const worker = async () => {
    while (next < paths.length) {
      const i = next++;
      results[i] = await checkFile(paths[i], options, schemas, await resolver.forFile(paths[i]));
    }
  };
  await Promise.all(Array.from({ length: Math.min(8, paths.length) }, worker));
  return results;
}

/** A report given on standard input, checked as if it were the file at `path` (shown as `file`). */
export async function checkStdin(text: string, path: string, file: string, options: RunOptions): Promise<FileReport> {
  const profile = await new ConfigResolver(options.config, options, async () => COMPILERS).forFile(path);
  const decoded = decodeText(Buffer.from(text, 'utf8'));
  return checkText(path, file, { text: decoded.text, invalidUtf8: false, encoding: 'UTF-8' }, options, new SchemaFiles(options.lang), profile);
}
