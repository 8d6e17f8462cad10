import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { codeOf, fileUri, open, until, writeFile } from './helpers';

interface Tree {
  getChildren(node?: unknown): unknown[];
  getTreeItem(node: unknown): vscode.TreeItem;
}
const api = () => vscode.extensions.getExtension('casedoc.casedoc')!.exports as { attention: Tree; anthology: Tree };
const labelOf = (i: vscode.TreeItem) => (typeof i.label === 'string' ? i.label : i.label?.label ?? '');
const items = (tree: Tree, node?: unknown) => tree.getChildren(node).map((n) => ({ node: n, item: tree.getTreeItem(n) }));

describe('The Case Reports side panel', () => {
  it('lists the attention points of the active report by severity, each jumping to its key', async () => {
    const editor = await open('09-naboskab-i-vest.md');
    const tree = api().attention;
    const roots = await until(() => {
      const r = items(tree);
      return r.some((x) => labelOf(x.item).startsWith('Warnings')) ? r : false;
    }, 'the attention tree of 09');
    assert.deepEqual(roots.map((r) => labelOf(r.item)), ['Warnings (2)', 'To consider (3)', "The author's own points (2)", 'Validation']);
    const warnings = items(tree, roots[0].node);
    assert.deepEqual(warnings.map((w) => w.item.description), ['AP10 · Espersen 2024', 'AP13 · Espersen 2024']);
    assert.equal(labelOf(warnings[0].item), 'Equality is claimed, yet the municipality alone initiates, funds and evaluates.');
    const [uri, options] = warnings[0].item.command!.arguments as [vscode.Uri, { selection: vscode.Range }];
    assert.equal(uri.toString(), editor.document.uri.toString());
    assert.equal(editor.document.getText(options.selection), 'power_balance', 'AP10 jumps to the key it rests on');
    const own = items(tree, roots[2].node).map((o) => labelOf(o.item));
    assert.deepEqual(own, ['Kommunens medarbejdere bevarer myndighedsrollen i naboskabsrådet.', 'Formålet er ikke genforhandlet siden helhedsplanen.']);
    const validation = items(tree, roots[3].node);
    assert.equal(labelOf(validation[0].item), '0 errors');
    assert.equal(validation[0].item.command!.command, 'workbench.actions.view.problems');
  });

  it('updates the attention points as the report is edited', async () => {
    const editor = await open('09-naboskab-i-vest.md');
    const line = editor.document.getText().split('\n').indexOf('power_balance: equal');
    await editor.edit((e) => e.replace(new vscode.Range(line, 15, line, 20), 'partial-municipal-dominance'));
    const tree = api().attention;
    await until(() => {
      const warnings = items(tree).find((r) => labelOf(r.item).startsWith('Warnings'));
      return warnings && items(tree, warnings.node).map((w) => String(w.item.description).split(' ')[0]).join() === 'AP13';
    }, 'AP10 to go once equality is no longer claimed');
    await vscode.commands.executeCommand('undo');
  });

  it('labels a report in the Anthology view by the schema it was checked against', async () => {
    const schema = JSON.stringify({ type: 'object', properties: { collaboration_type: { oneOf: [{ const: 'network', title: 'Network', 'x-title-da': 'Netværk' }] } } });
    await writeFile('own-vocabulary.schema.json', schema);
    await writeFile('own-vocabulary.md', '---\ntype: case-report\n$schema: own-vocabulary.schema.json\ntitle: "Netværket"\ncollaboration_type: network\n---\n# Netværket\n');
    try {
      await vscode.commands.executeCommand('casedoc.checkWorkspace');
      const tree = api().anthology;
      await until(() => items(tree).some((x) => labelOf(x.item) === 'Network (1)'), 'a group labelled by the report\'s own schema');
    } finally {
      await vscode.workspace.fs.delete(fileUri('own-vocabulary.md'));
      await vscode.workspace.fs.delete(fileUri('own-vocabulary.schema.json'));
    }
    await until(() => !items(api().anthology).some((x) => labelOf(x.item) === 'Network (1)'), 'the group gone with the report');
  });

  it('groups the anthology by collaboration type, or by paradigm from the toolbar', async () => {
    await vscode.commands.executeCommand('casedoc.checkWorkspace');
    const tree = api().anthology;
    const groups = await until(() => {
      const g = items(tree).map((x) => labelOf(x.item));
      return g.includes('Co-production (3)') ? g : false;
    }, 'the anthology tree');
    assert.deepEqual(groups, ['Voluntary social cooperation (1)', 'Co-creation (2)', 'Co-production (3)', 'Partnership (2)', 'Associational support (1)', 'User involvement (1)', '(missing or invalid) (1)']);
    const coproduction = items(tree).find((x) => labelOf(x.item) === 'Co-production (3)')!;
    const reports = items(tree, coproduction.node);
    assert.deepEqual(reports.map((r) => labelOf(r.item)), ['Fællesskabshuset', 'Naboskab i Vest', 'Spisefællesskabet på Damhuset']);
    assert.equal(reports[0].item.description, '4 attention points');
    assert.equal(reports[0].item.command!.command, 'vscode.open');
    await vscode.commands.executeCommand('casedoc.anthology.groupByParadigm');
    await until(() => items(tree).some((x) => labelOf(x.item) === 'New Public Governance (NPG) (4)'), 'grouping by paradigm');
    await vscode.commands.executeCommand('casedoc.anthology.groupByType');
    assert.ok(codeOf);
  });
});
