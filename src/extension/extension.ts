import * as vscode from 'vscode';
import { Analyzer } from './analyzer';
import { decodeText, mentionsCaseReport } from '../core/index';
import { DiagnosticsController, workspaceMarkdown } from './diagnostics';
import { registerLanguageFeatures } from './language';
import { newReport } from './newReport';
import { readSettings } from './settings';
import { StatusBar } from './statusBar';
import { AttentionTree } from './panel/attentionTree';
import { AnthologyTree, type GroupBy } from './panel/anthologyTree';
import { Anthology } from './anthology';
import { exportSummary, reportBodies } from './exportSummary';
import { OverviewPanel } from './panel/overviewPanel';
import { OVERVIEW_VIEW_TYPE, type ExportFormat } from '../webview/protocol';
import { say } from './say';
import { ConfigFiles } from './configFiles';
import { createLog } from './log';
import { ClassificationImporter } from './importClassification';
import { ValueReplacer, type ValueReplacement } from './replaceValue';
import { readBounded } from './readBounded';
import { VocabularyUpdater } from './updateVocabulary';

/** What the integration tests reach through `extension.exports`. */
export interface CasedocApi {
  analyzer: Analyzer;
  diagnostics: DiagnosticsController;
  attention: AttentionTree;
  anthology: AnthologyTree;
  store: Anthology;
  overview: OverviewPanel;
  vocabulary: VocabularyUpdater;
  replacer: ValueReplacer;
  importer: ClassificationImporter;
  checkWorkspace(): Promise<number>;
}

