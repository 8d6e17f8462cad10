import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import { NONE, summarise, summaryLabels } from '../../src/core/index';
import { readOverviewMessage, type OverviewModel } from '../../src/webview/protocol';
import { cellText, heat, restoreState, shownColumns, shownFields, toggleColumn, visibleCases, INITIAL_STATE, type ViewState } from '../../src/webview/overview/view';
import { check, ROOT } from '../helpers';

function model(lang: 'en' | 'da' = 'en'): OverviewModel {
  const dir = join(ROOT, 'examples/anthology');
  const summary = summarise(readdirSync(dir).filter((f) => f.endsWith('.md')).sort().map((f) => ({ file: f, ...check(readFileSync(join(dir, f), 'utf8'), { lang }) })));
  return { lang, summary, labels: summaryLabels(summary, lang), checking: false, editors: {}, fields: [], values: {} };
}

const files = (m: OverviewModel, state: Partial<ViewState>) => visibleCases(m, { ...INITIAL_STATE, ...state }).map((c) => c.file.slice(0, 2));

describe('the anthology overview (what the webview shows)', () => {
  const m = model();

  it('filters the cases to a heat-map cell, a power balance or an attention point', () => {
    assert.deepEqual(files(m, { filter: { kind: 'cell', row: 'co-production', column: 'new-public-governance' } }), ['01', '09', '11']);
    assert.deepEqual(files(m, { filter: { kind: 'cell', row: NONE, column: NONE } }), ['06'], 'the report with an invalid type and no paradigm');
    assert.deepEqual(files(m, { filter: { kind: 'power', id: 'equal' } }), ['06', '09']);
    assert.deepEqual(files(m, { filter: { kind: 'power', id: NONE } }), ['07']);
    assert.deepEqual(files(m, { filter: { kind: 'point', id: 'AP09' } }), ['02', '06', '07', '10']);
    // Every cell's filter lists exactly as many cases as the cell counts.
    const t = m.summary.crossTable;
    for (const row of t.rows) for (const column of t.columns) {
      assert.equal(files(m, { filter: { kind: 'cell', row, column } }).length, t.counts[row][column], `${row} × ${column}`);
    }
  });

  it('filters to a cell of each cross-table and to the actors\' own word for a type', () => {
    assert.deepEqual(files(m, { filter: { kind: 'cell', table: 'typeByPower', row: 'co-production', column: 'temporary-municipal-dominance' } }), ['01', '11']);
    assert.deepEqual(files(m, { filter: { kind: 'cell', table: 'paradigmByPower', row: 'new-public-management', column: 'full-municipal-dominance' } }), ['10']);
    assert.deepEqual(files(m, { filter: { kind: 'selfLabel', selfLabel: 'samskabelse', type: 'co-production' } }), ['01', '09', '11']);
    assert.deepEqual(files(m, { filter: { kind: 'selfLabel', selfLabel: 'samskabelse', type: 'co-creation' } }), ['02']);
    // Every cell and row lists exactly as many cases as it counts.
    for (const table of ['typeByPower', 'paradigmByPower'] as const) {
      const t = m.summary[table];
      for (const row of t.rows) for (const column of t.columns) assert.equal(files(m, { filter: { kind: 'cell', table, row, column } }).length, t.counts[row][column], `${table}: ${row} × ${column}`);
    }
    for (const l of m.summary.selfLabels) assert.equal(files(m, { filter: { kind: 'selfLabel', selfLabel: l.selfLabel, type: l.collaboration_type } }).length, l.count, l.selfLabel);
  });

  it('shows the default columns until the editor chooses, keeps the title, and sorts by a new column', () => {
    assert.deepEqual(shownColumns(INITIAL_STATE), ['title', 'authors', 'municipality', 'collaboration_type', 'governance_paradigm', 'power_balance', 'errors', 'warnings', 'attentionPoints', 'file']);
    const withPeriod = { ...INITIAL_STATE, columns: toggleColumn(INITIAL_STATE, 'period') };
    assert.deepEqual(shownColumns(withPeriod).slice(5, 8), ['power_balance', 'period', 'errors'], 'a chosen column takes its place in the table order');
    assert.deepEqual(toggleColumn(withPeriod, 'period'), shownColumns(INITIAL_STATE));
    assert.deepEqual(toggleColumn(INITIAL_STATE, 'title'), shownColumns(INITIAL_STATE), 'the title cannot be hidden');
    // Another field of the schema: after the table's columns, kept as the editor hides a column, and across a reload.
    const withMode = { ...withPeriod, columns: toggleColumn(withPeriod, 'field:coproduction_mode') };
    assert.deepEqual(shownFields(withMode), ['coproduction_mode']);
    assert.deepEqual(shownFields({ ...withMode, columns: toggleColumn(withMode, 'period') }), ['coproduction_mode']);
    assert.deepEqual(restoreState(JSON.parse(JSON.stringify(withMode))).columns, withMode.columns);
    assert.deepEqual(restoreState({ ...withMode, columns: [...withMode.columns, 'field:<img>'] }).columns, withMode.columns, 'a stored key that is no field name is dropped');
    assert.deepEqual(toggleColumn(withMode, 'field:coproduction_mode'), withPeriod.columns);
    // By period: by its start as written (08's `01-03-2021`, which the check reports, comes first); an open end reads as open.
    assert.deepEqual(files(m, { sort: { key: 'period', descending: false } }).slice(0, 4), ['08', '05', '04', '09']);
    assert.equal(cellText(m.summary.cases.find((c) => c.file.startsWith('09'))!, 'period', m), '2018-01-01 –');
    assert.equal(cellText(m.summary.cases.find((c) => c.file.startsWith('10'))!, 'policy_area', m), 'Disability, Mental health');
    assert.equal(cellText(m.summary.cases.find((c) => c.file.startsWith('10'))!, 'status', m), 'Ongoing');
    assert.equal(cellText(m.summary.cases.find((c) => c.file.startsWith('03'))!, 'chapter', m), '4');
    assert.equal(cellText(m.summary.cases.find((c) => c.file.startsWith('01'))!, 'status', m), '', 'an optional field left out is blank, not "missing"');
  });

  it('sorts by the label a reader sees, numbers as numbers, and either way', () => {
    assert.deepEqual(files(m, { sort: { key: 'title', descending: false } }), ['04', '10', '01', '03', '07', '09', '08', '11', '06', '05', '02']);
    assert.deepEqual(files(m, { sort: { key: 'errors', descending: true } }), ['06', '07', '08', '01', '02', '03', '04', '05', '09', '10', '11']);
    assert.deepEqual(files(m, { sort: { key: 'attentionPoints', descending: true } }).slice(0, 4), ['02', '07', '09', '01'], 'by count, ties by file');
    // "(missing or invalid)" and an invalid value written as-is sort among the labels, not by id.
    assert.deepEqual(files(m, { sort: { key: 'governance_paradigm', descending: false } }), ['06', '02', '01', '07', '09', '11', '03', '08', '10', '04', '05']);
  });

  it('sorts Danish titles the Danish way (æ, ø, å after z)', () => {
    const da = model('da');
    const titled = (t: string, file: string) => ({ ...da.summary.cases[0], title: t, file });
    const custom = { ...da, summary: { ...da.summary, cases: [titled('Åbent hus', 'a'), titled('Zoneterapi', 'b'), titled('Ældrecafé', 'c'), titled('Øst', 'd'), titled('Amager', 'e')] } };
    assert.deepEqual(visibleCases(custom, { ...INITIAL_STATE, sort: { key: 'title', descending: false } }).map((c) => c.title), ['Amager', 'Zoneterapi', 'Ældrecafé', 'Øst', 'Åbent hus']);
  });

  it('keeps a report without a title last, whichever way the titles are sorted', () => {
    const custom = { ...m, summary: { ...m.summary, cases: [{ ...m.summary.cases[0], title: null, file: 'z' }, ...m.summary.cases] } };
    for (const descending of [false, true]) {
      const titles = visibleCases(custom, { ...INITIAL_STATE, sort: { key: 'title', descending } }).map((c) => c.title);
      assert.equal(titles.at(-1), null);
    }
  });

  it('restores a saved sort and filter, and drops a saved state that no longer fits', () => {
    const saved: ViewState = { sort: { key: 'warnings', descending: true }, filter: { kind: 'point', id: 'AP01' }, columns: ['title', 'municipality', 'period'] };
    assert.deepEqual(restoreState(JSON.parse(JSON.stringify(saved))), saved);
    // A state saved before the columns could be chosen, or naming a column that is gone, or without the title.
    assert.deepEqual(restoreState({ sort: saved.sort, filter: null }), { sort: saved.sort, filter: null, columns: null });
    assert.deepEqual(restoreState({ ...saved, columns: ['title', 'gone', 'period'] }).columns, ['title', 'period']);
    assert.equal(restoreState({ ...saved, columns: ['period'] }).columns, null);
    assert.equal(restoreState({ ...saved, filter: { kind: 'cell', table: 'nowhere', row: 'a', column: 'b' } }).filter, null);
    assert.deepEqual(restoreState({ ...saved, filter: { kind: 'selfLabel', selfLabel: 'samskabelse', type: 'co-creation' } }).filter, { kind: 'selfLabel', selfLabel: 'samskabelse', type: 'co-creation' });
    assert.deepEqual(restoreState(undefined), INITIAL_STATE);
    assert.deepEqual(restoreState({ sort: { key: 'constructor', descending: 1 }, filter: { kind: 'cell', row: 3 } }), INITIAL_STATE);
  });

  it('shades heat-map cells by count, leaving room for the number to stay readable', () => {
    assert.equal(heat(0, 4), 0);
    assert.equal(heat(4, 4), 65);
    assert.ok(heat(1, 4) > 0 && heat(1, 4) < heat(2, 4));
  });

  it('accepts only the protocol\'s messages from the webview', () => {
    assert.deepEqual(readOverviewMessage({ type: 'open', file: 'a.md' }), { type: 'open', file: 'a.md' });
    assert.deepEqual(readOverviewMessage({ type: 'export', format: 'csv', extra: 1 }), { type: 'export', format: 'csv' });
    assert.deepEqual(readOverviewMessage({ type: 'ready' }), { type: 'ready' });
    for (const bad of [null, 'open', { type: 'open' }, { type: 'open', file: 42 }, { type: 'export', format: 'html' }, { type: 'runCommand', command: 'x' }, { type: 'open', file: 'x'.repeat(5000) }]) {
      assert.equal(readOverviewMessage(bad), undefined, JSON.stringify(bad)?.slice(0, 60));
    }
  });

  it('bundles the webview script without the engine, Node or vscode, and never writes HTML', async () => {
    const result = await build({ entryPoints: [join(ROOT, 'src/webview/overview/main.ts')], bundle: true, write: false, platform: 'browser', format: 'iife', metafile: true, logLevel: 'silent' });
    const inputs = Object.keys(result.metafile.inputs);
    assert.deepEqual(inputs.filter((i) => i.includes('node_modules') || i.includes('vscode')), []);
    assert.deepEqual(inputs.filter((i) => i.startsWith('src/core/')).sort(), ['src/core/summary/columns.ts', 'src/core/summary/none.ts', 'src/core/summary/words.ts']);
    for (const file of readdirSync(join(ROOT, 'src/webview/overview'))) {
      const source = readFileSync(join(ROOT, 'src/webview/overview', file), 'utf8');
      assert.doesNotMatch(source, /innerHTML|outerHTML|insertAdjacentHTML|document\.write|eval\(|new Function/, file);
    }
  });
});
