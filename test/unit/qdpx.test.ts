import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import readXlsxFile from 'read-excel-file/universal';
import { parseReport } from '../../src/core/index';
import { plainText } from '../../src/core/export/plainText';
import { casedoc, examplesCopy } from '../cli';
import { debianTool } from '../debian';
import { ROOT } from '../helpers';

// `casedoc export --format qdpx | nvivo-xlsx` (issue 17, §4): REFI-QDA for NVivo, ATLAS.ti, MAXQDA.

const XSD = join(ROOT, 'test/fixtures/refi-qda/Project-mrt2019.xsd');
const REPORTS = ['01-faellesskabshuset.md', '02-ungeliv-designsprint.md', '03-homework-cafe-partnership.md', '04-besoegsvenner.md', '05-association-grants.md', '06-sundhedsmakkere.md', '07-job-mentor-network.md', '08-parkour-co-design.md', '09-naboskab-i-vest.md', '10-brugerraad-bostoette.md', '11-spisefaellesskab-v1.md'];

describe('casedoc export --format qdpx', function () {
  this.timeout(120_000);
  let dir = '';
  const exported = async (name: string, ...args: string[]) => {
    const r = await casedoc(['export', 'examples/anthology', '-o', name, ...args], dir, { CASEDOC_WORKERS: '0' });
    assert.deepEqual([r.code, r.stdout, r.stderr], [0, '', ''], name);
    return readFileSync(join(dir, name));
  };
  beforeEach(() => {
    dir = examplesCopy('casedoc-qdpx-');
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('writes a project.qde that the REFI-QDA schema validates, and one text source per report with its body', async () => {
    const files = unzipSync(await exported('anthology.qdpx'));
    const qde = new TextDecoder().decode(files['project.qde']);
    writeFileSync(join(dir, 'project.qde'), qde);
    const xmllint = debianTool('xmllint', 'libxml2-utils');
    const out = execFileSync(xmllint, ['--noout', '--schema', XSD, join(dir, 'project.qde')], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    assert.equal(out, '');
    const sources = Object.keys(files).filter((f) => f.startsWith('sources/'));
    assert.equal(sources.length, REPORTS.length);
    assert.equal([...qde.matchAll(/<Case guid=/g)].length, REPORTS.length);
    // Each source holds its report's body as plain text, and the project points at it.
    for (const f of REPORTS) {
      const parsed = parseReport(readFileSync(join(dir, 'examples/anthology', f), 'utf8'));
      const source = new RegExp(`<TextSource guid="([^"]+)" name="${f.replace('.', '\\.')}" plainTextPath="internal://([^"]+)\\.txt"`).exec(qde);
      assert.ok(source && source[1] === source[2], f);
      const text = new TextDecoder().decode(files[`sources/${source[1]}.txt`]);
      assert.equal(text, plainText(parsed.text.slice(parsed.bodyStart)), f);
      assert.ok(!/^#+ /m.test(text), `${f}: no Markdown marks`);
    }
    // The classification as the case's variables, a period as a date; the attention points as codes.
    assert.match(qde, /<Variable guid="[^"]+" name="Collaboration type" typeOfVariable="Text"\/>/);
    assert.match(qde, /<Variable guid="[^"]+" name="Period start" typeOfVariable="Date"\/>/);
    assert.match(qde, /<Case guid="[^"]+" name="Fællesskabshuset">[^]*?<TextValue>Co-production<\/TextValue>[^]*?<DateValue>2019-03-01<\/DateValue>[^]*?<\/Case>/);
    assert.match(qde, /<Code guid="[^"]+" name="AP23" isCodable="true">/);
  });

  it('gives a report the same GUIDs in every export, and the same bytes for the same anthology', async () => {
    const first = await exported('a.qdpx');
    assert.deepEqual(await exported('b.qdpx'), first, 'an unchanged anthology exports the same bytes');
    const guids = (qde: string) => [...qde.matchAll(/<(Case|TextSource) guid="([^"]+)" name="([^"]+)"/g)].map((m) => `${m[1]} ${m[3]} ${m[2]}`);
    const before = guids(new TextDecoder().decode(unzipSync(first)['project.qde']));
    const file = join(dir, 'examples/anthology/09-naboskab-i-vest.md');
    writeFileSync(file, readFileSync(file, 'utf8') + '\nEt afsnit mere.\n');
    const after = guids(new TextDecoder().decode(unzipSync(await exported('c.qdpx'))['project.qde']));
    assert.deepEqual(after, before, 'an edited report keeps its case and source GUIDs');
  });

  it('writes NVivo\'s classification sheet: the case name first, then the attributes', async () => {
    const bytes = await exported('nvivo.xlsx', '--format', 'nvivo-xlsx', '--lang', 'da');
    const [sheet] = await readXlsxFile(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
    assert.equal(sheet.sheet, 'Klassifikation');
    assert.deepEqual(sheet.data[0].slice(0, 5), ['Case', 'Forfattere', 'Kommune', 'Fagområde', 'Samarbejdsform']);
    const row = sheet.data.find((r) => r[0] === 'Fællesskabshuset')!;
    assert.equal(row[4], 'Samproduktion');
    assert.ok(row[sheet.data[0].indexOf('Periodens start')] instanceof Date);
    assert.equal(sheet.data.length, REPORTS.length + 1);
  });
});
