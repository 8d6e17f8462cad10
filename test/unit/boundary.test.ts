import assert from 'node:assert/strict';
import { builtinModules } from 'node:module';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { build } from 'esbuild';
import { ROOT } from '../helpers';

/** npm packages the engine may use: none of them needs Node or the editor (write- and read-excel-file: their universal builds, Node and web worker alike). */
const ALLOWED_PACKAGES = ['yaml', 'ajv', 'ajv-formats', 'unified', 'remark-parse', 'remark-frontmatter', 'micromark', 'micromark-extension-frontmatter', 'micromark-util-subtokenize', 'micromark-util-types', 'mdast-util-to-string', 'mdast', 'jsonc-parser', 'write-excel-file', 'read-excel-file', 'fast-xml-builder', 'fflate', 're2js'];
const CORE = join(ROOT, 'src/core');

function* files(dir: string): Generator<string> {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    if (e.isDirectory()) yield* files(join(dir, e.name));
    else if (e.name.endsWith('.ts')) yield join(dir, e.name);
  }
}

/** Every import in the engine that leaves it for a host: `vscode`, a Node built-in, or a host folder. */
export function violations(file: string, source: string): string[] {
  const specs = [...source.matchAll(/(?:import|export)[^'"]*?from\s*['"]([^'"]+)['"]|import\s*\(\s*['"]([^'"]+)['"]\s*\)|require\s*\(\s*['"]([^'"]+)['"]\s*\)/g)]
    .map((m) => m[1] ?? m[2] ?? m[3]);
  const bad: string[] = [];
  for (const spec of specs) {
    if (spec.startsWith('.')) {
      const target = resolve(dirname(file), spec);
      const inCore = !relative(CORE, target).startsWith('..');
      const isSchemaData = !relative(join(ROOT, 'schemas'), target).startsWith('..') && target.endsWith('.json');
      if (!inCore && !isSchemaData) bad.push(`${spec} (outside src/core)`);
      continue;
    }
    const name = spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : spec.split('/')[0];
    if (spec === 'vscode' || spec.startsWith('node:') || builtinModules.includes(name)) bad.push(`${spec} (host API)`);
    else if (!ALLOWED_PACKAGES.includes(name)) bad.push(`${spec} (package not allowed in the engine)`);
  }
  return bad;
}

describe('the engine boundary', () => {
  it('src/core imports neither vscode nor Node built-ins nor host code', () => {
    const found: string[] = [];
    for (const file of files(CORE)) {
      for (const v of violations(file, readFileSync(file, 'utf8'))) found.push(`${relative(ROOT, file)}: ${v}`);
    }
    assert.deepEqual(found, []);
  });

  it('the check catches each kind of breach', () => {
    const f = join(CORE, 'x.ts');
    assert.deepEqual(violations(f, "import * as vscode from 'vscode';"), ['vscode (host API)']);
    assert.deepEqual(violations(f, "import { readFileSync } from 'node:fs';"), ['node:fs (host API)']);
    assert.deepEqual(violations(f, "import path from 'path';"), ['path (host API)']);
    assert.deepEqual(violations(f, "const x = require('fs');"), ['fs (host API)']);
    assert.deepEqual(violations(f, "import { main } from '../cli/main';"), ['../cli/main (outside src/core)']);
    assert.deepEqual(violations(f, "import { x } from './parse/yaml';"), []);
  });

  it('bundles for a browser with no Node shims', async () => {
    const result = await build({ entryPoints: [join(CORE, 'index.ts')], bundle: true, write: false, platform: 'browser', format: 'esm', logLevel: 'silent' });
    assert.equal(result.errors.length, 0);
  });

  it('the web build of the extension has no Node module on its path and no DOM-only package entry', async () => {
    // The same settings as scripts/build.mjs's web bundle; a Node built-in import fails the build.
    const result = await build({
      entryPoints: [join(ROOT, 'src/extension/extension.ts')], bundle: true, write: false, metafile: true, platform: 'browser',
      conditions: ['worker'], format: 'cjs', external: ['vscode'], logLevel: 'silent',
    });
    assert.equal(result.errors.length, 0);
    const inputs = Object.keys(result.metafile.inputs);
    assert.ok(inputs.some((f) => f.startsWith('src/extension/')) && inputs.some((f) => f.includes('node_modules/micromark/')));
    assert.deepEqual(inputs.filter((f) => f.startsWith('node:') || builtinModules.includes(f)), []);
    // A web worker has no `document`: the package's DOM entry would throw on the first entity.
    assert.ok(inputs.some((f) => f.endsWith('decode-named-character-reference/index.js')));
    assert.ok(!inputs.some((f) => f.endsWith('.dom.js')));
    const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
    assert.equal(manifest.browser, './dist/web/extension.js');
    assert.match(readFileSync(join(ROOT, 'scripts/build.mjs'), 'utf8'), /outfile: 'dist\/web\/extension\.js',[^}]*platform: 'browser',[^}]*conditions: \['worker'\]/);
  });
});
