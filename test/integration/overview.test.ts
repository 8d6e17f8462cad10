import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import readXlsxFile from 'read-excel-file/universal';
import { asText, parseCsv } from '../csv';
import type { CasedocApi } from '../../src/extension/extension';
import { fileUri, open, until, writeFile } from './helpers';

const extension = () => vscode.extensions.getExtension('casedoc.casedoc')!;
const api = () => extension().exports as CasedocApi;
const receive = (m: unknown) => (api().overview as unknown as { receive(m: unknown): Promise<void> }).receive(m);

/**
 * What `casedoc summary` printed for this workspace folder, run as a user would in a terminal there
 * before the session (test/e2e/expected.mjs): the web build's host cannot start a process.
 */
async function cli(name: 'summary.json' | 'summary-md.txt' | 'summary-csv.txt'): Promise<string> {
  return new TextDecoder().decode(await vscode.workspace.fs.readFile(fileUri(`.casedoc-expected/${name}`)));
}

async function openOverview(): Promise<vscode.WebviewPanel> {
  const open = api().overview.current;
  if (open) {
    open.reveal();
    return open;
  }
  const ready = new Promise<void>((resolve) => {
    const d = api().overview.onDidHandle((m) => {
      if (m.type === 'ready') {
        d.dispose();
        resolve();
      }
    });
  });
  await vscode.commands.executeCommand('casedoc.showOverview');
  // The page asks for its data only once its script has run under the content policy.
  await Promise.race([ready, new Promise((_, reject) => setTimeout(() => reject(new Error('the overview page never sent "ready"')), 20_000))]);
  return api().overview.current!;
}

