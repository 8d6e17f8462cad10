import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { newReportText, readSheet, SHEET_LIMITS } from '../../src/core/index';
import { buildOnce, casedoc, examplesCopy } from '../cli';
import { ROOT } from '../helpers';
import { lyingAboutSizes, sheetXml, textCell, workbook } from '../sheets';

// Issue 26: a sheet is held to SHEET_LIMITS before read-excel-file lays it out (a 12 KB workbook with
// one cell at XFD1048576 took 3 GB and crashed; a 300 KB zip bomb 1.6 GB; a million rows overflowed
// the stack), and a CSV is read in the encoding it was saved in, or its row refused.

const bytes = (...parts: (string | number[])[]) => new Uint8Array(parts.flatMap((p) => (typeof p === 'string' ? [...new TextEncoder().encode(p)] : p)));
const refusal = async (name: string, data: Uint8Array, lang: 'en' | 'da' = 'en') => {
  try {
    await readSheet(name, data, lang);
  } catch (e) {
    return (e as Error).message;
  }
  return 'read';
};

// Made once each: a bomb takes seconds to deflate.
const once = <T>(make: () => T) => {
  let made: T | undefined;
  return () => (made ??= make());
};
const farCell = () => workbook(sheetXml(`<row r="1">${textCell('A1', 'title')}</row><row r="1048576">${textCell('XFD1048576', 'x')}</row>`));
const bomb = once(() => workbook(sheetXml(`<row r="1">${textCell('A1', 'title')}</row>`), { 'xl/sharedStrings.xml': new Uint8Array(300 * 1024 * 1024) }));
const millionRows = once(() => workbook(sheetXml(Array.from({ length: 1_000_000 }, (_, i) => `<row r="${i + 1}"><c r="A${i + 1}"><v>${i}</v></c></row>`).join(''))));
const millionCsv = once(() => bytes('title;municipality\n', Array.from({ length: 1_000_000 }, (_, i) => `Case ${i};Roskilde`).join('\n')));

