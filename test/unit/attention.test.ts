import assert from 'node:assert/strict';
import { parse, stringify } from 'yaml';
import { builtinRules, loadRules, mergeRules } from '../../src/core/index';
import { check, REFERENCE_FRONTMATTER, report } from '../helpers';

type Data = Record<string, unknown>;

/** The reference report with its frontmatter data changed, written back as block YAML. */
function edited(change: (d: Data) => void): string {
  return report(() => {
    const data = parse(REFERENCE_FRONTMATTER) as Data;
    change(data);
    return stringify(data, { lineWidth: 0 });
  });
}

const ids = (text: string) => check(text).attentionPoints.map((p) => p.id);

const civil = (roles: string[]) => [
  { name: 'K', sector: 'municipality', roles: ['funder'] },
  { name: 'F', sector: 'civil-society-organisation', roles },
];

/** For each rule: a change that makes it fire, and a close change that does not. */
const table: Record<string, { fires: (d: Data) => void; not: (d: Data) => void }> = {
  AP01: { fires: (d) => { d.collaboration_type = 'co-creation'; d.format = 'short-format'; delete d.coproduction_mode; },
          not: (d) => { d.collaboration_type = 'co-creation'; d.format = 'time-limited-project'; delete d.coproduction_mode; } },
  AP02: { fires: (d) => { d.format = 'time-limited-project'; }, not: (d) => { d.format = 'continuous'; } },
  AP03: { fires: (d) => { d.phases = [{ phase: 'co-delivery', actors: ['civil-society-organisation'] }, { phase: 'co-design', actors: ['citizen-user'] }, { phase: 'co-assessment', actors: ['municipality'] }]; },
          not: (d) => { d.phases = [{ phase: 'co-delivery', actors: ['civil-society-organisation'] }, { phase: 'co-design', actors: ['citizen-user'] }, { phase: 'co-assessment', actors: ['volunteer', 'municipality'] }]; d.actors = [...(d.actors as Data[]), { name: 'V', sector: 'volunteer' }]; } },
  AP04: { fires: (d) => { d.governance_paradigm = 'new-public-management'; }, not: (d) => { d.governance_paradigm = 'hybrid'; } },
  AP05: { fires: (d) => { d.collaboration_type = 'partnership'; delete d.coproduction_mode; d.formal_agreement = 'unknown'; },
          not: (d) => { d.collaboration_type = 'partnership'; delete d.coproduction_mode; d.formal_agreement = 'partnership-agreement'; } },
  AP06: { fires: (d) => { d.collaboration_type = 'partnership'; delete d.coproduction_mode; d.actors = [{ name: 'A', sector: 'civil-society-organisation' }, { name: 'B', sector: 'civil-society-organisation' }]; },
          not: (d) => { d.collaboration_type = 'partnership'; delete d.coproduction_mode; } },
  AP07: { fires: (d) => { d.actors = [{ name: 'K', sector: 'municipality' }, { name: 'P', sector: 'private-firm' }]; }, not: () => {} },
  AP08: { fires: (d) => { d.value_creation = { intended: ['service-quality', 'efficiency'] }; }, not: (d) => { d.value_creation = { intended: ['service-quality', 'participation'], documented: ['participation'] }; } },
  AP09: { fires: (d) => { d.value_creation = { intended: ['participation'], documented: ['service-quality'] }; }, not: (d) => { d.value_creation = { intended: ['participation'], documented: ['participation'] }; } },
  AP10: { fires: (d) => { d.power_balance = 'equal'; d.evaluated_by = ['municipality']; }, not: (d) => { d.power_balance = 'equal'; } },
  AP11: { fires: (d) => { d.power_balance = 'equal'; d.purpose_defined_by = ['municipality']; }, not: (d) => { d.power_balance = 'equal'; } },
  AP12: { fires: (d) => { d.power_balance = 'equal'; d.power_balance_by_phase = { 'co-commissioning': 'full-municipal-dominance', 'co-delivery': 'equal' }; },
          not: (d) => { d.power_balance = 'equal'; d.power_balance_by_phase = { 'co-commissioning': 'equal', 'co-delivery': 'equal' }; } },
  AP13: { fires: (d) => { d.municipal_staff_roles = ['authority', 'service-provider']; }, not: (d) => { d.municipal_staff_roles = ['authority', 'partner']; } },
  AP14: { fires: (d) => { d.joint_platform = { exists: false }; }, not: () => {} },
  AP15: { fires: (d) => { d.actors = civil(['co-implementer', 'target-group']); d.phases = [{ phase: 'co-delivery', actors: ['civil-society-organisation'] }]; },
          not: (d) => { d.actors = civil(['co-implementer', 'co-designer']); d.phases = [{ phase: 'co-delivery', actors: ['civil-society-organisation'] }]; } },
  AP16: { fires: (d) => { d.formal_agreement = 'contract'; }, not: (d) => { d.formal_agreement = 'grant'; } },
  AP17: { fires: (d) => { d.participation_level = 'tokenism'; }, not: (d) => { d.participation_level = 'citizen-power'; } },
  AP18: { fires: (d) => { d.level = 'individual'; (d.value_creation as Data).intended = ['citizen-influence', 'participation']; },
          not: (d) => { d.level = 'collective'; (d.value_creation as Data).intended = ['citizen-influence', 'participation']; } },
};

