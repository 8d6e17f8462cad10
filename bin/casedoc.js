#!/usr/bin/env node
// The CLI is bundled to dist/ by `npm run build` (run by `npm ci` through `prepare`).
import { existsSync } from 'node:fs';
const entry = new URL('../dist/cli.js', import.meta.url);
if (!existsSync(entry)) {
  process.stderr.write('casedoc: the CLI is not built yet; run `npm run build` in the Casedoc folder.\n');
  process.exit(2);
}
await import(entry.href);
