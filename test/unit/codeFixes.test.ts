import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { builtinSchema, fixesFor, parseReport, type Diagnostic } from '../../src/core/index';
import { checkContext } from '../../src/core/checks/context';
import { CHECKS, CODE_DEFS } from '../../src/core/checks/registry';
import type { Data, Diagnosed, FixOf } from '../../src/core/checks/define';
import { ENGINE_WORDS } from '../../src/core/words';
import { CORPUS } from '../hostile/corpus';
import { ROOT } from '../helpers';

// A code's quick fix is declared with the code (`defineCode(code, severity, messages, fix)`), in the
// module of the check that reports it; `fixesFor` only looks the code up.

/** The codes whose definitions carry a fix. */
const fixable = () => CODE_DEFS.filter((d) => d.fix).map((d) => d.code);

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : []);
}

function corpus(): string[] {
  const md = (dir: string): string[] => readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? md(join(dir, e.name)) : e.name.endsWith('.md') ? [readFileSync(join(dir, e.name), 'utf8')] : []);
  const hostile = CORPUS.filter((c) => !c.large).map((c) => new TextDecoder().decode(c.bytes()));
  // No fixture leaves out the dominant paradigm of a hybrid.
  const hybrid = '---\ntype: case-report\ngovernance_paradigm: hybrid\n---\n\n# A case\n';
  return [...md(join(ROOT, 'test/fixtures')), ...md(join(ROOT, 'examples')), ...hostile, hybrid];
}

describe('quick fixes declared with their codes', () => {
  it('puts each fix on a code a check lists: none on a host code', () => {
    const listed = new Set(CHECKS.flatMap((c) => c.codes.filter((d) => d.fix).map((d) => d.code)));
    assert.deepEqual([...listed].sort(), fixable().sort(), 'a fix on a code no check reports');
    assert.ok(listed.size >= 9, `only ${[...listed]} have fixes`);
  });

  it('declares each fix in the defineCode call of its code, with its data typed there', () => {
    const withFix = new Set<string>(fixable());
    const seen: string[] = [];
    for (const file of files(join(ROOT, 'src/core/checks'))) {
      const text = readFileSync(file, 'utf8');
      for (const m of text.matchAll(/defineCode\('([a-z0-9-]+)'/g)) {
        // The call runs to the next definition: its fix, when it has one, is its fourth argument,
        // whose diagnostic names the data the fix reads.
        const rest = text.slice(m.index + m[0].length);
        const call = rest.slice(0, rest.search(/\bdefine(Code|Check)\(|$/));
        const declared = /\bDiagnosed</.test(call);
        assert.equal(declared, withFix.has(m[1]), `${m[1]} in ${relative(ROOT, file)}: ${declared ? 'a fix declared in its call that its definition lacks' : 'a fix attached outside its call'}`);
        if (declared) seen.push(m[1]);
      }
    }
    assert.deepEqual(seen.sort(), [...withFix].sort());
  });

  it('handles no code anywhere else: fixesFor names none, and no source switches on a code to fix it', () => {
    const fixes = readFileSync(join(ROOT, 'src/core/features/fixes.ts'), 'utf8');
    for (const d of CODE_DEFS) assert.ok(!fixes.includes(`'${d.code}'`), `fixes.ts names ${d.code}`);
    for (const file of files(join(ROOT, 'src'))) {
      if (file.startsWith(join(ROOT, 'src/core/checks'))) continue;
      const text = readFileSync(file, 'utf8');
      for (const code of fixable()) assert.ok(!text.includes(`case '${code}'`), `${relative(ROOT, file)} switches on ${code}`);
    }
  });

  it('gives each diagnostic of the corpus exactly its own code\'s fixes, in both languages', () => {
    const schema = builtinSchema().json;
    const fixed = new Set<string>();
    for (const text of corpus()) {
      const report = parseReport(text);
      for (const check of CHECKS) {
        const found: Diagnostic[] = [];
        check.check(checkContext(report, {}, 'en', found));
        for (const d of found) {
          const own = check.codes.find((c) => c.code === d.code)!;
          for (const lang of ['en', 'da'] as const) {
            const fix = own.fix as FixOf<Data> | undefined;
            const expected = fix ? fix(report, { ...d, data: d.data ?? {} } satisfies Diagnosed<Data>, { schema, lang, words: ENGINE_WORDS[lang].fix }) : [];
            const got = fixesFor(report, d, schema, lang);
            assert.deepEqual(got, expected, `${d.code} at ${JSON.stringify(d.range.start)}`);
            if (got.length > 0) fixed.add(d.code);
          }
        }
      }
    }
    // The corpus reaches the fixes, so the assertion above is not empty.
    assert.ok(fixed.size >= 9, `only ${[...fixed]} fixed`);
  });
});
