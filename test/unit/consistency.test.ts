import assert from 'node:assert/strict';
import { check, marked, report } from '../helpers';

const consistency = ['period-end-before-start', 'sector-without-actor', 'single-phase-coproduction', 'duplicate-phase', 'coproduction-mode-mismatch', 'phase-not-listed'];

function found(source: string) {
  const { text, ranges } = marked(source);
  const ds = check(text).diagnostics.filter((d) => consistency.includes(d.code));
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
});
