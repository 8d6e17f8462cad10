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

/** The points a case raises, as `id` or `id:severity` for the ids that have two conditions. */
const points = (change: (d: Data) => void) => check(edited(change)).attentionPoints;
const has = (change: (d: Data) => void, id: string) => points(change).some((p) => p.id === id);
const messageOf = (change: (d: Data) => void, id: string, lang: 'en' | 'da' = 'en') =>
  check(edited(change), { lang }).attentionPoints.filter((p) => p.id === id).map((p) => p.message);

type Change = (d: Data) => void;
const partnership: Change = (d) => { d.collaboration_type = 'partnership'; delete d.coproduction_mode; };
const coCreation: Change = (d) => { d.collaboration_type = 'co-creation'; delete d.coproduction_mode; };
const both = (...changes: Change[]): Change => (d) => changes.forEach((c) => c(d));
const phases = (civilIn: string[]): Change => (d) => {
  d.phases = ['co-commissioning', 'co-design', 'co-delivery', 'co-assessment'].map((phase) => ({ phase, actors: civilIn.includes(phase) ? ['municipality', 'civil-society-organisation'] : ['municipality'] }));
};
const shared: Change = (d) => { d.initiated_by = ['municipality', 'civil-society-organisation']; d.funded_by = ['municipality', 'foundation']; };

/**
 * For each rule of vocabulary v2: a change that makes it fire, a close one that does not, and the
 * edge of its condition (what the text says, no more and no less), with whether it fires there.
 */
