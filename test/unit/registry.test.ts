import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseReport, type Diagnostic } from '../../src/core/index';
import { checkContext } from '../../src/core/checks/context';
import { CHECKS, CODE_DEFS, CODES } from '../../src/core/checks/registry';
import { CORPUS } from '../hostile/corpus';
import { ROOT } from '../helpers';

const CHECKS_DIR = join(ROOT, 'src/core/checks');

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sources(join(dir, e.name)) : e.name.endsWith('.ts') ? [readFileSync(join(dir, e.name), 'utf8')] : []);
}

/** Reports that between them make every check speak: the fixtures, the examples and the hostile corpus. */
function corpus(): string[] {
  const md = (dir: string): string[] => readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? md(join(dir, e.name)) : e.name.endsWith('.md') ? [readFileSync(join(dir, e.name), 'utf8')] : []);
  const hostile = CORPUS.filter((c) => !c.large).map((c) => new TextDecoder().decode(c.bytes()));
  return [...md(join(ROOT, 'test/fixtures/reports')), ...md(join(ROOT, 'examples')), ...hostile];
}

describe('the check registry', () => {
  it('names each code once, and each check once', () => {
    const codes = CODE_DEFS.map((d) => d.code);
    assert.equal(new Set(codes).size, codes.length, `a code twice: ${codes.filter((c, i) => codes.indexOf(c) !== i)}`);
    const ids = CHECKS.map((c) => c.id);
    assert.equal(new Set(ids).size, ids.length);
    assert.deepEqual(Object.keys(CODES).sort(), [...codes].sort());
  });

  it('holds every code defined under src/core/checks: one defined but not listed fails here', () => {
    const defined = sources(CHECKS_DIR).flatMap((s) => [...s.matchAll(/defineCode\('([a-z0-9-]+)'/g)].map((m) => m[1]));
    assert.ok(defined.length >= 30, `found ${defined.length}`);
    assert.deepEqual([...defined].sort(), CODE_DEFS.map((d) => d.code).sort());
  });

  it('lets each check report only the codes it lists, on every report of the corpus', () => {
    const heard = new Set<string>();
    for (const text of corpus()) {
      const report = parseReport(text);
      for (const check of CHECKS) {
        const found: Diagnostic[] = [];
        check.check(checkContext(report, {}, 'en', found));
        const own = new Set<string>(check.codes.map((c) => c.code));
        for (const d of found) {
          assert.ok(own.has(d.code), `${check.id} reported ${d.code}, which it does not list`);
          heard.add(d.code);
        }
      }
    }
    // The corpus reaches most codes, so the assertion above is not empty.
    assert.ok(heard.size >= 15, `only ${[...heard]} heard`);
  });
});
