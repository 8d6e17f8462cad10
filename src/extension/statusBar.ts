import * as vscode from 'vscode';
import { valueLabel } from '../core/index';
import type { Analysis } from './analyzer';
import type { Analyzer } from './analyzer';
import { say } from './say';

/** On a case report: its collaboration type and paradigm, and its error count; a click opens the side panel. */
export class StatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('casedoc.status', vscode.StatusBarAlignment.Left, 50);

  constructor(private readonly analyzer: Analyzer) {
    this.item.name = 'Casedoc';
    // The Attention Points view says what the report raises and leads on to its problems.
    this.item.command = 'casedoc.attention.focus';
  }

  show(editor: vscode.TextEditor | undefined, analysis?: Analysis): void {
    const doc = editor?.document;
    const a = doc && (analysis?.uri === doc.uri.toString() ? analysis : this.analyzer.cached(doc));
    if (!doc || !a || !a.result.isCaseReport) {
      if (!doc || doc.languageId !== 'markdown' || (a && !a.result.isCaseReport)) this.item.hide();
      return;
    }
    const lang = this.analyzer.current.lang;
    const name = (field: string, id: string | null) => valueLabel(a.schema, [field], id, lang) ?? id ?? '?';
    const c = a.result.classification;
    const errors = a.result.diagnostics.filter((d) => d.severity === 'error').length;
    this.item.text = `$(book) ${name('collaboration_type', c.collaboration_type)} · ${name('governance_paradigm', c.governance_paradigm)} $(error) ${errors}`;
    const missing = say(this.analyzer.current.lang, 'not set or not valid');
    const full = (field: string, id: string | null) => valueLabel(a.schema, [field], id, lang) ?? missing;
    this.item.tooltip = new vscode.MarkdownString([
      `**Casedoc**`,
      '',
      `${say(this.analyzer.current.lang, 'Collaboration type')}: ${full('collaboration_type', c.collaboration_type)}  `,
      `${say(this.analyzer.current.lang, 'Governance paradigm')}: ${full('governance_paradigm', c.governance_paradigm)}  `,
      `${say(this.analyzer.current.lang, 'Power balance')}: ${full('power_balance', c.power_balance)}`,
      '',
      say(this.analyzer.current.lang, '{0} errors in this case report. Click to open the attention points.', errors),
    ].join('\n'));
    this.item.show();
  }

  dispose(): void {
    this.item.dispose();
  }
}
