import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import readXlsxFile, { readSheet } from 'read-excel-file/universal';
import { casedoc } from '../cli';
import { asText, parseCsv } from '../csv';
import { debianTool } from '../debian';

// `casedoc summary --format xlsx` (issue 17, §3): one workbook, read back by the library's reader and
// by LibreOffice, holding the same cells as `--format csv`.

describe('casedoc summary --format xlsx', function () {
  this.timeout(180_000);
  let dir = '';
  let workbook: Buffer;
  let csv: string[][];
  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'casedoc-xlsx-'));
    const written = await casedoc(['summary', 'examples/anthology', '--format', 'xlsx', '-o', join(dir, 'anthology.xlsx')], undefined, { CASEDOC_WORKERS: '0' });
    assert.deepEqual([written.code, written.stdout, written.stderr], [0, '', '']);
    workbook = readFileSync(join(dir, 'anthology.xlsx'));
    csv = parseCsv((await casedoc(['summary', 'examples/anthology', '--format', 'csv'], undefined, { CASEDOC_WORKERS: '0' })).stdout);
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('holds the cases as the CSV has them, dates as dates and counts as numbers, then each table and the attention points', async () => {
    const input = workbook.buffer.slice(workbook.byteOffset, workbook.byteOffset + workbook.byteLength) as ArrayBuffer;
    assert.deepEqual((await readXlsxFile(input)).map((sheet) => sheet.sheet), ['Cases', 'Type × paradigm', 'Type × power', 'Paradigm × power', 'Own word × type', 'Attention points']);
    const cases = await readSheet(input, 'Cases');
    assert.equal(cases.length, 12, 'a header and the 11 case reports');
    assert.deepEqual(cases.map((r) => r.map(asText)), csv);
    const header = csv[0];
    assert.ok(cases[1][header.indexOf('period_start')] instanceof Date, 'the period as a date');
    assert.equal(typeof cases[1][header.indexOf('errors')], 'number');
    const cross = await readSheet(input, 'Type × paradigm');
    assert.deepEqual(cross[0], ['Collaboration type \\ Governance paradigm', 'Traditional public administration', 'New Public Management (NPM)', 'New Public Governance (NPG)', 'Hybrid', '(missing or invalid)']);
    assert.deepEqual(cross.find((r) => r[0] === 'Co-production'), ['Co-production', 0, 0, 3, 0, 0]);
    const points = await readSheet(input, 'Attention points');
    assert.deepEqual(points[0], ['Point', 'Text', 'Source', 'Reports']);
    assert.ok(points.slice(1).every((r) => /^AP\d\d$/.test(String(r[0])) && typeof r[3] === 'number'));
  });

  it('opens in LibreOffice with the same cells as --format csv, and a filter on its header', () => {
    const soffice = debianTool('soffice', 'libreoffice-calc-nogui');
    // One CSV per sheet (LibreOffice 7.2's sheet option -1): comma, double quotes, UTF-8.
    execFileSync(soffice, ['--headless', `-env:UserInstallation=file://${join(dir, 'profile')}`, '--convert-to', 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1', '--outdir', join(dir, 'lo'), join(dir, 'anthology.xlsx')], { stdio: 'pipe' });
    assert.deepEqual(readdirSync(join(dir, 'lo')).sort(), ['anthology-Attention points.csv', 'anthology-Cases.csv', 'anthology-Own word × type.csv', 'anthology-Paradigm × power.csv', 'anthology-Type × paradigm.csv', 'anthology-Type × power.csv']);
    assert.deepEqual(parseCsv(readFileSync(join(dir, 'lo', 'anthology-Cases.csv'), 'utf8')), csv);
    // Re-saved by LibreOffice as xlsx: the filter survives its reading. (A headless LibreOffice
    // writes no view settings, so the frozen row is checked in our own file.)
    execFileSync(soffice, ['--headless', `-env:UserInstallation=file://${join(dir, 'profile')}`, '--convert-to', 'xlsx:Calc MS Excel 2007 XML', '--outdir', join(dir, 'resaved'), join(dir, 'anthology.xlsx')], { stdio: 'pipe' });
    const resaved = execFileSync('unzip', ['-p', join(dir, 'resaved', 'anthology.xlsx'), 'xl/worksheets/sheet1.xml'], { encoding: 'utf8' });
    assert.match(resaved, /<autoFilter ref="A1:Q12"/);
    const ours = execFileSync('unzip', ['-p', join(dir, 'anthology.xlsx'), 'xl/worksheets/sheet1.xml'], { encoding: 'utf8' });
    assert.match(ours, /<pane [^>]*ySplit="1"[^>]*topLeftCell="A2"[^>]*state="frozen"/);
  });

  it('says in one line that a workbook needs -o', async () => {
    const r = await casedoc(['summary', 'examples/anthology', '--format', 'xlsx', '--lang', 'da'], undefined, { CASEDOC_WORKERS: '0' });
    assert.deepEqual([r.code, r.stdout, r.stderr], [2, '', 'casedoc: --format xlsx skriver en selvstændig fil, ikke tekst: angiv den med -o FIL (casedoc --help)\n']);
  });
});
