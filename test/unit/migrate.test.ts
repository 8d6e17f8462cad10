import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { casedoc } from '../cli';
import { report } from '../helpers';

// `casedoc migrate` (issue 15, §2): deprecated values rewritten in place, nothing else touched.

/** A v1 report as Word or Windows leaves it: a BOM, CRLF, a quoted value with a comment. */
const V1 = '\uFEFF' + report((fm) => fm
  .replace('coproduction_mode: co-management', 'coproduction_mode: "co-delivery" # kept from 2021')
  .replace('{name: "Brugerrådet", sector: service-user,', '{name: "Brugerrådet", sector: citizen-user,')).replace(/\n/g, '\r\n');

describe('casedoc migrate', () => {
  let dir = '';
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'casedoc-migrate-'));
    writeFileSync(join(dir, 'v1.md'), V1);
    writeFileSync(join(dir, 'v2.md'), report());
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));
  const bytes = (name: string) => readFileSync(join(dir, name));

  it('rewrites the value with one replacement and nothing else, byte for byte, and lists the choice left', async () => {
    const { code, stdout } = await casedoc(['migrate'], dir, { CASEDOC_WORKERS: '0' });
    assert.equal(code, 1, 'a value is left to choose');
    assert.deepEqual(bytes('v1.md'), Buffer.from(V1.replace('"co-delivery" # kept', '"direct-co-production" # kept'), 'utf8'));
    assert.deepEqual(bytes('v2.md'), Buffer.from(report(), 'utf8'));
    const line = V1.split('\r\n').findIndex((l) => l.includes('citizen-user')) + 1;
    assert.equal(stdout, `v1.md:${line}:35  \`citizen-user\` (/actors/2/sector): choose one of \`citizen\`, \`service-user\`, \`relative\`\n`
      + 'Updated 1 value in 1 file; 1 value is left for the author to choose.\n');
  });

  it('with --dry-run prints a unified diff and changes nothing', async () => {
    const { code, stdout } = await casedoc(['migrate', '--dry-run', '--lang', 'da'], dir, { CASEDOC_WORKERS: '0' });
    assert.equal(code, 1);
    assert.deepEqual(bytes('v1.md'), Buffer.from(V1, 'utf8'));
    assert.match(stdout, /^--- a\/v1\.md\n\+\+\+ b\/v1\.md\n@@ -\d+,7 \+\d+,7 @@\n/);
    assert.match(stdout, /^-coproduction_mode: "co-delivery" # kept from 2021\r$/m);
    assert.match(stdout, /^\+coproduction_mode: "direct-co-production" # kept from 2021\r$/m);
    assert.match(stdout, /vælg en af `citizen`, `service-user`, `relative`\nVille opdatere 1 værdi i 1 fil; 1 værdi skal forfatteren selv vælge\.\n$/);
  });

  it('leaves an anthology on vocabulary v2 as it is, and says so with exit 0', async () => {
    rmSync(join(dir, 'v1.md'));
    const { code, stdout } = await casedoc(['migrate'], dir, { CASEDOC_WORKERS: '0' });
    assert.equal(code, 0);
    assert.equal(stdout, 'Updated 0 values in 0 files.\n');
  });
});
