#!/usr/bin/env node
// The CLI is bundled to dist/ (`npm run build`; `npm pack` builds it first, so the published
// package always has it). In a clone of the repository it is built on the first run.
import { existsSync } from 'node:fs';
const entry = new URL('../dist/cli.js', import.meta.url);
const build = new URL('../scripts/build.mjs', import.meta.url);
if (!existsSync(entry) && existsSync(build)) {
  try {
    await import(build.href);
  } catch (e) {
    process.stderr.write(`casedoc: the CLI could not be built (${e.message}); run \`npm ci\` in the Casedoc folder.\n`);
    process.exit(2);
  }
}
if (!existsSync(entry)) {
  process.stderr.write('casedoc: the CLI is missing from this installation (dist/cli.js); reinstall Casedoc.\n');
  process.exit(2);
}
await import(entry.href);
