import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { CasedocApi } from '../../src/extension/extension';
import { applyPreview, fileUri, restoreFiles, until } from './helpers';

const api = () => vscode.extensions.getExtension('casedoc.casedoc')!.exports as CasedocApi;
/** A message as the overview's page posts it (the page's own DOM is driven by the UI checks). */
const receive = (m: unknown) => (api().overview as unknown as { receive(m: unknown): Promise<void> }).receive(m);
const bytes = async (uri: vscode.Uri) => new Uint8Array(await vscode.workspace.fs.readFile(uri));
const text = (b: Uint8Array) => new TextDecoder().decode(b);


describe('The overview\'s cases table, edited', function () {
  this.timeout(90_000);
  const ONE = '01-faellesskabshuset.md';
  const THREE = ['03-homework-cafe-partnership.md', '04-besoegsvenner.md', '05-association-grants.md'];
  before(async () => {
    await vscode.extensions.getExtension('casedoc.casedoc')!.activate();
  });
  const types = () => Object.fromEntries(api().store.summary().cases.map((c) => [c.file, c.collaboration_type]));

  it('offers each vocabulary field\'s allowed values by label, never a deprecated one', async () => {
    const editors = api().overview.model().editors;
    assert.equal(editors.collaboration_type?.kind, 'choice');
    assert.ok(editors.collaboration_type!.values!.some((v) => v.id === 'co-creation' && v.label === 'Co-creation'));
    assert.ok(!editors.collaboration_type!.values!.some((v) => v.id === 'co-delivery'));
    assert.ok(!api().overview.model().editors.power_balance!.values!.some((v) => v.id === ''));
    assert.deepEqual([editors.policy_area?.kind, editors.authors?.kind, editors.title?.kind], ['choices', 'texts', 'text']);
  });

  it('changes exactly the edited value of one report, at once and undoably, and the heat map follows', async () => {
    const uri = fileUri(ONE);
    const original = await bytes(uri);
    await vscode.commands.executeCommand('casedoc.checkWorkspace');
    await until(() => types()[ONE] === 'co-production', 'the overview to know the report');
    try {
      await receive({ type: 'edit', field: 'collaboration_type', value: 'co-creation', targets: [{ file: ONE, seen: 'co-production' }] });
      const doc = await vscode.workspace.openTextDocument(uri);
      assert.equal(doc.getText(), text(original).replace('collaboration_type: co-production', 'collaboration_type: co-creation'));
      await until(() => types()[ONE] === 'co-creation' && api().store.summary().crossTable.counts['co-creation']['new-public-governance'] === 1, 'the cross-table to count it');
      // One undo in the report takes it back, byte for byte once saved.
      await vscode.window.showTextDocument(doc);
      await vscode.commands.executeCommand('undo');
      await until(() => doc.getText() === text(original), 'undo to restore the report');
      if (doc.isDirty) await doc.save();
      assert.deepEqual(await bytes(uri), original);
      // A list: the authors, given as the table's text box gives them.
      await receive({ type: 'edit', field: 'authors', value: ['A. Nielsen', 'B. Berg'], targets: [{ file: ONE, seen: 'A. Nielsen' }] });
      assert.equal(doc.getText(), text(original).replace('authors: ["A. Nielsen"]', 'authors: [A. Nielsen, B. Berg]'));
    } finally {
      await restoreFiles({ [ONE]: original });
      await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    }
  });

  it('shows and edits any other field of the schema as a column of its own', async () => {
    const uri = fileUri(ONE);
    const original = await bytes(uri);
    await vscode.commands.executeCommand('casedoc.checkWorkspace');
    await until(() => types()[ONE] === 'co-production', 'the overview to know the report');
    const model = api().overview.model();
    const mode = model.fields.find((f) => f.id === 'coproduction_mode');
    assert.ok(mode && mode.heading !== 'coproduction_mode', 'the field by its title');
    assert.ok(!model.fields.some((f) => ['actors', 'phases', 'period', 'type', 'collaboration_type'].includes(f.id)), 'groups of keys and the summary\'s own columns are not offered again');
    assert.deepEqual(model.values[ONE].coproduction_mode, { seen: 'co-management', shown: model.editors.coproduction_mode!.values!.find((v) => v.id === 'co-management')!.label });
    assert.equal(model.values[ONE].initiated_by.seen, 'municipality');
    try {
      await receive({ type: 'edit', field: 'coproduction_mode', value: 'direct-co-production', targets: [{ file: ONE, seen: 'co-management' }] });
      const doc = await vscode.workspace.openTextDocument(uri);
      assert.equal(doc.getText(), text(original).replace('coproduction_mode: co-management', 'coproduction_mode: direct-co-production'));
      await until(() => api().overview.model().values[ONE].coproduction_mode.seen === 'direct-co-production', 'the column to show the new value');
    } finally {
      await restoreFiles({ [ONE]: original });
    }
  });

  it('leaves a report that changed since the table was drawn, and never writes a value the schema does not allow', async () => {
    const uri = fileUri(ONE);
    const original = await bytes(uri);
    await vscode.commands.executeCommand('casedoc.checkWorkspace');
    await until(() => types()[ONE] === 'co-production', 'the overview to know the report');
    await receive({ type: 'edit', field: 'collaboration_type', value: 'co-creation', targets: [{ file: ONE, seen: 'partnership' }] });
    await receive({ type: 'edit', field: 'collaboration_type', value: 'nonsense', targets: [{ file: ONE, seen: 'co-production' }] });
    await receive({ type: 'edit', field: 'collaboration_type', value: 'co-delivery', targets: [{ file: ONE, seen: 'co-production' }] });
    const doc = await vscode.workspace.openTextDocument(uri);
    assert.equal(doc.getText(), text(original));
    assert.equal(doc.isDirty, false);
  });

  it('sets one field for three chosen reports through the refactor preview', async () => {
    const originals = Object.fromEntries(await Promise.all(THREE.map(async (f) => [f, await bytes(fileUri(f))] as const)));
    const seen = Object.fromEntries(api().store.summary().cases.map((c) => [c.file, c.power_balance ?? '']));
    let done = false;
    void receive({ type: 'edit', field: 'power_balance', value: 'equal', targets: THREE.map((file) => ({ file, seen: seen[file] })) }).then(() => (done = true));
    try {
      await new Promise((r) => setTimeout(r, 1500));
      assert.equal(done, false, 'the edit waits in the preview');
      for (const f of THREE) assert.deepEqual(await bytes(fileUri(f)), originals[f], `${f} unchanged before the preview is confirmed`);
      await applyPreview(THREE.length);
      await until(() => done, 'the edit to be applied');
      for (const f of THREE) {
        const doc = await vscode.workspace.openTextDocument(fileUri(f));
        assert.equal(doc.getText(), text(originals[f]).replace(/^power_balance: .*$/m, 'power_balance: equal'), f);
      }
      await until(() => THREE.every((f) => api().store.summary().cases.find((c) => c.file === f)?.power_balance === 'equal'), 'the overview to follow');
    } finally {
      await restoreFiles(originals);
      for (const f of THREE) assert.deepEqual(await bytes(fileUri(f)), originals[f], f);
      await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    }
  });
});
