// The CLI as a user installs it: `npm pack`, the tarball installed into an empty folder with nothing
// on PATH but Node, and `npx casedoc` run there, with the output of the source tree's CLI.
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { casedoc } from '../cli';
import { ROOT } from '../helpers';

describe('the npm package', function () {
  this.timeout(180_000);
  const dir = mkdtempSync(join(tmpdir(), 'casedoc-pack-'));
  // A clean environment: no global casedoc, no npm configuration of this machine's user.
  const env = { PATH: dirname(process.execPath), HOME: dir, npm_config_cache: join(dir, '.npm'), npm_config_update_notifier: 'false' };
  const npm = (args: string[], cwd: string) => execFileSync(process.execPath, [join(dirname(process.execPath), '../lib/node_modules/npm/bin/npm-cli.js'), ...args], { cwd, env, encoding: 'utf8' });
  let tarball = '';
  let app = '';

  before(() => {
    // prepack builds dist/ first: the tarball never lacks the CLI.
    const packed = JSON.parse(execFileSync('npm', ['pack', '--json', '--pack-destination', dir], { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }));
    tarball = join(dir, packed[0].filename);
    app = join(dir, 'app');
    cpSync(join(ROOT, 'examples'), join(app, 'examples'), { recursive: true });
    writeFileSync(join(app, 'package.json'), '{ "name": "anthology", "private": true }\n');
    npm(['install', '--offline', '--no-audit', '--no-fund', tarball], app);
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('holds the CLI, its worker, its engine with the code cache, the schemas, the docs and the licence, and nothing of the sources', () => {
    const files = execFileSync('tar', ['-tzf', tarball], { encoding: 'utf8' }).split('\n').filter(Boolean).map((f) => f.replace(/^package\//, '')).sort();
    // What the CLI and its worker share, without source maps: as many chunks as the build wrote.
    const chunks = readdirSync(join(ROOT, 'dist/chunks')).filter((f) => f.endsWith('.js')).map((f) => `dist/chunks/${f}`).sort();
    assert.ok(chunks.length >= 1, chunks.join(', '));
    assert.deepEqual(files.filter((f) => !f.startsWith('docs/')), [
      'CHANGELOG.md', 'LICENSE', 'README.md', 'bin/casedoc.js', ...chunks, 'dist/cli.js', 'dist/cliWorker.js', 'dist/engine.cjs', 'dist/engine.v8cache', 'package.json',
      'schemas/attention-points.json', 'schemas/attention-rules.schema.json', 'schemas/case-report.schema.json', 'schemas/casedoc-config.schema.json',
    ]);
    assert.ok(files.includes('docs/diagnostics.md') && files.includes('docs/vocabulary.md'));
    // Bundled: installing it fetches nothing.
    assert.deepEqual(readdirSync(join(app, 'node_modules')).filter((d) => !d.startsWith('.')), ['casedoc']);
  });

  it('runs from the installed package as the source tree runs, on one thread and on several', async () => {
    const expected = await casedoc(['check', 'examples/anthology']);
    for (const workers of ['0', '4']) {
      const run = spawnSync(join(app, 'node_modules/.bin/casedoc'), ['check', 'examples/anthology'], { cwd: app, env: { ...env, CASEDOC_WORKERS: workers }, encoding: 'utf8' });
      assert.equal(run.stderr, '');
      assert.equal(run.status, 1, 'the examples have errors');
      assert.equal(run.stdout, expected.stdout, `CASEDOC_WORKERS=${workers}`);
    }
  });

  it('prints GitHub annotations from the installed package, as a CI job runs it', async () => {
    const expected = await casedoc(['check', 'examples/anthology', '--format', 'github']);
    const run = spawnSync(join(app, 'node_modules/.bin/casedoc'), ['check', 'examples/anthology', '--format', 'github'], { cwd: app, env, encoding: 'utf8' });
    assert.equal(run.status, 1);
    assert.match(run.stdout, /^::error file=examples\/anthology\/06-sundhedsmakkere\.md,line=8,/m);
    assert.equal(run.stdout, expected.stdout);
  });
});
