import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { CODES, docsUrl, message, type Code } from '../../src/core/index';
import { check, report, ROOT } from '../helpers';

const docs = readFileSync(`${ROOT}/docs/diagnostics.md`, 'utf8');

describe('messages and codes', () => {
  it('has an English and a Danish message for every code', () => {
    const args = { key: 'k', value: 'v', title: 'T', parent: 'p', suggestion: 's', allowed: 'a, b', expected: 'e', actual: 'x', minItems: 1, schema: 's.json', reason: 'r', url: 'https://x', start: '2020-01-01', end: '2019-01-01', sector: 's', phase: 'p', type: 't', heading: 'H', limit: 100, explanation: 'e.', firstLine: 2, detail: 'd', count: 3, shown: 500 };
    for (const code of Object.keys(CODES) as Code[]) {
      const en = message(code, 'en', args);
      const da = message(code, 'da', args);
      assert.ok(en.length > 10 && da.length > 10, code);
      assert.notEqual(en, da, `${code} is translated`);
      assert.ok(!/undefined|\[object/.test(en + da), `${code} uses only the arguments it is given`);
    }
  });

  it('documents every code in docs/diagnostics.md, where each diagnostic links', () => {
    for (const code of Object.keys(CODES)) {
      assert.ok(docs.includes(`\n## ${code}\n`), `docs/diagnostics.md has a section "## ${code}"`);
      assert.ok(docsUrl(code).endsWith(`docs/diagnostics.md#${code}`));
    }
  });

  it('gives each diagnostic a known code and a message in the chosen language', () => {
    const text = report((fm) => fm.replace('level: group', 'level: grp').replace('title: "Fællesskabshuset"', 'titel: x'), '# T\n');
    for (const lang of ['en', 'da'] as const) {
      const ds = check(text, { lang }).diagnostics;
      assert.ok(ds.length >= 4);
      for (const d of ds) {
        assert.ok(d.code in CODES, d.code);
        assert.equal(d.message, d.message.trim());
      }
      assert.ok(ds.some((d) => (lang === 'da' ? /Ukendt nøgle `titel`/ : /Unknown key `titel`/).test(d.message)));
    }
  });
});
