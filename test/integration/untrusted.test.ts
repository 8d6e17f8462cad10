// Run by the harness's second, untrusted session (workspace trust on, the folder not trusted; see
// test/e2e/run.mjs): a workspace's own schema is not loaded there, and saying so is the diagnostic.
// In the trusted session it is skipped.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { codeOf, settled, writeFile } from './helpers';

describe('Casedoc in an untrusted workspace', () => {
  it('does not load the workspace\'s own schema, says why on $schema, and still checks the rest', async function () {
    if (vscode.workspace.isTrusted) this.skip();
    await vscode.extensions.getExtension('casedoc.casedoc')!.activate();
    // A schema that would require a key of its own, were it loaded.
    await writeFile('own.schema.json', JSON.stringify({ type: 'object', required: ['x-own'] }));
    const uri = await writeFile('own-schema-report.md', '---\ntype: case-report\n$schema: ./own.schema.json\ntitle: "Et forløb"\n---\n# Et forløb\n');
    const doc = await vscode.workspace.openTextDocument(uri);
    await vscode.window.showTextDocument(doc);
    const ds = await settled(doc, (d) => d.some((x) => codeOf(x) === 'schema-unusable'), 'the schema refused');
    const refused = ds.find((x) => codeOf(x) === 'schema-unusable')!;
    assert.match(refused.message, /not trusted/);
    assert.equal(refused.range.start.line, 2, 'on the $schema line');
    assert.ok(!ds.some((x) => codeOf(x) === 'missing-key' && /x-own/.test(x.message)), 'the schema was not applied');
    assert.ok(ds.some((x) => codeOf(x) === 'missing-attention-section'), 'the outline is still checked');
  });
});
