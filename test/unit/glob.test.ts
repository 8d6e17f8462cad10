import assert from 'node:assert/strict';
import fc from 'fast-check';
import picomatch from 'picomatch';
import { anyGlob, globMatcher } from '../../src/core/text/glob';

// The one glob matcher (src/core/text/glob.ts) for include/exclude and --ignore: picomatch's meaning
// (dot: true) for what configurations use, on the linear-time engine.

const RUNS = Number(process.env.CASEDOC_FUZZ_RUNS) || 300;
const SEED = process.env.CASEDOC_FUZZ_SEED ? Number(process.env.CASEDOC_FUZZ_SEED) : undefined;

describe('glob matcher', () => {
  it('matches as picomatch (dot: true) does, case by case', () => {
    const cases: [string, string, boolean][] = [
      ['**/node_modules/**', 'node_modules/x/a.md', true], ['**/node_modules/**', 'a/node_modules', true], ['**/.git/**', 'a/.git/HEAD', true],
      ['drafts/**', 'drafts', true], ['drafts/**', 'drafts/a/b.md', true], ['drafts/**', 'draftsx/a.md', false],
      ['**/*.md', 'a.md', true], ['**/*.md', '.hidden/a.md', true], ['*.md', 'a/b.md', false], ['*', '.casedoc.json', true],
      ['a/**/b.md', 'a/b.md', true], ['a/**/b.md', 'a/x/y/b.md', true], ['a**b', 'ax/yb', false], ['a/**b', 'a/xb', true],
      ['?.md', 'a.md', true], ['?.md', '/.md', false], ['[a-c]*.md', 'b1.md', true], ['[^a]*.md', 'a1.md', false],
      ['*.{md,markdown}', 'x.markdown', true], ['{a,{b,c}}/*', 'c/x', true], ['{reports,x/**}', 'x/y/z', true], ['{a}', 'a', false], ['{a}', '{a}', true],
      ['report-{1..3}.md', 'report-2.md', true], ['report-{1..3}.md', 'report-4.md', false], ['./reports/*.md', 'reports/a.md', true],
      ['!drafts/**', 'drafts/a.md', false], ['!drafts/**', 'reports/a.md', true], ['[]]', ']', true], ['a+b (1).md', 'a+b (1).md', true],
      ['fælles*', 'fællesskabshuset.md', true], ['a.md', 'aXmd', false], ['**', 'a/b/c', true], ['**{a,b}', 'x/b', true], ['x/**b', 'x/y/b', false],
    ];
    for (const [glob, path, expected] of cases) {
      assert.equal(picomatch(glob, { dot: true })(path), expected, `picomatch ${glob} ${path}`);
      assert.equal(globMatcher(glob)(path), expected, `${glob} ${path}`);
    }
  });

  it('reads a back-slash as / and `[!a]` as "not a" (where picomatch 4 reads it as `!` or `a`)', () => {
    assert.equal(globMatcher('drafts\\**')('drafts/a.md'), true);
    assert.equal(globMatcher('**\\*.md')('a/b.md'), true);
    assert.equal(globMatcher('[!_]*.md')('a.md'), true);
    assert.equal(globMatcher('[!_]*.md')('_a.md'), false);
    assert.equal(globMatcher('x[!a]')('x/'), false);
    assert.equal(anyGlob([])('a.md'), false);
    assert.equal(anyGlob(['*.txt', '**/*.md'])('a/b.md'), true);
  });

  it('finishes on a glob whose backtracking RegExp never would', () => {
    const m = globMatcher('**/*a*a*a*a*a*a*a*a*b.md');
    assert.equal(m(`x/${'a'.repeat(5000)}.md`), false);
    assert.equal(m(`x/${'a'.repeat(50)}b.md`), true);
  });

  it('agrees with picomatch on random globs and paths (fast-check)', function () {
    this.timeout(60_000);
    const name = fc.constantFrom('a', 'b', 'ab', '.x', 'x.md', 'æ', 'a-b', 'a b');
    const path = fc.array(name, { minLength: 1, maxLength: 4 }).map((s) => s.join('/'));
    const atom = fc.oneof(
      fc.constantFrom('a', 'b', 'x', '.', 'md', '-', 'æ', ' ', '*', '?', '[ab]', '[a-c]', '[^a]', '{a,b}', '{x.md,?b}', '{a,{b,.x}}'),
    );
    const segment = fc.oneof({ weight: 1, arbitrary: fc.constant('**') }, { weight: 5, arbitrary: fc.array(atom, { minLength: 1, maxLength: 4 }).map((a) => a.join('')).filter((s) => !s.includes('**')) });
    const glob = fc.array(segment, { minLength: 1, maxLength: 4 }).map((s) => s.join('/'));
    fc.assert(fc.property(glob, fc.array(path, { minLength: 1, maxLength: 8 }), (g, paths) => {
      const ours = globMatcher(g);
      const theirs = picomatch(g, { dot: true });
      for (const p of paths) assert.equal(ours(p), theirs(p), `${g} on ${p}`);
    }), { numRuns: RUNS, seed: SEED, endOnFailure: true });
  });

  it('agrees with picomatch where the path is made to match (fast-check)', function () {
    this.timeout(60_000);
    // Random globs rarely match random paths: build each path from its glob, so matches are tried too.
    const part = fc.constantFrom<[string, string]>(['a', 'a'], ['*', 'xy'], ['*', ''], ['?', 'q'], ['[a-c]', 'b'], ['{md,x}', 'x'], ['.', '.'], ['**', 'a/b'], ['**', 'c']);
    fc.assert(fc.property(fc.array(fc.array(part, { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 4 }), (segments) => {
      const cleaned = segments.map((s) => (s.some(([g]) => g === '**') ? [['**', s.find(([g]) => g === '**')![1]] as [string, string]] : s));
      const g = cleaned.map((s) => s.map(([x]) => x).join('')).join('/');
      const p = cleaned.map((s) => s.map(([, y]) => y).join('')).join('/');
      // A path has no empty, `.` or `..` segment (picomatch treats those apart), nor a name ending in
      // `.` (Windows has none; picomatch's `*.*` does not match `a.` though its `a.*` does).
      if (p.split('/').some((x) => !x || x === '.' || x === '..' || x.endsWith('.'))) return;
      assert.equal(globMatcher(g)(p), picomatch(g, { dot: true })(p), `${g} on ${p}`);
    }), { numRuns: RUNS, seed: SEED, endOnFailure: true });
  });
});

describe('classes and ranges the review found (issue 26)', () => {
  it('reads a POSIX class as picomatch does, and a zero-padded range as a shell does', () => {
    for (const [glob, path, want] of [['a[[:alpha:]]', 'ab', true], ['a[[:alpha:]]', 'a1', false], ['a[[:punct:]]b', 'a/b', false], ['f{01..03}.md', 'f02.md', true], ['f{01..03}.md', 'f2.md', false], ['f{1..3}.md', 'f2.md', true]] as const) {
      assert.equal(globMatcher(glob)(path), want, `${glob} ${path}`);
    }
  });
});
