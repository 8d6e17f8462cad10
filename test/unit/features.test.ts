import assert from 'node:assert/strict';
import { builtinSchema, checkReport, complete, fixAll, fixesFor, hover, parseReport, type Diagnostic } from '../../src/core/index';
import { applyEdits } from '../../src/core/features/edits';
import { check, marked, report } from '../helpers';

const schema = () => builtinSchema().json;

/** Text with the cursor marked `|`. */
function at(source: string) {
  const i = source.indexOf('|');
  const text = source.slice(0, i) + source.slice(i + 1);
  const parsed = parseReport(text);
  return { parsed, position: parsed.lines.positionAt(i) };
}

const labels = (source: string, lang: 'en' | 'da' = 'en') => {
  const { parsed, position } = at(source);
  return complete(parsed, position, schema(), lang);
};

describe('completion', () => {
  it('offers the enum values at a value position, with both labels and the id to insert', () => {
    const items = labels('---\ntype: case-report\ncollaboration_type: |\n---\n');
    assert.deepEqual(items.map((i) => i.label), ['voluntary-social-cooperation', 'co-creation', 'co-production', 'partnership', 'associational-support', 'user-involvement']);
    const cc = items[1];
    assert.equal(cc.description, 'Co-creation · Samskabelse');
    assert.equal(cc.insertText, 'co-creation');
    assert.match(cc.filterText, /Samskabelse/, 'typing the Danish label finds it');
    assert.match(cc.documentation, /from passive recipients to active co-creators in dialogue/);
    assert.match(cc.documentation, /Andersen, L\.L\. & Hygum Espersen, H\. \(2017\)\. Samskabelse, samproduktion og partnerskaber/, 'the source is cited in full');
    // Issue 15: Torfing et al. use the word the other way round; they are not this definition's source.
    assert.doesNotMatch(cc.documentation, /Torfing/);
    assert.deepEqual(cc.range, { start: { line: 2, character: 20 }, end: { line: 2, character: 20 } });
    assert.equal(labels('---\ntype: case-report\ncollaboration_type: |\n---\n', 'da')[1].description, 'Samskabelse · Co-creation');
  });

  it('replaces the partly typed value', () => {
    const [first] = labels('---\ngovernance_paradigm: new-pu|\n---\n');
    assert.deepEqual(first.range, { start: { line: 1, character: 21 }, end: { line: 1, character: 27 } });
  });

  it('offers the keys allowed at a key position that are not yet present', () => {
    const items = labels('---\ntype: case-report\ntitle: T\n|\n---\n');
    const names = items.map((i) => i.label);
    assert.ok(names.includes('collaboration_type') && names.includes('governance_paradigm'));
    assert.ok(!names.includes('type') && !names.includes('title'), 'present keys are not offered');
    assert.equal([...items].sort((a, b) => a.sortText.localeCompare(b.sortText)).pop()!.label, '$schema', 'rarely needed keys last');
    const ct = items.find((i) => i.label === 'collaboration_type')!;
    assert.equal(ct.insertText, 'collaboration_type: ');
    assert.equal(ct.retrigger, true, 'values follow');
    assert.equal(ct.description, 'Collaboration type · Samarbejdsform');
  });

  it('offers nested keys inside an actors item and inside value_creation', () => {
    const actor = labels('---\nactors:\n  - name: A\n    |\n---\n').map((i) => i.label);
    assert.deepEqual(actor, ['sector', 'roles']);
    const flow = labels('---\nactors:\n  - {name: A, |}\n---\n').map((i) => i.label);
    assert.deepEqual(flow, ['sector', 'roles']);
    const value = labels('---\nvalue_creation:\n  intended: [participation]\n  |\n---\n').map((i) => i.label);
    assert.deepEqual(value, ['documented']);
  });

  it('offers values inside an actors item, in a list, and list values for an array field', () => {
    assert.ok(labels('---\nactors:\n  - {name: A, sector: |}\n---\n').some((i) => i.label === 'civil-society-organisation'));
    assert.ok(labels('---\nactors:\n  - name: A\n    sector: vol|\n---\n').some((i) => i.label === 'volunteer'));
    const inList = labels('---\npolicy_area: [social, |]\n---\n');
    assert.deepEqual(inList.map((i) => i.label), ['social', 'health', 'employment-education', 'children-youth', 'elderly', 'mental-health', 'disability', 'integration', 'housing-social', 'culture-leisure', 'environment-climate']);
    assert.equal(inList[1].insertText, 'health');
    const block = labels('---\nmunicipal_staff_roles:\n  - |\n---\n');
    assert.ok(block.some((i) => i.label === 'facilitator'));
    const whole = labels('---\npolicy_area: |\n---\n');
    assert.equal(whole[0].insertText, '[social]');
    assert.deepEqual(labels('---\njoint_platform:\n  exists: |\n---\n').map((i) => i.label), ['true', 'false']);
  });

  it('offers nothing outside the frontmatter', () => {
    assert.deepEqual(labels('---\ntitle: T\n---\n# Body |\n'), []);
  });
});

