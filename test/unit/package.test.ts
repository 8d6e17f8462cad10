import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
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

  it('translates every runtime string it uses into Danish, and keeps no Danish it does not use', () => {
    const bundle = JSON.parse(readFileSync(join(ROOT, 'src/extension/words.da.json'), 'utf8')) as Record<string, string>;
    const dir = join(ROOT, 'src/extension');
    const sources = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts')).map((f) => readFileSync(join(dir, f), 'utf8')).join('\n');
    assert.doesNotMatch(sources, /l10n\.t\(/, 'every runtime string goes through say(), in Casedoc\'s language');
    const used = [...sources.matchAll(/\bsay\([^,()]+(?:\(\))?,\s*(?:'((?:[^'\\]|\\.)*)'|"((?:[^"\\]|\\.)*)")/g)].map((m) => (m[1] ?? m[2]).replace(/\\'/g, "'"));
    assert.ok(used.length >= 30, `${used.length} strings`);
    for (const s of used) assert.ok(bundle[s], `Danish for "${s}"`);
    assert.deepEqual(Object.keys(bundle).filter((k) => !used.includes(k)), [], 'Danish for strings no longer used');
  });

  it('packs only what runs into the .vsix (vsce ls)', () => {
    assert.ok(existsSync(join(ROOT, 'dist/extension.cjs')), 'built by npm run build');
    const files = execFileSync(process.execPath, [join(ROOT, 'node_modules/@vscode/vsce/vsce'), 'ls', '--no-dependencies'], { cwd: ROOT, encoding: 'utf8' })
      .split('\n').filter(Boolean).sort();
    assert.deepEqual(files, [
      'CHANGELOG.md', 'LICENSE', 'README.md', 'dist/extension.cjs', 'dist/web/extension.js', 'media/casedoc.svg', 'media/icon.png', 'media/overview.css', 'media/overview.js',
      'media/screenshots/hover-co-creation-en.png', 'media/screenshots/new-case-report-command.png', 'media/screenshots/overview-bulk-preview-dark.png', 'media/screenshots/overview-cross-tables-en.png',
      'media/screenshots/quick-fix-menu.png', 'media/screenshots/side-panel-attention-points-light.png', 'media/screenshots/update-vocabulary-preview.png',
      'media/walkthrough/configure.md', 'package.json', 'package.nls.da.json', 'package.nls.json',
      'schemas/attention-points.json', 'schemas/attention-rules.schema.json', 'schemas/case-report.schema.json', 'schemas/casedoc-config.schema.json', 'snippets/case-report.code-snippets',
    ]);
  });

  it('has a Get Started walkthrough whose every step has its media in the package and its words in both languages', () => {
    const en = JSON.parse(readFileSync(join(ROOT, 'package.nls.json'), 'utf8'));
    const da = JSON.parse(readFileSync(join(ROOT, 'package.nls.da.json'), 'utf8'));
    const [walk] = pkg.contributes.walkthroughs;
    assert.equal(walk.steps.length, 6);
    for (const step of walk.steps as { id: string; title: string; description: string; media: { image?: string; markdown?: string; altText?: string } }[]) {
      for (const text of [step.title, step.description, step.media.altText].filter(Boolean) as string[]) {
        const key = /^%(.+)%$/.exec(text)![1];
        assert.ok(en[key] && da[key] && en[key] !== da[key], `${step.id}: ${key} in English and Danish`);
      }
      assert.ok(existsSync(join(ROOT, step.media.image ?? step.media.markdown!)), `${step.id}'s media`);
    }
  });

  it('packages for the Marketplace and Open VSX without a warning: licence, icon, changelog, repository', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'casedoc-vsix-')), 'casedoc.vsix');
    const run = spawnSync(process.execPath, [join(ROOT, 'node_modules/@vscode/vsce/vsce'), 'package', '--no-dependencies', '-o', out], { cwd: ROOT, encoding: 'utf8', input: '' });
    assert.equal(run.status, 0, run.stderr);
    assert.doesNotMatch(run.stdout + run.stderr, /WARNING|warning/);
    assert.equal(pkg.license, 'MIT');
    assert.equal(pkg.preview, true);
    assert.equal(pkg.icon, 'media/icon.png');
  });
});