describe('a classification sheet held to its limits before it is read', function () {
  this.timeout(60_000);

  it('reads an ordinary workbook as before', async () => {
    const r = await readSheet('a.xlsx', workbook(sheetXml(`<row r="1">${textCell('A1', 'title')}${textCell('B1', 'municipality')}</row><row r="2">${textCell('A2', 'Fællesskabshuset')}${textCell('B2', 'Køge')}</row>`, 'A1:B2')));
    assert.deepEqual(r, { rows: [['title', 'municipality'], ['Fællesskabshuset', 'Køge']], encoding: null });
  });

  it('refuses a cell far out, a declared dimension, a million rows and too many columns, naming the limit (en and da)', async () => {
    assert.equal(SHEET_LIMITS.rows, 100_000);
    assert.equal(await refusal('a.xlsx', farCell()), 'it has 1,048,576 rows; Casedoc reads at most 100,000, a row per case');
    assert.equal(await refusal('a.xlsx', workbook(sheetXml(`<row r="1">${textCell('XFD1048576', 'x')}</row>`))), 'it has a cell at XFD1048576, beyond what Casedoc reads (at most 100,000 rows and 1,000 columns)');
    assert.equal(await refusal('a.xlsx', workbook(sheetXml(`<row r="1">${textCell('XFD1048576', 'x')}</row>`)), 'da'), 'det har en celle i XFD1048576, uden for det, Casedoc læser (højst 100.000 rækker og 1.000 kolonner)');
    assert.equal(await refusal('a.xlsx', workbook(sheetXml(`<row r="1">${textCell('A1', 'x')}</row>`, 'A1:XFD1048576'))), 'its declared dimension A1:XFD1048576 is larger than Casedoc reads (at most 100,000 rows and 1,000 columns)');
    // No references at all: the cells are counted as a reader places them, one after another.
    assert.equal(await refusal('a.xlsx', workbook(sheetXml(`<row>${'<c><v>1</v></c>'.repeat(1001)}</row>`))), 'it has a cell at ALM1, beyond what Casedoc reads (at most 100,000 rows and 1,000 columns)');
    assert.equal(await refusal('a.xlsx', millionRows(), 'da'), 'det har mere end 100.000 rækker; Casedoc læser højst 100.000, én række pr. case');
    // 1,000 columns are fine, but not on 2,001 rows: the grid is rows × columns.
    const wide = Array.from({ length: 2001 }, (_, i) => `<row r="${i + 1}"><c r="ALL${i + 1}"><v>1</v></c></row>`).join('');
    assert.equal(await refusal('a.xlsx', workbook(sheetXml(wide))), 'it spans 2,001,000 cells (rows × columns); Casedoc reads at most 2,000,000');
  });

  it('refuses a zip bomb by what it unpacks to, whatever its headers declare', async () => {
    assert.equal(await refusal('a.xlsx', bomb()), 'its part xl/sharedStrings.xml unpacks to more than 64 MB, the most Casedoc unpacks');
    assert.equal(await refusal('a.xlsx', lyingAboutSizes(bomb(), 1000)), 'its part xl/sharedStrings.xml unpacks to more than 64 MB, the most Casedoc unpacks');
    assert.equal(await refusal('a.xlsx', bytes('not a zip')), 'it is not an .xlsx workbook Casedoc can read (no zip directory)');
  });

  it('holds a CSV to the same rows and cells', async () => {
    assert.equal(await refusal('a.csv', millionCsv()), 'it has more than 100,000 rows; Casedoc reads at most 100,000, a row per case');
    assert.equal(await refusal('a.csv', bytes('a', ';b'.repeat(1000), '\n')), 'it has 1,001 columns; Casedoc reads at most 1,000');
  });

  it('ends `casedoc import` of each hostile sheet in seconds with the limit said, in a 256 MB heap', () => {
    buildOnce();
    const dir = mkdtempSync(join(tmpdir(), 'casedoc-sheets-'));
    try {
      const sheets = { 'far.xlsx': farCell(), 'bomb.xlsx': bomb(), 'lying.xlsx': lyingAboutSizes(bomb(), 1000), 'rows.xlsx': millionRows(), 'rows.csv': millionCsv() };
      for (const [name, data] of Object.entries(sheets)) writeFileSync(join(dir, name), data);
      assert.ok(readFileSync(join(dir, 'far.xlsx')).length < 12 * 1024 && readFileSync(join(dir, 'bomb.xlsx')).length < 400 * 1024);
      for (const name of Object.keys(sheets)) {
        const r = spawnSync(process.execPath, ['--max-old-space-size=256', join(ROOT, 'bin/casedoc.js'), 'import', name, '.'], { cwd: dir, encoding: 'utf8', timeout: 20_000, env: { PATH: process.env.PATH!, CASEDOC_WORKERS: '0' } });
        assert.equal(r.signal, null, `${name}: ended by ${r.signal}`);
        assert.equal(r.status, 2, `${name}: ${r.stderr}`);
        assert.match(r.stderr, new RegExp(`^casedoc: the sheet ${name.replace('.', '\\.')} cannot be read: (it has|its part) .*(100,000|64 MB).*\\n$`), name);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('a CSV read in the encoding it was saved in', () => {
  it('reads UTF-8 with or without its mark, UTF-16 by its mark, and Windows-1252 when the bytes are not UTF-8', async () => {
    const rows = [['title', 'municipality'], ['Fællesskabshuset', 'Køge']];
    assert.deepEqual(await readSheet('a.csv', bytes('title;municipality\r\nFællesskabshuset;Køge\r\n')), { rows, encoding: 'utf-8' });
    assert.deepEqual(await readSheet('a.csv', bytes([0xef, 0xbb, 0xbf], 'title;municipality\r\nFællesskabshuset;Køge\r\n')), { rows, encoding: 'utf-8' });
    const units = [...'title;municipality\r\nFællesskabshuset;Køge\r\n'].map((c) => c.charCodeAt(0));
    const utf16 = (le: boolean) => new Uint8Array([...(le ? [0xff, 0xfe] : [0xfe, 0xff]), ...units.flatMap((u) => (le ? [u, 0] : [0, u]))]);
    assert.deepEqual(await readSheet('a.csv', utf16(true)), { rows, encoding: 'utf-16le' });
    assert.deepEqual(await readSheet('a.csv', utf16(false)), { rows, encoding: 'utf-16be' });
    assert.deepEqual(await readSheet('a.csv', bytes('title;municipality\r\nF', [0xe6], 'llesskabshuset;K', [0xf8], 'ge\r\n')), { rows, encoding: 'windows-1252' });
    assert.deepEqual(await readSheet('a.csv', bytes('title\r\n', [0x93], 'Nord', [0x94, 0x80], '\r\n')), { rows: [['title'], ['\u201cNord\u201d\u20ac']], encoding: 'windows-1252' });
  });

  it('imports a Danish Excel CSV byte-exact, and refuses with its number the row with a byte Windows-1252 leaves undefined', async () => {
    const dir = examplesCopy('casedoc-cp1252-');
    try {
      const file = join(dir, 'examples/anthology/01-faellesskabshuset.md');
      const before = readFileSync(file, 'utf8');
      writeFileSync(join(dir, 'ark.csv'), bytes('title;municipality\r\nF', [0xe6], 'llesskabshuset;K', [0xf8], 'ge\r\nUngeliv', [0x81], ';Roskilde\r\n'));
      const r = await casedoc(['import', 'ark.csv', 'examples'], dir, { CASEDOC_WORKERS: '0' });
      assert.equal(readFileSync(file, 'utf8'), before.replace('municipality: Roskilde', 'municipality: Køge'));
      assert.match(r.stdout, /^row 3, column A \(title\): the cell holds bytes that are not text in the sheet's encoding; the row is left out$/m);
      assert.equal(r.code, 1);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('refuses a row with a lone UTF-16 surrogate or bytes that are not UTF-8 after its mark, and reads the others', async () => {
    const lone = new Uint8Array([0xff, 0xfe, ...[...'title\nA\n'].flatMap((c) => [c.charCodeAt(0), 0]), 0x00, 0xd8, 0x42, 0x00, 0x0a, 0x00, 0x43, 0x00]);
    assert.deepEqual((await readSheet('a.csv', lone))?.rows, [['title'], ['A'], ['\uFFFFB'], ['C']]);
    const marked = bytes([0xef, 0xbb, 0xbf], 'title\r\n"two', [0xff], '\r\nlines"\r\nok\r\n');
    assert.deepEqual((await readSheet('a.csv', marked))?.rows, [['title'], ['two\uFFFD\uFFFF\r\nlines'], ['ok']]);
  });
});

describe('a template filled with a value taken literally', () => {
  it("keeps `$'` and `$&` in a new report's title as they are", () => {
    const text = newReportText(null, "A $' B $& C", 'en');
    assert.match(text, /\n# A \$' B \$& C\n/);
    assert.equal(text.split('\n# ').length, 2, 'one heading, the template not repeated');
    assert.equal(text.split('---').length, 3);
  });
});
