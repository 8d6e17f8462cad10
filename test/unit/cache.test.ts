import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cacheRunKey } from '../../src/cli/checkFiles';
import { main } from '../../src/cli/main';
import { buildOnce } from '../cli';
import { ROOT } from '../helpers';

const REPORT = readFileSync(join(ROOT, 'examples/anthology/06-sundhedsmakkere.md'), 'utf8');

describe('casedoc check --cache', () => {
  let dir = '';
  /** Runs `casedoc check --cache --format json .` and says which files were checked (not taken from the cache). */
  const run = async (...args: string[]) => {
    let stdout = '';
    const code = await main(['check', '--cache', '--format', 'json', ...args, '.'], { cwd: dir, env: { CASEDOC_WORKERS: '0' }, color: false, stdout: (s) => (stdout += s), stderr: () => {} });
    return { code, stdout };
  };
  /** The cache's entries' keys, by file, to see which changed. */
  const keys = () => Object.fromEntries(Object.entries(JSON.parse(readFileSync(join(dir, '.casedoccache'), 'utf8')).entries as Record<string, { key: string }>).map(([p, e]) => [p.slice(dir.length + 1), e.key]));
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'casedoc-cache-'));
    mkdirSync(join(dir, '.git'));
    writeFileSync(join(dir, 'a.md'), REPORT);
    writeFileSync(join(dir, 'b.md'), REPORT.replace('---\ntype', '---\n$schema: ./own.schema.json\ntype'));
    writeFileSync(join(dir, 'own.schema.json'), '{ "type": "object" }');
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('gives the same output from the cache as from a check, and writes .casedoccache', async () => {
    const first = await run();
    assert.ok(existsSync(join(dir, '.casedoccache')));
    const second = await run();
    assert.deepEqual(second, first);
    const plain = await main(['check', '--format', 'json', '.'], { cwd: dir, env: { CASEDOC_WORKERS: '0' }, color: false, stdout: () => {}, stderr: () => {} });
    assert.equal(plain, first.code);
  });

  it('answers an unchanged re-check without loading the engine, from the built CLI', () => {
    buildOnce();
    // A copy of the built CLI whose engine is removed after the first run: it is loaded only when
    // something must be checked.
    const pkg = mkdtempSync(join(tmpdir(), 'casedoc-built-'));
    try {
      cpSync(join(ROOT, 'dist'), join(pkg, 'dist'), { recursive: true, filter: (f) => !f.endsWith('.map') && !f.includes('extension') && !f.endsWith('/web') });
      const cli = (...args: string[]) => spawnSync(process.execPath, [join(pkg, 'dist/cli.js'), 'check', '--cache', '--format', 'json', ...args, '.'], { cwd: dir, encoding: 'utf8', env: { PATH: process.env.PATH!, CASEDOC_WORKERS: '0' } });
      const first = cli();
      assert.equal(first.stderr, '');
      assert.match(first.stdout, /"isCaseReport": true/);
      // The engine is dist/engine.cjs (and its code cache): what cli.js never imports.
      rmSync(join(pkg, 'dist/engine.cjs'));
      rmSync(join(pkg, 'dist/engine.v8cache'));
      const second = cli();
      assert.equal(second.stderr, '');
      assert.deepEqual([second.status, second.stdout], [first.status, first.stdout]);
      // A changed file needs the engine: the removed file was it.
      writeFileSync(join(dir, 'a.md'), REPORT + '\nMore.\n');
      assert.match(cli().stderr, /ENOENT.*engine\.cjs/);
    } finally {
      rmSync(pkg, { recursive: true, force: true });
    }
  });

  it('checks a file again when it, its $schema file, the configuration, a rules file or an option changes', async () => {
    await run();
    const before = keys();
    const changed = async (what: string, act: () => void, args: string[] = [], files = ['a.md', 'b.md']) => {
      const was = keys();
      act();
      const out = await run(...args);
      const now = keys();
      for (const f of ['a.md', 'b.md']) assert.equal(now[f] !== was[f], files.includes(f), `${what}: ${f}`);
      return out;
    };
    await changed('the file', () => writeFileSync(join(dir, 'a.md'), REPORT.replace('Sundhedsmakkere i Nordvest', 'Sundhedsmakkere')), [], ['a.md']);
    const schema = await changed('its schema', () => writeFileSync(join(dir, 'own.schema.json'), '{ "type": "object", "required": ["nowhere"] }'), [], ['b.md']);
    assert.ok(JSON.parse(schema.stdout).files[1].diagnostics.some((d: { message: string }) => /nowhere/.test(d.message)), 'the new schema is applied');
    await changed('the configuration', () => {
      writeFileSync(join(dir, 'r.json'), '{ "rules": [] }');
      writeFileSync(join(dir, '.casedoc.json'), '{ "severity": { "missing-section": "off" }, "rules": ["r.json"] }\n');
    });
    await changed('a rules file', () => writeFileSync(join(dir, 'r.json'), '{ "rules": [{ "id": "X", "severity": "hint", "path": "/title", "when": true, "message": { "en": "x", "da": "x" }, "source": "P" }] }'));
    const danish = await changed('an option', () => undefined, ['--lang', 'da']);
    assert.match(JSON.parse(danish.stdout).files[0].diagnostics[0].message, /er ikke en gyldig værdi|mangler|følger ikke/);
    assert.notDeepEqual(keys(), before);
  });

  it('keys every entry by Casedoc\'s version and every option of the command line', () => {
    const base = { cwd: '/a', lang: 'en' as const, maxBytes: 5, include: [], config: { kind: 'auto' as const }, texts: {} };
    const key = cacheRunKey(base, '0.1.0');
    assert.equal(cacheRunKey({ ...base }, '0.1.0'), key);
    for (const other of [
      cacheRunKey(base, '0.1.1'), cacheRunKey({ ...base, lang: 'da' }, '0.1.0'), cacheRunKey({ ...base, maxBytes: 6 }, '0.1.0'),
      cacheRunKey({ ...base, include: ['x/*.md'] }, '0.1.0'), cacheRunKey({ ...base, config: { kind: 'none' } }, '0.1.0'),
      cacheRunKey({ ...base, texts: { schema: { text: '{}', label: 's' } } }, '0.1.0'), cacheRunKey({ ...base, texts: { rules: '{"rules":[]}' } }, '0.1.0'),
      cacheRunKey({ ...base, cwd: '/b' }, '0.1.0'),
    ]) assert.notEqual(other, key);
  });

  it('checks again when an entry\'s key is another (a new version), and survives a cache file that is not its own', async () => {
    await run();
    const file = join(dir, '.casedoccache');
    const stored = JSON.parse(readFileSync(file, 'utf8'));
    // An entry from another version carries another key: it is not used.
    for (const e of Object.values(stored.entries) as { key: string; report: { diagnostics: unknown[] } }[]) {
      e.key = 'from-0.0.1';
      e.report.diagnostics = [];
    }
    writeFileSync(file, JSON.stringify(stored));
    assert.ok(JSON.parse((await run()).stdout).files[0].diagnostics.length > 0);
    writeFileSync(file, 'not json');
    assert.equal((await run()).code, 1);
    assert.ok(JSON.parse(readFileSync(file, 'utf8')).entries, 'written afresh');
  });
});
