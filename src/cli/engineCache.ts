// Loads a CommonJS bundle with a V8 code cache: the compiled code of its functions, written once by
// the build after a sample check (so that what a check runs is in it) and read on every start. A
// cache from another Node or V8 version, or for other V8 flags, is rejected by V8 and the source is
// compiled as usual: the cache can make a start faster, never wrong.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire, Module } from 'node:module';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Script } from 'node:vm';

/** The cache's file beside the bundle's. */
export const cacheFileOf = (file: string): string => file.replace(/\.cjs$/, '.v8cache');

let loaded: { script: Script; file: string } | undefined;

/** Whether V8 took the code cache of the engine this process loaded (false without one): for the tests. */
export const engineCacheUsed = (): boolean | undefined => loaded && loaded.script.cachedDataRejected === false;

export function loadEngine<T>(url: URL): T {
  const file = fileURLToPath(url);
  let cachedData: Buffer | undefined;
  try {
    cachedData = readFileSync(cacheFileOf(file));
  } catch {
    // No cache (a build that wrote none): compiled from source.
  }
  const script = new Script((Module as unknown as { wrap(s: string): string }).wrap(readFileSync(file, 'utf8')), { filename: file, cachedData });
  const module = { exports: {} as T };
  (script.runInThisContext() as (...args: unknown[]) => void)(module.exports, createRequire(file), module, file, dirname(file));
  loaded = { script, file };
  return module.exports;
}

/** Writes the code cache of the bundle this process loaded, with every function compiled so far (the build's sample check). */
export function writeEngineCache(): boolean {
  if (!loaded) return false;
  writeFileSync(cacheFileOf(loaded.file), loaded.script.createCachedData());
  return true;
}
