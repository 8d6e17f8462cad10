import {
  checkFailed, checkReport, decodeText, docsUrl, EMPTY_CLASSIFICATION, fileBinary, fileTooLarge, fileUnreadable, formatBytes, invalidEncoding, makeDiagnostic, parseReport,
  schemaReference, type Classification, type Diagnostic, type Lang,
} from '../core/index';
import { displayPath, readText } from './files';
import { readFileSync } from 'node:fs';
import pkg from '../../package.json' with { type: 'json' };
import { CheckCache, runKey } from './cache';
import { ConfigResolver, type Profile } from './config';
import { SchemaFiles } from './schemas';
import { checkInWorkers, workerCount } from './parallel';
import type { FileDiagnostic, FileReport, RunOptions } from './report';

const EMPTY: Classification = EMPTY_CLASSIFICATION;
const version = () => pkg.version;

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

/** Why a file was not checked, said on its first line. */
function unread(read: { code: 'file-unreadable' | 'file-binary' | 'file-too-large'; reason: string }, maxBytes: number, lang: Lang): Diagnostic {
  switch (read.code) {
    case 'file-unreadable': return makeDiagnostic({ code: fileUnreadable, range: ZERO, path: null, args: { reason: read.reason } }, lang);
    case 'file-binary': return makeDiagnostic({ code: fileBinary, range: ZERO, path: null }, lang);
    case 'file-too-large': return makeDiagnostic({ code: fileTooLarge, range: ZERO, path: null, args: { limit: formatBytes(maxBytes) } }, lang);
  }
}

async function checkReadable(path: string, file: string, options: RunOptions, schemas: SchemaFiles, profile: Profile): Promise<FileReport> {
  const read = await readText(path, options.maxBytes, options.lang);
  if (!read.ok) {
    const d = unread(read, options.maxBytes, options.lang);
    return { file, isCaseReport: false, skipped: read.code, classification: EMPTY, diagnostics: [withDocs(d)], attentionPoints: [] };
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
  if (read.invalidUtf8 && result.isCaseReport) {
    const at = report.lines.positionAt(Math.max(0, read.text.indexOf('\uFFFD')));
    const range = { start: at, end: { line: at.line, character: at.character + 1 } };
    diagnostics.unshift(withDocs(makeDiagnostic({ code: invalidEncoding, range, path: null, args: { encoding: read.encoding } }, options.lang)));
  }
  const checked: FileReport = { file, isCaseReport: result.isCaseReport, classification: result.classification, diagnostics, attentionPoints: result.attentionPoints };
  if (schema?.load.ok && result.isCaseReport) checked.schema = schema.label;
  return checked;
}

/**
 * Checks files, results in the files' order: on worker threads (one per core) for an anthology,
 * else here, a few at a time so that reading overlaps with checking.
 */
export async function checkFiles(given: readonly string[], options: RunOptions): Promise<FileReport[]> {
  // Each file's configuration is read here first: a broken one stops the run before any check, and
  // what its `exclude` names is left out.
  const resolver = new ConfigResolver(options.config, options);
  const profiles = await Promise.all(given.map((p) => resolver.forFile(p)));
  const paths = given.filter((p, i) => !profiles[i].excluded(p));
  if (!options.cache) return checkPaths(paths, options, resolver);
  // --cache: a file whose result is still valid is read and hashed, not checked.
  const cache = new CheckCache(options.cache, cacheRunKey(options, version()));
  // Read one after another: for files this size a synchronous read costs a third of an asynchronous one.
  const profilesOf = await Promise.all(paths.map((p) => resolver.forFile(p)));
  const keys = paths.map((p, i) => {
    try {
      return cache.keyOf(p, readFileSync(p), profilesOf[i].fingerprint);
    } catch {
      return null;
    }
  });
  const results = paths.map((p, i) => (keys[i] ? cache.get(p, keys[i]!) : undefined));
  const todo = paths.filter((_, i) => !results[i]);
  const checked = await checkPaths(todo, options, resolver);
  for (let i = 0, j = 0; i < paths.length; i++) {
    if (results[i]) continue;
    results[i] = checked[j++];
    if (keys[i]) cache.set(paths[i], keys[i]!, results[i]!);
  }
  await cache.save(paths).catch(() => undefined);
  return results as FileReport[];
}

/** What every cached result depends on besides its file and configuration: Casedoc's version and the command line. */
export function cacheRunKey(options: RunOptions, casedocVersion: string): string {
  return runKey(casedocVersion, options.cwd, options.lang, String(options.maxBytes), JSON.stringify(options.include), JSON.stringify(options.config), options.texts?.schema?.text ?? '', options.texts?.rules ?? '');
}

/** Checks these files on worker threads, or here when they are few. */
async function checkPaths(paths: readonly string[], options: RunOptions, resolver: ConfigResolver): Promise<FileReport[]> {
  const count = workerCount(paths.length, options.workers);
  if (count > 0) {
    const { schema: _schema, rules: _rules, texts, ...plain } = options;
    const inWorkers = await checkInWorkers(paths, { ...plain, schema: texts?.schema, rules: texts?.rules }, count, new URL('./cliWorker.js', import.meta.url));
    if (inWorkers) return inWorkers;
  }
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
  const profile = await new ConfigResolver(options.config, options).forFile(path);
  const decoded = decodeText(Buffer.from(text, 'utf8'));
  return checkText(path, file, { text: decoded.text, invalidUtf8: false, encoding: 'UTF-8' }, options, new SchemaFiles(options.lang), profile);
}
