import * as vscode from 'vscode';
import { Analyzer } from './analyzer';
import { DiagnosticsController } from './diagnostics';
import { registerLanguageFeatures } from './language';
import { newReport } from './newReport';
import { readSettings } from './settings';
import { StatusBar } from './statusBar';
import { AttentionTree } from './panel/attentionTree';
import { AnthologyTree, type GroupBy } from './panel/anthologyTree';
import { builtinSchema } from '../core/index';

/** What the integration tests reach through `extension.exports`. */
export interface CasedocApi {
  analyzer: Analyzer;
  diagnostics: DiagnosticsController;
  attention: AttentionTree;
  anthology: AnthologyTree;
  checkWorkspace(): Promise<number>;
}

export function activate(context: vscode.ExtensionContext): CasedocApi {
  const analyzer = new Analyzer(readSettings());
  const diagnostics = new DiagnosticsController(analyzer);
  const status = new StatusBar(analyzer);
  const attention = new AttentionTree();
  const anthology = new AnthologyTree(() => builtinSchema().json, () => analyzer.current.lang);
  const showActive = (editor = vscode.window.activeTextEditor) => {
    const doc = editor?.document;
    attention.show(doc ? analyzer.cached(doc) : undefined, doc?.uri);
  };
  const groupBy = (g: GroupBy) => () => {
    anthology.setGrouping(g);
    void vscode.commands.executeCommand('setContext', 'casedoc.anthologyGroupBy', g);
  };

  const checkWorkspace = () =>
    vscode.window.withProgress(
      { location: vscode.ProgressLocation.Notification, title: vscode.l10n.t('Casedoc: checking case reports'), cancellable: true },
      (progress, token) => diagnostics.checkWorkspace(token, progress),
    );

  context.subscriptions.push(
    analyzer,
    diagnostics,
    status,
    ...registerLanguageFeatures(analyzer),
    vscode.commands.registerCommand('casedoc.checkWorkspace', async () => {
      const n = await checkWorkspace();
      void vscode.window.setStatusBarMessage(vscode.l10n.t('Casedoc: checked {0} case reports', n), 5000);
      return n;
    }),
    vscode.commands.registerCommand('casedoc.newReport', () => newReport(analyzer.current.lang)),
    attention,
    anthology,
    vscode.window.registerTreeDataProvider('casedoc.attention', attention),
    vscode.window.registerTreeDataProvider('casedoc.anthology', anthology),
    vscode.commands.registerCommand('casedoc.anthology.groupByType', groupBy('collaboration_type')),
    vscode.commands.registerCommand('casedoc.anthology.groupByParadigm', groupBy('governance_paradigm')),
    vscode.commands.registerCommand('casedoc.anthology.groupByPower', groupBy('power_balance')),
    diagnostics.onDidAnalyse((a) => {
      status.show(vscode.window.activeTextEditor, a);
      anthology.update(a);
      if (a.uri === vscode.window.activeTextEditor?.document.uri.toString()) attention.show(a, vscode.window.activeTextEditor.document.uri);
    }),
    diagnostics.onDidForget((uri) => anthology.remove(uri)),
    vscode.window.onDidChangeActiveTextEditor((e) => {
      status.show(e);
      showActive(e);
    }),
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (!e.affectsConfiguration('casedoc')) return;
      analyzer.update(readSettings());
      void diagnostics.checkWorkspace();
    }),
    vscode.workspace.onDidGrantWorkspaceTrust(() => {
      analyzer.forgetSchemas();
      void diagnostics.checkWorkspace();
    }),
  );
  const schemaWatcher = vscode.workspace.createFileSystemWatcher('**/*.json');
  context.subscriptions.push(schemaWatcher, schemaWatcher.onDidChange(() => analyzer.forgetSchemas()));

  if (analyzer.current.checkWorkspaceOnStartup) {
    void vscode.window.withProgress({ location: vscode.ProgressLocation.Window, title: 'Casedoc' }, () => diagnostics.checkWorkspace());
  }
  status.show(vscode.window.activeTextEditor);
  showActive();
  void vscode.commands.executeCommand('setContext', 'casedoc.anthologyGroupBy', 'collaboration_type');
  return { analyzer, diagnostics, attention, anthology, checkWorkspace: () => diagnostics.checkWorkspace() };
}

export function deactivate(): void {
  // Everything is in context.subscriptions.
}
