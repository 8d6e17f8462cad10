import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createFile, rewriteFile } from '../../src/core/project/safeWrite';
import { checkFiles } from '../../src/cli/checkFiles';
import { migrate } from '../../src/cli/migrate';
import { NodeFiles, readRegular } from '../../src/cli/nodePort';
import { discover } from '../../src/cli/files';
import { exportAnthology } from '../../src/cli/export';
import type { RunOptions } from '../../src/cli/report';
import { casedoc } from '../cli';
import { report, ROOT } from '../helpers';
import { MemoryFiles } from '../memoryFiles';

// Issue 26 §1: nothing a researcher wrote is lost. A rewrite is planned on the bytes it replaces,
// written beside the report and renamed over it only if the report still holds those bytes.

const bytes = (s: string) => Buffer.from(s, 'utf8');
const upper = (b: Uint8Array) => bytes(Buffer.from(b).toString('utf8').toUpperCase());

describe('safe rewrites (core, against a file system in memory)', () => {
  it('plans again on what the author saved between the plan and the rename', async () => {
    const files = new MemoryFiles({ '/a/r.md': 'one\n' });
    // Saved after the plan was made on the first read, before the read that precedes the rename.
    files.beforeRead = (path, n) => {
      if (n === 2) files.files.set(path, bytes('one\nTWO added by the author\n'));
    };
    const outcome = await rewriteFile(files, '/a/r.md', 1e6, upper);
    assert.equal(outcome.kind, 'written');
    assert.equal(files.text('/a/r.md'), 'ONE\nTWO ADDED BY THE AUTHOR\n');
    assert.deepEqual(files.leftovers(), []);
  });

  it('leaves a report that changes on every attempt as the author last saved it, and says so', async () => {
    const files = new MemoryFiles({ '/a/r.md': 'v0' });
    files.beforeRead = (path, n) => files.files.set(path, bytes(`v${n}`));
    const outcome = await rewriteFile(files, '/a/r.md', 1e6, upper);
    assert.equal(outcome.kind, 'changed');
    assert.equal(files.text('/a/r.md'), 'v6');
    assert.deepEqual(files.leftovers(), []);
  });

  it('leaves the report whole when the write fails midway (a full disk, a killed run) or the rename is refused', async () => {
    for (const [fail, at] of [['disk-full', 'write'], ['permission', 'rename']] as const) {
      const files = new MemoryFiles({ '/a/r.md': 'keep me\n' });
      if (at === 'write') files.failWrite = () => fail;
      else files.failReplace = () => fail;
      const outcome = await rewriteFile(files, '/a/r.md', 1e6, upper);
      assert.deepEqual(outcome, { kind: 'failed', problem: fail, detail: fail });
      assert.equal(files.text('/a/r.md'), 'keep me\n');
      assert.deepEqual(files.leftovers(), []);
    }
  });

  it('creates a new file whole, never over one that appeared meanwhile', async () => {
    const files = new MemoryFiles({ '/a/taken.md': 'mine' });
    assert.equal((await createFile(files, '/a/taken.md', bytes('new'))).kind, 'failed');
    assert.equal(files.text('/a/taken.md'), 'mine');
    assert.equal((await createFile(files, '/a/new.md', bytes('new'))).kind, 'written');
    assert.equal(files.text('/a/new.md'), 'new');
    assert.deepEqual(files.leftovers(), []);
  });
});

/** A v1 report: `coproduction_mode: co-delivery` has one replacement (`direct-co-production`). */
const V1 = report((fm) => fm.replace('coproduction_mode: co-management', 'coproduction_mode: co-delivery'));
const MIGRATED = V1.replace('coproduction_mode: co-delivery', 'coproduction_mode: direct-co-production');
/** What the author saves meanwhile: a line above the value, so every offset after it moves. */
const authorsEdit = (text: string) => text.replace('\ntitle:', '\n# a note the author added while migrate ran\ntitle:');

