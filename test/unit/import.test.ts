import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkReport, csvDelimiter, fieldText, newReportText, parseCsv, parseReport } from '../../src/core/index';
import { casedoc, examplesCopy } from '../cli';

// `casedoc import` (issue 17, §3): a classification sheet read into the reports, byte-minimal.

describe('reading a classification sheet', () => {
  it('reads CSV as RFC 4180 has it, with the delimiter its header line uses', () => {
    assert.equal(csvDelimiter('a;b;"c,d"\r\n1;2;3'), ';');
    assert.equal(csvDelimiter('a,b,"c;d;e"\n'), ',');
    assert.deepEqual(parseCsv('\uFEFFtitle;authors\r\n"Hus; ""Nord""";"A; B"\r\n"two\nlines";\r\n'), [['title', 'authors'], ['Hus; "Nord"', 'A; B'], ['two\nlines', '']]);
    // The export's defused formula cell reads back as written.
    assert.deepEqual(parseCsv("title\n'=SUM(A1)\n"), [['title'], ['=SUM(A1)']]);
  });
});

describe('a report\'s field as the sheet reads it', () => {
  it('is an own key of the frontmatter, never an inherited property (`toString`, `constructor`)', () => {
    const r = parseReport('---\ntype: case-report\ntitle: A\n---\n');
    for (const name of ['toString', 'constructor', '__proto__']) assert.equal(fieldText(r, [name]), '', name);
    assert.equal(fieldText(r, ['title']), 'A');
  });

  it('gives a new report from a title with a line break a heading of one line', () => {
    const text = newReportText(null, 'Fællesskab\r\ni Nord', 'da');
    assert.match(text, /^# Fællesskab i Nord$/m);
    assert.doesNotMatch(text, /^i Nord$/m);
  });
});

describe('casedoc import', function () {
  this.timeout(60_000);
  let dir = '';
  const anthology = () => join(dir, 'examples/anthology');
  const snapshot = () => Object.fromEntries(readdirSync(anthology()).map((f) => [f, readFileSync(join(anthology(), f))]));
  const run = (...args: string[]) => casedoc(['import', ...args], dir, { CASEDOC_WORKERS: '0' });
  beforeEach(() => {
    dir = examplesCopy('casedoc-import-');
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('changes no byte of any report when the unchanged export is read back: xlsx, CSV with commas, CSV with semicolons', async () => {
    const before = snapshot();
    for (const [name, extra] of [['a.xlsx', ['--format', 'xlsx']], ['b.csv', ['--format', 'csv']], ['c.csv', ['--format', 'csv', '--delimiter', 'semicolon']]] as const) {
      const exported = await casedoc(['summary', 'examples/anthology', ...extra, '-o', name], dir, { CASEDOC_WORKERS: '0' });
      assert.equal(exported.code, 0, exported.stderr);
      const r = await run(name, 'examples');
      assert.deepEqual([r.code, r.stdout, r.stderr], [0, 'Updated 0 reports, created 0.\n', ''], name);
      assert.deepEqual(snapshot(), before, name);
    }
  });

  it('updates only the values a row changes, in the report its file names, and never the body', async () => {
    const file = join(anthology(), '01-faellesskabshuset.md');
    const text = readFileSync(file, 'utf8');
    writeFileSync(join(dir, 'sheet.csv'), 'file,collaboration_type,authors,municipality,errors\r\nexamples/anthology/01-faellesskabshuset.md,Samskabelse,A. Nielsen; B. Berg,Roskilde,7\r\n');
    const r = await run('sheet.csv', 'examples');
    assert.deepEqual([r.code, r.stdout], [0, 'Updated 1 report, created 0.\n']);
    // The label read as its id; the list grew by one item in its own style; `errors` is the export's count, not a field.
    assert.equal(readFileSync(file, 'utf8'), text.replace('collaboration_type: co-production', 'collaboration_type: co-creation').replace('authors: ["A. Nielsen"]', 'authors: [A. Nielsen, B. Berg]'));
  });

  it('creates reports from rows with Danish headings, lists a misspelt value with its row and column, and writes nothing for that row', async () => {
    writeFileSync(join(dir, 'ark.csv'), '\uFEFFTitel;Samarbejdsform;Styringsparadigme;Forfattere;Periodens start;Noter\r\nSpisefællesskab i Vest;samskabelse;NPG;"A. Berg; C. Dahl";2024-02-01;ok\r\nLektiecafé Syd;samarbejde;hybrid;;;\r\n');
    const before = snapshot();
    const dry = await run('ark.csv', 'examples', '--into', 'examples/anthology', '--lang', 'da', '--dry-run');
    assert.equal(dry.code, 1);
    assert.deepEqual(snapshot(), before, 'a dry run writes nothing');
    assert.match(dry.stdout, /^\+\+\+ b\/examples\/anthology\/spisefaellesskab-i-vest\.md$/m);
    const r = await run('ark.csv', 'examples', '--into', 'examples/anthology', '--lang', 'da');
    assert.equal(r.code, 1);
    assert.equal(r.stdout, [
      'kolonne F (Noter) er ikke et felt i klassifikationen: udeladt',
      'række 3, kolonne B (Samarbejdsform): "samarbejde" er ikke en værdi i collaboration_type',
      'Opdaterede 0 rapporter, oprettede 1. 1 række blev udeladt på grund af cellerne ovenfor (--partial skriver resten af hver række).',
      '',
    ].join('\n'));
    assert.ok(!existsSync(join(anthology(), 'lektiecafe-syd.md')));
    const created = readFileSync(join(anthology(), 'spisefaellesskab-i-vest.md'), 'utf8');
    assert.match(created, /^title: "Spisefællesskab i Vest"$/m);
    assert.match(created, /^collaboration_type: co-creation$/m);
    assert.match(created, /^governance_paradigm: new-public-governance$/m);
    assert.match(created, /^authors: \[A\. Berg, C\. Dahl\]$/m);
    assert.match(created, /^period: \{start: 2024-02-01\}$/m);
    assert.match(created, /^# Spisefællesskab i Vest$/m);
    assert.match(created, /^## Opmærksomhedspunkter$/m, 'the Danish template');
    // What the sheet did not give is left for the author to choose, never filled in.
    assert.match(created, /^power_balance: $/m);
    const check = checkReport(parseReport(created), { lang: 'en' });
    assert.ok(check.isCaseReport && check.diagnostics.some((d) => d.path === '/power_balance'), 'the empty choice is pointed out');
    // --partial writes the row without its unreadable cell.
    const partial = await run('ark.csv', 'examples', '--into', 'examples/anthology', '--partial');
    assert.match(partial.stdout, /Updated 0 reports, created 1\./);
    assert.match(readFileSync(join(anthology(), 'lektiecafe-syd.md'), 'utf8'), /^governance_paradigm: hybrid$/m);
  });

  it('says in one line what is wrong with the sheet itself', async () => {
    writeFileSync(join(dir, 'notes.txt'), 'x');
    assert.equal((await run('notes.txt')).stderr, 'casedoc: notes.txt is neither an .xlsx workbook nor a .csv file (casedoc --help)\n');
    assert.equal((await run('missing.xlsx')).stderr, 'casedoc: cannot read the sheet missing.xlsx (casedoc --help)\n');
    writeFileSync(join(dir, 'broken.xlsx'), 'not a zip');
    assert.match((await run('broken.xlsx')).stderr, /^casedoc: the sheet broken\.xlsx cannot be read: .+ \(casedoc --help\)\n$/);
    assert.equal((await run()).stderr, 'casedoc: import needs the sheet to read: casedoc import SHEET.xlsx|SHEET.csv [paths…] (casedoc --help)\n');
  });
});
