import assert from 'node:assert/strict';
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { applyEdits, builtinSchema, parseReport, replaceValue, vocabularyFields } from '../../src/core/index';
import { casedoc, examplesCopy } from '../cli';
import { report } from '../helpers';

// Replacing a vocabulary value across reports (issue 17, §2): core `replaceValue`, `casedoc replace`.

const replaced = (text: string, field: string, from: string, to: string) => {
  const parsed = parseReport(text);
  const { edits, left } = replaceValue(parsed, field, from, to);
  return { text: applyEdits(parsed, edits), edits: edits.length, left: left.length };
};

describe('replacing a value across reports', () => {
  it('names every field with a vocabulary as an author reads it, lists and lists of objects included', () => {
    const names = vocabularyFields(builtinSchema().json).map((f) => f.name);
    for (const n of ['policy_area', 'collaboration_type', 'power_balance', 'actors[].sector', 'actors[].roles', 'phases[].actors', 'power_balance_by_phase.co-design', 'value_creation.intended']) assert.ok(names.includes(n), n);
    // A field with one allowed value has nothing to replace it by; free text has no vocabulary.
    for (const n of ['type', 'title', 'municipality', 'actors[].name']) assert.ok(!names.includes(n), n);
  });

  it('replaces the value where the field holds it and nowhere else, keeping quotes, comments and line ends', () => {
    const text = report((fm) => fm
      .replace('policy_area: [social]', "policy_area: ['social', health] # two areas")
      .replace('evaluated_by: [municipality, service-user]', 'evaluated_by:\r\n  - "service-user"\r\n  - municipality # last'));
    const r = replaced(text, 'evaluated_by', 'service-user', 'citizen');
    assert.deepEqual([r.edits, r.left], [1, 0]);
    // Only that list's item: the actors' and phases' `service-user` are other fields.
    assert.equal(r.text, text.replace('  - "service-user"\r\n', '  - "citizen"\r\n'));
    const areas = replaced(text, 'policy_area', 'social', 'housing-social');
    assert.equal(areas.text, text.replace("['social', health] # two areas", "['housing-social', health] # two areas"));
  });

  it('replaces inside lists of objects, each place once', () => {
    const text = report();
    const r = replaced(text, 'phases[].actors', 'service-user', 'citizen');
    assert.equal(r.edits, 3);
    assert.equal(r.text, text.split('\n').map((l) => (l.startsWith('  - {phase:') ? l.replace(/service-user/g, 'citizen') : l)).join('\n'));
  });

  it('drops every item of a flow list that would double the new value, side by side too, without overlapping edits', () => {
    for (const [list, want] of [['[health, social, social]', '[health]'], ['[social, social, health]', '[health]'], ['[social, health, social]', '[health]'], ['[a, social, health, social, b]', '[a, health, b]']]) {
      const r = parseReport(`---\ntype: case-report\npolicy_area: ${list}\n---\n`);
      const { edits, merged } = replaceValue(r, 'policy_area', 'social', 'health');
      assert.equal(applyEdits(r, edits), `---\ntype: case-report\npolicy_area: ${want}\n---\n`, list);
      assert.equal(merged.length, 2, list);
    }
  });

  it('leaves a value it cannot edit in place (an alias, escapes) and says where', () => {
    const text = report((fm) => fm.replace('initiated_by: [municipality]', 'initiated_by: ["munic\\x69pality"]'));
    const r = replaced(text, 'initiated_by', 'municipality', 'civil-society-organisation');
    assert.deepEqual([r.edits, r.left, r.text], [0, 1, text]);
  });
});

describe('casedoc replace', () => {
  let dir = '';
  const anthology = () => join(dir, 'examples/anthology');
  const snapshot = () => Object.fromEntries(readdirSync(anthology()).map((f) => [f, readFileSync(join(anthology(), f))]));
  beforeEach(() => {
    dir = examplesCopy('casedoc-replace-');
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('replaces a value in every case report, byte for byte otherwise, and says how many', async () => {
    const before = snapshot();
    const { code, stdout } = await casedoc(['replace', 'policy_area', 'health', 'mental-health', 'examples/anthology'], dir, { CASEDOC_WORKERS: '0' });
    assert.equal(stdout, 'Replaced `health` by `mental-health` 4 times in 4 files.\n');
    assert.equal(code, 0);
    const after = snapshot();
    for (const [file, bytes] of Object.entries(before)) {
      const text = bytes.toString('utf8');
      const expected = text.replace(/^(policy_area: \[.*)(?<![-\w])health(?![-\w])/m, '$1mental-health');
      assert.equal(after[file].toString('utf8'), expected, file);
    }
    assert.equal(Object.values(after).filter((b, i) => !b.equals(Object.values(before)[i])).length, 4);
  });

  it('prints the diff with --dry-run and writes nothing', async () => {
    const before = snapshot();
    const { code, stdout } = await casedoc(['replace', 'collaboration_type', 'co-creation', 'co-production', '--dry-run', 'examples/anthology', '--lang', 'da'], dir, { CASEDOC_WORKERS: '0' });
    assert.equal(code, 1);
    assert.match(stdout, /^-collaboration_type: co-creation$/m);
    assert.match(stdout, /^\+collaboration_type: co-production$/m);
    assert.match(stdout, /Ville erstatte `co-creation` med `co-production` \d+ gange? i \d+ filer?; intet er skrevet\.\n$/);
    assert.deepEqual(snapshot(), before);
  });

  it('says in one line what is wrong with the field or the values, in the chosen language', async () => {
    const run = async (...args: string[]) => (await casedoc(['replace', ...args, 'examples'], dir, { CASEDOC_WORKERS: '0' }));
    const unknown = await run('polcy_area', 'health', 'social');
    assert.equal(unknown.code, 2);
    assert.match(unknown.stderr, /^casedoc: "polcy_area" is not a field with a vocabulary; the fields are policy_area, /);
    assert.equal((await run('policy_area', 'health', 'sundhed')).stderr, 'casedoc: "sundhed" is not a value of policy_area; its values are social, health, employment-education, children-youth, elderly, mental-health, disability, integration, housing-social, culture-leisure, environment-climate (casedoc --help)\n');
    assert.equal((await run('actors[].sector', 'citizen', 'citizen-user', '--lang', 'da')).stderr, 'casedoc: "citizen-user" bruges ikke længere i actors[].sector; brug citizen eller service-user eller relative (casedoc --help)\n');
    assert.equal((await run('policy_area', 'social', 'social')).stderr, 'casedoc: "social" would be replaced by itself (casedoc --help)\n');
    const none = await run('policy_area', 'nowhere', 'social');
    assert.deepEqual([none.code, none.stdout], [0, 'No case report has `nowhere` in policy_area; nothing is changed.\n']);
  });

  it('takes the replacement by its label, in English or Danish', async () => {
    const schema = vocabularyFields(builtinSchema().json).find((f) => f.name === 'power_balance')!;
    const equal = schema.values.find((v) => v.id === 'equal')!;
    writeFileSync(join(dir, 'one.md'), report());
    const { code, stdout } = await casedoc(['replace', 'power_balance', 'temporary-municipal-dominance', equal.titleDa!, 'one.md'], dir, { CASEDOC_WORKERS: '0' });
    assert.deepEqual([code, stdout], [0, 'Replaced `temporary-municipal-dominance` by `equal` 1 time in 1 file.\n']);
    assert.equal(readFileSync(join(dir, 'one.md'), 'utf8'), report().replace('power_balance: temporary-municipal-dominance', 'power_balance: equal'));
  });
});