describe('attention points', () => {
  it('has exactly the rules AP01–AP18, each with both languages and a source', () => {
    const rules = builtinRules();
    assert.deepEqual(rules.map((r) => r.id), Array.from({ length: 18 }, (_, i) => `AP${String(i + 1).padStart(2, '0')}`));
    for (const r of rules) {
      assert.ok(r.message.en && r.message.da && r.message.en !== r.message.da, r.id);
      assert.match(r.source, /^(S|L|P)\b/, r.id);
      assert.match(r.path, /^\//, r.id);
    }
  });

  it('the reference report raises only AP12 (temporary municipal dominance)', () => {
    assert.deepEqual(ids(report()), ['AP12']);
  });

  for (const [id, { fires, not }] of Object.entries(table)) {
    it(`${id} fires when its condition holds and not otherwise`, () => {
      assert.ok(ids(edited(fires)).includes(id), `${id} should fire`);
      assert.ok(!ids(edited(not)).includes(id), `${id} should not fire`);
    });
  }

  it('speaks the chosen language and points at the key it rests on', () => {
    const text = edited((d) => { d.format = 'time-limited-project'; });
    const [en] = check(text).attentionPoints.filter((p) => p.id === 'AP02');
    const [da] = check(text, { lang: 'da' }).attentionPoints.filter((p) => p.id === 'AP02');
    assert.match(en.message, /^Co-production is continuous/);
    assert.match(da.message, /^Samproduktion er kontinuerlig/);
    assert.equal(en.path, '/format');
    assert.equal(en.source, 'S A&E17');
    // People read the source by author and year; the code stays in `source` for scripts.
    assert.equal(en.sourceText, 'Andersen & Espersen 2017');
    const line = text.split('\n')[en.range.start.line];
    assert.equal(line.slice(en.range.start.character, en.range.end.character), 'format');
  });

  it('points at the fallback key when the rule\'s own key is absent', () => {
    const text = edited((d) => { delete d.joint_platform; });
    const p = check(text).attentionPoints.find((x) => x.id === 'AP14')!;
    assert.equal(p.path, '/joint_platform');
    const line = text.split('\n')[p.range.start.line];
    assert.equal(line.slice(p.range.start.character, p.range.end.character), 'collaboration_type');
  });

  it('takes an anthology\'s own rules as data, and an own rule replaces a built-in one by id', () => {
    const own = loadRules(JSON.stringify({ rules: [
      { id: 'ANT-01', severity: 'warning', path: '/municipality', when: { properties: { report: { properties: { municipality: { const: 'Roskilde' } }, required: ['municipality'] } } }, message: { en: 'Roskilde case: check the 2022 reform.', da: 'Roskilde-case: tjek reformen fra 2022.' }, source: 'P' },
      { id: 'AP12', severity: 'hint', path: '/power_balance', when: false, message: { en: 'off', da: 'fra' }, source: 'P' },
    ] }));
    assert.ok(own.ok);
    const rules = mergeRules(builtinRules(), own.rules);
    const points = check(report(), { rules }).attentionPoints;
    assert.deepEqual(points.map((p) => p.id), ['ANT-01']);
    assert.equal(points[0].message, 'Roskilde case: check the 2022 reform.');
  });

  it('reports a malformed rules file instead of throwing', () => {
    const bad = loadRules('{"rules": [{"id": "X"}]}');
    assert.equal(bad.ok, false);
    assert.match((bad as { reason: string }).reason, /attention-rules format/);
    const notJson = loadRules('{rules');
    assert.equal(notJson.ok, false);
  });
});
