// Runs in both builds: the desktop one (code-server's Node extension host) and the web one (VS Code
// for the Web's web-worker host). Each compares what the user sees with what `casedoc check` said of
// the same folder on Node before the session (test/e2e/expected.mjs), so both builds show the same.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { CasedocApi } from '../../src/extension/extension';
import { casedoc, codeOf, fileUri, open, rangeOf, until, writeFile } from './helpers';

interface Spot { start: { line: number; character: number }; end: { line: number; character: number } }
interface ExpectedFile {
  file: string;
  isCaseReport: boolean;
  diagnostics: Array<{ code: string; severity: string; message: string; range: Spot }>;
  attentionPoints: Array<{ id: string; severity: string; message: string; source: string; sourceText: string; range: Spot }>;
}
interface Tree {
  getChildren(node?: unknown): unknown[];
  getTreeItem(node: unknown): vscode.TreeItem;
}

const api = () => vscode.extensions.getExtension('casedoc.casedoc')!.exports as CasedocApi;
const SEVERITY = ['error', 'warning', 'information', 'hint'];
const spot = (r: Spot) => [r.start.line, r.start.character, r.end.line, r.end.character];
const sorted = <T>(xs: T[]) => xs.map((x) => JSON.stringify(x)).sort().map((x) => JSON.parse(x) as T);

async function expected<T>(name: string): Promise<T> {
  return JSON.parse(new TextDecoder().decode(await vscode.workspace.fs.readFile(fileUri(`.casedoc-expected/${name}`)))) as T;
}

/** A file's diagnostics as the Problems view holds them, and as the engine gave them. */
const seen = (uri: vscode.Uri) => sorted(casedoc(uri).map((d) => ({ code: codeOf(d), severity: SEVERITY[d.severity], message: d.message, range: rangeOf(d.range) })));
const given = (f: ExpectedFile) => sorted(f.diagnostics.map((d) => ({ code: d.code, severity: d.severity, message: d.message, range: spot(d.range) })));

/** The side panel's attention points: group, id, text, source, and where each one jumps to. */
function panelPoints(uri: vscode.Uri) {
  const tree = api().attention as unknown as Tree;
  return tree.getChildren().flatMap((group) => {
    const id = tree.getTreeItem(group).id ?? '';
    if (!id.startsWith('severity-')) return [];
    return tree.getChildren(group).map((node) => {
      const item = tree.getTreeItem(node);
      const [target, options] = item.command!.arguments as [vscode.Uri, { selection: vscode.Range }];
      const [pointId, source] = String(item.description).split(' · ');
      return { severity: id.slice('severity-'.length), id: pointId, message: String(item.label), source, range: target.toString() === uri.toString() ? rangeOf(options.selection) : 'another file' };
    });
  });
}
// The panel groups by severity, most serious first, keeping the engine's order within a group.
const givenPoints = (f: ExpectedFile) => [...f.attentionPoints].sort((a, b) => SEVERITY.indexOf(a.severity) - SEVERITY.indexOf(b.severity)).map((p) => ({ severity: p.severity, id: p.id, message: p.message, source: p.sourceText, range: spot(p.range) }));

/** Writes reports the harness checked with the CLI into the workspace, opens the first, compares, and removes them. */
async function writeAndCompare(name: string): Promise<ExpectedFile> {
  const fixture = await expected<{ texts: Record<string, string>; check: { files: ExpectedFile[] } }>(name);
  for (const [file, text] of Object.entries(fixture.texts)) await writeFile(file, text);
  const [f] = fixture.check.files;
  try {
    const editor = await open(f.file);
    await until(() => JSON.stringify(seen(editor.document.uri)) === JSON.stringify(given(f)), `the diagnostics of ${f.file}`, 20_000).catch(() => undefined);
    assert.deepEqual(seen(editor.document.uri), given(f), f.file);
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
  } finally {
    await vscode.workspace.fs.delete(fileUri(f.file.split('/')[0]), { recursive: true });
  }
  return f;
}

