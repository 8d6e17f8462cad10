import * as vscode from 'vscode';
import { anthologySchema, builtinSchema, fieldAt, label, replaceValue, valueUses, vocabularyFields, type JsonSchema, type Lang, type VocabularyField } from '../core/index';
import { addChange, answer, applyInPreview, caseReports } from './acrossReports';
import type { Analysis, Analyzer } from './analyzer';
import type { DiagnosticsController } from './diagnostics';
import { say } from './say';

/** What to replace, as the three questions answer it, or as a caller (the overview, a test) gives it. */
export interface ValueReplacement {
  field: string;
  from: string;
  to: string;
}

export interface ReplaceResult {
  replaced: number;
  reports: number;
  /** Places written in a form that cannot be edited in place (an alias, escapes): left for the author. */
  left: number;
  /** List items dropped, not replaced, because their list already held the new value. */
  merged: number;
  applied: boolean;
}

type Item = vscode.QuickPickItem & { id: string };

/**
 * "Casedoc: Replace Value Across Reports…": a field, a value in use (with the number of reports that
 * use it) and its replacement (an allowed value, by its label), then every change in the refactor
 * preview, applied as one undoable edit. The edits are core `replaceValue`'s, as `casedoc replace`
 * makes them.
 */
export class ValueReplacer {
  stage: 'idle' | 'reading' | 'choosing' | 'preview' = 'idle';
  /** The question on screen while the stage is `choosing`. */
  question: vscode.QuickPick<Item> | undefined;

  constructor(private readonly analyzer: Analyzer, private readonly diagnostics: DiagnosticsController) {}

  async run(given?: ValueReplacement): Promise<ReplaceResult> {
    try {
      return await this.replace(this.analyzer.current.lang, given);
    } finally {
      this.stage = 'idle';
    }
  }

  private async replace(lang: Lang, given: ValueReplacement | undefined): Promise<ReplaceResult> {
    this.stage = 'reading';
    const none: ReplaceResult = { replaced: 0, reports: 0, left: 0, merged: 0, applied: false };
    const reports: { uri: vscode.Uri; analysis: Analysis }[] = [];
    for await (const r of caseReports(this.analyzer, this.diagnostics)) reports.push(r);
    if (reports.length === 0) {
      void vscode.window.showInformationMessage(say(lang, 'There is no case report in the workspace.'));
      return none;
    }
    // The schema most of the reports are checked against, as `casedoc replace` takes it (core's anthologySchema).
    const schema = anthologySchema(reports.map((r) => r.analysis.schema), builtinSchema().json);
    const fields = vocabularyFields(schema);
    // How many reports use each value of each field: what the questions show.
    const inUse = new Map<string, Map<string, number>>();
    for (const { analysis: a } of reports) {
      for (const f of fields) {
        for (const value of new Set(valueUses(a.parsed, f.name).map((u) => u.value))) {
          const counts = inUse.get(f.name) ?? new Map<string, number>();
          counts.set(value, (counts.get(value) ?? 0) + 1);
          inUse.set(f.name, counts);
        }
      }
    }
    this.stage = 'choosing';
    const field = given ? fields.find((f) => f.name === given.field) : await this.askField(schema, fields, inUse, lang);
    if (!field) return none;
    const from = given?.from ?? await this.askValue(field, inUse.get(field.name) ?? new Map(), lang);
    if (from === undefined) return none;
    const to = given?.to ?? await this.askReplacement(field, from, lang);
    if (to === undefined || to === from) return none;
    if (!field.values.some((v) => v.id === to && !v.deprecated)) {
      void vscode.window.showWarningMessage(say(lang, '`{0}` is not a value of {1}.', to, field.name));
      return none;
    }

    const edit = new vscode.WorkspaceEdit();
    const result: ReplaceResult = { ...none };
    for (const { uri, analysis: a } of reports) {
      const { edits, left, merged } = replaceValue(a.parsed, field.name, from, to);
      result.left += left.length;
      result.merged += merged.length;
      if (edits.length === 0) continue;
      for (const e of edits) addChange(edit, uri, a.parsed, e);
      result.replaced += edits.length;
      result.reports++;
    }
    if (result.replaced === 0) {
      void vscode.window.showInformationMessage(say(lang, 'No case report has `{0}` in {1}.', from, field.name));
      return result;
    }
    this.stage = 'preview';
    result.applied = await applyInPreview(edit, lang);
    if (!result.applied) return { ...none, left: result.left };
    const done = result.reports === 1 ? say(lang, 'Replaced `{0}` by `{1}` in 1 case report.', from, to) : say(lang, 'Replaced `{0}` by `{1}` in {2} case reports.', from, to, result.reports);
    const left = result.left ? ` ${say(lang, '{0} places are written in a form that cannot be replaced in place (an alias or escapes): change them by hand.', result.left)}` : '';
    // Said, since the preview shows these as deletions where a replacement was asked for.
    const merged = result.merged ? ` ${say(lang, '`{0}` was dropped from {1} lists that already had `{2}`.', from, result.merged, to)}` : '';
    void vscode.window.showInformationMessage(done + merged + left);
    return result;
  }

  private askField(schema: JsonSchema, fields: readonly VocabularyField[], inUse: Map<string, Map<string, number>>, lang: Lang): Promise<VocabularyField | undefined> {
    const items = fields.filter((f) => inUse.has(f.name)).map((f): Item => {
      const info = fieldAt(schema, f.segments);
      return { id: f.name, label: (lang === 'da' ? info.titleDa ?? info.title : info.title) ?? f.name, description: f.name };
    });
    return this.ask(items, say(lang, 'Replace a value across reports (1/3)'), say(lang, 'Which field?')).then((id) => fields.find((f) => f.name === id));
  }

  private askValue(field: VocabularyField, counts: Map<string, number>, lang: Lang): Promise<string | undefined> {
    const items = [...counts].sort((a, b) => b[1] - a[1]).map(([id, n]): Item => {
      const v = field.values.find((x) => x.id === id);
      const used = n === 1 ? say(lang, 'in 1 report') : say(lang, 'in {0} reports', n);
      return { id, label: (v && label(v, lang)) ?? id, description: v?.deprecated ? `${id} · ${say(lang, 'no longer used')} · ${used}` : `${id} · ${used}` };
    });
    return this.ask(items, say(lang, 'Replace a value across reports (2/3)'), say(lang, 'Which value of {0} should be replaced?', field.name));
  }

  private askReplacement(field: VocabularyField, from: string, lang: Lang): Promise<string | undefined> {
    // Only values the schema allows, never a deprecated one.
    const items = field.values.filter((v) => !v.deprecated && v.id !== from).map((v): Item => ({
      id: v.id, label: label(v, lang) ?? v.id, description: v.id, detail: (lang === 'da' ? v.descriptionDa ?? v.description : v.description) ?? undefined,
    }));
    return this.ask(items, say(lang, 'Replace a value across reports (3/3)'), say(lang, 'Replace `{0}` by…', from));
  }

  private async ask(items: Item[], title: string, placeholder: string): Promise<string | undefined> {
    const q = vscode.window.createQuickPick<Item>();
    q.title = title;
    q.placeholder = placeholder;
    q.items = items;
    q.matchOnDescription = true;
    q.matchOnDetail = true;
    return answer(q, (shown) => (this.question = shown));
  }
}
