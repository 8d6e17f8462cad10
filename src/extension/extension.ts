import * as vscode from 'vscode';
import { Analyzer } from './analyzer';
import { DiagnosticsController } from './diagnostics';
import { registerLanguageFeatures } from './language';
import { newReport } from './newReport';
import { readSettings } from './settings';
import { StatusBar } from './statusBar';

/** What the integration tests reach through `extension.exports`. */
export interface CasedocApi {
  analyzer: Analyzer;
  diagnostics: DiagnosticsController;
  checkWorkspace(): Promise<number>;
}

export function activate(context: vscode.ExtensionContext): CasedocApi {
  const analyzer = new Analyzer(readSettings());
  const diagnostics = new DiagnosticsController(analyzer);
  const status = new StatusBar(analyzer);

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
    diagnostics.onDidAnalyse((a) => status.show(vscode.window.activeTextEditor, a)),
    vscode.window.onDidChangeActiveTextEditor((e) => status.show(e)),
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
  return { analyzer, diagnostics, checkWorkspace: () => diagnostics.checkWorkspace() };
}

export function deactivate(): void {
  // Everything is in context.subscriptions.
}