export function activate(context: vscode.ExtensionContext): CasedocApi {
  const log = createLog();
  const analyzer = new Analyzer(readSettings(), new ConfigFiles(() => readSettings().lang, log), log);
  const diagnostics = new DiagnosticsController(analyzer, log);
  const status = new StatusBar(analyzer);
  const attention = new AttentionTree(() => analyzer.current.lang);
  const anthology = new Anthology();
  const anthologyTree = new AnthologyTree(anthology, () => analyzer.current.lang);
  const showActive = (editor = vscode.window.activeTextEditor) => {
    const doc = editor?.document;
    attention.show(doc ? analyzer.cached(doc) : undefined, doc?.uri);
  };
  const groupBy = (g: GroupBy) => () => {
    anthologyTree.setGrouping(g);
    void vscode.commands.executeCommand('setContext', 'casedoc.anthologyGroupBy', g);
  };

  const exportAs = async (format?: ExportFormat, target?: vscode.Uri) => {
    const chosen = format ?? (await vscode.window.showQuickPick(
      [{ label: 'Markdown', description: say(analyzer.current.lang, 'every table, for reading and for the anthology repository'), id: 'markdown' as const },
        { label: 'CSV', description: say(analyzer.current.lang, 'the cases table, for a spreadsheet'), id: 'csv' as const },
        { label: 'Excel', description: say(analyzer.current.lang, 'every table in one workbook, for Excel and LibreOffice'), id: 'xlsx' as const },
        { label: 'REFI-QDA (.qdpx)', description: say(analyzer.current.lang, 'a project for NVivo, ATLAS.ti, MAXQDA and QualCoder: the reports as sources and cases'), id: 'qdpx' as const },
        { label: 'NVivo', description: say(analyzer.current.lang, "NVivo's classification sheet of the cases"), id: 'nvivo-xlsx' as const }],
      { title: say(analyzer.current.lang, 'Export the anthology summary') },
    ))?.id;
    return chosen ? exportSummary(anthology.summary(), chosen, analyzer.current.lang, () => reportBodies(anthology), target) : undefined;
  };
  const overview = new OverviewPanel(vscode.Uri.joinPath(context.extensionUri, 'media'), anthology, {
    lang: () => analyzer.current.lang,
    checking: () => diagnostics.checkingWorkspace,
    checkWorkspace: () => vscode.commands.executeCommand('casedoc.checkWorkspace'),
    exportSummary: (format) => exportAs(format),
    log,
  });

  const vocabulary = new VocabularyUpdater(analyzer, diagnostics);
  const replacer = new ValueReplacer(analyzer, diagnostics);
  const importer = new ClassificationImporter(analyzer, diagnostics, log);
  const checkWorkspace = () =>
    vscode.window.withProgress(
      { location: vscode.ProgressLocation.Notification, title: say(analyzer.current.lang, 'Casedoc: checking case reports'), cancellable: true },
      (progress, token) => diagnostics.checkWorkspace(token, progress),
    );

  context.subscriptions.push(
    log,
    analyzer,
    diagnostics,
    status,
    ...registerLanguageFeatures(analyzer),
    vscode.commands.registerCommand('casedoc.checkWorkspace', async () => {
      const n = await checkWorkspace();
      void vscode.window.setStatusBarMessage(say(analyzer.current.lang, 'Casedoc: checked {0} case reports', n), 5000);
      return n;
    }),
    vscode.commands.registerCommand('casedoc.newReport', () => newReport(analyzer.current.lang)),
    attention,
    anthology,
    anthologyTree,
    vscode.window.registerTreeDataProvider('casedoc.attention', attention),
    vscode.window.registerTreeDataProvider('casedoc.anthology', anthologyTree),
    vscode.commands.registerCommand('casedoc.anthology.groupByType', groupBy('collaboration_type')),
    vscode.commands.registerCommand('casedoc.anthology.groupByParadigm', groupBy('governance_paradigm')),
    vscode.commands.registerCommand('casedoc.anthology.groupByPower', groupBy('power_balance')),
    diagnostics.onDidAnalyse((a) => {
      status.show(vscode.window.activeTextEditor, a);
      anthology.update(a);
      if (a.uri === vscode.window.activeTextEditor?.document.uri.toString()) attention.show(a, vscode.window.activeTextEditor.document.uri);
    }),
    diagnostics.onDidForget((uri) => anthology.remove(uri)),
    overview,
    diagnostics.onDidChangeChecking(() => overview.refresh()),
    vscode.commands.registerCommand('casedoc.showOverview', () => {
      overview.show();
      // Without the startup check the store holds only the open reports: fill it now.
      if (!analyzer.current.checkWorkspaceOnStartup && !diagnostics.checkingWorkspace) void diagnostics.checkWorkspace();
    }),
    vscode.commands.registerCommand('casedoc.exportSummary', (format?: ExportFormat, target?: vscode.Uri) => exportAs(format, target)),
    vscode.commands.registerCommand('casedoc.updateVocabulary', () => vocabulary.run()),
    vscode.commands.registerCommand('casedoc.replaceValue', (given?: ValueReplacement) => replacer.run(given)),
    vscode.commands.registerCommand('casedoc.importClassification', (sheet?: vscode.Uri) => importer.run(sheet instanceof vscode.Uri ? sheet : undefined)),
    vscode.window.registerWebviewPanelSerializer(OVERVIEW_VIEW_TYPE, {
      deserializeWebviewPanel: async (panel) => overview.attach(panel),
    }),
    vscode.window.onDidChangeActiveTextEditor((e) => {
      status.show(e);
      showActive(e);
    }),
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (!e.affectsConfiguration('casedoc')) return;
      analyzer.update(readSettings());
      overview.refresh();
      void diagnostics.checkWorkspace();
    }),
    vscode.workspace.onDidGrantWorkspaceTrust(() => {
      analyzer.forgetSchemas();
      void analyzer.configChanged();
      void diagnostics.checkWorkspace();
    }),
  );
  // Any file may be a report's schema (`$schema:` names a path, not a kind of file); the analyzer
  // knows which ones are, and which reports named them.
  const schemaWatcher = vscode.workspace.createFileSystemWatcher('**/*');
  const schemaChanged = (uri: vscode.Uri) => {
    try {
      // A configuration file, or a rules file one names: everything it decides is read again.
      if (analyzer.configsChanged(uri)) {
        void analyzer.configChanged().then(() => {
          overview.refresh();
          return diagnostics.checkWorkspace();
        }).catch((e) => log.warn(`Re-reading the configuration after ${vscode.workspace.asRelativePath(uri)} changed failed`, e));
        return;
      }
      diagnostics.recheck(analyzer.schemaChanged(uri));
    } catch (e) {
      log.warn(`The file watcher's event for ${vscode.workspace.asRelativePath(uri)} failed`, e);
    }
  };
  context.subscriptions.push(schemaWatcher, schemaWatcher.onDidCreate(schemaChanged), schemaWatcher.onDidChange(schemaChanged), schemaWatcher.onDidDelete(schemaChanged));

  if (analyzer.current.checkWorkspaceOnStartup) {
    // Only where Casedoc has work: a configuration file, or a case report among the Markdown files
    // (their first lines are read, not parsed); not in every repository with a README.
    void hasCaseReports(analyzer).then((yes) => {
      if (yes) return vscode.window.withProgress({ location: vscode.ProgressLocation.Window, title: 'Casedoc' }, () => diagnostics.checkWorkspace());
      log.info('No configuration file and no case report in the workspace: the startup check is skipped.');
      return undefined;
    });
  }
  status.show(vscode.window.activeTextEditor);
  showActive();
  void vscode.commands.executeCommand('setContext', 'casedoc.anthologyGroupBy', 'collaboration_type');
  return { analyzer, diagnostics, attention, anthology: anthologyTree, store: anthology, overview, vocabulary, replacer, importer, checkWorkspace: () => diagnostics.checkWorkspace() };
}

/** Does the workspace hold a Casedoc configuration file, or a Markdown file that declares itself a case report? */
async function hasCaseReports(analyzer: Analyzer): Promise<boolean> {
  if ((await vscode.workspace.findFiles('**/.casedoc.{json,jsonc}', '**/node_modules/**', 1)).length) return true;
  for (const uri of await workspaceMarkdown(analyzer)) {
    try {
      const head = decodeText((await readBounded(uri, analyzer.current.maxFileSize)).subarray(0, 8192)).text;
      if (mentionsCaseReport(head) || (await analyzer.profile(uri)).included) return true;
    } catch {
      // unreadable, too large or no regular file: not a sign either way
    }
  }
  return false;
}

export function deactivate(): void {
  // Everything is in context.subscriptions.
}
