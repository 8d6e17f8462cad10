import * as vscode from 'vscode';
import { fileProblemText } from '../core/project/words';
import { anthologySchema, builtinSchema, CSV_ENCODING_NAMES, planImport, readSheet, SHEET_LIMITS, slug, type Lang, type ParsedReport } from '../core/index';
import { addChange, answer, applyInPreview, caseReports } from './acrossReports';
import type { Analysis, Analyzer } from './analyzer';
import type { DiagnosticsController } from './diagnostics';
import type { Log } from './log';
import { say } from './say';

export interface ImportResult {
  updated: number;
  created: number;
  /** Cells that could not be read (each also in the Casedoc log with its row and column). */
  problems: number;
  applied: boolean;
}

/**
 * "Casedoc: Import Case Classification…": a classification sheet (.xlsx, or .csv with commas or
 * semicolons) read into the workspace's case reports as `casedoc import` reads it (core
 * `planImport`): the report a row names gets the least edits, a new row becomes a report from the
 * template beside the anthology's reports. Every change waits in the refactor preview; one undo
 * takes the updates back.
 */
export class ClassificationImporter {
  stage: 'idle' | 'reading' | 'choosing' | 'preview' = 'idle';
  question: vscode.QuickPick<vscode.QuickPickItem & { id: string }> | undefined;

  constructor(private readonly analyzer: Analyzer, private readonly diagnostics: DiagnosticsController, private readonly log: Log) {}

  async run(sheet?: vscode.Uri): Promise<ImportResult> {
    try {
      return await this.import(this.analyzer.current.lang, sheet);
    } finally {
      this.stage = 'idle';
    }
  }

