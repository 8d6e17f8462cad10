import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { anthologySchema } from '../../src/core/index';
import { casedoc } from '../cli';
import { ROOT } from '../helpers';

// Issue 27 (a drift between the hosts): `casedoc replace`, `import` and `migrate` work with the
// anthology's own schema, as the editor's commands do, not always with the built-in one.

describe('the anthology\'s schema', () => {
  it('is the one most reports are checked against, the first on a tie, and a report without one counts for the built-in one', () => {
    const [a, b, builtin] = [{ a: 1 }, { b: 1 }, { builtin: 1 }];
    assert.equal(anthologySchema([a, b, b], builtin), b);
    assert.equal(anthologySchema([a, b], builtin), a);
    assert.equal(anthologySchema([a, undefined, undefined], builtin), builtin);
    assert.equal(anthologySchema([], builtin), builtin);
  });

  describe('in the CLI', function () {
    this.timeout(60_000);
    let dir = '';
    beforeEach(() => {
      dir = mkdtempSync(join(tmpdir(), 'casedoc-own-schema-'));
      mkdirSync(join(dir, '.git'));
      // The project's schema with one policy area more: `culture`.
      const schema = JSON.parse(readFileSync(join(ROOT, 'schemas/case-report.schema.json'), 'utf8'));
      schema.$id = 'https://example.org/own.json';
      schema.$defs.policyArea.oneOf.push({ const: 'culture', title: 'Culture', 'x-title-da': 'Kultur' });
      writeFileSync(join(dir, 'own.json'), JSON.stringify(schema));
      for (const f of ['01-faellesskabshuset.md', '06-sundhedsmakkere.md']) {
        writeFileSync(join(dir, f), readFileSync(join(ROOT, 'examples/anthology', f), 'utf8').replace('---\n', '---\n$schema: ./own.json\n'));
      }
    });
    afterEach(() => rmSync(dir, { recursive: true, force: true }));

    it('replace takes a value only the reports\' own schema allows, by its id or label', async () => {
      const before = readFileSync(join(dir, '01-faellesskabshuset.md'), 'utf8');
      const r = await casedoc(['replace', 'policy_area', 'social', 'Kultur', '.'], dir, { CASEDOC_WORKERS: '0' });
      assert.equal(r.stderr, '');
      assert.equal(readFileSync(join(dir, '01-faellesskabshuset.md'), 'utf8'), before.replace('policy_area: [social]', 'policy_area: [culture]'));
      // The built-in schema alone does not have it: a usage error, as before.
      const builtin = await casedoc(['replace', 'policy_area', 'social', 'culture', '.', '--schema', join(ROOT, 'schemas/case-report.schema.json')], dir, { CASEDOC_WORKERS: '0' });
      assert.equal(builtin.code, 2);
    });

    it('import reads a value only the reports\' own schema allows', async () => {
      writeFileSync(join(dir, 'ark.csv'), 'file,policy_area\n01-faellesskabshuset.md,culture; social\n');
      const before = readFileSync(join(dir, '01-faellesskabshuset.md'), 'utf8');
      const r = await casedoc(['import', 'ark.csv', '.'], dir, { CASEDOC_WORKERS: '0' });
      assert.equal(r.code, 0, r.stdout);
      assert.equal(readFileSync(join(dir, '01-faellesskabshuset.md'), 'utf8'), before.replace('policy_area: [social]', 'policy_area: [culture, social]'));
      assert.deepEqual(readdirSync(dir).sort(), ['.git', '01-faellesskabshuset.md', '06-sundhedsmakkere.md', 'ark.csv', 'own.json']);
    });
  });
});
