import assert from 'node:assert/strict';
import type { Diagnostic } from '../../src/core/index';
import { check, marked } from '../helpers';

/**
 * Every placement rule of the schema-error mapping, with the expected range marked «…» in the text.
 * The base frontmatter is valid; each case changes one thing.
 */
const BASE = {
  type: 'type: case-report',
  title: 'title: T',
  collaboration_type: 'collaboration_type: co-creation',
  governance_paradigm: 'governance_paradigm: hybrid',
  power_balance: 'power_balance: equal',
  actors: 'actors:\n  - name: A\n    sector: municipality',
};
type Field = keyof typeof BASE;

function doc(over: Partial<Record<Field, string | null>>, extra = '', eol = '\n'): string {
  const lines = (Object.keys(BASE) as Field[]).map((k) => (k in over ? over[k] : BASE[k])).filter((l): l is string => l !== null);
  return `«---»\n${[...lines, extra].filter(Boolean).join('\n')}\n---\n# T\n`.replace(/\n/g, eol);
}

interface Case {
  name: string;
  source: string;
  code: string;
  path: string | null;
  data?: Record<string, unknown>;
  /** Which marker is the expected range (the first, «---», is only used for root-level missing keys). */
  marker?: number;
}

const FRONTMATTER_CODES = new Set(['invalid-value', 'unknown-key', 'missing-key', 'wrong-type', 'empty-value', 'invalid-date', 'duplicate-item', 'duplicate-key', 'yaml-syntax', 'schema-violation']);

const cases: Case[] = [
  { name: 'wrong enum value → the value', source: doc({ collaboration_type: 'collaboration_type: «samskabelse»' }), code: 'invalid-value', path: '/collaboration_type', data: { suggestion: 'co-creation' } },
  { name: 'quoted wrong value → the value with its quotes', source: doc({ governance_paradigm: 'governance_paradigm: «"NPM"»' }), code: 'invalid-value', path: '/governance_paradigm', data: { suggestion: 'new-public-management' } },
  { name: 'wrong value in a flow map in a list', source: doc({ actors: 'actors:\n  - {name: A, sector: «kommune»}' }), code: 'invalid-value', path: '/actors/0/sector', data: { suggestion: 'municipality' } },
  { name: 'nested error actors[1].sector → that node', source: doc({ actors: 'actors:\n  - name: A\n    sector: municipality\n  - name: B\n    sector: «volunter»' }), code: 'invalid-value', path: '/actors/1/sector', data: { suggestion: 'volunteer' } },
  { name: 'wrong value in a list of values', source: doc({}, 'policy_area: [social, «sundhed»]'), code: 'invalid-value', path: '/policy_area/1', data: { suggestion: 'health' } },
  { name: 'unknown key → the key, with did-you-mean', source: doc({ governance_paradigm: '«governance_paradgm»: hybrid' }), code: 'unknown-key', path: '/governance_paradgm', data: { suggestion: 'governance_paradigm' } },
  { name: 'unknown key nested in a list item', source: doc({ actors: 'actors:\n  - name: A\n    sector: municipality\n    «rolez»: [initiator]' }), code: 'unknown-key', path: '/actors/0/rolez', data: { suggestion: 'roles' } },
  { name: 'unknown key with nothing close', source: doc({}, '«banana»: yes'), code: 'unknown-key', path: '/banana', data: { suggestion: null } },
  { name: 'a Danish field name suggests its key', source: doc({ collaboration_type: '«samarbejdsform»: co-creation' }), code: 'unknown-key', path: '/samarbejdsform', data: { suggestion: 'collaboration_type' } },
  { name: 'missing key at the root → the opening ---', source: doc({ power_balance: null }), code: 'missing-key', path: '/power_balance', data: { key: 'power_balance', parentPath: '' }, marker: 0 },
  { name: 'missing key in a nested map → the parent key', source: doc({}, '«joint_platform»:\n  description: x'), code: 'missing-key', path: '/joint_platform/exists', data: { key: 'exists', parentPath: '/joint_platform' } },
  { name: 'missing key in a block list item → the item\'s first line', source: doc({ actors: 'actors:\n  - «name: A»\n    roles: [funder]' }), code: 'missing-key', path: '/actors/0/sector', data: { key: 'sector', parentPath: '/actors/0' } },
  { name: 'missing key in a flow list item → the item', source: doc({ actors: 'actors:\n  - «{name: A}»' }), code: 'missing-key', path: '/actors/0/sector' },
  { name: 'wrong type → the value', source: doc({}, 'authors: «A. Nielsen»'), code: 'wrong-type', path: '/authors', data: { expected: ['array'], actual: 'string' } },
  { name: 'text or list: a number is a wrong type', source: doc({}, 'municipality: «42»'), code: 'wrong-type', path: '/municipality' },
  { name: 'empty value → the key', source: doc({ title: '«title»:' }), code: 'empty-value', path: '/title' },
  { name: 'empty vocabulary value → the key, with the choices in data', source: doc({}, '«level»:'), code: 'empty-value', path: '/level', data: { allowed: ['individual', 'group', 'collective'] } },
  { name: 'empty required list → the value', source: doc({ actors: 'actors: «[]»' }), code: 'empty-value', path: '/actors', data: { minItems: 1 } },
  { name: 'invalid date → the value', source: doc({}, 'period: {start: «2019-3-1»}'), code: 'invalid-date', path: '/period/start' },
  { name: 'duplicate list item → the later one', source: doc({}, 'policy_area: [social, «social»]'), code: 'duplicate-item', path: '/policy_area/1', data: { index: 1, firstIndex: 0 } },
  { name: 'duplicate key → the second key', source: doc({}, '«title»: Again'), code: 'duplicate-key', path: '/title', data: { key: 'title', firstLine: 3 } },
  { name: 'YAML syntax error at its own position', source: doc({ actors: 'actors:\n«\t»- {name: A, sector: municipality}' }), code: 'yaml-syntax', path: null },
  { name: 'unclosed quote → where the quote opens', source: doc({ title: 'title: «"Fællesskabshuset»' }), code: 'yaml-syntax', path: null },
  { name: 'brackets left open inside one another → one error, where the innermost opens', source: doc({}, 'x-open: [[«[1, 2»'), code: 'yaml-syntax', path: null },
  { name: 'nested too deeply → the top-level value, wherever the stack ran out', source: doc({}, `x-deep: «${'['.repeat(5000)}${']'.repeat(5000)}»`), code: 'yaml-syntax', path: null, data: { yamlCode: 'RESOURCE_EXHAUSTION' } },
  { name: 'JSON Pointer ~1: a key with a slash', source: doc({}, '«a/b»: 1'), code: 'unknown-key', path: '/a~1b' },
  { name: 'JSON Pointer ~0: a key with a tilde', source: doc({}, '«c~d»: 1'), code: 'unknown-key', path: '/c~0d' },
  { name: 'JSON Pointer escapes in a nested key', source: doc({}, 'power_balance_by_phase: {«co/design»: equal}'), code: 'unknown-key', path: '/power_balance_by_phase/co~1design' },
  { name: 'Danish letters before the error on the same line', source: doc({ actors: 'actors:\n  - {name: "Brugerrådet Øst på Ærø", sector: «forening»}' }), code: 'invalid-value', path: '/actors/0/sector', data: { suggestion: 'civil-society-organisation' } },
  { name: 'emoji (two UTF-16 units) before the error', source: doc({ actors: 'actors:\n  - {name: "Huset 🏠 ❤️", sector: «forening»}' }), code: 'invalid-value', path: '/actors/0/sector' },
  { name: 'CRLF with Danish letters before the error', source: doc({ actors: 'actors:\n  - {name: "Brugerrådet Øst", sector: «borger»}' }, '', '\r\n'), code: 'invalid-value', path: '/actors/0/sector', data: { suggestion: 'citizen' } },
  { name: 'lone CR line endings', source: doc({ collaboration_type: 'collaboration_type: «samproduktion»' }, '', '\r'), code: 'invalid-value', path: '/collaboration_type', data: { suggestion: 'co-production' } },
];