  private async import(lang: Lang, given: vscode.Uri | undefined): Promise<ImportResult> {
    const none: ImportResult = { updated: 0, created: 0, problems: 0, applied: false };
    const sheet = given ?? (await vscode.window.showOpenDialog({ title: say(lang, 'Import a case classification sheet'), filters: { [say(lang, 'Spreadsheets')]: ['xlsx', 'csv'] }, canSelectMany: false }))?.[0];
    if (!sheet) return none;
    this.stage = 'reading';
    let read;
    try {
      // The size before the bytes are read; then core's SHEET_LIMITS, as `casedoc import` holds a sheet to them.
      if ((await vscode.workspace.fs.stat(sheet)).size > SHEET_LIMITS.bytes) throw new Error(fileProblemText('too-large', lang, undefined, SHEET_LIMITS.bytes));
      read = await readSheet(sheet.path, await vscode.workspace.fs.readFile(sheet), lang);
    } catch (e) {
      void vscode.window.showErrorMessage(say(lang, 'Casedoc could not read {0}: {1}', vscode.workspace.asRelativePath(sheet), (e as Error).message));
      return none;
    }
    if (!read) {
      void vscode.window.showErrorMessage(say(lang, '{0} is neither an .xlsx workbook nor a .csv file.', vscode.workspace.asRelativePath(sheet)));
      return none;
    }
    const { rows, encoding } = read;
    // A CSV that was not UTF-8 (Danish Excel's semicolon CSV is Windows-1252): said, so a wrong guess shows.
    const readAs = encoding && encoding !== 'utf-8' ? ` ${say(lang, 'The sheet was read as {0}.', CSV_ENCODING_NAMES[encoding])}` : '';
    if (readAs) this.log.info(readAs.trim());
    const reports = new Map<string, ParsedReport>();
    const uris = new Map<string, { uri: vscode.Uri; analysis: Analysis }>();
    for await (const r of caseReports(this.analyzer, this.diagnostics)) {
      const file = vscode.workspace.asRelativePath(r.uri, false);
      reports.set(file, r.analysis.parsed);
      uris.set(file, r);
    }
    // New reports go beside the anthology's (the first report's folder), else in the workspace folder.
    const first = [...uris.values()][0]?.uri;
    const folder = first ? vscode.Uri.joinPath(first, '..') : vscode.workspace.workspaceFolders?.[0]?.uri;
    if (!folder) return none;
    const taken = new Set<string>();
    const newFile = (title: string) => {
      for (let n = 1; ; n++) {
        const file = vscode.workspace.asRelativePath(vscode.Uri.joinPath(folder, `${slug(title)}${n > 1 ? `-${n}` : ''}.md`), false);
        if (!taken.has(file) && !reports.has(file)) {
          taken.add(file);
          return file;
        }
      }
    };
    // The schema most of the reports are checked against, as `casedoc import` takes it (core's anthologySchema).
    const schema = anthologySchema([...uris.values()].map((r) => r.analysis.schema), builtinSchema().json);
    let plan = planImport(rows, reports, { schema, lang, partial: false, newFile });
    for (const c of plan.ignored) this.log.info(say(lang, 'Import: column {0} ({1}) is not a field of the classification: left out.', c.column, c.header));
    for (const p of plan.problems) this.log.warn(say(lang, 'Import: row {0}, column {1} ({2}): {3}', p.row, p.column, p.header, p.reason));
    if (plan.problems.length) {
      this.stage = 'choosing';
      const partial = await this.askPartial(plan.problems.length, plan.problems[0], lang);
      if (partial === undefined) return { ...none, problems: plan.problems.length };
      if (partial) {
        taken.clear();
        plan = planImport(rows, reports, { schema, lang, partial: true, newFile });
      }
    }
    const edit = new vscode.WorkspaceEdit();
    const result: ImportResult = { ...none, problems: plan.problems.length };
    for (const p of plan.rows) {
      if (!p.file) continue;
      if (p.action === 'update' && p.edits) {
        const target = uris.get(p.file)!;
        for (const e of p.edits) addChange(edit, target.uri, target.analysis.parsed, e);
        result.updated++;
      } else if (p.action === 'create' && p.text !== undefined) {
        const uri = vscode.Uri.joinPath(vscode.workspace.workspaceFolders![0].uri, p.file);
        edit.createFile(uri, { contents: new TextEncoder().encode(p.text), ignoreIfExists: true }, { needsConfirmation: true, label: say(lang, 'New case report') });
        result.created++;
      }
    }
    if (result.updated + result.created === 0) {
      void vscode.window.showInformationMessage(say(lang, 'The sheet changes no case report.') + readAs);
      return result;
    }
    this.stage = 'preview';
    result.applied = await applyInPreview(edit, lang);
    if (!result.applied) return { ...none, problems: result.problems };
    void vscode.window.showInformationMessage(say(lang, 'Imported the sheet: {0} reports updated, {1} created.', result.updated, result.created) + readAs);
    return result;
  }

  /** Whether to write the rest of the rows that have an unreadable cell: true, false, or undefined (cancelled). */
  private async askPartial(count: number, first: { row: number; column: string; reason: string }, lang: Lang): Promise<boolean | undefined> {
    const q = vscode.window.createQuickPick<vscode.QuickPickItem & { id: string }>();
    q.title = say(lang, 'Import a case classification sheet');
    q.placeholder = count === 1
      ? say(lang, 'Row {0}, column {1}: {2}. What should happen to that row?', first.row, first.column, first.reason)
      : say(lang, '{0} cells cannot be read (listed in the Casedoc log); the first: row {1}, column {2}: {3}. What should happen to those rows?', count, first.row, first.column, first.reason);
    q.items = [
      { id: 'skip', label: say(lang, 'Leave those rows as they are'), description: say(lang, 'import the other rows') },
      { id: 'partial', label: say(lang, 'Import the rest of those rows too'), description: say(lang, 'without the cells that cannot be read') },
    ];
    q.ignoreFocusOut = true;
    const id = await answer(q, (shown) => (this.question = shown));
    return id === undefined ? undefined : id === 'partial';
  }
}

