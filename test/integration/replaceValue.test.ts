import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { CasedocApi } from '../../src/extension/extension';
import type { ReplaceResult } from '../../src/extension/replaceValue';
import { applyPreview, fileUri, restoreFiles, until } from './helpers';

const api = () => vscode.extensions.getExtension('casedoc.casedoc')!.exports as CasedocApi;
const bytes = async (uri: vscode.Uri) => new Uint8Array(await vscode.workspace.fs.readFile(uri));
const text = (b: Uint8Array) => new TextDecoder().decode(b);
const NPM = /^governance_paradigm: new-public-management\b/m;

describe('Casedoc: Replace Value Across Reports…', function () {
  this.timeout(90_000);

  it('asks for the field first, naming each field in use by its title and id; Escape changes nothing', async () => {
    await vscode.commands.executeCommand('casedoc.checkWorkspace');
    const replacer = api().replacer;
    const running = Promise.resolve(vscode.commands.executeCommand<ReplaceResult>('casedoc.replaceValue'));
    const q = await until(() => (replacer.question?.activeItems.length ? replacer.question : false), 'the question which field');
    const paradigm = q.items.find((i) => i.description === 'governance_paradigm');
    assert.ok(paradigm && paradigm.label !== 'governance_paradigm', 'the field by its title');
    assert.ok(q.items.some((i) => i.description === 'actors[].sector'), 'fields inside the actor list too');
    await vscode.commands.executeCommand('workbench.action.closeQuickOpen');
    assert.deepEqual(await running, { replaced: 0, reports: 0, left: 0, merged: 0, applied: false });
  });

  it('replaces a value in every report that has it, in one previewed edit, and the overview counts it', async () => {
    const files = ['01-faellesskabshuset.md', '02-ungeliv-designsprint.md', '03-homework-cafe-partnership.md', '04-besoegsvenner.md', '05-association-grants.md', '06-sundhedsmakkere.md', '07-job-mentor-network.md', '08-parkour-co-design.md', '09-naboskab-i-vest.md', '10-brugerraad-bostoette.md', '11-spisefaellesskab-v1.md'];
    const before = new Map(await Promise.all(files.map(async (f) => [f, await bytes(fileUri(f))] as const)));
    const targets = files.filter((f) => NPM.test(text(before.get(f)!)));
    assert.equal(targets.length, 3, 'three reports under New Public Management');
    await vscode.commands.executeCommand('casedoc.checkWorkspace');
    const npm = () => api().store.summary().cases.filter((c) => c.governance_paradigm === 'new-public-management').length;
    await until(() => npm() === 3, 'the overview to count three NPM cases');

    const replacer = api().replacer;
    let done = false;
    const running = Promise.resolve(vscode.commands.executeCommand<ReplaceResult>('casedoc.replaceValue', { field: 'governance_paradigm', from: 'new-public-management', to: 'hybrid' })).then((r) => {
      done = true;
      return r;
    });
    await until(() => replacer.stage === 'preview', 'the refactor preview');
    await new Promise((r) => setTimeout(r, 1000));
    assert.equal(done, false, 'the replace waits for the preview to be confirmed');
    for (const f of files) assert.deepEqual(await bytes(fileUri(f)), before.get(f), `${f} unchanged before the preview is confirmed`);
    await applyPreview(targets.length);
    const result = await running;
    assert.deepEqual(result, { replaced: 3, reports: 3, left: 0, merged: 0, applied: true });
    for (const f of files) {
      const doc = await vscode.workspace.openTextDocument(fileUri(f));
      // Only that key's value: a `dominant_paradigm: new-public-management` elsewhere is another field.
      const expected = targets.includes(f) ? text(before.get(f)!).replace(NPM, 'governance_paradigm: hybrid') : text(before.get(f)!);
      assert.equal(doc.getText(), expected, f);
    }
    await until(() => npm() === 0 && api().store.summary().crossTable.columns.includes('hybrid'), 'the heat map to count the cases as hybrid');
    // Put the files back as they were, for the suites after this one.
    await restoreFiles(Object.fromEntries(targets.map((f) => [f, before.get(f)!])));
    for (const f of targets) assert.deepEqual(await bytes(fileUri(f)), before.get(f), f);
  });
});
