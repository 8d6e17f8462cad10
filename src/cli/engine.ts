// The engine — Ajv and the compiled schema, yaml, micromark: four fifths of the CLI — is loaded on
// first use. A re-check that the cache answers, `--help` and a usage error never load it. Built, it
// is dist/engine.cjs, compiled with the V8 code cache the build wrote beside it (engineCache.ts):
// Node 20 compiles an ES module's source anew on every start, which cost a new process a quarter
// of its first check.
import { existsSync } from 'node:fs';
import { loadEngine } from './engineCache';

type Engine = typeof import('./engineApi');

// Defined by the CLI's build (scripts/build.mjs); the sources (tests, tsx) import the engine's module.
declare const CASEDOC_BUNDLE: boolean;

let loading: Promise<Engine> | undefined;

// dist/engine.cjs, beside the CLI or above the chunk this code is bundled into.
const bundle = () => ['./engine.cjs', '../engine.cjs'].map((p) => new URL(p, import.meta.url)).find((u) => existsSync(u)) ?? new URL('./engine.cjs', import.meta.url);

export const engine = (): Promise<Engine> =>
  (loading ??= typeof CASEDOC_BUNDLE !== 'undefined' ? Promise.resolve().then(() => loadEngine<Engine>(bundle())) : import('./engineApi'));