const table: Record<string, { fires: Change; not: Change; edge: [Change, boolean, string] }> = {
  AP01: { fires: both(coCreation, (d) => { d.format = 'short-format'; }), not: both(coCreation, (d) => { d.format = 'time-limited-project'; }),
    edge: [(d) => { d.format = 'short-format'; }, false, 'a short co-production is AP02\'s'] },
  AP03: { fires: phases(['co-commissioning', 'co-design', 'co-delivery']), not: phases(['co-design', 'co-delivery', 'co-assessment']),
    edge: [phases(['co-commissioning', 'co-design', 'co-assessment']), true, 'civil actors in two of the three named phases'] },
  AP04: { fires: (d) => { d.governance_paradigm = 'new-public-management'; }, not: (d) => { d.governance_paradigm = 'hybrid'; d.dominant_paradigm = 'new-public-management'; },
    edge: [both(partnership, (d) => { d.governance_paradigm = 'new-public-management'; }), false, 'a partnership under NPM'] },
  AP05: { fires: both(partnership, (d) => { d.formal_agreement = 'unknown'; }), not: partnership,
    edge: [both(partnership, (d) => { delete d.formal_agreement; }), false, 'no formal_agreement written at all'] },
  AP06: { fires: both(partnership, (d) => { d.actors = [{ name: 'K', sector: 'municipality' }, { name: 'R', sector: 'region' }]; }), not: partnership,
    edge: [both(partnership, (d) => { d.actors = [{ name: 'V', sector: 'volunteer' }, { name: 'F', sector: 'civil-society-organisation' }]; }), true, 'a volunteer and an association: one sector group'] },
  AP07: { fires: (d) => { d.actors = [{ name: 'K', sector: 'municipality' }, { name: 'P', sector: 'private-firm' }]; }, not: () => {},
    edge: [(d) => { d.actors = [{ name: 'K', sector: 'municipality' }, { name: 'P', sector: 'relative' }]; }, false, 'a relative is a civil actor'] },
  AP08: { fires: (d) => { d.value_creation = { intended: ['service-quality', 'efficiency'] }; }, not: () => {},
    edge: [(d) => { d.value_creation = { intended: ['democratic-formation'] }; }, false, 'democratic formation is civil-society value'] },
  AP09: { fires: (d) => { d.value_creation = { intended: ['participation'], documented: ['service-quality'] }; }, not: () => {},
    edge: [(d) => { d.value_creation = { intended: ['service-quality'], documented: [] }; }, false, 'no civil-society value intended'] },
  AP10: { fires: (d) => { d.power_balance = 'equal'; }, not: both(shared, (d) => { d.power_balance = 'equal'; }),
    edge: [both(shared, (d) => { d.power_balance = 'equal'; d.evaluated_by = ['municipality']; }), true, 'the municipality alone evaluates, and nothing else'] },
  AP11: { fires: both(shared, (d) => { d.power_balance = 'equal'; d.purpose_defined_by = ['municipality', 'state']; }), not: both(shared, (d) => { d.power_balance = 'equal'; }),
    edge: [(d) => { d.power_balance = 'equal'; d.purpose_defined_by = ['municipality']; }, false, 'AP10 fires, so AP11 does not double it'] },
  AP12: { fires: () => {}, not: (d) => { d.power_balance = 'partial-municipal-dominance'; d.power_balance_by_phase = { 'co-commissioning': 'partial-municipal-dominance', 'co-delivery': 'partial-municipal-dominance' }; },
    edge: [(d) => { d.power_balance = 'partial-municipal-dominance'; d.power_balance_by_phase = { 'co-commissioning': 'full-municipal-dominance', 'co-delivery': 'equal' }; }, true, 'a balance that differs between phases'] },
  AP13: { fires: (d) => { d.municipal_staff_roles = ['authority', 'service-provider']; }, not: (d) => { d.municipal_staff_roles = ['authority', 'partner']; },
    edge: [(d) => { d.governance_paradigm = 'traditional-public-administration'; d.municipal_staff_roles = ['authority']; }, false, 'usual roles outside NPG'] },
  AP14: { fires: (d) => { d.joint_platform = { exists: false }; }, not: () => {},
    edge: [both(partnership, (d) => { d.joint_platform = { exists: false }; }), false, 'a partnership without a platform'] },
  AP15: { fires: (d) => { d.actors = civil(['co-implementer', 'target-group']); d.phases = [{ phase: 'co-delivery', actors: ['civil-society-organisation'] }]; },
    not: (d) => { d.actors = civil(['co-implementer', 'co-designer']); },
    edge: [(d) => { d.collaboration_type = 'associational-support'; delete d.coproduction_mode; d.actors = civil(['co-implementer']); }, false, 'associational support, where the association carries out its own activity'] },
  AP16: { fires: (d) => { d.formal_agreement = 'contract'; }, not: (d) => { d.formal_agreement = 'grant'; },
    edge: [both(coCreation, (d) => { d.formal_agreement = 'contract'; }), false, 'a contract in co-creation'] },
  AP17: { fires: (d) => { d.participation_level = 'tokenism'; }, not: () => {},
    edge: [both(coCreation, (d) => { d.participation_level = 'non-participation'; }), true, 'co-creation at non-participation'] },
  AP18: { fires: (d) => { d.level = 'individual'; d.value_creation = { intended: ['interest-representation'] }; },
    not: (d) => { d.level = 'individual'; d.value_creation = { intended: ['citizen-influence', 'participation'] }; },
    edge: [(d) => { d.level = 'group'; d.value_creation = { intended: ['interest-representation'] }; }, false, 'interest representation at group level'] },
  AP19: { fires: () => {}, not: (d) => { (d.actors as Data[])[0].roles = ['initiator', 'funder', 'accountable-owner']; },
    edge: [(d) => { d.actors = [{ name: 'K', sector: 'municipality', roles: ['co-implementer'] }, { name: 'F', sector: 'civil-society-organisation', roles: ['co-designer'] }]; }, false, 'only a public actor carries out the service'] },
  AP20: { fires: () => {}, not: (d) => { d.municipal_staff_roles = ['service-provider', 'partner']; },
    edge: [(d) => { (d.actors as Data[])[0].roles = ['initiator', 'co-implementer']; }, false, 'the municipality carries out part of it too'] },
  AP21: { fires: (d) => { d.format = 'time-limited-project'; d.funding_instrument = ['municipal-budget', 'foundation-grant']; },
    not: (d) => { d.format = 'time-limited-project'; d.funding_instrument = ['municipal-budget']; },
    edge: [(d) => { d.funding_instrument = ['eu-funding']; }, false, 'project funding of a continuous collaboration'] },
  AP22: { fires: (d) => { d.power_balance = 'civil-society-led'; }, not: (d) => { d.power_balance = 'equal'; },
    edge: [both(shared, (d) => { d.power_balance = 'equal'; }), true, 'equality that neither AP10 nor AP11 questions'] },
  AP23: { fires: () => {}, not: (d) => { d.recruitment = 'targeted'; },
    edge: [(d) => { d.recruitment = 'self-organised'; }, true, 'self-organised participants'] },
  AP24: { fires: (d) => { d.status = 'ended'; }, not: (d) => { d.status = 'ended'; d.unintended_effects = ['Foreningen mistede frivillige.']; },
    edge: [(d) => { d.status = 'discontinued'; }, false, 'a collaboration stopped early (the rule says ended)'] },
  AP25: { fires: (d) => { d.actors = [{ name: 'F', sector: 'civil-society-organisation' }, { name: 'V', sector: 'volunteer' }]; }, not: () => {},
    edge: [(d) => { d.actors = [{ name: 'R', sector: 'region' }, { name: 'V', sector: 'volunteer' }]; }, false, 'a region is a public actor'] },
};

