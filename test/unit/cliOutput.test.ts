import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../src/cli/main';
import { casedoc } from '../cli';
import { ROOT } from '../helpers';

/** `casedoc …` as a terminal that does or does not show colours, with this environment. */
async function run(args: string[], { color = false, env = {} as Record<string, string> } = {}) {
  let stdout = '';
  const code = await main(args, { cwd: ROOT, env, color, stdout: (s) => (stdout += s), stderr: () => {} });
  return { code, stdout };
}
const ESC = '\x1b[';

describe('the CLI\'s output: --quiet, -o, colour', () => {
  it('--quiet shows errors only, and no attention points', async () => {
    const { code, stdout } = await casedoc(['check', '--quiet', 'examples/anthology/06-sundhedsmakkere.md']);
    assert.equal(code, 1);
    assert.deepEqual(stdout.split('\n').filter((l) => /^ {2}\d/.test(l)).map((l) => l.trim().split(/\s{2,}/)[1]), ['error', 'error', 'error']);
    assert.match(stdout, /Checked 1 file, 1 case report: 3 problems \(3 errors, 0 warnings, 0 info\); 0 attention points\.\n$/);
  });

  it('-o writes the output to a file as UTF-8 and nothing to the terminal, without colour', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'casedoc-out-'));
    try {
      const target = join(dir, 'report.txt');
      const r = await run(['check', 'examples/anthology/06-sundhedsmakkere.md', '--lang', 'da', '-o', target], { color: true });
      assert.equal(r.stdout, '');
      assert.equal(r.code, 1);
      const text = readFileSync(target, 'utf8');
      assert.match(text, /`samproduktion` er ikke en gyldig værdi/);
      assert.ok(!text.includes(ESC), 'no colour codes in a file');
      const csv = join(dir, 's.csv');
      await run(['summary', 'examples/anthology', '--format', 'csv', '--output', csv]);
      assert.deepEqual([...readFileSync(csv).subarray(0, 3)], [0xef, 0xbb, 0xbf]);
      assert.equal((await casedoc(['check', 'examples/anthology', '-o', join(dir, 'no/such/dir/x.txt')])).stderr, `casedoc: cannot write ${join(dir, 'no/such/dir/x.txt')}: its folder does not exist (casedoc --help)\n`);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('colours as the no-color convention and Node say: flags, FORCE_COLOR, NO_COLOR, the terminal', async () => {
    const file = ['check', 'examples/anthology/06-sundhedsmakkere.md'];
    const coloured = async (args: string[], o: Parameters<typeof run>[1]) => (await run([...file, ...args], o)).stdout.includes(ESC);
    assert.equal(await coloured([], { color: true }), true, 'a terminal that shows colours');
    assert.equal(await coloured([], { color: false }), false, 'piped');
    assert.equal(await coloured([], { color: true, env: { NO_COLOR: '1' } }), false);
    assert.equal(await coloured([], { color: true, env: { NO_COLOR: '' } }), true, 'an empty NO_COLOR says nothing');
    assert.equal(await coloured([], { color: false, env: { FORCE_COLOR: '1' } }), true);
    assert.equal(await coloured([], { color: false, env: { FORCE_COLOR: '0' } }), false);
    assert.equal(await coloured(['--color'], { color: false, env: { NO_COLOR: '1' } }), true, 'the flag wins');
    assert.equal(await coloured(['--no-color'], { color: true, env: { FORCE_COLOR: '1' } }), false);
  });
});

