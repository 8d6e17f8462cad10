import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { casedoc } from '../cli';
import { ROOT } from '../helpers';

const EXAMPLE = readFileSync(join(ROOT, 'examples/anthology/06-sundhedsmakkere.md'), 'utf8');
/** The three unambiguous fixes of example 06, made by hand: what --fix must write and nothing more. */
const FIXED = (text: string) => text.replace('collaboration_type: samproduktion', 'collaboration_type: co-production')
  .replace('governance_paradgm:', 'governance_paradigm:').replace('sector: forening,', 'sector: civil-society-organisation,');

describe('casedoc check --fix', () => {
  const dirs: string[] = [];
  const folder = (files: Record<string, string | Buffer>) => {
    const dir = mkdtempSync(join(tmpdir(), 'casedoc-fix-'));
    dirs.push(dir);
    for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
    return dir;
  };
  after(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

  it('applies every fix that needs no choice, byte for byte otherwise (BOM and CRLF kept), and says what is left', async () => {
    const crlf = '\uFEFF' + EXAMPLE.replace(/\n/g, '\r\n');
    const dir = folder({ 'a.md': crlf, 'b.md': EXAMPLE });
    const run = await casedoc(['check', '--fix', '.'], dir, { CASEDOC_WORKERS: '0' });
    assert.equal(readFileSync(join(dir, 'a.md'), 'utf8'), FIXED(crlf));
    assert.equal(readFileSync(join(dir, 'b.md'), 'utf8'), FIXED(EXAMPLE));
    // The output is the check of the fixed files; the last line says what was done.
    const after = await casedoc(['check', '.'], dir, { CASEDOC_WORKERS: '0' });
    assert.equal(run.stdout, after.stdout + `Applied 6 fixes in 2 files; ${after.stdout.match(/: (\d+) problems/)![1]} problems are left.\n`);
    assert.equal(run.code, after.code);
    // Run again: nothing left to fix, nothing changed.
    const again = await casedoc(['check', '--fix', '--lang', 'da', '.'], dir, { CASEDOC_WORKERS: '0' });
    assert.match(again.stdout, /\nIntet problem har en rettelse, der kan foretages uden et valg; intet er ændret\.\n$/);
    assert.equal(readFileSync(join(dir, 'b.md'), 'utf8'), FIXED(EXAMPLE));
  });

  it('--fix-dry-run prints the unified diff and writes nothing; exit 1 while there is something to fix', async () => {
    const dir = folder({ 'a.md': EXAMPLE });
    const run = await casedoc(['check', '--fix-dry-run', 'a.md'], dir);
    assert.equal(run.code, 1);
    assert.match(run.stdout, /^--- a\/a\.md\n\+\+\+ b\/a\.md\n@@ -5,8 \+5,8 @@\n/);
    assert.match(run.stdout, /\n-collaboration_type: samproduktion\n-governance_paradgm: new-public-governance\n\+collaboration_type: co-production\n\+governance_paradigm: new-public-governance\n/);
    assert.match(run.stdout, /\n--fix would make 3 changes in 1 file; nothing was written\.\n$/);
    assert.equal(readFileSync(join(dir, 'a.md'), 'utf8'), EXAMPLE);
    const clean = folder({ 'c.md': readFileSync(join(ROOT, 'examples/anthology/01-faellesskabshuset.md')) });
    assert.deepEqual(await casedoc(['check', '--fix-dry-run', '.'], clean), { code: 0, stdout: 'No problem has a fix that needs no choice; nothing was changed.\n', stderr: '' });
  });

  it('keeps JSON output machine-readable (the fix line on stderr) and leaves a file that is not UTF-8 alone', async () => {
    const latin1 = Buffer.from(EXAMPLE.replace('Borgere med', 'Borgere m\u00e6d'), 'latin1');
    const dir = folder({ 'a.md': EXAMPLE, 'l.md': latin1 });
    const run = await casedoc(['check', '--fix', '--format', 'json', '.'], dir, { CASEDOC_WORKERS: '0' });
    assert.equal(JSON.parse(run.stdout).files.length, 2);
    assert.equal(run.stderr, 'l.md: not fixed, as the file is not plain UTF-8; fix it in the editor\n' + `Applied 3 fixes in 1 file; ${JSON.parse(run.stdout).summary.errors + JSON.parse(run.stdout).summary.warnings + JSON.parse(run.stdout).summary.information + JSON.parse(run.stdout).summary.hints} problems are left.\n`);
    assert.deepEqual(readFileSync(join(dir, 'l.md')), latin1);
  });
});
