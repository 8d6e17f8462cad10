import pkg from '../../package.json' with { type: 'json' };
import { CheckCache, runKey } from './cache';
import { ConfigResolver } from './config';
import { engine } from './engine';
import { readRegular } from './nodePort';
import { checkInWorkers, workerCount } from './parallel';
import type { FileReport, RunOptions } from './report';

const version = () => pkg.version;

/**
 * Checks files, results in the files' order: on worker threads (one per core) for an anthology,
 * else here (src/cli/checkOne.ts). The engine is loaded only when a file must be checked.
 */
export async function checkFiles(given: readonly string[], options: RunOptions): Promise<FileReport[]> {
  // Each file's configuration is read here first: a broken one stops the run before any check, and
  // what its `exclude` names is left out.
  const resolver = new ConfigResolver(options.config, options, engine);
  const profiles = await Promise.all(given.map((p) => resolver.forFile(p)));
  const paths = given.filter((p, i) => !profiles[i].excluded(p));
  if (!options.cache) return checkPaths(paths, options, resolver);
  // --cache: a file whose result is still valid is read and hashed, not checked.
  const cache = new CheckCache(options.cache, cacheRunKey(options, version()));
  // Read one after another: for files this size a synchronous read costs a third of an asynchronous one.
  const profilesOf = await Promise.all(paths.map((p) => resolver.forFile(p)));
  const keys = paths.map((p, i) => {
    try {
      const read = readRegular(p, options.maxBytes);
      return read.ok ? cache.keyOf(p, read.bytes, profilesOf[i].fingerprint) : null;
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
  if (paths.length === 0) return [];
  const count = workerCount(paths.length, options.workers);
  if (count > 0) {
    const { schema: _schema, rules: _rules, texts, ...plain } = options;
    const inWorkers = await checkInWorkers(paths, { ...plain, schema: texts?.schema, rules: texts?.rules }, count, new URL('./cliWorker.js', import.meta.url));
    if (inWorkers) return inWorkers;
  }
  return (await engine()).checkHere(paths, options, resolver);
}
