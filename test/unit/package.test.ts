import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../helpers';

const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));

describe('the extension package', function () {
  this.timeout(60_000);

  it('targets VS Code 1.91 with the matching API types', () => {
    assert.equal(pkg.engines.vscode, '^1.91.0');
    assert.match(pkg.devDependencies['@types/vscode'], /^1\.91\./);
    assert.equal(pkg.main, './dist/extension.cjs');
    assert.equal(pkg.capabilities.untrustedWorkspaces.supported, 'limited');
    assert.deepEqual(pkg.capabilities.untrustedWorkspaces.restrictedConfigurations, ['casedoc.schemaPath']);
    assert.equal(pkg.capabilities.virtualWorkspaces, true);
  });

  it('describes every setting in both languages', () => {
    const en = JSON.parse(readFileSync(join(ROOT, 'package.nls.json'), 'utf8'));
    const da = JSON.parse(readFileSync(join(ROOT, 'package.nls.da.json'), 'utf8'));
    assert.deepEqual(Object.keys(da).sort(), Object.keys(en).sort());
    for (const [name, prop] of Object.entries(pkg.contributes.configuration.properties) as [string, { markdownDescription: string }][]) {
      const key = /^%(.+)%$/.exec(prop.markdownDescription)?.[1];
      assert.ok(key && en[key] && da[key], `${name} has a markdownDescription in English and Danish`);
    }
    assert.match(en['config.schemaPath'], /trusted workspace/, 'the trust limit is said where the setting is');
  });

  it('translates every runtime string it uses into Danish', () => {
    const bundle = JSON.parse(readFileSync(join(ROOT, 'l10n/bundle.l10n.da.json'), 'utf8'));
    const sources = ['analyzer.ts', 'statusBar.ts', 'newReport.ts', 'extension.ts', 'panel/attentionTree.ts', 'panel/anthologyTree.ts'].map((f) => readFileSync(join(ROOT, 'src/extension', f), 'utf8')).join('\n');
    const used = [...sources.matchAll(/l10n\.t\(\s*(?:'((?:[^'\\]|\\.)*)'|"((?:[^"\\]|\\.)*)")/g)].map((m) => (m[1] ?? m[2]).replace(/\\'/g, "'"));
    assert.ok(used.length >= 8);
    for (const s of used) assert.ok(bundle[s], `Danish for "${s}"`);
  });

  it('packs only what runs into the .vsix (vsce ls)', () => {
    assert.ok(existsSync(join(ROOT, 'dist/extension.cjs')), 'built by npm run build');
    const files = execFileSync(process.execPath, [join(ROOT, 'node_modules/@vscode/vsce/vsce'), 'ls', '--no-dependencies'], { cwd: ROOT, encoding: 'utf8' })
      .split('\n').filter(Boolean).sort();
    assert.deepEqual(files, [
      'README.md', 'dist/extension.cjs', 'dist/web/extension.js', 'l10n/bundle.l10n.da.json', 'media/casedoc.svg', 'media/overview.css', 'media/overview.js', 'package.json', 'package.nls.da.json', 'package.nls.json',
      'schemas/attention-points.json', 'schemas/attention-rules.schema.json', 'schemas/case-report.schema.json', 'snippets/case-report.code-snippets',
    ]);
  });
});
