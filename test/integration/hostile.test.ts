// Issue 6 inside the real extension host: the hostile-input corpus checked from disk and as open
// documents, the host still serving a normal report afterwards, and nothing on disk changed; then a
// workspace of 5,000 reports, typing elsewhere while it is checked (figures in
// test-results/load.json, quoted in BENCHMARKS.md).
import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import v8 from 'node:v8';
import vm from 'node:vm';
import * as vscode from 'vscode';
import type { CasedocApi } from '../../src/extension/extension';
import { CORPUS, VALID, writeCorpus } from '../hostile/corpus';
import { casedoc, codeOf, fileUri, settled, until } from './helpers';

const extension = () => vscode.extensions.getExtension('casedoc.casedoc')!;
const api = () => extension().exports as CasedocApi;
const config = () => vscode.workspace.getConfiguration('casedoc');

describe('hostile input in the extension', () => {
  const folder = 'hostile';
  before(async () => {
    await config().update('include', [`${folder}/**`], vscode.ConfigurationTarget.Workspace);
  });
  after(async () => {
    await config().update('include', undefined, vscode.ConfigurationTarget.Workspace);
    await vscode.workspace.fs.delete(fileUri(folder), { recursive: true });
  });

  it('checks every corpus file from disk and as an open document, never crashes, and changes no file', async function () {
    this.timeout(240_000);
    const written = new Map<string, Uint8Array>();
    const cases = writeCorpus(folder, (path, bytes) => written.set(path, bytes));
    for (const [path, bytes] of written) await vscode.workspace.fs.writeFile(fileUri(path), bytes);
    await api().checkWorkspace();
    for (const c of cases) {
      const uri = fileUri(`${folder}/${c.name}`);
      const codes = await until(() => {
        const ds = casedoc(uri);
        return ds.length > 0 && ds.map(codeOf);
      }, `diagnostics of ${c.name}`);
      if (c.skippedByCli) {
        // Over casedoc.maxFileSize (5 MB), or binary: said as the CLI says it, and not parsed.
        assert.deepEqual(codes, [c.skippedByCli], c.name);
        continue;
      }
      // Read from disk as the CLI reads it: invalid bytes are said (core/project/gates.ts).
      if (c.name === 'invalid-utf8.md') assert.ok(codes.includes('invalid-encoding'), `${c.name}: ${codes.join(', ')}`);
      for (const code of c.codes) assert.ok(codes.includes(code), `${c.name}: ${code} expected, got ${codes.join(', ')}`);
      const allowed = new Set([...c.codes, ...(c.allow ?? []), ...(c.cliCodes ?? [])]);
      assert.deepEqual(codes.filter((x) => !allowed.has(x)), [], `${c.name} (${c.what})`);
    }
    // The same files as open documents (what VS Code decodes), those VS Code opens as text.
    for (const name of ['crlf.md', 'lone-cr.md', 'bom.md', 'utf16le-bom.md', 'utf16be-bom.md', 'emoji-before-error.md', 'merge-conflict.md', 'alias-bomb.md', 'deep-nesting.md', 'ten-thousand-keys.md']) {
      const c = CORPUS.find((x) => x.name === name)!;
      const doc = await vscode.workspace.openTextDocument(fileUri(`${folder}/${name}`));
      await vscode.window.showTextDocument(doc);
      const ds = await settled(doc, (d) => c.codes.every((code) => d.some((x) => codeOf(x) === code)) && d.length > 0, `open ${name}`);
      for (const d of ds) assert.ok(doc.validateRange(d.range).isEqual(d.range), `${name}: ${codeOf(d)} lies inside the document`);
      await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
    }
    // The host still serves a normal report.
    const normal = await vscode.workspace.openTextDocument({ language: 'markdown', content: VALID.replace('power_balance: equal', 'power_balance: sometimes') });
    await vscode.window.showTextDocument(normal);
    await settled(normal, (d) => d.some((x) => codeOf(x) === 'invalid-value'), 'a normal report after the corpus');
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    // Checking wrote nothing: every file is byte for byte what was written.
    for (const [path, bytes] of written) {
      const now = await vscode.workspace.fs.readFile(fileUri(path));
      assert.ok(Buffer.from(now).equals(Buffer.from(bytes)), `${path} unchanged on disk`);
    }
  });
});