describe('casedoc COMMAND --help', () => {
  it('lists that command\'s options and the common ones, not the other commands\'', async () => {
    const check = await casedoc(['check', '--help']);
    assert.equal(check.code, 0);
    assert.match(check.stdout, /^Usage: casedoc check \[paths or globs…\] \[options\]\n\n {2}Check case reports against the schema; report problems and attention points\.\n\nOptions for all:\n/);
    assert.match(check.stdout, /\nOptions for check:\n {2}--format stylish\|json\|sarif\|github {3}Output format \(default stylish\)\n/);
    assert.match(check.stdout, /\n {2}--fix {19}Apply every fix/);
    assert.doesNotMatch(check.stdout, /Options for summary|--delimiter|--dry-run {15}/);
    assert.match(check.stdout, /\nExit codes: 0 no errors/);
    const da = await casedoc(['summary', '--help', '--lang', 'da']);
    assert.match(da.stdout, /^Brug: casedoc summary \[stier eller globs…\] \[tilvalg\]\n\n {2}Opstil en antologis caserapporter/);
    assert.match(da.stdout, /\nTilvalg for summary:\n[^]*--delimiter comma\|semicolon/);
    assert.doesNotMatch(da.stdout, /Tilvalg for check|--fix/);
    // A command whose arguments come before the paths names them in its usage.
    const replace = await casedoc(['replace', '--help', '--lang', 'da']);
    assert.match(replace.stdout, /^Brug: casedoc replace FELT GAMMEL NY \[stier eller globs…\] \[tilvalg\]\n\n {2}Erstat en værdi/);
    assert.match(replace.stdout, /\nTilvalg for replace:\n {2}--dry-run/);
  });
});

describe('casedoc check - (standard input)', () => {
  const stdin = (text: string) => async () => text;
  const run = async (args: string[], text: string, cwd = ROOT) => {
    let stdout = '';
    let stderr = '';
    const code = await main(args, { cwd, env: {}, color: false, stdout: (s) => (stdout += s), stderr: (s) => (stderr += s), stdin: stdin(text) });
    return { code, stdout, stderr };
  };

  it('checks a report given on standard input as the file --stdin-filename names: messages, $schema and the configuration', async () => {
    const text = readFileSync(join(ROOT, 'examples/anthology/06-sundhedsmakkere.md'), 'utf8');
    const viaStdin = await run(['check', '-', '--stdin-filename', 'examples/anthology/06-sundhedsmakkere.md'], text);
    const viaFile = await casedoc(['check', 'examples/anthology/06-sundhedsmakkere.md']);
    assert.deepEqual(viaStdin, viaFile);
    // A `$schema:` path is resolved from the named file's folder.
    const own = await run(['check', '-', '--stdin-filename', 'test/fixtures/parity/a.md', '--format', 'json'], '---\n$schema: ./nowhere.schema.json\ntype: case-report\ntitle: "x"\n---\n');
    assert.match(JSON.parse(own.stdout).files[0].diagnostics.find((d: { code: string }) => d.code === 'schema-unusable').message, /nowhere\.schema\.json/);
    const unnamed = await run(['check', '-'], '---\ntype: case-report\n---\n');
    assert.match(unnamed.stdout, /^<stdin>\n/);
  });

  it('fails on more warnings than --max-warnings allows, as a file does', async () => {
    // A report with warnings and no error: only --max-warnings can fail it.
    const name = 'examples/anthology/11-spisefaellesskab-v1.md';
    const file = await casedoc(['check', name, '--max-warnings', '0']);
    const piped = await run(['check', '-', '--stdin-filename', name, '--max-warnings', '0'], readFileSync(join(ROOT, name), 'utf8'));
    assert.deepEqual([file.code, file.stderr], [1, 'Too many warnings (6, at most 0 allowed).\n']);
    assert.deepEqual([piped.code, piped.stderr], [file.code, file.stderr]);
  });

  it('is checked alone, and never with --fix', async () => {
    assert.equal((await run(['check', '-', 'a.md'], '')).stderr, 'casedoc: `-` (standard input) is checked alone: name no other path with it (casedoc --help)\n');
    assert.equal((await run(['check', '-', '--fix', '--lang', 'da'], '')).stderr, 'casedoc: --fix kan ikke skrive tilbage til standardinput: angiv filen i stedet (casedoc --help)\n');
  });
});