describe('safe rewrites (the CLI, on a real folder)', function () {
  this.timeout(60_000);
  let dir = '';
  const options = (): RunOptions => ({ cwd: dir, lang: 'en', maxBytes: 5 * 1024 * 1024, include: [], config: { kind: 'auto' }, workers: '0' });
  const leftovers = () => readdirSync(dir).filter((f) => f.includes('.casedoc-'));
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'casedoc-safe-'));
    mkdirSync(join(dir, '.git'));
    writeFileSync(join(dir, 'a.md'), V1);
    writeFileSync(join(dir, 'b.md'), V1);
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('migrates a report the author saved after the check on its new text (not with the check\'s offsets)', async () => {
    const reports = await checkFiles([join(dir, 'a.md')], options());
    writeFileSync(join(dir, 'a.md'), authorsEdit(V1));
    const result = await migrate(reports, options(), false);
    assert.equal(readFileSync(join(dir, 'a.md'), 'utf8'), authorsEdit(MIGRATED));
    assert.match(result.output, /^Updated 1 value in 1 file/);
  });

  it('migrates a report the author saved between the plan and the write on what it holds then', async () => {
    const reports = await checkFiles([join(dir, 'a.md')], options());
    class Saving extends NodeFiles {
      private reads = 0;
      override async read(path: string, limit: number) {
        const read = await super.read(path, limit);
        if (++this.reads === 1) writeFileSync(path, authorsEdit(V1));
        return read;
      }
    }
    await migrate(reports, options(), false, new Saving(dir));
    assert.equal(readFileSync(join(dir, 'a.md'), 'utf8'), authorsEdit(MIGRATED));
    assert.deepEqual(leftovers(), []);
  });

  it('keeps a report whole when the disk fills midway, writes the others, says which and fails', async () => {
    const reports = await checkFiles([join(dir, 'a.md'), join(dir, 'b.md')], options());
    class Full extends NodeFiles {
      protected override writeAll(fd: number, data: Uint8Array): void {
        if (!data.toString().includes('direct-co-production') || this.full++) return super.writeAll(fd, data);
        super.writeAll(fd, data.subarray(0, data.length >> 1));
        throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
      }
      private full = 0;
    }
    const result = await migrate(reports, options(), false, new Full(dir));
    assert.equal(readFileSync(join(dir, 'a.md'), 'utf8'), V1);
    assert.equal(readFileSync(join(dir, 'b.md'), 'utf8'), MIGRATED);
    assert.deepEqual(leftovers(), []);
    assert.equal(result.remaining, true);
    assert.equal(result.output, 'a.md: not written, as the disk is full; the file is as it was\n1 file could not be written (see above); the others were.\nUpdated 1 value in 1 file.\n');
  });

  it('keeps the report\'s permissions and a link inside the anthology a link', async () => {
    chmodSync(join(dir, 'a.md'), 0o640);
    mkdirSync(join(dir, 'chapters'));
    symlinkSync('../a.md', join(dir, 'chapters/linked.md'));
    const reports = await checkFiles([join(dir, 'chapters/linked.md')], options());
    await migrate(reports, options(), false);
    assert.equal(statSync(join(dir, 'a.md')).mode & 0o777, 0o640);
    assert.ok(lstatSync(join(dir, 'chapters/linked.md')).isSymbolicLink());
    assert.equal(readFileSync(join(dir, 'a.md'), 'utf8'), MIGRATED);
  });

  it('says in Danish which file it could not write', async () => {
    const reports = await checkFiles([join(dir, 'a.md')], { ...options(), lang: 'da' });
    class ReadOnly extends NodeFiles {
      override async replace(): Promise<void> {
        const { FileError } = await import('../../src/core/project/port');
        throw new FileError('permission');
      }
    }
    const result = await migrate(reports, { ...options(), lang: 'da' }, false, new ReadOnly(dir));
    assert.equal(readFileSync(join(dir, 'a.md'), 'utf8'), V1);
    assert.deepEqual(leftovers(), []);
    assert.match(result.output, /^a\.md: ikke skrevet, da adgangen blev nægtet; filen er uændret\n1 fil kunne ikke skrives \(se ovenfor\); de øvrige blev skrevet\.\n/);
  });
});

