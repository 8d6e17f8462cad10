import * as vscode from 'vscode';
import { builtinSchema, fieldAt, reportSnippet, type Lang } from '../core/index';
import { say } from './say';

/** Asks for the collaboration type and language, then opens an untitled report from the template. */
export async function newReport(uiLang: Lang): Promise<vscode.TextEditor | undefined> {
  const types = fieldAt(builtinSchema().json, ['collaboration_type']).values.map((v) => ({
    label: uiLang === 'da' ? `${v.titleDa} — ${v.title}` : `${v.title} — ${v.titleDa}`,
    description: v.id,
    detail: (uiLang === 'da' ? v.descriptionDa : v.description) ?? undefined,
    id: v.id,
  }));
  const type = await vscode.window.showQuickPick(types, { title: say(uiLang, 'New case report'), placeHolder: say(uiLang, 'Which kind of collaboration is the case?'), matchOnDescription: true });
  if (!type) return undefined;
  const langs: { label: string; id: Lang }[] = [{ label: 'Dansk', id: 'da' }, { label: 'English', id: 'en' }];
  if (uiLang === 'en') langs.reverse();
  const lang = await vscode.window.showQuickPick(langs, { title: say(uiLang, 'New case report'), placeHolder: say(uiLang, 'Which language is the report written in?') });
  if (!lang) return undefined;
  const doc = await vscode.workspace.openTextDocument({ language: 'markdown', content: '' });
  const editor = await vscode.window.showTextDocument(doc);
  await editor.insertSnippet(new vscode.SnippetString(reportSnippet(type.id, lang.id).join('\n') + '\n'));
  return editor;
}
