import assert from 'node:assert/strict';
import { escapeData, escapeProperty } from '../../src/cli/format/github';
import { casedoc, casedocWith } from '../cli';

describe('casedoc check --format github', () => {
  it('writes an annotation per problem on its exact range, attention points as notices, then the summary line', async () => {
    const { code, stdout } = await casedoc(['check', 'examples/anthology/06-sundhedsmakkere.md', '--format', 'github']);
    assert.equal(code, 1);
    const lines = stdout.trimEnd().split('\n');
    assert.equal(lines[0], '::error file=examples/anthology/06-sundhedsmakkere.md,line=8,endLine=8,col=21,endColumn=34,title=Casedoc invalid-value::`samproduktion` is not a valid value for `collaboration_type`; did you mean `co-production` (Samproduktion)?');
    assert.ok(lines.includes('::warning file=examples/anthology/06-sundhedsmakkere.md,line=12,endLine=12,col=34,endColumn=44,title=Casedoc period-end-before-start::The period ends (2021-12-31) before it starts (2023-05-01).'));
    // The source's comma is escaped in the title property.
    assert.ok(lines.includes('::notice file=examples/anthology/06-sundhedsmakkere.md,line=15,endLine=15,col=1,endColumn=7,title=Casedoc AP23 (Steen%2C Brandsen & Verschuere 2018)::Who took part, and who did not? Co-creation and co-production can reinforce inequalities when the most resourceful take part.'));
    assert.equal(lines.filter((l) => l.startsWith('::')).length, 11 + 4);
    assert.equal(lines.at(-1), 'Checked 1 file, 1 case report: 11 problems (3 errors, 2 warnings, 6 info); 4 attention points.');
  });

  it('escapes %, CR and LF in messages, and also : and , in properties, as GitHub requires', async () => {
    assert.equal(escapeData('50% done\r\nnext: a, b'), '50%25 done%0D%0Anext: a, b');
    assert.equal(escapeProperty('a:b,c%\n'), 'a%3Ab%2Cc%25%0A');
    // A rule's text with a per cent sign and a line break, in a file whose name has a comma and a colon.
    const rules = JSON.stringify({ rules: [{ id: 'ANT-01', severity: 'information', path: '/title', when: true, message: { en: 'Half: 50%\r\nthen more, really', da: 'Halvt' }, source: 'P' }] });
    const { stdout } = await casedocWith({ 'ch 1, part: 2.md': '---\ntype: case-report\ntitle: "x"\n---\n', 'r.json': rules }, ['check', '--format', 'github', '--rules', 'r.json', 'ch 1, part: 2.md']);
    const line = stdout.split('\n').find((l) => l.includes('ANT-01'))!;
    assert.equal(line, "::notice file=ch 1%2C part%3A 2.md,line=3,endLine=3,col=1,endColumn=6,title=Casedoc ANT-01 (Casedoc's proposal%2C not a finding of the literature)::Half: 50%25%0D%0Athen more, really");
  });

  it('speaks the run\'s language', async () => {
    const { stdout } = await casedoc(['check', 'examples/anthology/06-sundhedsmakkere.md', '--format', 'github', '--lang', 'da']);
    assert.match(stdout, /^::error file=examples\/anthology\/06-sundhedsmakkere\.md,line=8,endLine=8,col=21,endColumn=34,title=Casedoc invalid-value::`samproduktion` er ikke en gyldig værdi for `collaboration_type`/m);
    assert.match(stdout, /\nKontrollerede 1 fil, 1 caserapport: /);
  });
});