describe('hover', () => {
  const show = (source: string, lang: 'en' | 'da' = 'en') => {
    const { parsed, position } = at(source);
    return hover(parsed, position, schema(), lang);
  };

  it('explains a key with title, both labels, definition and source', () => {
    const h = show('---\ngovernance_pa|radigm: hybrid\n---\n')!;
    assert.match(h.markdown, /\*\*Governance paradigm\*\* · Danish: \*Styringsparadigme\*/);
    assert.match(h.markdown, /governance paradigm that frames the collaboration/);
    assert.match(h.markdown, /Osborne, S\.P\. \(2006\)/);
    assert.deepEqual(h.range, { start: { line: 1, character: 0 }, end: { line: 1, character: 19 } });
  });

  it('explains a value, in Danish when asked', () => {
    const h = show('---\ncollaboration_type: co-pro|duction\n---\n', 'da')!;
    assert.match(h.markdown, /`co-production` — \*\*Samproduktion\*\* · Engelsk: \*Co-production\*/);
    assert.match(h.markdown, /ligeværdigt og kontinuerligt samarbejde/);
    // Sources by author and year; the codes stay internal.
    assert.match(h.markdown, /\*Kilder: Andersen & Espersen 2017; Ostrom 1996\*/);
    assert.doesNotMatch(h.markdown, /A&E17|Ost96|Brandsen & Honingh/);
    assert.match(h.markdown, /Ostrom, E\. \(1996\)/);
  });

  it('warns under every collaboration type of the terms other authors use differently, and of samskabelse', () => {
    const en = show('---\ncollaboration_type: co-cre|ation\n---\n')!.markdown;
    assert.match(en, /forms\.\n\n\*The definition follows Andersen & Espersen 2017; other authors use co-creation and co-production differently \(the hover on `collaboration_type` says how\)\. In Danish practice samskabelse is an umbrella word: write the actors' own word in `self_label`\.\*\n\n\*Source: Andersen & Espersen 2017\*/);
    assert.match(show('---\ncollaboration_type: partner|ship\n---\n', 'da')!.markdown, /\*Definitionen følger Andersen & Espersen 2017; andre forfattere bruger samskabelse og samproduktion anderledes/);
    assert.doesNotMatch(show('---\ngovernance_paradigm: hyb|rid\n---\n')!.markdown, /umbrella/, 'only the collaboration types carry it');
  });

  it('says a proposal of the project is one, in the hover and in Danish', () => {
    assert.match(show('---\norg_level: mi|cro\n---\n')!.markdown, /\*Source: Casedoc's proposal, not a finding of the literature\*/);
    assert.match(show('---\norg_level: mi|cro\n---\n', 'da')!.markdown, /\*Kilde: Casedocs eget forslag, ikke et resultat fra litteraturen\*/);
    // A field with a source text and a proposal: both, the source text by author and year.
    assert.match(show('---\npolicy_area: [soc|ial]\n---\n')!.markdown, /Andersen & Espersen 2017; Espersen 2024/);
  });

  it('explains a value inside a list and gives nothing for free text', () => {
    assert.match(show('---\nactors:\n  - {name: A, sector: volun|teer}\n---\n')!.markdown, /\*\*Volunteer\*\* · Danish: \*Uorganiseret frivillig\*/);
    assert.equal(show('---\ntitle: Fælles|skabshuset\n---\n'), null);
  });
});

/** Applies the first fix of the diagnostic with `code` and returns the text and what re-checking says. */
function applyFix(text: string, code: string, which = 0) {
  const parsed = parseReport(text);
  const d = checkReport(parsed).diagnostics.find((x) => x.code === code)!;
  assert.ok(d, `a ${code} diagnostic`);
  const fixes = fixesFor(parsed, d, schema(), 'en');
  assert.ok(fixes[which], `fix ${which} for ${code}`);
  const fixed = applyEdits(parsed, fixes[which].edits);
  return { fixed, fixes, after: check(fixed).diagnostics };
}

/** `after` is `before` with `removed` replaced by `inserted` at one place, every other byte identical. */
function onlyChanged(before: string, after: string, inserted: string, removed = '') {
  assert.equal(after.length, before.length - removed.length + inserted.length, 'length changes by the edit only');
  for (let i = 0; i <= before.length - removed.length; i++) {
    if (before.startsWith(removed, i) && after === before.slice(0, i) + inserted + before.slice(i + removed.length)) return;
  }
  assert.fail(`after is not before with ${JSON.stringify(removed)} → ${JSON.stringify(inserted)} at one place`);
}

describe('quick fixes', () => {
  const base = report((fm) => `# A comment the writer keeps\n${fm.replace('level: group', "level: 'grup'   # quoted, with a comment")}`);

  it('replaces a wrong value with the closest id, touching nothing else', () => {
    const { fixed, fixes, after } = applyFix(base, 'invalid-value');
    assert.equal(fixes[0].title, 'Replace with `group`');
    assert.equal(fixes[0].preferred, true);
    // Inside the writer's quotes: the quoting style stays.
    onlyChanged(base, fixed, 'group', 'grup');
    assert.ok(!after.some((d) => d.code === 'invalid-value'));
    assert.ok(fixed.includes("level: 'group'   # quoted, with a comment"));
  });

  it('maps a Danish label to its id', () => {
    const text = report((fm) => fm.replace('collaboration_type: co-production', 'collaboration_type: samskabelse'));
    const { fixed } = applyFix(text, 'invalid-value');
    onlyChanged(text, fixed, 'co-creation', 'samskabelse');
  });

  it('renames a misspelled key', () => {
    const text = report((fm) => fm.replace('governance_paradigm:', 'governance_paradgm:'));
    const { fixed, fixes, after } = applyFix(text, 'unknown-key');
    assert.equal(fixes[0].title, 'Rename to `governance_paradigm`');
    onlyChanged(text, fixed, 'governance_paradigm', 'governance_paradgm');
    assert.deepEqual(after.filter((d) => !d.code.includes('section')), []);
  });

  it('adds a missing key at the end of the right map, in the file\'s line endings', () => {
    const text = report((fm) => fm.replace('power_balance: temporary-municipal-dominance\n', '')).replace(/\n/g, '\r\n');
    const { fixed, after } = applyFix(text, 'missing-key');
    onlyChanged(text, fixed, 'power_balance: \r\n');
    assert.ok(!after.some((d) => d.code === 'missing-key'));
    const nested = report((fm) => fm.replace('joint_platform: {exists: true, description: "Fælles styregruppe"}', 'joint_platform:\n  description: "Fælles styregruppe"'));
    const n = applyFix(nested, 'missing-key');
    onlyChanged(nested, n.fixed, '\n  exists: ');
    const flow = report((fm) => fm.replace('{name: "Brugerrådet", sector: service-user, roles: [co-designer, evaluator]}', '{name: "Brugerrådet", roles: [co-designer, evaluator]}'));
    const f = applyFix(flow, 'missing-key');
    onlyChanged(flow, f.fixed, ', sector: ');
    assert.ok(!f.after.some((d) => d.code === 'missing-key'));
  });

  it('inserts a missing section heading where the outline puts it', () => {
    const text = report(undefined, '# T\n\n## Value creation\n\nText.\n\n## Method and data\n\nText.\n');
    const { fixed, after } = applyFix(text, 'missing-attention-section');
    onlyChanged(text, fixed, '## Attention points\n\n');
    assert.ok(fixed.includes('Text.\n\n## Attention points\n\n## Method and data'));
    assert.ok(after.some((d) => d.code === 'empty-attention-section'), 'now there, and waiting for content');
    const atEnd = report(undefined, '# T\n\nText.');
    const e = applyFix(atEnd, 'missing-attention-section');
    assert.ok(e.fixed.endsWith('# T\n\nText.\n\n## Attention points\n'));
  });

  it('removes either copy of a duplicate key, whole lines only', () => {
    const text = report((fm) => fm.replace('level: group\n', 'level: group\nformat: continuous # again\n'));
    const dupLine = 'format: continuous # again\n';
    const keepFirst = applyFix(text, 'duplicate-key', 0);
    assert.equal(keepFirst.fixes[0].title, 'Remove this `format` (keep the one on line 13)');
    onlyChanged(text, keepFirst.fixed, '', dupLine);
    const keepSecond = applyFix(text, 'duplicate-key', 1);
    onlyChanged(text, keepSecond.fixed, '', 'format: continuous\n');
    assert.ok(!keepSecond.after.some((d) => d.code === 'duplicate-key'));
  });

  it('makes a text value a list', () => {
    const text = report((fm) => fm.replace('authors: ["A. Nielsen"]', 'authors: A. Nielsen'));
    const { fixed, after } = applyFix(text, 'wrong-type');
    onlyChanged(text, fixed, '[A. Nielsen]', 'A. Nielsen');
    assert.ok(!after.some((d) => d.code === 'wrong-type'));
  });

  it('fixes all unambiguous problems at once and leaves the rest', () => {
    const text = report((fm) => fm.replace('collaboration_type: co-production', 'collaboration_type: samproduktion')
      .replace('governance_paradigm:', 'governance_paradgm:').replace('level: group', 'level: grop')
      .replace('power_balance: temporary-municipal-dominance\n', ''));
    const parsed = parseReport(text);
    const edits = fixAll(parsed, checkReport(parsed).diagnostics, schema(), 'en');
    assert.equal(edits.length, 3);
    const fixed = applyEdits(parsed, edits);
    assert.equal(fixed, text.replace('samproduktion', 'co-production').replace('governance_paradgm:', 'governance_paradigm:').replace('level: grop', 'level: group'));
    assert.deepEqual(check(fixed).diagnostics.filter((d: Diagnostic) => !d.code.includes('section')).map((d) => d.code), ['missing-key'], 'the missing key needs the writer');
  });

  it('offers each allowed value when nothing is close', () => {
    const { parsed } = at(marked('---\ntype: case-report\nlevel: zzzzzz|\n---\n').text);
    const d = checkReport(parsed).diagnostics.find((x) => x.code === 'invalid-value')!;
    assert.deepEqual(fixesFor(parsed, d, schema(), 'da').map((f) => f.title), ['Erstat med `individual`', 'Erstat med `group`', 'Erstat med `collective`']);
  });
});
