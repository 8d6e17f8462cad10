import * as vscode from 'vscode';
import { NONE, summaryLabel, summaryOrder, type Lang, type Summary } from '../../core/index';
import type { Anthology, AnthologyEntry as Entry } from '../anthology';
import { say } from '../say';

export type GroupBy = 'collaboration_type' | 'governance_paradigm' | 'power_balance';

type Node = { kind: 'group'; key: string; label: string; entries: Entry[] } | { kind: 'report'; entry: Entry };

/**
 * Every case report in the workspace, grouped by collaboration type (or paradigm, or power
 * balance), with its problem and attention counts; drawn from the anthology store.
 */
export class AnthologyTree implements vscode.TreeDataProvider<Node> {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeTreeData = this.changed.event;
  private groupBy: GroupBy = 'collaboration_type';
  private readonly subscription: vscode.Disposable;

  constructor(private readonly anthology: Anthology, private readonly lang: () => Lang) {
    this.subscription = anthology.onDidChange(() => this.changed.fire());
  }

  get grouping(): GroupBy {
    return this.groupBy;
  }

  setGrouping(g: GroupBy): void {
    this.groupBy = g;
    this.changed.fire();
  }

  getChildren(node?: Node): Node[] {
    if (node?.kind === 'group') {
      return [...node.entries].sort((a, b) => title(a).localeCompare(title(b))).map((entry) => ({ kind: 'report', entry }));
    }
    if (node) return [];
    // The groups `casedoc summary` counts (each report by the schema it was checked against), in its order.
    const summary = this.anthology.summary();
    const byFile = new Map(this.anthology.all().map((e) => [e.file, e]));
    const groups = new Map<string, Entry[]>(summaryOrder(summary, this.groupBy).map((id) => [id, []]));
    for (const c of summary.cases) {
      const entry = byFile.get(c.file);
      if (entry) groups.get(c.groups[this.groupBy])?.push(entry);
    }
    return [...groups].filter(([, entries]) => entries.length > 0)
      .map(([key, entries]) => ({ kind: 'group', key, label: `${this.groupLabel(summary, key)} (${entries.length})`, entries }));
  }

  private groupLabel(summary: Summary, id: string): string {
    return id === NONE ? say(this.lang(), '(missing or invalid)') : summaryLabel(summary, this.groupBy, id, this.lang());
  }

  getTreeItem(node: Node): vscode.TreeItem {
    if (node.kind === 'group') {
      const item = new vscode.TreeItem(node.label, vscode.TreeItemCollapsibleState.Expanded);
      item.id = `${this.groupBy}:${node.key}`;
      return item;
    }
    const e = node.entry;
    const errors = count(e, 'error');
    const warnings = count(e, 'warning');
    const item = new vscode.TreeItem(title(e), vscode.TreeItemCollapsibleState.None);
    item.id = e.uri.toString();
    item.resourceUri = e.uri;
    item.description = [
      errors ? counted(this.lang(), errors, 'errors') : '',
      warnings ? counted(this.lang(), warnings, 'warnings') : '',
      counted(this.lang(), e.attentionPoints.length, 'points'),
    ].filter(Boolean).join(' · ');
    item.tooltip = `${vscode.workspace.asRelativePath(e.uri)}\n${e.classification.authors.join(', ')}`;
    item.iconPath = new vscode.ThemeIcon(errors ? 'error' : warnings ? 'warning' : 'pass');
    item.command = { command: 'vscode.open', title: say(this.lang(), 'Open the report'), arguments: [e.uri] };
    return item;
  }

  dispose(): void {
    this.subscription.dispose();
    this.changed.dispose();
  }
}

/** "1 error", "2 errors": each form a whole string, so each language words it its own way. */
export function counted(lang: Lang, n: number, what: 'errors' | 'warnings' | 'notes' | 'points'): string {
  if (what === 'errors') return n === 1 ? say(lang, '1 error') : say(lang, '{0} errors', n);
  if (what === 'warnings') return n === 1 ? say(lang, '1 warning') : say(lang, '{0} warnings', n);
  if (what === 'notes') return n === 1 ? say(lang, '1 note') : say(lang, '{0} notes', n);
  return n === 1 ? say(lang, '1 attention point') : say(lang, '{0} attention points', n);
}

const count = (e: Entry, severity: string) => e.diagnostics.filter((d) => d.severity === severity).length;

function title(e: Entry): string {
  return e.classification.title ?? e.uri.path.split('/').pop() ?? '';
}
