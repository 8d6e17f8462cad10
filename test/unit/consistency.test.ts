import assert from 'node:assert/strict';
import { builtinSchema, fixesFor, parseReport } from '../../src/core/index';
import { applyEdits } from '../../src/core/features/edits';
import { check, marked, report } from '../helpers';

const consistency = ['period-end-before-start', 'sector-without-actor', 'single-phase-coproduction', 'duplicate-phase', 'coproduction-mode-mismatch', 'phase-not-listed',
  'power-balance-contradiction', 'dominant-paradigm-missing', 'dominant-paradigm-unexpected', 'ended-without-end', 'ended-in-future'];

function found(source: string, today = '2026-12-02') {
  const { text, ranges } = marked(source);
  const ds = check(text, { today }).diagnostics.filter((d) => consistency.includes(d.code));
  return { ds, ranges };
}

describe('consistency between fields', () => {
  it('the reference report is consistent', () => {
    assert.deepEqual(found(report()).ds, []);
  });

  it('warns on period.end when it lies before start', () => {
    const { ds, ranges } = found(report((fm) => fm.replace('period: {start: 2019-03-01, end: 2023-06-30}', 'period: {start: 2019-03-01, end: «2018-06-30»}')));
    assert.deepEqual(ds.map((d) => [d.code, d.severity, d.range, d.path]), [['period-end-before-start', 'warning', ranges[0], '/period/end']]);
  });

  it('warns on a sector in phases or *_by that no actor has', () => {
    const { ds, ranges } = found(report((fm) => fm
      .replace('{phase: co-delivery, actors: [civil-society-organisation, service-user]}', '{phase: co-delivery, actors: [civil-society-organisation, «volunteer»]}')
      .replace('funded_by: [municipality]', 'funded_by: [municipality, «foundation»]')));
    assert.deepEqual(ds.map((d) => [d.code, d.range, d.path]), [
      ['sector-without-actor', ranges[0], '/phases/2/actors/1'],
      ['sector-without-actor', ranges[1], '/funded_by/1'],
    ]);
  });

  it('warns on the phases key when co-production covers a single phase', () => {
    const { ds, ranges } = found(report((fm) => fm.replace(/phases:\n(  - .*\n)+/, '«phases»:\n  - {phase: co-delivery, actors: [civil-society-organisation]}\n')));
    assert.deepEqual(ds.map((d) => [d.code, d.range]), [['single-phase-coproduction', ranges[0]]]);
  });

  it('warns on a phase listed twice, a co-production mode without co-production, and a phase balance for an unlisted phase', () => {
    const { ds, ranges } = found(report((fm) => fm
      .replace('  - {phase: co-assessment, actors: [municipality, service-user]}', '  - {phase: «co-design», actors: [municipality, service-user]}')
      .replace('collaboration_type: co-production\ncoproduction_mode: co-management', 'collaboration_type: partnership\n«coproduction_mode»: co-management')
      + 'power_balance_by_phase: {«co-assessment»: equal}\n'));
    assert.deepEqual(ds.map((d) => [d.code, d.range]), [
      ['coproduction-mode-mismatch', ranges[0]],
      ['duplicate-phase', ranges[1]],
      ['phase-not-listed', ranges[2]],
    ]);
  });

  it('adds no warning on a value the schema already rejected', () => {
    const { ds } = found(report((fm) => fm.replace('sector: service-user', 'sector: borger').replace('collaboration_type: co-production', 'collaboration_type: samproduktion')));
    assert.deepEqual(ds, []);
  });

  // Vocabulary v2's consistency checks (issue 15, §4), each at the edge of its condition.
  describe('of vocabulary v2', () => {
    const withBalance = (overall: string, byPhase: string) => report((fm) => fm
      .replace('power_balance: temporary-municipal-dominance', `power_balance: «${overall}»\npower_balance_by_phase: {${byPhase}}`));

    it('warns when the overall power balance contradicts a phase, and only then', () => {
      const { ds, ranges } = found(withBalance('equal', 'co-design: equal, co-commissioning: full-municipal-dominance'));
      assert.deepEqual(ds.map((d) => [d.code, d.severity, d.range, d.path, d.message]), [['power-balance-contradiction', 'warning', ranges[0], '/power_balance',
        'The overall power balance `equal` contradicts `full-municipal-dominance` in the phase `co-commissioning`: correct one of them. A balance that differs between phases is partial or temporary municipal dominance overall.']]);
      assert.equal(found(withBalance('full-municipal-dominance', 'co-delivery: civil-society-led')).ds[0]?.code, 'power-balance-contradiction');
      // At the edge: partial dominance in a phase does not contradict equality; nor does a phase of one's own (x-).
      assert.deepEqual(found(withBalance('equal', 'co-commissioning: partial-municipal-dominance')).ds, []);
      assert.deepEqual(found(withBalance('full-municipal-dominance', 'co-delivery: partial-municipal-dominance')).ds, []);
      assert.deepEqual(found(withBalance('civil-society-led', 'x-pilot: full-municipal-dominance')).ds, []);
      assert.deepEqual(found(withBalance('partial-municipal-dominance', 'co-commissioning: full-municipal-dominance, co-delivery: equal')).ds, []);
    });

    it('asks for dominant_paradigm with a hybrid, with a fix that adds it, and warns on one that does not belong', () => {
      const hybrid = report((fm) => fm.replace('governance_paradigm: new-public-governance', 'governance_paradigm: «hybrid»'));
      const missing = found(hybrid);
      assert.deepEqual(missing.ds.map((d) => [d.code, d.severity, d.range]), [['dominant-paradigm-missing', 'information', missing.ranges[0]]]);
      const parsed = parseReport(marked(hybrid).text);
      const [fix] = fixesFor(parsed, missing.ds[0], builtinSchema().json, 'da');
      assert.equal(fix.title, 'Tilføj `dominant_paradigm`');
      const fixed = applyEdits(parsed, fix.edits);
      assert.ok(fixed.startsWith(marked(hybrid).text.slice(0, marked(hybrid).text.indexOf('\n---\n'))), 'only a line is added, at the end of the frontmatter');
      assert.deepEqual(found(fixed.replace(/dominant_paradigm:.*/, 'dominant_paradigm: new-public-management')).ds, []);

      const notHybrid = found(report((fm) => fm.replace('governance_paradigm: new-public-governance', 'governance_paradigm: new-public-governance\ndominant_paradigm: «new-public-management»')));
      assert.deepEqual(notHybrid.ds.map((d) => [d.code, d.range, d.message]), [['dominant-paradigm-unexpected', notHybrid.ranges[0],
        '`dominant_paradigm` belongs with `governance_paradigm: hybrid`, but the paradigm is `new-public-governance`: remove it, or make the paradigm `hybrid`.']]);
      const itself = found(report((fm) => fm.replace('governance_paradigm: new-public-governance', 'governance_paradigm: hybrid\ndominant_paradigm: «hybrid»')));
      assert.deepEqual(itself.ds.map((d) => [d.code, d.range]), [['dominant-paradigm-unexpected', itself.ranges[0]]]);
    });

    it('holds status: ended to period.end: there, and not after today', () => {
      const ended = (period: string) => report((fm) => fm.replace('period: {start: 2019-03-01, end: 2023-06-30}', `${period}\nstatus: «ended»`));
      const open = found(ended('period: {start: 2019-03-01}'));
      assert.deepEqual(open.ds.map((d) => [d.code, d.severity, d.range, d.path]), [['ended-without-end', 'information', open.ranges[0], '/status']]);
      assert.equal(found(ended('x-note: no period')).ds[0]?.code, 'ended-without-end', 'no period at all');
      const future = found(report((fm) => fm.replace('period: {start: 2019-03-01, end: 2023-06-30}', 'period: {start: 2019-03-01, end: «2027-01-01»}\nstatus: ended')));
      assert.deepEqual(future.ds.map((d) => [d.code, d.severity, d.range, d.message]), [['ended-in-future', 'warning', future.ranges[0],
        '`status` is `ended`, but the period ends in the future (`2027-01-01`): correct the date, or set `status: ongoing`.']]);
      // At the edge: ending today is not the future; an ongoing collaboration may end later.
      assert.deepEqual(found(report((fm) => fm.replace('end: 2023-06-30}', 'end: 2026-12-02}\nstatus: ended'))).ds, []);
      assert.deepEqual(found(report((fm) => fm.replace('end: 2023-06-30}', 'end: 2027-01-01}\nstatus: ongoing'))).ds, []);
    });
  });
});
