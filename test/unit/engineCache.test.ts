import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { engineCacheUsed, loadEngine } from '../../src/cli/engineCache';
import { ROOT } from '../helpers';
import { buildOnce } from '../cli';

type Engine = typeof import('../../src/cli/engineApi');

// The built CLI's engine (dist/engine.cjs) with the code cache the build wrote: taken by V8 on this
// Node, and a cache that does not fit is rejected without changing a result.
describe("the engine's code cache", () => {
  const report = readFileSync(join(ROOT, 'examples/anthology/06-sundhedsmakkere.md'), 'utf8');
  const check = (e: Engine) => JSON.stringify(e.checkReport(e.parseReport(report), { lang: 'da' }));

  it('is written by the build and taken by V8, and the engine checks as the sources do', async () => {
    buildOnce();
    const e = loadEngine<Engine>(pathToFileURL(join(ROOT, 'dist/engine.cjs')));
    assert.equal(engineCacheUsed(), true);
    const source = await import('../../src/cli/engineApi');
    assert.equal(check(e), check(source as unknown as Engine));
  });

  it('a cache that does not fit the engine is rejected, and the result is the same', () => {
    buildOnce();
    const dir = mkdtempSync(join(tmpdir(), 'casedoc-v8cache-'));
    try {
      cpSync(join(ROOT, 'dist/engine.cjs'), join(dir, 'engine.cjs'));
      writeFileSync(join(dir, 'engine.v8cache'), Buffer.from('not a code cache'));
      const wrong = loadEngine<Engine>(pathToFileURL(join(dir, 'engine.cjs')));
      assert.equal(engineCacheUsed(), false);
      const right = loadEngine<Engine>(pathToFileURL(join(ROOT, 'dist/engine.cjs')));
      assert.equal(check(wrong), check(right));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
