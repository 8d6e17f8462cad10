// Bundles the CLI (ESM, for Node), the extension twice (CommonJS with `vscode` left to the host: once
// for the desktop's Node extension host, once for the web worker host of vscode.dev and github.dev)
// and the overview's webview script (a browser IIFE in media/, the only folder the webview may load
// from). unified and its plugins are ESM-only; esbuild folds them into each bundle.
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { absWorkingDir, common, esmRequire } from './buildOptions.mjs';

// Chunks are named by their hash: a previous build's would be left beside the new ones.
rmSync(new URL('../dist/chunks', import.meta.url), { recursive: true, force: true });

await Promise.all([
  build({
    ...common,
    // The CLI and its worker thread (dist/cliWorker.js, found next to dist/cli.js).
    entryPoints: { cli: 'src/cli/index.ts', cliWorker: 'src/cli/worker.ts' },
    outdir: 'dist',
    format: 'esm',
    // The engine is dist/engine.cjs (below), loaded on first use by src/cli/engine.ts; what else the
    // CLI and its worker share is a chunk.
    splitting: true,
    chunkNames: 'chunks/[name]-[hash]',
    define: { CASEDOC_BUNDLE: 'true' },
    // Bundled CommonJS (ajv) calls require(); give the ESM bundle one.
    banner: esmRequire,
  }),
  build({
    // The CLI's engine as one CommonJS script: V8 can cache its compiled code (src/cli/engineCache.ts),
    // which Node 20 cannot do for an ES module.
    ...common,
    entryPoints: ['src/cli/engineApi.ts'],
    outfile: 'dist/engine.cjs',
    format: 'cjs',
    define: { 'import.meta.url': '__casedocEngineUrl' },
    banner: { js: "var __casedocEngineUrl = require('node:url').pathToFileURL(__filename).href;" },
  }),
  build({
    ...common,
    entryPoints: ['src/extension/extension.ts'],
    outfile: 'dist/extension.cjs',
    format: 'cjs',
    external: ['vscode'],
  }),
  build({
    // The web build: platform `browser` makes any Node built-in on its path a build error. The
    // `worker` condition picks packages' worker entries: decode-named-character-reference's
    // `browser` entry needs `document`, which a web worker does not have.
    ...common,
    entryPoints: ['src/extension/extension.ts'],
    outfile: 'dist/web/extension.js',
    platform: 'browser',
    mainFields: ['browser', 'module', 'main'],
    target: 'es2022',
    conditions: ['worker'],
    format: 'cjs',
    external: ['vscode'],
  }),
  build({
    absWorkingDir,
    entryPoints: ['src/webview/overview/main.ts'],
    outfile: 'media/overview.js',
    bundle: true,
    platform: 'browser',
    format: 'iife',
    target: 'chrome114',
    legalComments: 'none',
    logLevel: 'warning',
  }),
]);

// The engine's code cache: a sample check of the example anthology on one thread compiles what a
// check runs, and the CLI then writes it (dist/engine.v8cache). For this Node only; another
// rejects it and compiles the source.
rmSync(new URL('../dist/engine.v8cache', import.meta.url), { force: true });
const sample = spawnSync(process.execPath, ['dist/cli.js', 'check', 'examples/anthology', '--format', 'json'], {
  cwd: absWorkingDir,
  env: { ...process.env, CASEDOC_WRITE_ENGINE_CACHE: '1', CASEDOC_WORKERS: '0' },
  encoding: 'utf8',
});
if (sample.error || sample.stderr) process.stderr.write(`build: no code cache for the engine (${sample.error?.message ?? sample.stderr.trim()})\n`);
