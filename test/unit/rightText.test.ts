import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import readXlsxFile from 'read-excel-file/universal';
import { applyEdits, parseReport, replaceValue } from '../../src/core/index';
import { guid } from '../../src/core/export/guid';
import { casedoc, examplesCopy } from '../cli';
import { debianTool } from '../debian';
import { report, ROOT } from '../helpers';

// Issue 26, "right text or none": what a command writes is what was meant, or nothing.

const replaced = (text: string, field: string, from: string, to: string) => {
  const parsed = parseReport(text);
  const r = replaceValue(parsed, field, from, to);
  return { text: applyEdits(parsed, r.edits), left: r.left.length, merged: r.merged.map((m) => `${m.start.line + 1}:${m.start.character + 1}`) };
};

describe('replace merges into a list that already holds the new value', () => {
  it('drops the old item of a flow list, first or last, comments and bytes elsewhere as they were', () => {
    const first = report((fm) => fm.replace('policy_area: [social]', 'policy_area: [social, health] # two areas'));
    assert.deepEqual(replaced(first, 'policy_area', 'social', 'health'), { text: first.replace('[social, health] # two areas', '[health] # two areas'), left: 0, merged: ['6:15'] });
    const last = report((fm) => fm.replace('policy_area: [social]', "policy_area: ['health', \"social\"]"));
    assert.equal(replaced(last, 'policy_area', 'social', 'health').text, last.replace(`['health', "social"]`, "['health']"));
    // Two of the old value and none of the new: the first is replaced, the second merged into it.
    const twice = report((fm) => fm.replace('policy_area: [social]', 'policy_area: [social, elderly, social]'));
    assert.deepEqual(replaced(twice, 'policy_area', 'social', 'health'), { text: twice.replace('[social, elderly, social]', '[health, elderly]'), left: 0, merged: ['6:32'] });
  });

  it("drops a block list's item with its line (CRLF kept), and leaves to the author an item it cannot drop cleanly", () => {
    const block = report((fm) => fm.replace('policy_area: [social]\n', 'policy_area:\r\n  # the areas\r\n  - social # first\r\n  - health\r\n'));
    assert.deepEqual(replaced(block, 'policy_area', 'social', 'health'), { text: block.replace('  - social # first\r\n', ''), left: 0, merged: ['8:5'] });
    const commented = report((fm) => fm.replace('policy_area: [social]', 'policy_area: [social, # why\n  health]'));
    assert.deepEqual(replaced(commented, 'policy_area', 'social', 'health'), { text: commented, left: 1, merged: [] });
    // A list of another place is not this one: each phase's actors merge on their own.
    const phases = report();
    const r = replaced(phases, 'phases[].actors', 'service-user', 'civil-society-organisation');
    assert.equal(r.text, phases.replace('actors: [municipality, civil-society-organisation, service-user]', 'actors: [municipality, civil-society-organisation]')
      .replace('actors: [civil-society-organisation, service-user]', 'actors: [civil-society-organisation]')
      .replace('actors: [municipality, service-user]', 'actors: [municipality, civil-society-organisation]'));
  });

  it('`casedoc replace policy_area social health` on [social, health] writes [health] and says so', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'casedoc-merge-'));
    try {
      const text = report((fm) => fm.replace('policy_area: [social]', 'policy_area: [social, health]'));
      writeFileSync(join(dir, 'one.md'), text);
      const r = await casedoc(['replace', 'policy_area', 'social', 'health', 'one.md'], dir, { CASEDOC_WORKERS: '0' });
      assert.equal(readFileSync(join(dir, 'one.md'), 'utf8'), text.replace('[social, health]', '[health]'));
      assert.deepEqual([r.code, r.stdout], [0, 'one.md:6:15  `social` dropped from policy_area, which already has `health`\nReplaced `social` by `health` 1 time in 1 file.\n']);
      writeFileSync(join(dir, 'one.md'), text);
      const da = await casedoc(['replace', 'policy_area', 'social', 'health', 'one.md', '--lang', 'da'], dir, { CASEDOC_WORKERS: '0' });
      assert.match(da.stdout, /^one\.md:6:15 {2}`social` fjernet fra policy_area, der allerede har `health`$/m);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('an export holds only what its format can, and says what it left out', function () {
  this.timeout(120_000);
  let dir = '';
  const anthology = () => join(dir, 'examples/anthology');
  // A title with a C0 control, a lone surrogate and XML's own characters; a municipality with a
  // vertical tab; a report whose file name has a BEL in it (its GUIDs are made from it as it is).
  const ODD = 'examples/anthology/12-odd\x07.md';
  beforeEach(() => {
    dir = examplesCopy('casedoc-safe-text-');
    const file = join(anthology(), '01-faellesskabshuset.md');
    writeFileSync(file, readFileSync(file, 'utf8').replace('title: "Fællesskabshuset"', 'title: "Fællesskabs\\x01huset \\uD800& <Nord>"').replace('municipality: Roskilde', 'municipality: "Roskilde\\v"'));
    copyFileSync(join(anthology(), '04-besoegsvenner.md'), join(dir, ODD));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));
  const exported = async (name: string, ...args: string[]) => {
    const r = await casedoc(['export', 'examples/anthology', '-o', name, ...args], dir, { CASEDOC_WORKERS: '0' });
    assert.equal(r.code, 0, r.stderr);
    return { bytes: readFileSync(join(dir, name)), stderr: r.stderr };
  };

  it('writes a well-formed project.qde the REFI-QDA schema validates, says each field, and keeps the GUIDs of the paths as they are', async () => {
    const { bytes, stderr } = await exported('a.qdpx');
    const files = unzipSync(bytes);
    writeFileSync(join(dir, 'project.qde'), files['project.qde']);
    const xmllint = debianTool('xmllint', 'libxml2-utils');
    assert.equal(execFileSync(xmllint, ['--noout', '--schema', join(ROOT, 'test/fixtures/refi-qda/Project-mrt2019.xsd'), join(dir, 'project.qde')], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }), '');
    assert.equal(stderr, [
      'examples/anthology/01-faellesskabshuset.md: title: 2 characters the file cannot hold left out (control characters or broken Unicode)',
      'examples/anthology/01-faellesskabshuset.md: municipality: 1 character the file cannot hold left out (control characters or broken Unicode)',
      'examples/anthology/12-odd\\u0007.md: file: 1 character the file cannot hold left out (control characters or broken Unicode)',
      '',
    ].join('\n'));
    const qde = new TextDecoder().decode(files['project.qde']);
    assert.match(qde, /<Case guid="[^"]+" name="Fællesskabshuset &amp; &lt;Nord&gt;">/);
    assert.match(qde, /<TextValue>Roskilde<\/TextValue>/);
    const source = await guid(`source:${ODD}`);
    assert.match(qde, new RegExp(`<Case guid="${await guid(`case:${ODD}`)}" name="[^"]+">\\s*<Description>examples/anthology/12-odd\\.md</Description>`));
    assert.match(qde, new RegExp(`<TextSource guid="${source}" name="12-odd\\.md" plainTextPath="internal://${source}\\.txt"`));
    assert.ok(files[`sources/${source}.txt`]);
  });

  it("writes NVivo's sheet and the summary workbook without the characters, and says so in Danish too", async () => {
    const { bytes, stderr } = await exported('n.xlsx', '--format', 'nvivo-xlsx', '--lang', 'da');
    assert.match(stderr, /^examples\/anthology\/01-faellesskabshuset\.md: title: 2 tegn, som filen ikke kan rumme, er udeladt \(kontroltegn eller ødelagt Unicode\)$/m);
    const [sheet] = await readXlsxFile(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
    assert.ok(sheet.data.some((r) => r[0] === 'Fællesskabshuset & <Nord>'));
    const { summaryWorkbook } = await import('../../src/core/summary/xlsx');
    const { summarise } = await import('../../src/core/index');
    const summary = summarise([{ file: 'a.md', isCaseReport: true, classification: { title: 'A\x02B', authors: [], policy_area: [], period: { start: null, end: null } } as never, diagnostics: [], attentionPoints: [] }]);
    assert.deepEqual((await summaryWorkbook(summary, 'en')).notes, [{ file: 'a.md', field: 'title', removed: 1 }]);
  });
});
