import assert from 'node:assert/strict';
import { placeName } from '../../src/core/checks/schema/deprecatedValue';
import { builtinSchema, checkReport, complete, fixAll, fixesFor, parseReport } from '../../src/core/index';
import { applyEdits } from '../../src/core/features/edits';
import { marked, report } from '../helpers';

// Vocabulary v1's values that v2 replaced: still valid, warned about with their replacement, and
// fixed by a quick fix (issue 15, §2).

const V1 = (fm: string) => fm
  .replace('coproduction_mode: co-management', 'coproduction_mode: «co-delivery»')
  .replace('{name: "Brugerrådet", sector: service-user,', '{name: "Brugerrådet", sector: «citizen-user»,')
  .replace('{phase: co-delivery, actors: [civil-society-organisation, service-user]}', '{phase: co-delivery, actors: [civil-society-organisation, «"citizen-user"»]}');

const deprecated = (text: string, lang: 'en' | 'da' = 'en') => checkReport(parseReport(text), { lang }).diagnostics.filter((d) => d.code === 'deprecated-value');

describe('deprecated values of vocabulary v1', () => {
  const { text, ranges } = marked(report(V1));

  it('are valid, each warned about on the value with what replaced it, in English and Danish', () => {
    const all = checkReport(parseReport(text)).diagnostics;
    assert.deepEqual(all.filter((d) => d.severity === 'error'), [], 'still valid');
    assert.deepEqual(deprecated(text).map((d) => [d.severity, d.range, d.path, d.message]), [
      ['warning', ranges[0], '/coproduction_mode', '`co-delivery` is no longer used in `coproduction_mode`: write `direct-co-production` instead.'],
      ['warning', ranges[1], '/actors/2/sector', '`citizen-user` is no longer used in `actors[].sector`: write `citizen`, `service-user` or `relative`, whichever fits.'],
      ['warning', ranges[2], '/phases/2/actors/1', '`citizen-user` is no longer used in `phases[].actors`: write `citizen`, `service-user` or `relative`, whichever fits.'],
    ]);
    assert.deepEqual(deprecated(text, 'da').map((d) => d.message), [
      '`co-delivery` bruges ikke længere i `coproduction_mode`: skriv `direct-co-production` i stedet.',
      '`citizen-user` bruges ikke længere i `actors[].sector`: skriv `citizen`, `service-user` eller `relative`, alt efter hvad der passer.',
      '`citizen-user` bruges ikke længere i `phases[].actors`: skriv `citizen`, `service-user` eller `relative`, alt efter hvad der passer.',
    ]);
  });

  it('get a quick fix per replacement that changes the value alone, quotes kept', () => {
    const parsed = parseReport(text);
    const [mode, sector, quoted] = deprecated(text);
    const one = fixesFor(parsed, mode, builtinSchema().json, 'en');
    assert.deepEqual(one.map((f) => [f.title, f.preferred, f.unambiguous]), [['Replace with `direct-co-production`', true, true]]);
    assert.equal(applyEdits(parsed, one[0].edits), text.replace('coproduction_mode: co-delivery', 'coproduction_mode: direct-co-production'));
    const three = fixesFor(parsed, sector, builtinSchema().json, 'en');
    assert.deepEqual(three.map((f) => [f.title, f.unambiguous]), [['Replace with `citizen`', false], ['Replace with `service-user`', false], ['Replace with `relative`', false]]);
    assert.equal(applyEdits(parsed, three[2].edits), text.replace('sector: citizen-user,', 'sector: relative,'));
    assert.equal(applyEdits(parsed, fixesFor(parsed, quoted, builtinSchema().json, 'en')[1].edits),
      text.replace('[civil-society-organisation, "citizen-user"]', '[civil-society-organisation, "service-user"]'));
  });

  it('fix all replaces only the value without a choice, and leaves the choices to the author', () => {
    const parsed = parseReport(text);
    const fixed = applyEdits(parsed, fixAll(parsed, checkReport(parsed).diagnostics, builtinSchema().json, 'en'));
    assert.equal(fixed, text.replace('coproduction_mode: co-delivery', 'coproduction_mode: direct-co-production'));
    assert.equal(deprecated(fixed).length, 2);
  });

  it('are never offered by completion, nor suggested for a typo', () => {
    const at = (source: string) => {
      const offset = source.indexOf('|');
      const p = parseReport(source.replace('|', ''));
      return complete(p, p.lines.positionAt(offset), builtinSchema().json, 'en').map((i) => i.label);
    };
    assert.deepEqual(at('---\ncoproduction_mode: |\n---\n'), ['direct-co-production', 'co-management', 'co-governance']);
    assert.ok(!at('---\nactors:\n  - {name: A, sector: |}\n---\n').includes('citizen-user'));
    const typo = checkReport(parseReport(report((fm) => fm.replace('sector: service-user,', 'sector: borger,')))).diagnostics.find((d) => d.code === 'invalid-value')!;
    assert.equal(typo.data?.suggestion, 'citizen');
    assert.doesNotMatch(typo.message, /citizen-user/);
  });

  it('name where the value stands as an author reads the frontmatter', () => {
    assert.equal(placeName(['coproduction_mode']), 'coproduction_mode');
    assert.equal(placeName(['actors', '2', 'sector']), 'actors[].sector');
    assert.equal(placeName(['phases', '0', 'actors', '1']), 'phases[].actors');
    assert.equal(placeName(['purpose_defined_by', '1']), 'purpose_defined_by');
    assert.equal(placeName(['value_creation', 'intended', '0']), 'value_creation.intended');
  });
});
