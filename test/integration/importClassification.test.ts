import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { CasedocApi } from '../../src/extension/extension';
import type { ImportResult } from '../../src/extension/importClassification';
import { applyPreview, fileUri, restoreFiles, until } from './helpers';

const api = () => vscode.extensions.getExtension('casedoc.casedoc')!.exports as CasedocApi;
const bytes = async (uri: vscode.Uri) => new Uint8Array(await vscode.workspace.fs.readFile(uri));
const text = (b: Uint8Array) => new TextDecoder().decode(b);

describe('Casedoc: Import Case Classification…', function () {
  this.timeout(90_000);

  it('reads a Danish sheet into the reports through the preview: one updated, one created, the misspelt row left and said', async () => {
    const report = fileUri('01-faellesskabshuset.md');
    const created = fileUri('ny-case-i-test.md');
    const sheet = fileUri('import-sheet.csv');
    const original = await bytes(report);
    await vscode.workspace.fs.writeFile(sheet, new TextEncoder().encode('Fil;Titel;Samarbejdsform;Forfattere\r\n01-faellesskabshuset.md;;Samskabelse;\r\n;Ny case i test;Partnerskab;"A. Berg; C. Dahl"\r\n;Anden case;samarbejde;\r\n'));
    try {
      await vscode.commands.executeCommand('casedoc.checkWorkspace');
      const importer = api().importer;
      let done = false;
      const running = Promise.resolve(vscode.commands.executeCommand<ImportResult>('casedoc.importClassification', sheet)).then((r) => {
        done = true;
        return r;
      });
      // The misspelt cell is said, and the author decides what becomes of its row.
      const q = await until(() => (importer.question?.activeItems.length ? importer.question : false), 'the question about the unreadable cell');
      assert.match(q.placeholder ?? '', /^Row 4, column C: "samarbejde" is not a value of collaboration_type\./);
      await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
      await until(() => importer.stage === 'preview', 'the refactor preview');
      await new Promise((r) => setTimeout(r, 1000));
      assert.equal(done, false, 'the import waits for the preview');
      assert.deepEqual(await bytes(report), original, 'nothing written before the preview is confirmed');
      await applyPreview(2);
      assert.deepEqual(await running, { updated: 1, created: 1, problems: 1, applied: true });
      const doc = await vscode.workspace.openTextDocument(report);
      assert.equal(doc.getText(), text(original).replace('collaboration_type: co-production', 'collaboration_type: co-creation'), 'only the one value changed');
      const made = text(await bytes(created));
      assert.match(made, /^title: "Ny case i test"$/m);
      assert.match(made, /^collaboration_type: partnership$/m);
      assert.match(made, /^authors: \[A\. Berg, C\. Dahl\]$/m);
      await until(() => api().store.summary().cases.some((c) => c.title === 'Ny case i test'), 'the new report in the overview');
      const left = await Promise.resolve(vscode.workspace.fs.stat(fileUri('anden-case.md'))).then(() => true, () => false);
      assert.equal(left, false, 'the row with the misspelt value is left out');
    } finally {
      // Back as it was, for the suites after this one.
      await restoreFiles({ '01-faellesskabshuset.md': original });
      await vscode.workspace.fs.delete(created).then(undefined, () => undefined);
      await vscode.workspace.fs.delete(sheet).then(undefined, () => undefined);
      await until(async () => !api().store.summary().cases.some((c) => c.title === 'Ny case i test'), 'the new report gone from the overview');
    }
    assert.deepEqual(await bytes(report), original);
  });
});