describe('placement of frontmatter diagnostics', () => {
  for (const c of cases) {
    it(c.name, () => {
      const { text, ranges } = marked(c.source);
      const expected = ranges[c.marker ?? 1];
      assert.ok(expected, 'the case marks its expected range');
      const found = check(text).diagnostics.filter((d) => FRONTMATTER_CODES.has(d.code));
      assert.equal(found.length, 1, `exactly one frontmatter diagnostic, got ${JSON.stringify(found.map((d) => `${d.code} ${d.message}`))}`);
      const [d] = found;
      assert.equal(d.code, c.code);
      assert.deepEqual(d.range, expected);
      assert.equal(d.path, c.path);
      for (const [k, v] of Object.entries(c.data ?? {})) assert.deepEqual(d.data?.[k], v, `data.${k}`);
    });
  }

  it('puts "nested too deeply" at the same place however deep the call stack already is', () => {
    const { text } = marked(doc({}, `x-deep: ${'['.repeat(5000)}${']'.repeat(5000)}`));
    const at = (depth: number): Diagnostic[] => (depth === 0 ? check(text).diagnostics.filter((d) => d.code === 'yaml-syntax') : at(depth - 1));
    const shallow = at(0);
    assert.equal(shallow.length, 1);
    assert.deepEqual(at(2000), shallow);
  });

  it('counts UTF-16 units and CRLF exactly (hand-computed ranges)', () => {
    const text = '---\r\ntype: case-report\r\ntitle: T\r\ncollaboration_type: co-creation\r\ngovernance_paradigm: hybrid\r\npower_balance: equal\r\nactors:\r\n  - {name: "Ærø 🏠", sector: forening}\r\n---\r\n';
    const d = check(text).diagnostics.find((x) => x.code === 'invalid-value')!;
    // line 7: `  - {name: "Ærø 🏠", sector: forening}`; "🏠" is two UTF-16 units, so `forening` starts at 29.
    assert.deepEqual(d.range, { start: { line: 7, character: 29 }, end: { line: 7, character: 37 } });
  });

  it('keeps the same coordinates whatever the line endings, except the line breaks themselves', () => {
    const lf = marked(doc({ actors: 'actors:\n  - {name: "Øst", sector: «borger»}' }));
    const crlf = marked(doc({ actors: 'actors:\n  - {name: "Øst", sector: «borger»}' }, '', '\r\n'));
    const a = check(lf.text).diagnostics.map((d) => [d.code, d.range]);
    const b = check(crlf.text).diagnostics.map((d) => [d.code, d.range]);
    assert.deepEqual(a, b);
  });
});
