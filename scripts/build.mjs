// Bundles the CLI into one ESM file. unified and its plugins are ESM-only; one bundle also starts
// faster than resolving hundreds of modules.
import { build } from 'esbuild';

await build({
  entryPoints: { cli: 'src/cli/index.ts' },
  outdir: 'dist',
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  sourcemap: true,
  minify: false,
  legalComments: 'none',
  // Bundled CommonJS (ajv) calls require(); give the ESM bundle one.
  banner: { js: "import { createRequire as __casedocRequire } from 'node:module'; const require = __casedocRequire(import.meta.url);" },
  logLevel: 'warning',
});
