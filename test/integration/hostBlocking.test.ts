// The in-host benchmark of issue 5: how long Casedoc holds the extension host while a 500 KB report
// is opened and typed in. It measures and writes test-results/host-blocking.json (BENCHMARKS.md
// quotes it); it asserts behaviour only, never a time, as timed tests would be flaky.
import * as assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PerformanceObserver, monitorEventLoopDelay } from 'node:perf_hooks';
import * as vscode from 'vscode';
import type { CasedocApi } from '../../src/extension/extension';
import { casedoc, codeOf, settled, writeFile } from './helpers';

const extension = () => vscode.extensions.getExtension('casedoc.casedoc')!;

/**
 * About 500 KB: the reference frontmatter and sections of paragraphs and lists with emphasis and
 * links, as reports have them. (Plain paragraphs alone are read line by line, plainBlocks.ts, in
 * a slice or two: they would no longer test the slicing.)
 */
function longReport(): string {
  const head = '---\ntype: case-report\ntitle: "Et langt forløb"\ncollaboration_type: co-production\ngovernance_paradigm: new-public-governance\nlevel: group\n---\n# Et langt forløb\n\n';
  const parts = [head];
  for (let i = 0, size = head.length; size < 500_000; i++) {
    const part =
      i % 8 === 0
        ? `## Forløb ${i}\n\n`
        : i % 8 === 4
          ? `- Kommunen *koordinerer* runde ${i}.\n- Foreningen [rekrutterer](https://example.org/${i}) de frivillige.\n\n`
          : `Afsnit ${i}: kommunen og foreningen aftalte en *ny fordeling* af opgaverne, og styregruppen mødtes igen for at følge op på aftalen om huset og de frivillige, runde ${i}.\n\n`;
    parts.push(part);
    size += part.length;
  }
  return parts.join('') + '## Opmærksomhedspunkter\n\n- Kommunen bevarer myndighedsrollen.\n';
}

describe('the extension host while a 500 KB report is opened and typed in', () => {
  // Run alone (CASEDOC_GREP), no other suite has activated the extension.
  before(() => extension().activate());

  it('stays responsive, and each edit still gets its diagnostics', async function () {
    this.timeout(180_000);
    const api = extension().exports as CasedocApi;
    const text = longReport();
    const uri = await writeFile('long-report.md', text);
    const loop = monitorEventLoopDelay({ resolution: 5 });
    api.analyzer.hostSlices.reset();
    // Garbage collection pauses the whole host too; measured apart, to tell them from Casedoc's work.
    const gc: number[] = [];
    const gcObserver = new PerformanceObserver((list) => gc.push(...list.getEntries().map((e) => e.duration)));
    gcObserver.observe({ entryTypes: ['gc'] });
    loop.enable();

    const opened = Date.now();
    const editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
    const doc = editor.document;
    await settled(doc, (ds) => ds.some((d) => codeOf(d) === 'missing-section'), 'the first check of the long report');
    const firstCheckMs = Date.now() - opened;

    // Typing: a wrong value in the frontmatter and its repair, then words in a middle paragraph.
    const level = doc.getText().indexOf('level: group') + 'level: '.length;
    const typed = async (offset: number, chars: string) => {
      for (const c of chars) {
        await editor.edit((e) => e.insert(doc.positionAt(offset), c));
        offset++;
        await new Promise((r) => setTimeout(r, 40));
      }
    };
    await editor.edit((e) => e.replace(new vscode.Range(doc.positionAt(level), doc.positionAt(level + 5)), ''));
    await typed(level, 'grupe');
    await settled(doc, (ds) => ds.some((d) => codeOf(d) === 'invalid-value'), 'the wrong value reported');
    await editor.edit((e) => e.replace(new vscode.Range(doc.positionAt(level), doc.positionAt(level + 5)), 'group'));
    await settled(doc, (ds) => !ds.some((d) => codeOf(d) === 'invalid-value'), 'the repaired value');
    const middle = doc.getText().indexOf('Afsnit ', Math.floor(doc.getText().length / 2));
    await typed(middle, 'Nyt: ');
    // A heading typed in the middle of the body: the outline changes, and the check sees it.
    const before = casedoc(doc.uri).filter((d) => codeOf(d) === 'missing-section').length;
    await typed(middle, '## Værdiskabelse\n\n');
    await settled(doc, (ds) => ds.filter((d) => codeOf(d) === 'missing-section').length === before - 1, 'the new section found');

    loop.disable();
    gcObserver.disconnect();
    const figures = {
      gcLongestPauseMs: Math.round(Math.max(0, ...gc) * 10) / 10,
      gcPauses: gc.length,
      reportChars: text.length,
      firstCheckMs,
      casedocLongestSliceMs: Math.round(api.analyzer.hostSlices.longestMs * 10) / 10,
      casedocLongestSliceWas: api.analyzer.hostSlices.longestWhere,
      casedocSlices: api.analyzer.hostSlices.count,
      casedocSlicesOver50Ms: api.analyzer.hostSlices.over50,
      casedocLongestFiveMs: api.analyzer.hostSlices.top.map((ms) => Math.round(ms)),
      eventLoopDelayMaxMs: Math.round(loop.max / 1e5) / 10,
      eventLoopDelayP99Ms: Math.round(loop.percentile(99) / 1e5) / 10,
    };
    console.log(`    host blocking: ${JSON.stringify(figures)}`);
    const results = join(extension().extensionPath, 'test-results');
    mkdirSync(results, { recursive: true });
    writeFileSync(join(results, 'host-blocking.json'), JSON.stringify(figures, null, 2) + '\n');
    assert.ok(figures.casedocSlices > 10, 'the first check was cut into slices');
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    await vscode.workspace.fs.delete(uri);
  });
});