describe('contained paths (issue 26 §2)', function () {
  this.timeout(60_000);
  let top = '';
  let repo = '';
  beforeEach(() => {
    top = mkdtempSync(join(tmpdir(), 'casedoc-contain-'));
    repo = join(top, 'repo');
    mkdirSync(join(repo, '.git'), { recursive: true });
    mkdirSync(join(repo, 'sub'));
    writeFileSync(join(top, 'outside.md'), V1);
    writeFileSync(join(repo, 'inside.md'), V1);
    symlinkSync('../..', join(repo, 'sub/up'));
  });
  afterEach(() => rmSync(top, { recursive: true, force: true }));

  it('does not follow a link out of the repository: migrate leaves the report above it as it was', async () => {
    const run = await casedoc(['migrate', '.'], repo, { CASEDOC_WORKERS: '0' });
    assert.equal(run.stdout, 'Updated 1 value in 1 file.\n');
    assert.equal(readFileSync(join(top, 'outside.md'), 'utf8'), V1);
    assert.equal(readFileSync(join(repo, 'inside.md'), 'utf8'), MIGRATED);
    const glob = await casedoc(['check', '**/*.md', '--format', 'json'], repo, { CASEDOC_WORKERS: '0' });
    assert.deepEqual(JSON.parse(glob.stdout).files.map((f: { file: string }) => f.file), ['inside.md']);
  });

  it('does not write through a report that is a link out of the repository', async () => {
    symlinkSync(join(top, 'outside.md'), join(repo, 'sub/named.md'));
    const run = await casedoc(['migrate', 'sub/named.md'], repo, { CASEDOC_WORKERS: '0' });
    assert.equal(run.code, 1);
    assert.match(run.stdout, /^sub\/named\.md: not written, as it lies outside the anthology \(through a symbolic link\); the file is as it was$/m);
    assert.equal(readFileSync(join(top, 'outside.md'), 'utf8'), V1);
  });

  it('writes the cache only as a file of its own: never through a link, over a report or over another file', async () => {
    writeFileSync(join(top, 'precious.txt'), 'precious');
    symlinkSync(join(top, 'precious.txt'), join(repo, '.casedoccache'));
    const linked = await casedoc(['check', '--cache', 'inside.md'], repo, { CASEDOC_WORKERS: '0' });
    assert.deepEqual([linked.code, linked.stderr], [2, 'casedoc: the cache .casedoccache is not written, as it is a symbolic link (the cache is never written through a link) (casedoc --help)\n']);
    assert.equal(readFileSync(join(top, 'precious.txt'), 'utf8'), 'precious');
    const overReport = await casedoc(['check', '--cache-location', 'inside.md', 'inside.md', '--lang', 'da'], repo, { CASEDOC_WORKERS: '0' });
    assert.deepEqual([overReport.code, overReport.stderr], [2, 'casedoc: cachen inside.md skrives ikke, da den er en Markdown-fil (cachen skrives aldrig over en rapport) (casedoc --help)\n']);
    writeFileSync(join(repo, 'notes.txt'), 'my notes');
    const overOther = await casedoc(['check', '--cache-location', 'notes.txt', 'inside.md'], repo, { CASEDOC_WORKERS: '0' });
    assert.equal(overOther.code, 2);
    assert.match(overOther.stderr, /it holds something other than a Casedoc cache/);
    assert.equal(readFileSync(join(repo, 'notes.txt'), 'utf8'), 'my notes');
    assert.equal(readFileSync(join(repo, 'inside.md'), 'utf8'), V1);
  });

  it('refuses a sheet\'s file cell that leaves the anthology, is absolute or is no report, by row and column', async () => {
    const sheet = ['file,title,collaboration_type', '../outside.md,A,co-creation', `${join(top, 'abs.md')},B,co-creation`, '..\\..\\x.md,C,co-creation', 'notes.txt,D,co-creation', 'sub/up/escape.md,E,co-creation'].join('\n') + '\n';
    writeFileSync(join(repo, 'sheet.csv'), sheet);
    const run = await casedoc(['import', 'sheet.csv', 'inside.md'], repo, { CASEDOC_WORKERS: '0' });
    assert.equal(run.code, 1);
    assert.equal(run.stdout, [
      'sub/up/escape.md: not created, as it lies outside the anthology (through a symbolic link)',
      'row 2, column A (file): ../outside.md lies outside the anthology',
      `row 3, column A (file): ${join(top, 'abs.md')} is an absolute path: give the file relative to the anthology`,
      'row 4, column A (file): ../../x.md lies outside the anthology',
      'row 5, column A (file): notes.txt is not a Markdown file (.md)',
      '1 file could not be written (see above); the others were.',
      'Updated 0 reports, created 0. 4 rows were left out for the cells above (--partial writes the rest of each row).',
      '',
    ].join('\n'));
    assert.equal(readFileSync(join(top, 'outside.md'), 'utf8'), V1);
    assert.deepEqual(readdirSync(top).sort(), ['outside.md', 'repo']);
    assert.ok(!existsSync(join(repo, 'notes.txt')));
  });
});