describe('attention points', () => {
  it('has the rules AP01–AP25 of vocabulary v2, AP02 and AP12 with a text for each of their conditions', () => {
    const rules = builtinRules();
    assert.deepEqual([...new Set(rules.map((r) => r.id))], Array.from({ length: 25 }, (_, i) => `AP${String(i + 1).padStart(2, '0')}`));
    assert.deepEqual(rules.filter((r) => ['AP02', 'AP12'].includes(r.id)).map((r) => r.id), ['AP02', 'AP02', 'AP12', 'AP12']);
    for (const r of rules) {
      assert.ok(r.message.en && r.message.da && r.message.en !== r.message.da, r.id);
      assert.match(r.source, /^(S|L|P)\b/, r.id);
      assert.match(r.path, /^\//, r.id);
    }
  });

  it('the reference report raises AP12 (temporary municipal dominance) and the points on who carries out and who takes part', () => {
    assert.deepEqual(ids(report()), ['AP12', 'AP19', 'AP20', 'AP23']);
  });

  for (const [id, { fires, not, edge }] of Object.entries(table)) {
    it(`${id} fires when its condition holds, not otherwise, and at its edge (${edge[2]}) ${edge[1] ? 'fires' : 'does not'}`, () => {
      assert.ok(has(fires, id), `${id} should fire`);
      assert.ok(!has(not, id), `${id} should not fire`);
      assert.equal(has(edge[0], id), edge[1], `${id} at its edge: ${edge[2]}`);
    });
  }

  it('AP02 and AP12 say what each of their conditions means', () => {
    assert.deepEqual(points((d) => { d.format = 'short-format'; }).filter((p) => p.id === 'AP02').map((p) => [p.severity, p.message]),
      [['warning', 'Co-production is continuous and without project character; a short format points to co-creation or a partnership.']]);
    assert.deepEqual(points((d) => { d.format = 'time-limited-project'; }).filter((p) => p.id === 'AP02').map((p) => [p.severity, p.message]),
      [['information', 'Co-production has a long time perspective: describe how the collaboration continues after the project period.']]);
    assert.deepEqual(messageOf(() => {}, 'AP12'), ['Describe when and how the dominance loosened, and whether equality lasted.']);
    assert.deepEqual(messageOf(table.AP12.edge[0], 'AP12'), ['The balance of power differs between phases: describe in which phases civil actors had an equal say, and why.']);
    // Temporary dominance that also differs by phase: one point, the one about the dominance.
    assert.equal(messageOf((d) => { d.power_balance_by_phase = { 'co-commissioning': 'full-municipal-dominance', 'co-delivery': 'equal' }; }, 'AP12').length, 1);
  });

  it('names what it found: the phases without civil actors, what the municipality does alone, the rung of the ladder', () => {
    assert.deepEqual(messageOf(phases(['co-commissioning', 'co-design']), 'AP03'),
      ['Co-production spans development, implementation and evaluation, but civil actors are absent from co-delivery / implementation and co-assessment / evaluation.']);
    assert.deepEqual(messageOf(phases(['co-commissioning', 'co-design']), 'AP03', 'da'),
      ['Samproduktion spænder over udvikling, gennemførelse og evaluering, men de civile aktører er fraværende i samlevering / gennemførelse og samevaluering.']);
    assert.deepEqual(messageOf((d) => { d.power_balance = 'equal'; }, 'AP10'), ['Equality is claimed, yet the municipality alone initiates and funds.']);
    assert.deepEqual(messageOf(table.AP10.edge[0], 'AP10', 'da'), ['Der angives ligeværdighed, men kommunen evaluerer alene.']);
    assert.deepEqual(messageOf((d) => { d.power_balance = 'equal'; d.evaluated_by = ['municipality']; }, 'AP10'), ['Equality is claimed, yet the municipality alone initiates, funds and evaluates.']);
    assert.match(messageOf((d) => { d.participation_level = 'tokenism'; }, 'AP17')[0], /amounts to tokenism \(informing, consultation or placation\) on Arnstein's ladder/);
    assert.match(messageOf(table.AP17.edge[0], 'AP17', 'da')[0], /svarer til ikke-deltagelse \(manipulation eller terapi\) på Arnsteins deltagelsesstige/);
  });

  it('speaks the chosen language and points at the key it rests on', () => {
    const text = edited((d) => { d.format = 'short-format'; });
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
    const raised = check(report(), { rules }).attentionPoints;
    assert.deepEqual(raised.map((p) => p.id), ['AP19', 'AP20', 'AP23', 'ANT-01'], 'both AP12 rules are replaced by the one own AP12');
    assert.equal(raised[3].message, 'Roskilde case: check the 2022 reform.');
  });

  it('reports a malformed rules file instead of throwing', () => {
    const bad = loadRules('{"rules": [{"id": "X"}]}');
    assert.equal(bad.ok, false);
    assert.match((bad as { reason: string }).reason, /attention-rules format/);
    const notJson = loadRules('{rules');
    assert.equal(notJson.ok, false);
  });
});
