import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { CasedocApi } from '../../src/extension/extension';
import type { VocabularyUpdate } from '../../src/extension/updateVocabulary';
import { casedoc, codeOf, fileUri, until } from './helpers';

const api = () => vscode.extensions.getExtension('casedoc.casedoc')!.exports as CasedocApi;
const V1 = '11-spisefaellesskab-v1.md';
const deprecated = (uri: vscode.Uri) => casedoc(uri).filter((d) => codeOf(d) === 'deprecated-value');
const bytes = async (uri: vscode.Uri) => new Uint8Array(await vscode.workspace.fs.readFile(uri));

/** Runs the command as a user would: answers its question with `answer`, then applies or discards the preview. */
async function update(answer: (q: NonNullable<CasedocApi['vocabulary']['question']>) => Promise<void>, preview: 'refactorPreview.apply' | 'refactorPreview.discard', original: Uint8Array) {
  const updater = api().vocabulary;
  let done = false;
  const running = Promise.resolve(vscode.commands.executeCommand<VocabularyUpdate>('casedoc.updateVocabulary')).then((r) => {
    done = true;
    return r;
  });
  // The question is on screen once VS Code has made its first item the active one.
  const q = await until(() => (updater.question?.activeItems.length ? updater.question : false), 'the question what citizen-user means');
  assert.deepEqual(q.items.map((i) => i.description), ['citizen', 'service-user', 'relative', 'each warning keeps a quick fix per choice']);
  await answer(q);
  await until(() => updater.stage === 'preview', 'the refactor preview');
  // The edit waits for the user in the preview: nothing is written yet.
  await new Promise((r) => setTimeout(r, 1000));
  assert.equal(done, false, 'the update waits for the preview to be confirmed');
  assert.deepEqual(await bytes(fileUri(V1)), original, 'nothing changed before the preview is confirmed');
  // The preview shows the changed text in a document of its own: not a second report of the anthology.
  assert.equal(api().store.summary().cases.filter((c) => c.title === 'Spisefællesskabet på Damhuset').length, 1, "the preview's copy is counted as a report");
  if (preview === 'refactorPreview.apply') {
    // The preview opens focused, its changes unticked (VS Code's way for changes that need
    // confirmation): tick the file, which ticks each of its changes, as a user does.
    await vscode.commands.executeCommand('list.focusFirst');
    await vscode.commands.executeCommand('refactorPreview.toggleCheckedState');
  }
  await vscode.commands.executeCommand(preview);
  await until(() => done, 'the update to finish');
  return running;
}

describe('Casedoc: Update Reports to the Current Vocabulary', function () {
  this.timeout(90_000);

  it('rewrites the v1 report in one workspace edit, previewed, asked where the author chooses, and undone byte for byte', async () => {
    const uri = fileUri(V1);
    const original = await bytes(uri);
    const text = new TextDecoder().decode(original);
    await vscode.commands.executeCommand('casedoc.checkWorkspace');
    await until(() => deprecated(uri).length === 6, 'the six deprecation warnings of the v1 report');

    // Discarded: the author leaves citizen-user for later (Escape), sees co-delivery's edit, discards it.
    const discarded = await update(async () => { await vscode.commands.executeCommand('workbench.action.closeQuickOpen'); }, 'refactorPreview.discard', original);
    assert.deepEqual(discarded, { updated: 0, reports: 0, left: 5, applied: false });
    assert.deepEqual(await bytes(uri), original);

    // Applied: citizen-user means the activity centre's users here (the second choice).
    const applied = await update(async (q) => {
      await vscode.commands.executeCommand('workbench.action.quickOpenSelectNext');
      await until(() => q.activeItems[0]?.description === 'service-user', 'service-user to be the active choice');
      await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
    }, 'refactorPreview.apply', original);
    assert.deepEqual(applied, { updated: 6, reports: 1, left: 0, applied: true });
    const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString())!;
    const expected = text.replace('coproduction_mode: co-delivery   #', 'coproduction_mode: direct-co-production   #').replaceAll('citizen-user', 'service-user');
    assert.equal(doc.getText(), expected, 'only the six values changed: comment, spacing and everything else as it was');
    await until(() => deprecated(uri).length === 0 && casedoc(uri).length === 0, 'no deprecation warning left (and no other problem)');

    // One undo restores the report byte for byte.
    await vscode.window.showTextDocument(doc);
    await vscode.commands.executeCommand('undo');
    await until(() => doc.getText() === text, 'undo to restore the report');
    if (doc.isDirty) await doc.save();
    assert.deepEqual(await bytes(uri), original, 'the file on disk is byte for byte the original');
    await until(() => deprecated(uri).length === 6, 'the deprecation warnings back');
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
  });
});