describe('The anthology overview', () => {
  before(async () => {
    await vscode.commands.executeCommand('casedoc.checkWorkspace');
  });

  after(async () => {
    api().overview.current?.dispose();
  });

  it('opens from its command with a strict content policy, one nonced script and the media folder only', async () => {
    const panel = await openOverview();
    assert.equal(panel.viewType, 'casedoc.overview');
    assert.equal(panel.title, 'Anthology overview');
    const html = panel.webview.html;
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html)?.[1] ?? '';
    const source = panel.webview.cspSource;
    const nonce = /script-src 'nonce-([A-Za-z0-9+/=]+)'/.exec(csp)?.[1] ?? '';
    assert.equal(csp, `default-src 'none'; style-src ${source}; img-src ${source}; script-src 'nonce-${nonce}'`);
    assert.ok(atob(nonce).length >= 16, 'a nonce of at least 128 bits');
    const scripts = [...html.matchAll(/<script\b([^>]*)>/g)].map((m) => m[1]);
    assert.equal(scripts.length, 1);
    assert.ok(scripts[0].includes(`nonce="${nonce}"`) && scripts[0].includes('overview.js'));
    assert.deepEqual(panel.webview.options.localResourceRoots?.map(String), [vscode.Uri.joinPath(extension().extensionUri, 'media').toString()]);
    assert.equal(panel.webview.options.enableScripts, true);
    assert.ok(!panel.webview.options.enableCommandUris, 'no command links from the page');

    // Every page gets a fresh nonce.
    panel.dispose();
    const again = await openOverview();
    const next = /'nonce-([^']+)'/.exec(again.webview.html)?.[1];
    assert.ok(next && next !== nonce);
  });

  it('shows the same cross-table, power balance and attention counts as casedoc summary', async () => {
    const m = api().overview.model();
    const printed = JSON.parse(await cli('summary.json'));
    assert.deepEqual(m.summary.crossTable, printed.crossTable);
    assert.deepEqual(m.summary.powerBalance, printed.powerBalance);
    assert.deepEqual(m.summary.attention, printed.attention);
    assert.deepEqual(m.summary.cases, printed.cases);
    assert.equal(m.summary.crossTable.counts['co-production']['new-public-governance'], 3);
    assert.equal(m.labels.collaboration_type['co-production'], 'Co-production');
    assert.equal(m.labels.collaboration_type.samproduktion, 'samproduktion', 'an invalid value is shown as written');
    assert.equal(m.labels.power_balance['(none)'], '(missing or invalid)');
  });

  it('exports Markdown and CSV exactly as casedoc summary prints them, the Excel workbook with the same cases, and the REFI-QDA project as casedoc export writes it', async () => {
    const md = fileUri('export/summary.md');
    const csv = fileUri('export/summary.csv');
    try {
      assert.equal((await vscode.commands.executeCommand<vscode.Uri>('casedoc.exportSummary', 'markdown', md))?.toString(), md.toString());
      await vscode.commands.executeCommand('casedoc.exportSummary', 'csv', csv);
      const read = async (u: vscode.Uri) => new TextDecoder('utf-8', { ignoreBOM: true }).decode(await vscode.workspace.fs.readFile(u));
      assert.equal(await read(md), await cli('summary-md.txt'));
      // Byte for byte, the byte-order mark for spreadsheets included.
      const bytes = async (u: vscode.Uri) => [...await vscode.workspace.fs.readFile(u)];
      assert.deepEqual(await bytes(csv), await bytes(fileUri('.casedoc-expected/summary-csv.txt')));
      assert.deepEqual((await bytes(csv)).slice(0, 3), [0xef, 0xbb, 0xbf]);
      // Excel: the workbook `casedoc summary --format xlsx` writes, its cases sheet the CSV's cells.
      const xlsx = fileUri('export/summary.xlsx');
      await vscode.commands.executeCommand('casedoc.exportSummary', 'xlsx', xlsx);
      const data = await vscode.workspace.fs.readFile(xlsx);
      const sheets = await readXlsxFile(data.buffer.slice(data.byteOffset, data.byteOffset + data.byteLength) as ArrayBuffer);
      assert.deepEqual(sheets.map((sheet) => sheet.sheet), ['Cases', 'Type × paradigm', 'Type × power', 'Paradigm × power', 'Own word × type', 'Attention points']);
      assert.deepEqual(sheets[0].data.map((r) => r.map(asText)), parseCsv(await read(csv)));
      // REFI-QDA: byte for byte `casedoc export --format qdpx`, the bodies as the editor has them.
      const qdpx = fileUri('export/anthology.qdpx');
      await vscode.commands.executeCommand('casedoc.exportSummary', 'qdpx', qdpx);
      assert.deepEqual(await bytes(qdpx), await bytes(fileUri('.casedoc-expected/anthology.qdpx.bin')));
    } finally {
      await vscode.workspace.fs.delete(fileUri('export'), { recursive: true });
    }
  });

  it('opens a case the page asks for beside it, and nothing outside the anthology', async () => {
    const panel = await openOverview();
    await receive({ type: 'open', file: '09-naboskab-i-vest.md' });
    const editor = await until(() => vscode.window.activeTextEditor, 'an editor');
    assert.equal(editor.document.uri.toString(), fileUri('09-naboskab-i-vest.md').toString());
    assert.notEqual(editor.viewColumn, panel.viewColumn, 'beside the overview');
    for (const file of ['../../etc/passwd', '00-introduction.md', 'no-such.md']) {
      await receive({ type: 'open', file });
      assert.equal(vscode.window.activeTextEditor?.document.uri.toString(), editor.document.uri.toString(), file);
    }
  });

  it('changes nothing for an edit naming what every object inherits, as a field or a value', async () => {
    const file = '01-faellesskabshuset.md';
    const before = await vscode.workspace.fs.readFile(fileUri(file));
    // `seen` as a plain object's look-up finds it: what let `toString: x` be written before.
    const inherited = [['toString', 'function toString() { [native code] }'], ['__proto__', '{}'], ['constructor', 'function Object() { [native code] }']];
    for (const [name, seen] of inherited) {
      await receive({ type: 'edit', field: name, value: 'x', targets: [{ file, seen }] });
      await receive({ type: 'edit', field: 'collaboration_type', value: name, targets: [{ file, seen: 'co-production' }] });
    }
    const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === fileUri(file).toString());
    assert.ok(!doc?.isDirty, 'no edit in the editor');
    assert.deepEqual(await vscode.workspace.fs.readFile(fileUri(file)), before);
  });

  it('follows the anthology as reports are edited, added and removed', async () => {
    await openOverview();
    const count = () => api().overview.model().summary.crossTable.counts['co-creation']['new-public-governance'];
    assert.equal(count(), 0);
    const uri = await writeFile('10-new-case.md', '---\ntype: case-report\ntitle: "<img src=x onerror=alert(1)>"\nauthors: [X]\ncollaboration_type: co-creation\ngovernance_paradigm: new-public-governance\npower_balance: equal\nactors: []\n---\n# X\n');
    try {
      await until(() => count() === 1, 'the new report in the overview');
      const row = api().overview.model().summary.cases.find((c) => c.file === '10-new-case.md');
      assert.equal(row?.title, '<img src=x onerror=alert(1)>', 'data goes to the page as text, by message');
      assert.ok(!api().overview.current!.webview.html.includes('onerror'), 'never into the page\'s HTML');
      const editor = await open('10-new-case.md');
      const line = editor.document.getText().split('\n').indexOf('collaboration_type: co-creation');
      await editor.edit((e) => e.replace(new vscode.Range(line, 20, line, 31), 'partnership'));
      await until(() => count() === 0 && api().overview.model().summary.crossTable.counts.partnership['new-public-governance'] === 2, 'the edit in the overview');
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    } finally {
      await vscode.workspace.fs.delete(uri);
    }
    await until(() => !api().overview.model().summary.cases.some((c) => c.file === '10-new-case.md'), 'the deleted report to leave the overview');
  });
});
