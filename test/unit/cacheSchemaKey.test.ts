import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { schemaPathOf } from '../../src/cli/cache';
import { main } from '../../src/cli/main';
import { ROOT } from '../helpers';

// Issue 26 §5: the cache's key holds the schema a report names however YAML spells the key; a
// mention it cannot place makes the file be checked every time, never answered from a stale key.

const REPORT = readFileSync(join(ROOT, 'examples/anthology/06-sundhedsmakkere.md'), 'utf8');
const withKey = (key: string) => REPORT.replace('---\ntype', `---\n${key}\ntype`);

describe('the cache key\'s $schema', () => {
  it('reads the schema\'s path from every way YAML writes the key, and nothing else', () => {
    const b = (s: string) => Buffer.from(s, 'utf8');
    for (const key of ['$schema: ./s.json', '"$schema": ./s.json', "'$schema': './s.json'", '$schema: "./s.json"  # ours', '? $schema\n: ./s.json']) {
      assert.equal(schemaPathOf(b(withKey(key))), './s.json', key);
    }
    assert.equal(schemaPathOf(b(REPORT)), null);
    assert.equal(schemaPathOf(b(withKey('$schema: https://example.org/s.json'))), 'url');
    assert.equal(schemaPathOf(b(REPORT + '\nThe `$schema:` key names a schema.\n')), null, 'a mention in the body');
    // Places this reading cannot be sure of: the file is checked every time.
    for (const key of ['{ "$schema": ./s.json }', '$schema: ./a.json\n$schema: ./b.json', 'x: $schema', '$schema:']) {
      assert.equal(schemaPathOf(b(withKey(key))), undefined, key);
    }
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(withKey('"$schema": ./s.json'), 'utf16le')]);
    assert.equal(schemaPathOf(utf16), './s.json');
  });

  it('checks a report again when the schema it names with a quoted or explicit key changes', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'casedoc-cachekey-'));
    try {
      mkdirSync(join(dir, '.git'));
      writeFileSync(join(dir, 'a.md'), withKey('"$schema": ./own.json'));
      writeFileSync(join(dir, 'b.md'), withKey('? $schema\n: ./own.json'));
      writeFileSync(join(dir, 'own.json'), '{ "type": "object" }');
      const run = async () => {
        let out = '';
        await main(['check', '--cache', '--format', 'json', '.'], { cwd: dir, env: { CASEDOC_WORKERS: '0' }, color: false, stdout: (s) => (out += s), stderr: () => {} });
        return (JSON.parse(out).files as { diagnostics: { message: string }[] }[]).map((f) => f.diagnostics.some((d) => /nowhere/.test(d.message)));
      };
      assert.deepEqual(await run(), [false, false]);
      writeFileSync(join(dir, 'own.json'), '{ "type": "object", "required": ["nowhere"] }');
      assert.deepEqual(await run(), [true, true]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
