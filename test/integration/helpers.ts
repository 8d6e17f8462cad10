import * as vscode from 'vscode';

export const workspace = () => vscode.workspace.workspaceFolders![0].uri;
export const fileUri = (name: string) => vscode.Uri.joinPath(workspace(), name);

export async function open(name: string): Promise<vscode.TextEditor> {
  const doc = await vscode.workspace.openTextDocument(fileUri(name));
  return vscode.window.showTextDocument(doc);
}

/** Polls until `f` returns something truthy; the extension works asynchronously (debounce, workers). */
export async function until<T>(f: () => T | undefined | null | false | Promise<T | undefined | null | false>, what: string, ms = 15_000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const v = await f();
    if (v) return v;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

export const casedoc = (uri: vscode.Uri) => vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'casedoc');
export const codeOf = (d: vscode.Diagnostic) => (typeof d.code === 'object' ? String(d.code.value) : String(d.code));
export const rangeOf = (r: vscode.Range) => [r.start.line, r.start.character, r.end.line, r.end.character];

export async function replaceAll(doc: vscode.TextDocument, text: string): Promise<void> {
  const edit = new vscode.WorkspaceEdit();
  edit.replace(doc.uri, new vscode.Range(0, 0, doc.lineCount, 0), text);
  await vscode.workspace.applyEdit(edit);
}

/**
 * Waits until Casedoc has published its result for the document's current version (the debounce
 * has run and the check finished), and returns its diagnostics: nothing fixed in time.
 */
export async function checked(doc: vscode.TextDocument, what: string): Promise<vscode.Diagnostic[]> {
  const api = vscode.extensions.getExtension('casedoc.casedoc')!.exports as { diagnostics: { publishedVersion(uri: vscode.Uri): number | undefined } };
  await until(() => api.diagnostics.publishedVersion(doc.uri) === doc.version, what);
  return casedoc(doc.uri);
}

/** Waits until the diagnostics satisfy `predicate` (the debounce has run), and returns them. */
export async function settled(doc: vscode.TextDocument, predicate: (ds: vscode.Diagnostic[]) => boolean, what: string): Promise<vscode.Diagnostic[]> {
  return until(() => {
    const ds = casedoc(doc.uri);
    return predicate(ds) ? ds : false;
  }, what);
}

export async function writeFile(name: string, text: string): Promise<vscode.Uri> {
  const uri = fileUri(name);
  await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
  return uri;
}

/**
 * The code actions VS Code offers over a range. VS Code cancels such a request when the document
 * changes meanwhile (and the slower web worker host meets that more often); a user's light bulb
 * would ask again, and so do we.
 */
export async function codeActions(uri: vscode.Uri, range: vscode.Range): Promise<vscode.CodeAction[]> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, range);
    } catch (e) {
      if (attempt === 3 || (e as Error).name !== 'Canceled') throw e;
    }
  }
}

/**
 * Applies what the refactor preview shows for `files` files of one change each: it opens focused,
 * its changes unticked (VS Code's way for changes that need confirmation); each file is ticked, as a
 * user does, then Apply.
 */
export async function applyPreview(files: number): Promise<void> {
  await vscode.commands.executeCommand('list.focusFirst');
  for (let i = 0; i < files; i++) {
    await vscode.commands.executeCommand('refactorPreview.toggleCheckedState');
    await vscode.commands.executeCommand('list.focusDown');
    await vscode.commands.executeCommand('list.focusDown');
  }
  await vscode.commands.executeCommand('refactorPreview.apply');
}

/** Puts workspace files back as they were (their original bytes), saved: for the suites after a test that edits. */
export async function restoreFiles(originals: Record<string, Uint8Array>): Promise<void> {
  for (const [name, original] of Object.entries(originals)) {
    const doc = await vscode.workspace.openTextDocument(fileUri(name));
    const text = new TextDecoder().decode(original);
    if (doc.getText() !== text) {
      const all = new vscode.WorkspaceEdit();
      all.replace(doc.uri, new vscode.Range(doc.positionAt(0), doc.positionAt(doc.getText().length)), text);
      await vscode.workspace.applyEdit(all);
    }
    if (doc.isDirty) await doc.save();
  }
}
