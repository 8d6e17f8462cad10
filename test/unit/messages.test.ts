import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { CODES, type Code } from '../../src/core/index';
import { render } from '../../src/core/checks/message';
import type { MessageArgs } from '../../src/core/checks/registry';
import { check, report, ROOT } from '../helpers';

const docs = readFileSync(`${ROOT}/docs/diagnostics.md`, 'utf8');

/**
 * Each code's arguments, in each form its message takes (optional parts given and not): typed, so
 * a code without samples or a sample with a misspelt argument does not compile.
 */
const SAMPLES: { [C in Code]: MessageArgs[C][] } = {
  'missing-frontmatter': [{}],
  'frontmatter-unclosed': [{}],
  'frontmatter-toml': [{}],
  'frontmatter-not-mapping': [{}],
  'too-many-problems': [{ count: 9512, shown: 500 }],
  'merge-conflict': [{}],
  'yaml-syntax': [{ explanation: 'An unclosed quote.' }],
  'yaml-alias-limit': [{ limit: 100 }],
  'duplicate-key': [{ key: 'title', firstLine: 7 }],
  'missing-key': [{ key: 'level' }, { key: 'roles', title: 'Roller', parent: 'actors' }],
  'unknown-key': [{ key: 'titel' }, { key: 'titel', suggestion: 'title' }],
  'invalid-value': [{ key: 'level', value: 'grp', allowed: 'group, individual' }, { key: 'level', value: 'grp', suggestion: 'group', suggestionLabel: 'Gruppe', allowed: 'group' }],
  'wrong-type': [{ key: 'level', expected: 'tekst', actual: 'et tal' }],
  'empty-value': [{ key: 'level' }, { key: 'actors', minItems: 2 }],
  'invalid-date': [{ value: '2023-13-40' }],
  'duplicate-item': [{ key: 'roles', value: 'initiator' }],
  'schema-violation': [{ key: 'title', detail: 'must NOT have more than 200 characters' }, { key: '', detail: 'must match a schema in anyOf' }],
  'schema-url': [{ url: 'https://example.org/s.json' }],
  'deprecated-value': [{ key: 'coproduction_mode', value: 'co-delivery', replacements: '`direct-co-production`' },
    { key: 'sector', value: 'citizen-user', replacements: '`citizen`, `service-user` or `relative`', several: true }],
  'schema-unusable': [{ schema: './own.json', reason: 'the file does not exist' }],
  'period-end-before-start': [{ start: '2023-01-01', end: '2022-06-30' }],
  'sector-without-actor': [{ sector: 'foundation' }],
  'single-phase-coproduction': [{ phase: 'implementation' }],
  'duplicate-phase': [{ phase: 'evaluation' }],
  'coproduction-mode-mismatch': [{ type: 'partnership' }],
  'phase-not-listed': [{ phase: 'design' }],
  'power-balance-contradiction': [{ overall: 'equal', phase: 'co-commissioning', inPhase: 'full-municipal-dominance' }],
  'dominant-paradigm-missing': [{}],
  'dominant-paradigm-unexpected': [{ paradigm: 'new-public-governance' }, { paradigm: 'hybrid', itself: true }],
  'ended-without-end': [{}],
  'ended-in-future': [{ end: '2031-06-30' }],
  'missing-attention-section': [{ heading: 'Opmærksomhedspunkter' }],
  'empty-attention-section': [{ heading: 'Opmærksomhedspunkter' }],
  'missing-section': [{ heading: 'Formål' }, { heading: 'Magt', forType: 'samproduktion' }],
  'file-unreadable': [{ reason: 'permission denied' }],
  'file-binary': [{}],
  'file-too-large': [{ limit: '5 MB' }],
  'invalid-encoding': [{ encoding: 'UTF-8' }, { encoding: 'UTF-16' }],
  'check-failed': [{ reason: 'boom' }],
};


describe('messages and codes', () => {
  it('says every argument it is given in some form of its message, in English and in Danish', () => {
    for (const code of Object.keys(CODES) as Code[]) {
      for (const lang of ['en', 'da'] as const) {
        const forms = SAMPLES[code].map((args) => render(code, lang, args as never));
        for (const text of forms) {
          assert.ok(text.length > 10, `${code} (${lang})`);
          assert.doesNotMatch(text, /undefined|\[object|NaN/, `${code} (${lang}): ${text}`);
        }
        // A message that drops an argument (the key, the value, the suggestion) fails here.
        for (const args of SAMPLES[code]) {
          for (const [name, value] of Object.entries(args)) {
            // An empty text says nothing; a flag chooses the form of the message, it is not said.
            if (value === '' || typeof value === 'boolean') continue;
            assert.ok(forms.some((t) => t.includes(String(value))), `${code} (${lang}) never says its ${name} "${value}": ${forms.join(' | ')}`);
          }
        }
      }
      SAMPLES[code].forEach((args) => assert.notEqual(render(code, 'en', args as never), render(code, 'da', args as never), `${code} is translated`));
    }
  });

  it('documents every code in docs/diagnostics.md, and no code that is gone', () => {
    const sections = [...docs.matchAll(/^## ([a-z]+(?:-[a-z0-9]+)+)$/gm)].map((m) => m[1]);
    assert.deepEqual([...sections].sort(), Object.keys(CODES).sort());
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
