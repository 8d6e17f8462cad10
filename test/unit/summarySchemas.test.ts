import assert from 'node:assert/strict';
import { casedocWith } from '../cli';

// Issue 14, §6: a report valid against its own schema was listed as "(missing or invalid)" by the
// summary, which labelled every report with the built-in vocabulary.

/** A vocabulary of its own: collaboration types the built-in schema does not have, with Danish titles. */
const OWN_SCHEMA = JSON.stringify({
  type: 'object',
  properties: {
    type: { const: 'case-report' },
    title: { type: 'string' },
    collaboration_type: { oneOf: [
      { const: 'network', title: 'Network', 'x-title-da': 'Netværk' },
      { const: 'alliance', title: 'Alliance', 'x-title-da': 'Alliance' },
    ] },
    governance_paradigm: { type: 'string' },
  },
});

const report = (type: string, own: boolean) =>
  `---\ntype: case-report\ntitle: "${type}"\n${own ? '$schema: own.schema.json\n' : ''}collaboration_type: ${type}\ngovernance_paradigm: new-public-governance\n---\n\n# ${type}\n`;

async function summary(args: string[], files: Record<string, string>) {
  const { code, stdout, stderr } = await casedocWith(files, ['summary', ...args]);
  assert.equal(stderr, '');
  assert.equal(code, 0);
  return stdout;
}

describe('casedoc summary with the schema each report was checked against', () => {
  const files = {
    'own.schema.json': OWN_SCHEMA,
    'a.md': report('network', true),
    'b.md': report('alliance', true),
    'c.md': report('partnership', true), // not among its own schema's values
    'd.md': report('co-creation', false), // the built-in schema
  };

  it('labels a report by its $schema, in English and Danish, and counts an invalid value apart', async () => {
    const md = await summary(['--format', 'md', '.'], files);
    assert.match(md, /^\| "?network"? \| +\| +\| Network \|/m);
    const rows = (text: string) => [...text.matchAll(/^\| ([^|]+) \|/gm)].map((m) => m[1].trim());
    const table = md.slice(md.indexOf('## Collaboration type × governance paradigm'));
    const cross = rows(table.slice(0, table.indexOf('\n## ', 3)));
    assert.deepEqual(cross.filter((r) => ['Network', 'Alliance', 'Co-creation', '(missing or invalid)'].includes(r)),
      // The schemas in the order the reports (sorted by path) name them; the missing or invalid last.
      ['Network', 'Alliance', 'Co-creation', '(missing or invalid)']);
    const da = await summary(['--format', 'md', '--lang', 'da', '.'], files);
    assert.match(da, /^\| Netværk \|/m);
  });

  it('counts by the report\'s own schema in JSON, with its group for each case', async () => {
    const out = JSON.parse(await summary(['--format', 'json', '.'], files));
    const groups = Object.fromEntries(out.cases.map((c: { file: string; groups: { collaboration_type: string } }) => [c.file, c.groups.collaboration_type]));
    assert.deepEqual(groups, { 'a.md': 'network', 'b.md': 'alliance', 'c.md': '(none)', 'd.md': 'co-creation' });
    assert.equal(out.crossTable.counts.network['new-public-governance'], 1);
    assert.equal(out.crossTable.counts['(none)']['new-public-governance'], 1);
    assert.deepEqual(out.vocabulary.collaboration_type.find((v: { id: string }) => v.id === 'network'), { id: 'network', title: 'Network', titleDa: 'Netværk' });
  });

  it('uses --schema for every report', async () => {
    const out = JSON.parse(await summary(['--format', 'json', '--schema', 'own.schema.json', '.'], { ...files, 'd.md': report('network', false) }));
    assert.deepEqual(out.cases.map((c: { groups: { collaboration_type: string } }) => c.groups.collaboration_type), ['network', 'alliance', '(none)', 'network']);
    // Only the schema in use: the built-in types are not rows.
    assert.deepEqual(out.crossTable.rows, ['network', 'alliance', '(none)']);
  });
});
