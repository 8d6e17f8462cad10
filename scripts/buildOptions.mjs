// The esbuild options every bundle shares: scripts/build.mjs, and the benchmark, which measures the
// engine as it ships.
import { fileURLToPath } from 'node:url';

// Paths are the repository's, wherever the build is started from (bin/casedoc.js builds on first run).
export const absWorkingDir = fileURLToPath(new URL('..', import.meta.url));
// yaml's ESM build (the one browsers get) everywhere: its Node build reads `process.env.LOG_TOKENS`
// for every token it parses, a call into the environment that cost a third of the frontmatter's parse.
const alias = { yaml: fileURLToPath(new URL('browser/index.js', import.meta.resolve('yaml/package.json'))) };
// `module` first: jsonc-parser's `main` is a UMD build whose require() calls esbuild cannot follow.
export const common = { absWorkingDir, alias, mainFields: ['module', 'main'], bundle: true, platform: 'node', target: 'node20', sourcemap: true, minify: true, legalComments: 'none', logLevel: 'warning' };
// Bundled CommonJS (ajv) calls require(); an ESM bundle gets one.
export const esmRequire = { js: "import { createRequire as __casedocRequire } from 'node:module'; const require = __casedocRequire(import.meta.url);" };
