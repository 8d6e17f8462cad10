import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import ignore from 'ignore';
import { gitIgnored, parseGitignore } from '../../src/core/text/gitignore';
import { buildOnce } from '../cli';
import { ROOT } from '../helpers';

// Git's ignore rules (src/core/text/gitignore.ts) on the linear-time engine, held to the `ignore`
// package (which the CLI used before, and which follows gitignore(5)) but for the differences below.

const RUNS = Number(process.env.CASEDOC_FUZZ_RUNS) || 300;
const SEED = process.env.CASEDOC_FUZZ_SEED ? Number(process.env.CASEDOC_FUZZ_SEED) : undefined;

/**
 * Where the `ignore` package departs from Git (and from us), left out of the comparison: `foo/**\/`
 * (it matches foo too), `/**` (it reads `/*`), a leading `**\/**\/` (it wants a folder there), `***`
 * (it reads `*`), a lone `!` (it re-includes everything), `foo/ ` (the spaces Git drops make it
 * anchor the pattern). Not generated at all: `[!a]`, `[^a]` against `/`, escapes other than `\!`,
 * `\#` and `\ `, tabs (see "reads as Git does where the ignore package does not").
 */
const departs = (line: string) =>
  /\*\*\/ *$/.test(line) || /^!?\/\*\*$/.test(line.trimEnd()) || /^!?\/?\*\*\/\*\*/.test(line) || line.includes('***') || /^! *$/.test(line) || /\/ +$/.test(line);

/** Ours, for one .gitignore at the root: is the file at `path` ignored? */
const ours = (text: string, path: string) => {
  const rules = parseGitignore(text);
  return gitIgnored(path, (folder) => (folder === '' ? rules : null));
};