describe('special files in the extension (issue 26)', () => {
  const folder = 'special';
  after(async () => {
    await vscode.workspace.fs.delete(fileUri(folder), { recursive: true });
  });

  it('says a $schema that is a pipe cannot be used, never waiting on it, and the workspace check finishes', async function () {
    this.timeout(120_000);
    mkdirSync(fileUri(folder).fsPath, { recursive: true });
    execFileSync('mkfifo', [fileUri(`${folder}/pipe.json`).fsPath]);
    writeFileSync(fileUri(`${folder}/piped.md`).fsPath, VALID.replace('---\n', '---\n$schema: ./pipe.json\n'));
    await api().checkWorkspace();
    const ds = await until(() => {
      const d = casedoc(fileUri(`${folder}/piped.md`)).find((x) => codeOf(x) === 'schema-unusable');
      return d && [d];
    }, 'the pipe said');
    assert.match(ds[0].message, /it is not a regular file/);
  });
});

describe('a workspace of 5,000 reports', () => {
  const folder = 'load';
  const COUNT = 5000;
  after(async () => {
    await vscode.workspace.fs.delete(fileUri(folder), { recursive: true });
  });

  it('keeps diagnostics of the file being typed in coming within a second while it checks them all', async function () {
    this.timeout(600_000);
    // The heap after a full garbage collection: what is really held.
    v8.setFlagsFromString('--expose-gc');
    const gc = vm.runInNewContext('gc') as () => void;
    const heap = () => {
      gc();
      return Math.round(process.memoryUsage().heapUsed / 1e6);
    };
    const heapBefore = heap();
    const started = Date.now();
    // Written straight to disk (code-server's files are this machine's): the watcher sees them come.
    mkdirSync(fileUri(folder).fsPath, { recursive: true });
    for (let i = 0; i < COUNT; i++) {
      const text = VALID.replace('title: "Fællesskabshuset"', `title: "Sag ${i}"`).replace('power_balance: equal', i % 10 === 0 ? 'power_balance: sometimes' : 'power_balance: equal');
      writeFileSync(fileUri(`${folder}/case-${i}.md`).fsPath, text);
    }
    const writtenMs = Date.now() - started;

    const doc = await vscode.workspace.openTextDocument({ language: 'markdown', content: VALID });
    const editor = await vscode.window.showTextDocument(doc);
    await settled(doc, (d) => !d.some((x) => codeOf(x) === 'invalid-value'), 'the open report, before');

    const checkStart = Date.now();
    const check = api().checkWorkspace();
    // While the workspace is checked: break and repair a value, timing each round's diagnostics.
    const latencies: number[] = [];
    const line = doc.getText().split('\n').indexOf('power_balance: equal');
    for (let round = 0; round < 6; round++) {
      await new Promise((r) => setTimeout(r, 1500));
      const broken = round % 2 === 0;
      const t0 = Date.now();
      await editor.edit((e) => e.replace(new vscode.Range(line, 15, line, doc.lineAt(line).text.length), broken ? 'sometimes' : 'equal'));
      await settled(doc, (d) => d.some((x) => codeOf(x) === 'invalid-value') === broken, `round ${round}`);
      latencies.push(Date.now() - t0);
    }
    const reports = await check;
    const checkMs = Date.now() - checkStart;
    assert.ok(reports >= COUNT, `${reports} reports checked`);
    await until(() => casedoc(fileUri(`${folder}/case-10.md`)).some((d) => codeOf(d) === 'invalid-value'), 'a checked file\'s diagnostics');
    const heapAfterCheck = heap();

    const figures: Record<string, unknown> = {
      reports: COUNT,
      writeMs: writtenMs,
      workspaceCheckMs: checkMs,
      typingLatencyMs: latencies,
      typingLatencyMaxMs: Math.max(...latencies),
      heapMbBefore: heapBefore,
      heapMbAfterCheck: heapAfterCheck,
      analysesCached: (api().analyzer as unknown as { cache: Map<string, unknown> }).cache.size,
    };
    const results = join(extension().extensionPath, 'test-results');
    mkdirSync(results, { recursive: true });
    const save = () => writeFileSync(join(results, 'load.json'), JSON.stringify(figures, null, 2) + '\n');
    save();

    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    await vscode.workspace.fs.delete(fileUri(folder), { recursive: true });
    // A deleted folder reaches the extension as one event; its reports leave the anthology and the Problems.
    await until(() => !api().store.summary().cases.some((r) => r.file.startsWith(`${folder}/`)), 'the deleted reports gone from the anthology', 120_000);
    assert.equal(casedoc(fileUri(`${folder}/case-10.md`)).length, 0, 'no diagnostics left for a deleted report');
    await new Promise((r) => setTimeout(r, 2000));
    figures.heapMbAfterDelete = heap();
    console.log(`    load: ${JSON.stringify(figures)}`);
    save();
    assert.ok(Number(figures.analysesCached) < 50, 'files read from disk are not kept parsed');
  });
});
