// Bundles the CLI (ESM, for Node), the extension (CommonJS, for VS Code's extension host, with
// `vscode` left to the host) and the overview's webview script (a browser IIFE in media/, the only
// folder the webview may load from). unified and its plugins are ESM-only; esbuild folds them into each bundle.
import { build } from 'esbuild';

const common = { bundle: true, platform: 'node', target: 'node20', sourcemap: true, minify: true, legalComments: 'none', logLevel: 'warning' };

await Promise.all([
  build({
    ...common,
    // The CLI and its worker thread (dist/cliWorker.js, found next to dist/cli.js).
    entryPoints: { cli: 'src/cli/index.ts', cliWorker: 'src/cli/worker.ts' },
    outdir: 'dist',
    format: 'esm',
    // Bundled CommonJS (ajv) calls require(); give the ESM bundle one.
    banner: { js: "import { createRequire as __casedocRequire } from 'node:module'; const require = __casedocRequire(import.meta.url);" },
  }),
  build({
    ...common,
    entryPoints: ['src/extension/extension.ts'],
    outfile: 'dist/extension.cjs',
    format: 'cjs',
    external: ['vscode'],
  }),
  build({
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
