import * as vscode from 'vscode';
import { chosen, fieldAt, label, migration, parsePointer, type Diagnostic, type Lang } from '../core/index';
import { addChange, answer, applyInPreview, caseReports } from './acrossReports';
import type { Analysis, Analyzer } from './analyzer';
import type { DiagnosticsController } from './diagnostics';
import { say } from './say';

export interface VocabularyUpdate {
  /** Values rewritten (0 when there was nothing to do or the preview was discarded). */
  updated: number;
  reports: number;
  /** Deprecated values the author left for later: each keeps its warning and a quick fix per choice. */
  left: number;
  applied: boolean;
}

/** Where a running update is, for the tests that drive it as a user would (a choice, then the preview). */
export type UpdateStage = 'idle' | 'reading' | 'choosing' | 'preview';

/**
 * "Casedoc: Update Reports to the Current Vocabulary". Every deprecated value with one replacement
 * is rewritten, as `casedoc migrate` does (core `migration`); where the author must choose (v1's
 * `citizen-user`), a quick pick asks once per report and value. The whole update is one workspace
 * edit that the user reviews in VS Code's refactor preview before it is applied, and undoes as one
 * (acrossReports.ts, shared with the replace command).
 */
export class VocabularyUpdater {
  stage: UpdateStage = 'idle';
  /** The question on screen while the stage is `choosing`. */
  question: vscode.QuickPick<vscode.QuickPickItem & { id?: string }> | undefined;

  constructor(private readonly analyzer: Analyzer, private readonly diagnostics: DiagnosticsController) {}

  async run(): Promise<VocabularyUpdate> {
    try {
      return await this.update(this.analyzer.current.lang);
    } finally {
      this.stage = 'idle';
    }
  }

  private async update(lang: Lang): Promise<VocabularyUpdate> {
    this.stage = 'reading';
    const edit = new vscode.WorkspaceEdit();
    const result: VocabularyUpdate = { updated: 0, reports: 0, left: 0, applied: false };
    for await (const { uri, analysis: a } of caseReports(this.analyzer, this.diagnostics)) {
      const m = migration(a.parsed, a.result.diagnostics, a.schema, lang);
      const edits = [...m.edits];
      for (const [value, places] of byValue(m.choices)) {
        this.stage = 'choosing';
        const choice = await this.ask(a, value, places, lang);
        if (choice) edits.push(...chosen(a.parsed, places, choice, a.schema, lang));
        else result.left += places.length;
      }
      if (edits.length === 0) continue;
      result.reports++;
      for (const e of edits) addChange(edit, uri, a.parsed, e);
      result.updated += edits.length;
    }
    if (result.updated === 0) {
      void this.tell(lang, result, result.left ? '' : say(lang, 'Every case report already uses the current vocabulary.'));
      return result;
    }
    this.stage = 'preview';
    result.applied = await applyInPreview(edit, lang);
    if (!result.applied) return { ...result, updated: 0, reports: 0 };
    const done = result.updated === 1 ? say(lang, 'Updated 1 value in 1 case report.')
      : result.reports === 1 ? say(lang, 'Updated {0} values in 1 case report.', result.updated)
        : say(lang, 'Updated {0} values in {1} case reports.', result.updated, result.reports);
    void this.tell(lang, result, done);
    return result;
  }

  /** What the author means by `value` in this report: one of its replacements, or undefined (later). */
  private async ask(a: Analysis, value: string, places: Diagnostic[], lang: Lang): Promise<string | undefined> {
    const replacedBy = (places[0].data?.replacedBy ?? []) as string[];
    const field = fieldAt(a.schema, parsePointer(places[0].path ?? '')).values;
    const later = { label: say(lang, 'Decide later'), description: say(lang, 'each warning keeps a quick fix per choice'), id: undefined };
    const items = replacedBy.map((id) => {
      const v = field.find((x) => x.id === id);
      return { label: (v && label(v, lang)) ?? id, description: id, detail: (v && (lang === 'da' ? v.descriptionDa ?? v.description : v.description)) ?? undefined, id };
    });
    const title = a.result.classification.title ?? vscode.workspace.asRelativePath(a.uri);
    const q = vscode.window.createQuickPick<(typeof items)[number] | typeof later>();
    q.title = say(lang, 'Update "{0}" to the current vocabulary', title);
    q.placeholder = places.length === 1
      ? say(lang, '`{0}` is no longer used. What does it mean in this report?', value)
      : say(lang, '`{0}` is no longer used; the report has it in {1} places. What does it mean here?', value, places.length);
    q.items = [...items, later];
    q.ignoreFocusOut = true;
    return answer(q, (shown) => (this.question = shown));
  }

  private async tell(lang: Lang, r: VocabularyUpdate, first: string): Promise<void> {
    if (r.left === 0) {
      await vscode.window.showInformationMessage(first);
      return;
    }
    const left = r.left === 1
      ? say(lang, '1 value is left for you to choose: the quick fix on its warning offers each replacement.')
      : say(lang, '{0} values are left for you to choose: the quick fix on each warning offers each replacement.', r.left);
    const show = say(lang, 'Show problems');
    if ((await vscode.window.showInformationMessage(first ? `${first} ${left}` : left, show)) === show) {
      await vscode.commands.executeCommand('workbench.actions.view.problems');
    }
  }
}

function byValue(choices: readonly Diagnostic[]): Map<string, Diagnostic[]> {
  const out = new Map<string, Diagnostic[]>();
  for (const d of choices) {
    const value = String(d.data?.value);
    out.set(value, [...(out.get(value) ?? []), d]);
  }
  return out;
}
