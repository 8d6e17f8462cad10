import * as vscode from 'vscode';
import { citations, outlineOf, type AttentionPoint, type Lang, type Severity } from '../../core/index';
import type { Analysis } from '../analyzer';
import { toRange } from '../convert';
import { counted } from './anthologyTree';
import { say } from '../say';

type Node =
  | { kind: 'group'; id: string; label: string; children: Node[]; icon: string }
  | { kind: 'point'; point: AttentionPoint; uri: vscode.Uri; references: string[] }
  | { kind: 'own'; text: string; uri: vscode.Uri; range: vscode.Range }
  | { kind: 'summary'; label: string; icon: string; count: number };

const ORDER: Severity[] = ['error', 'warning', 'information', 'hint'];
const ICON: Record<Severity, string> = { error: 'error', warning: 'warning', information: 'info', hint: 'lightbulb' };

/**
 * The attention points of the case report in front of the user, grouped by severity; beneath them
 * the author's own points (the items of the report's attention-points section) and a summary of
 * its problems. It follows the analysis the diagnostics publish, so it updates as the user types.
 */
export class AttentionTree implements vscode.TreeDataProvider<Node> {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeTreeData = this.changed.event;
  private roots: Node[] = [];

  /** `lang`: Casedoc's resolved language, which the tree's words follow like the messages. */
  constructor(private readonly lang: () => Lang) {}

  show(analysis: Analysis | undefined, uri: vscode.Uri | undefined): void {
    this.roots = analysis && uri && analysis.result.isCaseReport ? this.build(analysis, uri) : [];
    void vscode.commands.executeCommand('setContext', 'casedoc.hasCaseReport', this.roots.length > 0);
    this.changed.fire();
  }

  private build(a: Analysis, uri: vscode.Uri): Node[] {
    const lang = this.lang();
    const roots: Node[] = [];
    for (const severity of ORDER) {
      const points = a.result.attentionPoints.filter((p) => p.severity === severity);
      if (points.length === 0) continue;
      roots.push({
        kind: 'group', id: `severity-${severity}`, icon: ICON[severity],
        label: `${groupLabel(lang, severity)} (${points.length})`,
        children: points.map((point) => ({ kind: 'point', point, uri, references: citations(point.source, a.schema) })),
      });
    }
    if (a.result.attentionPoints.length === 0) {
      roots.push({ kind: 'summary', label: say(lang, 'No attention points from the literature for this classification'), icon: 'pass', count: 0 });
    }
    // The engine's outline matching: Danish or English, numbered or not.
    const found = outlineOf(a.parsed).found.get('attention');
    const section = found ? a.parsed.body().analysis.sections[found.index] : undefined;
    const at = a.parsed.bodyStart;
    const own = section?.items ?? [];
    roots.push({
      kind: 'group', id: 'own', icon: 'note', label: say(lang, "The author's own points") + ` (${own.length})`,
      children: own.map((item) => ({ kind: 'own', text: item.text, uri, range: toRange(a.parsed.lines.rangeAt(at + item.start, at + item.end)) })),
    });
    const count = (s: Severity) => a.result.diagnostics.filter((d) => d.severity === s).length;
    roots.push({
      kind: 'group', id: 'validation', icon: 'checklist', label: say(lang, 'Validation'),
      children: [
        { kind: 'summary', label: counted(lang, count('error'), 'errors'), icon: 'error', count: count('error') },
        { kind: 'summary', label: counted(lang, count('warning'), 'warnings'), icon: 'warning', count: count('warning') },
        { kind: 'summary', label: counted(lang, count('information') + count('hint'), 'notes'), icon: 'info', count: count('information') + count('hint') },
      ],
    });
    return roots;
  }

  getChildren(node?: Node): Node[] {
    if (!node) return this.roots;
    return node.kind === 'group' ? node.children : [];
  }

  getTreeItem(node: Node): vscode.TreeItem {
    switch (node.kind) {
      case 'group': {
        const item = new vscode.TreeItem(node.label, vscode.TreeItemCollapsibleState.Expanded);
        item.id = node.id;
        item.iconPath = new vscode.ThemeIcon(node.icon);
        return item;
      }
      case 'point': {
        const p = node.point;
        const item = new vscode.TreeItem(p.message, vscode.TreeItemCollapsibleState.None);
        item.id = `point-${p.id}`;
        item.description = `${p.id} · ${p.sourceText}`;
        const tooltip = new vscode.MarkdownString();
        tooltip.appendMarkdown(`**${p.id}** — `).appendText(p.message);
        tooltip.appendMarkdown(`\n\n*${p.sourceText}*`);
        for (const r of node.references) tooltip.appendMarkdown('\n- ').appendText(r);
        tooltip.appendMarkdown(`\n\n\`${p.path}\``);
        item.tooltip = tooltip;
        item.iconPath = new vscode.ThemeIcon(ICON[p.severity]);
        item.command = { command: 'vscode.open', title: say(this.lang(), 'Go to the key'), arguments: [node.uri, { selection: toRange(p.range) }] };
        return item;
      }
      case 'own': {
        const item = new vscode.TreeItem(node.text, vscode.TreeItemCollapsibleState.None);
        item.iconPath = new vscode.ThemeIcon('comment');
        item.tooltip = node.text;
        item.command = { command: 'vscode.open', title: say(this.lang(), 'Go to the point'), arguments: [node.uri, { selection: node.range }] };
        return item;
      }
      case 'summary': {
        const item = new vscode.TreeItem(node.label, vscode.TreeItemCollapsibleState.None);
        item.iconPath = new vscode.ThemeIcon(node.icon);
        item.command = { command: 'workbench.actions.view.problems', title: say(this.lang(), 'Show problems') };
        return item;
      }
    }
  }

  dispose(): void {
    this.changed.dispose();
  }
}

function groupLabel(lang: Lang, s: Severity): string {
  if (s === 'error') return say(lang, 'Serious');
  if (s === 'warning') return say(lang, 'Warnings');
  if (s === 'information') return say(lang, 'To consider');
  return say(lang, 'Hints');
}