describe('.gitignore rules', () => {
  it('reads gitignore(5)\'s examples as Git and the ignore package do', () => {
    const cases: [string, string, boolean][] = [
      // A blank line, a comment, `\#` and `\!`, trailing spaces.
      ['\n# a.md\n', 'a.md', false], ['\\#a.md', '#a.md', true], ['\\!important!.txt', '!important!.txt', true],
      ['a.md   ', 'a.md', true], ['a\\ ', 'a ', true], ['a\\ ', 'a', false], ['a.md\r\nb.md\r\n', 'b.md', true], ['\uFEFFa.md', 'a.md', true],
      // hello.* at any depth, /hello.* only beside the .gitignore.
      ['hello.*', 'hello.txt', true], ['hello.*', 'a/hello.java', true], ['/hello.*', 'hello.c', true], ['/hello.*', 'a/hello.java', false],
      // foo/ matches a folder foo and what is under it, not a file foo.
      ['foo/', 'foo', false], ['foo/', 'foo/x.md', true], ['foo/', 'a/foo/x.md', true],
      ['doc/frotz/', 'doc/frotz/x.md', true], ['doc/frotz/', 'a/doc/frotz/x.md', false], ['frotz/', 'a/frotz/x.md', true],
      ['doc/frotz', 'doc/frotz', true], ['/doc/frotz', 'doc/frotz', true], ['doc/frotz', 'a/doc/frotz', false],
      // foo/* matches foo/test.json and the folder foo/bar (so foo/bar/hello.c too), not foo itself.
      ['foo/*', 'foo/test.json', true], ['foo/*', 'foo/bar/hello.c', true], ['foo/*', 'foo', false],
      // `*`, `?` and classes stop at `/`.
      ['a*.md', 'ab.md', true], ['a*.md', 'a/b.md', false], ['a?.md', 'ab.md', true], ['x/a?.md', 'x/a/.md', false],
      ['[a-c].md', 'b.md', true], ['[a-c].md', 'd.md', false], ['[ab]x', 'bx', true],
      // One character, as the package and a user read it (Git's `?` is one byte of UTF-8: `??` matches æ).
      ['?.md', 'æ.md', true],
      // `**/`, `/**`, `/**/`.
      ['**/foo', 'foo', true], ['**/foo', 'a/b/foo', true], ['**/foo/bar', 'x/foo/bar', true], ['**/foo/bar', 'x/foo/y/bar', false],
      ['abc/**', 'abc/x/y.md', true], ['abc/**', 'x/abc/y.md', false], ['a/**/b', 'a/b', true], ['a/**/b', 'a/x/y/b', true], ['a/**/b', 'a/xb', false],
      ['a**b', 'axb', true], ['a**b', 'a/b', false],
      // `!` re-includes, the last match wins; nothing under an ignored folder comes back.
      ['*.md\n!keep.md', 'keep.md', false], ['!keep.md\n*.md', 'keep.md', true], ['build/\n!build/a.md', 'build/a.md', true],
      ['/*\n!/foo\n/foo/*\n!/foo/bar', 'foo/bar/x.md', false], ['/*\n!/foo\n/foo/*\n!/foo/bar', 'foo/baz/x.md', true], ['/*\n!/foo\n/foo/*\n!/foo/bar', 'a.md', true],
      // Names compare without case (core.ignoreCase, as on macOS and Windows, as the CLI always did).
      ['*.MD', 'a.md', true], ['Build/', 'build/a.md', true],
    ];
    for (const [text, path, expected] of cases) {
      assert.equal(ignore().add(text).ignores(path), expected, `ignore: ${JSON.stringify(text)} on ${path}`);
      assert.equal(ours(text, path), expected, `${JSON.stringify(text)} on ${path}`);
    }
  });

  it('reads as Git does where the ignore package does not', () => {
    // `[!a]` is "not a" (the package reads `!` and `a`); a negated class never matches `/`.
    assert.equal(ours('[!a].md', 'b.md'), true);
    assert.equal(ours('[!a].md', 'a.md'), false);
    assert.equal(ours('x[^a]y', 'x/y'), false);
    // POSIX classes; an unclosed class or an unknown class name makes the pattern match nothing.
    assert.equal(ours('[[:digit:]]*.md', '1a.md'), true);
    assert.equal(ours('[[:digit:]]*.md', 'a1.md'), false);
    assert.equal(ours('[a', '[a'), false);
    assert.equal(ours('[[:nope:]]', 'n'), false);
    // `\` escapes any character; a range backwards is empty; a tab at the end is kept.
    assert.equal(ours('\\*.md', '*.md'), true);
    assert.equal(ours('\\*.md', 'a.md'), false);
    assert.equal(ours('a\\?', 'ab'), false);
    assert.equal(ours('[z-a]', 'b'), false);
    assert.equal(ours('a\t', 'a'), false);
    // `foo/**/` matches the folders inside foo, not foo itself; `/**` everything, not only the top;
    // `**/**/x` also x; `***` as a segment is `**`; a lone `!` is nothing.
    assert.equal(ours('foo/**/\n!foo/a.md', 'foo/a.md'), false);
    assert.equal(ours('/**\n!/?/', 'a/ab'), true);
    assert.equal(ours('**/**/x', 'x'), true);
    assert.equal(ours('***/x', 'a/b/x'), true);
    assert.equal(ours('*\n!', 'a'), true);
  });

  it('lets a deeper .gitignore override a shallower one, but not re-include under an ignored folder', () => {
    const files: Record<string, string> = { '': '*.draft.md\nbuild/\n', a: '!x.draft.md\n', 'build/sub': '!*\n' };
    const rules = new Map(Object.entries(files).map(([k, v]) => [k, parseGitignore(v)]));
    const ignored = (path: string) => gitIgnored(path, (folder) => rules.get(folder) ?? null);
    assert.equal(ignored('y.draft.md'), true);
    assert.equal(ignored('a/x.draft.md'), false);
    assert.equal(ignored('a/y.draft.md'), true);
    assert.equal(ignored('build/sub/a.md'), true);
  });

  it('finishes on a pattern whose backtracking RegExp never would', () => {
    const rules = parseGitignore('*a*a*a*a*a*a*a*a*b.md\n**/*a*a*a*a*a*a*a*a*b/');
    assert.equal(gitIgnored(`x/${'a'.repeat(5000)}.md`, () => rules), false);
    assert.equal(gitIgnored(`x/${'a'.repeat(50)}b.md`, () => rules), true);
  });

  it('agrees with the ignore package on random patterns and paths (fast-check)', function () {
    this.timeout(60_000);
    const name = fc.constantFrom('a', 'b', 'ab', '.x', 'x.md', 'æ', 'a-b', 'a b', 'A', 'B.md', '#', '!b');
    const path = fc.array(name, { minLength: 1, maxLength: 4 }).map((s) => s.join('/'));
    const atom = fc.constantFrom('a', 'b', 'x', '.', 'md', '-', 'æ', ' ', 'A', '#', '!', '*', '?', '[ab]', '[a-c]', '[A-B]');
    const segment = fc.oneof(
      { weight: 1, arbitrary: fc.constant('**') },
      { weight: 6, arbitrary: fc.array(atom, { minLength: 1, maxLength: 4 }).map((a) => a.join('')).filter((s) => !s.includes('**')) },
    );
    const line = fc.tuple(fc.constantFrom('', '!', '\\!', '\\#'), fc.constantFrom('', '/'), fc.array(segment, { minLength: 1, maxLength: 3 }), fc.constantFrom('', '/', ' ', '\\ '))
      .map(([neg, lead, segs, tail]) => `${neg}${lead}${segs.join('/')}${tail}`)
      .filter((l) => !departs(l));
    fc.assert(fc.property(fc.array(line, { minLength: 1, maxLength: 4 }), fc.array(path, { minLength: 1, maxLength: 8 }), (lines, paths) => {
      const text = lines.join('\n');
      const theirs = ignore().add(text);
      for (const p of paths) assert.equal(ours(text, p), theirs.ignores(p), `${JSON.stringify(text)} on ${p}`);
    }), { numRuns: RUNS, seed: SEED, endOnFailure: true });
  });

  it('agrees with the ignore package where the path is made to match (fast-check)', function () {
    this.timeout(60_000);
    // Random patterns rarely match random paths: build each path from its pattern, so matches are tried too.
    const part = fc.constantFrom<[string, string]>(['a', 'a'], ['*', 'xy'], ['*', ''], ['?', 'q'], ['[a-c]', 'b'], ['.', '.'], ['**', 'a/b'], ['**', 'c'], ['**', '']);
    const pattern = fc.array(fc.array(part, { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 4 });
    fc.assert(fc.property(pattern, fc.constantFrom('', '/'), fc.constantFrom('', 'z/', 'a/z/'), fc.constantFrom('', '/'), (segments, lead, above, tail) => {
      const cleaned = segments.map((s) => (s.some(([g]) => g === '**') ? [['**', s.find(([g]) => g === '**')![1]] as [string, string]] : s));
      const g = lead + cleaned.map((s) => s.map(([x]) => x).join('')).join('/') + tail;
      // `**` for no folder takes its `/` with it.
      const p = above + cleaned.map((s) => s.map(([, y]) => y).join('')).filter((y, k) => y || cleaned[k][0][0] !== '**').join('/');
      // A path has no empty, `.` or `..` segment.
      if (p.split('/').some((x) => !x || x === '.' || x === '..') || departs(g)) return;
      assert.equal(ours(g, p), ignore().add(g).ignores(p), `${JSON.stringify(g)} on ${p}`);
    }), { numRuns: RUNS, seed: SEED, endOnFailure: true });
  });
});

describe('a hostile .gitignore (built CLI, in a process of its own)', function () {
  this.timeout(120_000);
  let dir = '';
  before(() => {
    buildOnce();
    dir = mkdtempSync(join(tmpdir(), 'casedoc-gitignore-'));
    mkdirSync(join(dir, '.git'));
    writeFileSync(join(dir, '.gitignore'), '*a*a*a*a*a*a*a*a*b.md\n');
    writeFileSync(join(dir, `${'a'.repeat(200)}.md`), '---\ntype: case-report\ntitle: "x"\n---\n# x\n');
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('checks a file named with 200 a\'s in seconds (the backtracking matcher took hours)', () => {
    const r = spawnSync(process.execPath, ['--max-old-space-size=256', join(ROOT, 'bin/casedoc.js'), 'check', '.', '--format', 'json'], {
      cwd: dir, encoding: 'utf8', timeout: 20_000, env: { PATH: process.env.PATH!, CASEDOC_WORKERS: '0' },
    });
    assert.equal(r.signal, null, `killed after 20 s: ${r.stderr}`);
    const files = (JSON.parse(r.stdout) as { files: { file: string }[] }).files.map((f) => f.file);
    assert.deepEqual(files, [`${'a'.repeat(200)}.md`], r.stderr);
  });
});

describe('a .gitignore too large to read', () => {
  it('is a usage error that names it and the limit, not a run that fills the memory', async () => {
    const { casedoc } = await import('../cli');
    const dir = mkdtempSync(join(tmpdir(), 'casedoc-big-gitignore-'));
    try {
      mkdirSync(join(dir, '.git'));
      mkdirSync(join(dir, 'sub'));
      writeFileSync(join(dir, 'sub/.gitignore'), Array.from({ length: 8000 }, (_, i) => `${i % 2 ? '!' : ''}*a${i}*b.md`).join('\n'));
      writeFileSync(join(dir, 'sub/a.md'), '# A\n');
      const r = await casedoc(['check', '.'], dir, { CASEDOC_WORKERS: '0' });
      assert.deepEqual([r.code, r.stderr], [2, 'casedoc: sub/.gitignore is larger than 64 KB, more than Casedoc reads of a .gitignore; make it smaller, or leave files out with --ignore (casedoc --help)\n']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('a POSIX class in a .gitignore rule', () => {
  it('never matches `/`, even the classes that hold it (punct, graph, print)', () => {
    for (const cls of ['punct', 'graph', 'print']) {
      const rules = parseGitignore(`a[[:${cls}:]]b\n`);
      const ignored = (path: string) => gitIgnored(path, (folder) => (folder === '' ? rules : null), new Map());
      assert.equal(ignored('a/b'), false, cls);
      assert.equal(ignored('a.b'), true, cls);
    }
  });
});
