// Bundles the CLI (ESM, for Node), the extension twice (CommonJS with `vscode` left to the host: once
// for the desktop's Node extension host, once for the web worker host of vscode.dev and github.dev)
// and the overview's webview script (a browser IIFE in media/, the only folder the webview may load
// from). unified and its plugins are ESM-only; esbuild folds them into each bundle.
import { build } from 'esbuild';
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
    // The engine is a chunk of its own (src/cli/engine.ts loads it on first use), shared with the worker.
    splitting: true,
    chunkNames: 'chunks/[name]-[hash]',
    // Bundled CommonJS (ajv) calls require(); give the ESM bundle one.
    banner: esmRequire,
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
