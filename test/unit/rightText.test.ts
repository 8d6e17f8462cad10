import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { applyEdits, parseReport, replaceValue } from '../../src/core/index';
import { casedoc } from '../cli';
import { report } from '../helpers';

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
