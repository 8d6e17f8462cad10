// Issue 26 §3 inside the real extension host, desktop and web: a schema pattern and an exclude glob
// that backtrack for minutes in a JavaScript regular expression are checked at once (the engine's
// linear-time matching), and the host goes on serving the author.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { CasedocApi } from '../../src/extension/extension';
import { casedoc, codeOf, fileUri, until } from './helpers';

const api = () => vscode.extensions.getExtension('casedoc.casedoc')!.exports as CasedocApi;
const write = (path: string, text: string) => vscode.workspace.fs.writeFile(fileUri(path), new TextEncoder().encode(text));

const REPORT = (schema: string, title: string, more = '') => `---
$schema: ${schema}
type: case-report
title: "${title}"
${more}---

# ${title}
`;

describe('hostile patterns and globs in the extension', () => {
  const folder = 'bounded';
  // 34 `a`s and one character the pattern refuses: `^(a+)+$` tries 2^34 ways in a backtracking engine.
  const hostile = `${'a'.repeat(34)}!`;
  after(async () => {
    await vscode.workspace.fs.delete(fileUri(folder), { recursive: true });
  });

  it('checks a value against an exponential schema pattern, and a file against an exclude glob that never ends in a backtracking matcher, at once', async function () {
    this.timeout(120_000);
    await write(`${folder}/s.json`, JSON.stringify({ type: 'object', properties: { title: { type: 'string', pattern: '^(a+)+$' }, level: { type: 'string' } } }));
    await write(`${folder}/.casedoc.json`, JSON.stringify({ exclude: ['**/*a*a*a*a*a*a*a*a*b.md'] }));
    await write(`${folder}/pattern.md`, REPORT('./s.json', hostile));
    const longName = `${folder}/${'a'.repeat(200)}.md`;
    await write(longName, REPORT('./s.json', 'aaaa', 'level: [1, 2]\n'));
    await api().checkWorkspace();
    const codes = await until(() => {
      const ds = casedoc(fileUri(`${folder}/pattern.md`));
      return ds.length > 0 && ds;
    }, 'the hostile pattern checked');
    const title = codes.find((d) => d.range.start.line === 3);
    assert.ok(title && ['schema-violation', 'invalid-value'].includes(codeOf(title)), codes.map((d) => `${codeOf(d)} ${d.range.start.line}`).join(', '));
    // The long name is no match of the exclude glob: checked (its title valid, its `level` not).
    const long = await until(() => {
      const ds = casedoc(fileUri(longName));
      return ds.length > 0 && ds;
    }, 'the long name checked');
    assert.ok(long.some((d) => d.range.start.line === 4), long.map((d) => `${codeOf(d)} ${d.range.start.line}`).join(', '));
    assert.ok(!long.some((d) => d.range.start.line === 3), 'its title matches the pattern');
    // The host still serves the author: a new document is checked as usual.
    const doc = await vscode.workspace.openTextDocument({ language: 'markdown', content: REPORT('./s.json', hostile, 'collaboration_type: sometimes\n').replace('$schema: ./s.json\n', '') });
    await vscode.window.showTextDocument(doc);
    await until(() => casedoc(doc.uri).length > 0, 'a new document checked');
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
  });
});