describe('The example anthology, as the engine on Node checks it', () => {
  it('gives every file the same diagnostics: code, severity, message and exact range', async () => {
    const { files } = await expected<{ files: ExpectedFile[] }>('check.json');
    assert.equal(files.length, 12);
    assert.ok(files.reduce((n, f) => n + f.diagnostics.length, 0) >= 20, 'the examples have problems to compare');
    assert.equal(await api().checkWorkspace(), 11);
    for (const f of files) assert.deepEqual(seen(fileUri(f.file)), given(f), f.file);
  });

  it('shows every case report\'s attention points in the side panel, each jumping to its key', async () => {
    const { files } = await expected<{ files: ExpectedFile[] }>('check.json');
    const reports = files.filter((f) => f.isCaseReport);
    assert.ok(reports.reduce((n, f) => n + f.attentionPoints.length, 0) >= 20, 'the examples raise attention points to compare');
    for (const f of reports) {
      const editor = await open(f.file);
      const want = givenPoints(f);
      // The panel follows the analysis of the editor just opened; wait for it, then compare.
      await until(() => JSON.stringify(panelPoints(editor.document.uri)) === JSON.stringify(want), `the attention points of ${f.file}`, 10_000).catch(() => undefined);
      assert.deepEqual(panelPoints(editor.document.uri), want, f.file);
    }
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('checks a report against the anthology\'s own schema, as the CLI does', async () => {
    const f = await writeAndCompare('own-schema.json');
    assert.ok(f.diagnostics.some((d) => d.code === 'schema-violation'), 'the own schema\'s pattern is checked');
  });

  it('reads a folder\'s .casedoc.jsonc as the CLI does: a code off, a severity changed, a rules file, a folder excluded', async () => {
    const fixture = await expected<{ texts: Record<string, string>; check: { files: ExpectedFile[] } }>('configured.json');
    const [f] = fixture.check.files;
    assert.deepEqual(fixture.check.files.map((x) => x.file), ['configured/kapitler/01-naboskab.md'], 'the CLI leaves kladder/ out');
    assert.ok(f.diagnostics.some((d) => d.code === 'unknown-key' && d.severity === 'warning') && !f.diagnostics.some((d) => d.code === 'missing-section'));
    assert.ok(f.attentionPoints.some((p) => p.id === 'ANT-01'));
    // The rules file and the configuration first, as a repository holds them; then the reports.
    const files = Object.entries(fixture.texts).sort(([a], [b]) => Number(a.endsWith('.md')) - Number(b.endsWith('.md')));
    for (const [file, text] of files) await writeFile(file, text);
    try {
      const editor = await open(f.file);
      await until(() => JSON.stringify(seen(editor.document.uri)) === JSON.stringify(given(f)), 'the configured diagnostics', 20_000).catch(() => undefined);
      assert.deepEqual(seen(editor.document.uri), given(f));
      await until(() => JSON.stringify(panelPoints(editor.document.uri)) === JSON.stringify(givenPoints(f)), 'the anthology\'s own attention point', 10_000).catch(() => undefined);
      assert.deepEqual(panelPoints(editor.document.uri), givenPoints(f));
      await api().checkWorkspace();
      const draft = fileUri('configured/kladder/02-kladde.md');
      assert.deepEqual(casedoc(draft), [], 'an excluded report gets no diagnostics');
      assert.ok(!api().store.summary().cases.some((c) => c.file.endsWith('02-kladde.md')), 'nor a row in the anthology');
      await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
    } finally {
      await vscode.workspace.fs.delete(fileUri('configured'), { recursive: true });
    }
  });

  it('checks a report of 400 KB, parsed in slices between turns of the event loop, as the CLI does', async () => {
    const slices = api().analyzer.hostSlices.count;
    const f = await writeAndCompare('long-report.json');
    assert.ok(f.diagnostics.some((d) => d.code === 'invalid-date') && f.diagnostics.some((d) => d.code === 'missing-section'));
    assert.ok(api().analyzer.hostSlices.count - slices >= 10, `stretches of work: ${api().analyzer.hostSlices.count - slices}`);
  });
});
