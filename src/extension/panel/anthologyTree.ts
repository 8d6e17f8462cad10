import * as vscode from 'vscode';
import { fieldAt, valueLabel, type Classification, type JsonSchema, type Lang } from '../../core/index';
import type { Analysis } from '../analyzer';

export type GroupBy = 'collaboration_type' | 'governance_paradigm' | 'power_balance';

interface Entry {
  uri: vscode.Uri;
  classification: Classification;
  errors: number;
  warnings: number;
  points: number;
}

type Node = { kind: 'group'; key: string; label: string; entries: Entry[] } | { kind: 'report'; entry: Entry };

/**
 * Every case report in the workspace, grouped by collaboration type (or paradigm, or power
 * balance), with its problem and attention counts. Fed by every analysis the diagnostics make,
 * so the workspace check fills it and edits keep it current.
 */
export class AnthologyTree implements vscode.TreeDataProvider<Node> {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeTreeData = this.changed.event;
  private readonly entries = new Map<string, Entry>();
  private groupBy: GroupBy = 'collaboration_type';
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly schema: () => JsonSchema, private readonly lang: () => Lang) {}

  get grouping(): GroupBy {
    return this.groupBy;
  }

  setGrouping(g: GroupBy): void {
    this.groupBy = g;
    this.changed.fire();
  }

  update(a: Analysis): void {
    // An unsaved new report is not (yet) part of the anthology.
    if (a.uri.startsWith('untitled:')) return;
    if (!a.result.isCaseReport) {
      this.remove(vscode.Uri.parse(a.uri));
      return;
    }
    const count = (s: string) => a.result.diagnostics.filter((d) => d.severity === s).length;
    this.entries.set(a.uri, { uri: vscode.Uri.parse(a.uri), classification: a.result.classification, errors: count('error'), warnings: count('warning'), points: a.result.attentionPoints.length });
    this.refreshSoon();
  }

  remove(uri: vscode.Uri): void {
    if (this.entries.delete(uri.toString())) this.refreshSoon();
  }

  /** A workspace check analyses hundreds of files: redraw once they settle, not per file. */
  private refreshSoon(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.changed.fire(), 100);
  }

  private valueLabel(id: string | null): string {
    return valueLabel(this.schema(), [this.groupBy], id, this.lang()) ?? vscode.l10n.t('(missing or invalid)');
  }

  getChildren(node?: Node): Node[] {
    if (node?.kind === 'group') {
      return [...node.entries].sort((a, b) => title(a).localeCompare(title(b))).map((entry) => ({ kind: 'report', entry }));
    }
    if (node) return [];
    const order = fieldAt(this.schema(), [this.groupBy]).values.map((v) => v.id);
    const groups = new Map<string, Entry[]>();
    for (const e of this.entries.values()) {
      const id = e.classification[this.groupBy];
      const key = id && order.includes(id) ? id : '';
      groups.set(key, [...(groups.get(key) ?? []), e]);
    }
    return [...groups.entries()]
      .sort(([a], [b]) => (a === '' ? 1 : b === '' ? -1 : order.indexOf(a) - order.indexOf(b)))
      .map(([key, entries]) => ({ kind: 'group', key, label: `${this.valueLabel(key || null)} (${entries.length})`, entries }));
  }

  getTreeItem(node: Node): vscode.TreeItem {
    if (node.kind === 'group') {
      const item = new vscode.TreeItem(node.label, vscode.TreeItemCollapsibleState.Expanded);
      item.id = `${this.groupBy}:${node.key}`;
      return item;
    }
    const e = node.entry;
    const item = new vscode.TreeItem(title(e), vscode.TreeItemCollapsibleState.None);
    item.id = e.uri.toString();
    item.resourceUri = e.uri;
    item.description = [
      e.errors ? counted(e.errors, 'errors') : '',
      e.warnings ? counted(e.warnings, 'warnings') : '',
      counted(e.points, 'points'),
    ].filter(Boolean).join(' · ');
    item.tooltip = `${vscode.workspace.asRelativePath(e.uri)}\n${e.classification.authors.join(', ')}`;
    item.iconPath = new vscode.ThemeIcon(e.errors ? 'error' : e.warnings ? 'warning' : 'pass');
    item.command = { command: 'vscode.open', title: vscode.l10n.t('Open the report'), arguments: [e.uri] };
    return item;
  }

  dispose(): void {
    clearTimeout(this.timer);
    this.changed.dispose();
  }
}

/** "1 error", "2 errors": each form a whole string, so each language words it its own way. */
export function counted(n: number, what: 'errors' | 'warnings' | 'notes' | 'points'): string {
  if (what === 'errors') return n === 1 ? vscode.l10n.t('1 error') : vscode.l10n.t('{0} errors', n);
  if (what === 'warnings') return n === 1 ? vscode.l10n.t('1 warning') : vscode.l10n.t('{0} warnings', n);
  if (what === 'notes') return n === 1 ? vscode.l10n.t('1 note') : vscode.l10n.t('{0} notes', n);
  return n === 1 ? vscode.l10n.t('1 attention point') : vscode.l10n.t('{0} attention points', n);
}

function title(e: Entry): string {
  return e.classification.title ?? e.uri.path.split('/').pop() ?? '';
}
