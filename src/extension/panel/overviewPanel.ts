import * as vscode from 'vscode';
import { builtinSchema, summaryLabels, type Lang } from '../../core/index';
import { OVERVIEW_WORDS } from '../../webview/overview/words';
import { checkOverviewMessage, OVERVIEW_VIEW_TYPE, type ExportFormat, type FromOverview, type OverviewModel, type ToOverview } from '../../webview/protocol';
import type { Anthology } from '../anthology';
import type { Log } from '../log';
import { applyTableEdit, fieldEditors, otherFields, otherValues } from '../tableEdit';
import { overviewHtml } from './overviewHtml';
import { say } from '../say';

export interface OverviewHost {
  lang(): Lang;
  /** True while a workspace check runs: an empty anthology is then not yet final. */
  checking(): boolean;
  checkWorkspace(): Thenable<unknown>;
  exportSummary(format: ExportFormat): Thenable<unknown>;
  /** Where a message the overview ignores is said, with why (the Casedoc log). */
  log?: Pick<Log, 'warn'>;
}

/**
 * The anthology overview: one webview panel drawn from the anthology store. It posts a fresh model
 * whenever the store settles and when the page (re)loads; it acts only on messages that
 * `checkOverviewMessage` accepts (an edit, only on the schema's own fields: `checkEdit`), logs why it
 * ignores any other, and opens only files that are in the anthology.
 */
export class OverviewPanel implements vscode.Disposable {
  private panel: vscode.WebviewPanel | undefined;
  private readonly disposables: vscode.Disposable[] = [];
  private readonly handled = new vscode.EventEmitter<FromOverview>();
  /** Each message acted on, once it has been: the integration tests follow the protocol by it. */
  readonly onDidHandle = this.handled.event;

  constructor(private readonly media: vscode.Uri, private readonly anthology: Anthology, private readonly host: OverviewHost) {
    this.disposables.push(this.handled, anthology.onDidChange(() => this.post()));
  }

  get current(): vscode.WebviewPanel | undefined {
    return this.panel;
  }

  show(): vscode.WebviewPanel {
    if (this.panel) {
      this.panel.reveal();
      return this.panel;
    }
    const panel = vscode.window.createWebviewPanel(OVERVIEW_VIEW_TYPE, this.title(), vscode.ViewColumn.Active, {});
    this.attach(panel);
    return panel;
  }

  /** Takes over a panel: a new one, or one VS Code restores after a reload. */
  attach(panel: vscode.WebviewPanel): void {
    this.panel?.dispose();
    this.panel = panel;
    panel.title = this.title();
    panel.iconPath = vscode.Uri.joinPath(this.media, 'casedoc.svg');
    panel.webview.options = { enableScripts: true, localResourceRoots: [this.media] };
    panel.webview.html = overviewHtml(panel.webview, this.media, this.title(), this.host.lang());
    const subscriptions = [
      panel.webview.onDidReceiveMessage((m) => this.receive(m)),
      panel.onDidDispose(() => {
        if (this.panel === panel) this.panel = undefined;
        subscriptions.forEach((d) => d.dispose());
      }),
    ];
  }

  /** Redraws with the current data (also after a setting such as the language changed). */
  refresh(): void {
    if (!this.panel) return;
    this.panel.title = this.title();
    this.post();
  }

  model(): OverviewModel {
    const lang = this.host.lang();
    const summary = this.anthology.summary();
    const { others, editors } = this.editing(lang);
    const values = otherValues(this.anthology.all().filter((e) => e.isCaseReport), others);
    return { lang, summary, labels: summaryLabels(summary, lang), checking: this.host.checking(), editors, fields: others.map(({ id, heading }) => ({ id, heading })), values };
  }

  /** The table's editors and other fields, from the schema the anthology's reports are checked against. */
  private editing(lang: Lang) {
    const schema = this.anthology.all().find((e) => e.isCaseReport)?.schema ?? builtinSchema().json;
    const others = otherFields(schema, lang);
    return { others, editors: fieldEditors(schema, lang, others) };
  }

  private post(): void {
    // No panel, no work: the store changes on every keystroke's analysis.
    if (!this.panel) return;
    const message: ToOverview = { type: 'model', model: this.model() };
    void this.panel.webview.postMessage(message);
  }

  private async receive(raw: unknown): Promise<void> {
    const read = checkOverviewMessage(raw);
    if ('reason' in read) {
      this.host.log?.warn(`The overview's message was ignored: ${read.reason}.`);
      return;
    }
    const m = read.message;
    switch (m.type) {
      case 'ready':
        this.post();
        break;
      case 'open': {
        const entry = this.anthology.byFile(m.file);
        if (!entry) {
          void vscode.window.showWarningMessage(say(this.host.lang(), '{0} is no longer a case report in this workspace.', m.file));
          return;
        }
        // Beside the overview, so an editor can go through the cases with the overview in view.
        await vscode.window.showTextDocument(entry.uri, { viewColumn: vscode.ViewColumn.Beside });
        break;
      }
      case 'export':
        await this.host.exportSummary(m.format);
        break;
      case 'checkWorkspace':
        await this.host.checkWorkspace();
        this.post();
        break;
      case 'edit':
        await applyTableEdit(m, this.anthology, this.editing(this.host.lang()).editors, this.host.lang(), this.host.log);
        // Drawn again at once: a report left as it was shows its current value.
        this.post();
        break;
    }
    this.handled.fire(m);
  }

  private title(): string {
    return OVERVIEW_WORDS[this.host.lang()].title;
  }

  dispose(): void {
    this.panel?.dispose();
    this.disposables.forEach((d) => d.dispose());
  }
}
