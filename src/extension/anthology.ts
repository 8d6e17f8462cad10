import * as vscode from 'vscode';
import { frontmatterData, summarise, type Summary, type SummaryInput } from '../core/index';
import type { Analysis } from './analyzer';

export interface AnthologyEntry extends SummaryInput {
  uri: vscode.Uri;
  /** The frontmatter's plain data: the table's other columns show from it. */
  data: Record<string, unknown> | null;
}

/**
 * Every case report of the workspace as its latest analysis left it: the one store the Anthology
 * view and the overview both draw, so they never disagree. Fed by every analysis the diagnostics
 * publish, so the workspace check fills it and edits keep it current.
 */
export class Anthology implements vscode.Disposable {
  private readonly entries = new Map<string, AnthologyEntry>();
  private readonly changed = new vscode.EventEmitter<void>();
  /** Fires once a burst of updates settles (a workspace check analyses hundreds of files). */
  readonly onDidChange = this.changed.event;
  private timer: ReturnType<typeof setTimeout> | undefined;

  update(a: Analysis): void {
    // An unsaved new report is not (yet) part of the anthology.
    if (a.uri.startsWith('untitled:')) return;
    const uri = vscode.Uri.parse(a.uri);
    if (!a.result.isCaseReport) {
      this.remove(uri);
      return;
    }
    const { isCaseReport, classification, diagnostics, attentionPoints } = a.result;
    // With the schema it was checked against: its values label and count it, not the built-in ones.
    const entry = { uri, file: vscode.workspace.asRelativePath(uri), isCaseReport, classification, diagnostics, attentionPoints, schema: a.schema, data: frontmatterData(a.parsed) };
    const before = this.entries.get(a.uri);
    this.entries.set(a.uri, entry);
    // Most keystrokes change nothing the views show: they are not redrawn for those.
    if (!before || shown(before) !== shown(entry)) this.changeSoon();
  }

  remove(uri: vscode.Uri): void {
    if (this.entries.delete(uri.toString())) this.changeSoon();
  }

  all(): AnthologyEntry[] {
    return [...this.entries.values()];
  }

  /** The entry shown as `file` (a workspace-relative path), if it is still part of the anthology. */
  byFile(file: string): AnthologyEntry | undefined {
    return this.all().find((e) => e.file === file);
  }

  /** Sorted by path, so the overview and an export list cases as `casedoc summary` does. */
  summary(): Summary {
    return summarise(this.all().sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0)));
  }

  private changeSoon(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.changed.fire(), 100);
  }

  dispose(): void {
    clearTimeout(this.timer);
    this.changed.dispose();
  }
}

/** What the Anthology view and the overview show of an entry. */
function shown(e: AnthologyEntry): string {
  const count = (severity: string) => e.diagnostics.filter((d) => d.severity === severity).length;
  return JSON.stringify([e.file, e.classification, count('error'), count('warning'), e.attentionPoints.map((p) => [p.id, p.message]), e.data]);
}
