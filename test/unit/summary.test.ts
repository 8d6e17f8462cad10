import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { NONE, summarise, summaryCsv, summaryMarkdown } from '../../src/core/index';
import { check, ROOT } from '../helpers';

describe('anthology summary (shared by the CLI and the editor)', () => {
  const dir = join(ROOT, 'examples/anthology');
  const inputs = readdirSync(dir).filter((f) => f.endsWith('.md')).map((f) => ({ file: f, ...check(readFileSync(join(dir, f), 'utf8')) }));
  const s = summarise(inputs);

  it('has a row per case report only', () => {
    assert.equal(s.cases.length, 11);
    assert.ok(!s.cases.some((c) => c.file === '00-introduction.md'));
    const naboskab = s.cases.find((c) => c.file === '09-naboskab-i-vest.md')!;
    assert.deepEqual(naboskab.attentionPoints, ['AP10', 'AP12', 'AP13', 'AP19', 'AP23']);
    assert.deepEqual([naboskab.errors, naboskab.warnings], [0, 0]);
  });

  it('counts the cross-table in the vocabulary\'s order, with invalid values apart', () => {
    assert.deepEqual(s.crossTable.rows, ['voluntary-social-cooperation', 'co-creation', 'co-production', 'partnership', 'associational-support', 'user-involvement', NONE]);
    assert.deepEqual(s.crossTable.columns, ['traditional-public-administration', 'new-public-management', 'new-public-governance', 'hybrid', NONE]);
    assert.deepEqual(s.crossTable.counts['co-production'], { 'traditional-public-administration': 0, 'new-public-management': 0, 'new-public-governance': 3, hybrid: 0, [NONE]: 0 });
    assert.equal(s.crossTable.counts[NONE][NONE], 1);
  });

  it('counts power balance in the vocabulary\'s order, with missing values apart', () => {
    assert.deepEqual(s.powerBalance, [
      { id: 'full-municipal-dominance', count: 2 }, { id: 'partial-municipal-dominance', count: 3 },
      { id: 'temporary-municipal-dominance', count: 2 }, { id: 'equal', count: 2 }, { id: 'civil-society-led', count: 1 }, { id: NONE, count: 1 },
    ]);
    const none = summarise(inputs.filter((i) => i.classification.power_balance !== null));
    assert.ok(!none.powerBalance.some((p) => p.id === NONE), 'no "missing" bar when every report has a value');
    assert.equal(none.powerBalance.length, 5, 'a value nobody chose is still shown, at 0');
  });

  it('counts each attention point once per report, most frequent first, ties by number', () => {
    assert.deepEqual(s.attention.slice(0, 4).map((a) => [a.id, a.count]), [['AP23', 7], ['AP19', 5], ['AP09', 4], ['AP14', 3]]);
    const total = s.cases.reduce((n, c) => n + c.attentionPoints.length, 0);
    assert.equal(s.attention.reduce((n, a) => n + a.count, 0), total);
    const ap10 = s.attention.find((a) => a.id === 'AP10')!;
    // The row reads true of every report it counts: it names no one case's tasks ("initiates, funds and evaluates").
    assert.equal(ap10.message, 'Equality is claimed, yet the municipality alone initiates, funds or evaluates.');
    assert.equal(ap10.count, 2);
    // AP12's two conditions have texts of their own, and a row each.
    assert.deepEqual(s.attention.filter((a) => a.id === 'AP12').map((a) => [a.message.slice(0, 30), a.count]), [['Describe when and how the domi', 2], ['The balance of power differs b', 1]]);
    assert.equal(ap10.source, 'S E24');
    assert.equal(ap10.sourceText, 'Espersen 2024');
    assert.equal(ap10.severity, 'warning');
  });

  it('crosses type and paradigm with power balance, and sets the actors\' own word against the type (issue 15, §7)', () => {
    assert.equal(s.typeByPower.counts['co-production']['temporary-municipal-dominance'], 2);
    assert.equal(s.typeByPower.counts['co-production'].equal, 1);
    assert.equal(s.paradigmByPower.counts['new-public-management']['partial-municipal-dominance'], 2);
    assert.equal(s.typeByPower.counts['user-involvement']['full-municipal-dominance'], 1);
    assert.deepEqual(s.typeByPower.rows.at(-1), NONE);
    // Each table counts every report once.
    for (const t of [s.typeByPower, s.paradigmByPower]) assert.equal(t.rows.reduce((n, r) => n + t.columns.reduce((m, c) => m + t.counts[r][c], 0), 0), 11);
    // The terminology trap of the field: "samskabelse" is the actors' word for co-production and co-creation alike.
    assert.deepEqual(s.selfLabels.filter((l) => l.selfLabel === 'samskabelse').map((l) => [l.collaboration_type, l.count]), [['co-production', 3], ['co-creation', 1]]);
    const md = summaryMarkdown(s, 'da');
    assert.match(md, /## Samarbejdsform × magtbalance\n\n\|  \| Hel kommunal dominans \| Delvis kommunal dominans \|/);
    assert.match(md, /## Styringsparadigme × magtbalance\n/);
    assert.match(md, /## Aktørernes egen betegnelse over for den analytiske samarbejdsform\n\n\| Egen betegnelse \| Samarbejdsform \| Rapporter \|\n\|---\|---\|--:\|\n\| samskabelse \| Samproduktion \| 3 \|\n/);
    assert.equal(summaryCsv(s, 'self-labels').split('\r\n')[1], 'samskabelse,co-production,3');
    assert.match(summaryCsv(s, 'paradigm-power'), /^governance_paradigm,full-municipal-dominance,partial-municipal-dominance,/);
  });

  it('writes the power balance and attention sections in Markdown, escaping pipes in document text', () => {
    const md = summaryMarkdown(s, 'en');
    assert.match(md, /## Power balance\n\n\| Power balance \| Reports \|\n\|---\|--:\|\n\| Full municipal dominance \| 2 \|/);
    assert.match(md, /\| AP09 \| 4 \| Civil-society value is intended but not documented/);
    const piped = summarise([{ ...inputs[1], classification: { ...inputs[1].classification, title: 'A | B\nC' } }]);
    assert.match(summaryMarkdown(piped, 'da'), /\| A \\\| B C \|/);
    assert.match(summaryMarkdown(summarise([]), 'da'), /Der blev ikke fundet nogen caserapporter\.[\s\S]*Der er ikke rejst nogen opmærksomhedspunkter\./);
  });
});