describe('special files are never read (issue 26 §3)', function () {
  this.timeout(60_000);
  let dir = '';
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'casedoc-special-'));
    mkdirSync(join(dir, '.git'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('refuses a pipe, a device and a file over the limit before reading them', () => {
    assert.equal(spawnSync('mkfifo', [join(dir, 'pipe.json')]).status, 0);
    assert.deepEqual(readRegular(join(dir, 'pipe.json'), 1e6), { ok: false, problem: 'not-a-file' });
    assert.deepEqual(readRegular('/dev/zero', 1e6), { ok: false, problem: 'not-a-file' });
    assert.deepEqual(readRegular(dir, 1e6), { ok: false, problem: 'not-a-file' });
    writeFileSync(join(dir, 'big.md'), 'x'.repeat(101));
    assert.deepEqual(readRegular(join(dir, 'big.md'), 100), { ok: false, problem: 'too-large' });
    assert.equal(Buffer.from((readRegular(join(dir, 'big.md'), 101) as { bytes: Uint8Array }).bytes).toString(), 'x'.repeat(101));
  });

  it('checks a report whose $schema is a pipe or /dev/zero, with --cache, in seconds and says why the schema is not used', () => {
    assert.equal(spawnSync('mkfifo', [join(dir, 'pipe.json')]).status, 0);
    writeFileSync(join(dir, 'a.md'), report((fm) => `$schema: ./pipe.json\n${fm}`));
    writeFileSync(join(dir, 'b.md'), report((fm) => `"$schema": /dev/zero\n${fm}`));
    const r = spawnSync(process.execPath, ['--max-old-space-size=256', '--import', pathToFileURL(join(ROOT, 'node_modules/tsx/dist/loader.mjs')).href, join(ROOT, 'src/cli/index.ts'), 'check', '--cache', '--format', 'json', '.'], { cwd: dir, encoding: 'utf8', timeout: 30_000, env: { ...process.env, CASEDOC_WORKERS: '0' } });
    assert.equal(r.signal, null, 'finished');
    const files = JSON.parse(r.stdout).files as { file: string; diagnostics: { code: string; message: string }[] }[];
    const schemaProblems = files.map((f) => f.diagnostics.find((d) => d.code === 'schema-unusable')?.message);
    assert.deepEqual(schemaProblems, [
      'The schema `./pipe.json` cannot be used: it is not a regular file (a folder, a pipe or a device).',
      'The schema `/dev/zero` cannot be used: it is not a regular file (a folder, a pipe or a device).',
    ]);
  });

  it('passes over a .gitignore that is a pipe (in a process of its own: a regression would hang it, not the tests)', () => {
    assert.equal(spawnSync('mkfifo', [join(dir, '.gitignore')]).status, 0);
    writeFileSync(join(dir, 'a.md'), V1);
    const r = spawnSync(process.execPath, ['--import', pathToFileURL(join(ROOT, 'node_modules/tsx/dist/loader.mjs')).href, join(ROOT, 'src/cli/index.ts'), 'check', '--format', 'json', '.'], { cwd: dir, encoding: 'utf8', timeout: 30_000, env: { ...process.env, CASEDOC_WORKERS: '0' } });
    assert.equal(r.signal, null, 'finished');
    assert.deepEqual(JSON.parse(r.stdout).files.map((f: { file: string }) => f.file), ['a.md']);
  });

  it('exports a report gone since the check without its text, and says so', async () => {
    writeFileSync(join(dir, 'a.md'), V1);
    writeFileSync(join(dir, 'b.md'), V1);
    const options: RunOptions = { cwd: dir, lang: 'en', maxBytes: 5 * 1024 * 1024, include: [], config: { kind: 'auto' }, workers: '0' };
    const reports = await checkFiles(await discover(['.'], dir), options);
    rmSync(join(dir, 'b.md'));
    const said: string[] = [];
    const bytes = await exportAnthology(reports, options, 'qdpx', (line) => said.push(line));
    assert.ok(bytes.length > 0);
    assert.deepEqual(said, ['b.md: exported without its text, as it is no longer there\n']);
  });
});
