import * as vscode from 'vscode';
import { complete, fixAll, fixAllTitle, fixesFor, hover } from '../core/index';
import type { Analyzer, Analysis } from './analyzer';
import { engineDiagnostic, toRange } from './convert';

const SELECTOR: vscode.DocumentSelector = [{ language: 'markdown' }];

/** The analysis of the document as it is now: cached for this version, or made on the spot. */
async function analysisOf(analyzer: Analyzer, doc: vscode.TextDocument): Promise<Analysis> {
  return analyzer.cached(doc) ?? analyzer.analyse({ uri: doc.uri, version: doc.version, text: doc.getText() });
}

export function registerLanguageFeatures(analyzer: Analyzer): vscode.Disposable[] {
  const completion = vscode.languages.registerCompletionItemProvider(SELECTOR, {
    async provideCompletionItems(doc, position) {
      const a = await analysisOf(analyzer, doc);
      if (!a.result.isCaseReport) return [];
      return complete(a.parsed, position, a.schema, analyzer.current.lang).map((c) => {
        const item = new vscode.CompletionItem(
          { label: c.label, description: c.description ?? undefined },
          c.kind === 'key' ? vscode.CompletionItemKind.Property : vscode.CompletionItemKind.EnumMember,
        );
        item.insertText = c.insertText;
        item.filterText = c.filterText;
        item.sortText = c.sortText;
        item.range = toRange(c.range);
        item.documentation = new vscode.MarkdownString(c.documentation);
        if (c.retrigger) item.command = { command: 'editor.action.triggerSuggest', title: '' };
        return item;
      });
    },
  }, ':', ' ', '-', '[', ',', '{');

  const hovers = vscode.languages.registerHoverProvider(SELECTOR, {
    async provideHover(doc, position) {
      const a = await analysisOf(analyzer, doc);
      if (!a.result.isCaseReport) return null;
      const h = hover(a.parsed, position, a.schema, analyzer.current.lang);
      return h ? new vscode.Hover(new vscode.MarkdownString(h.markdown), toRange(h.range)) : null;
    },
  });

  const actions = vscode.languages.registerCodeActionsProvider(SELECTOR, {
    async provideCodeActions(doc, _range, context) {
      const a = await analysisOf(analyzer, doc);
      if (!a.result.isCaseReport) return [];
      const lang = analyzer.current.lang;
      const out: vscode.CodeAction[] = [];
      for (const vd of context.diagnostics) {
        // The engine's own diagnostic, with its data (fixes never read the message), fixed only on
        // the very text it was found in: one of an older version waits for its new check.
        const found = engineDiagnostic(vd);
        if (!found || found.text !== a.parsed.text) continue;
        for (const fix of fixesFor(a.parsed, found.diagnostic, a.schema, lang)) {
          const action = new vscode.CodeAction(fix.title, vscode.CodeActionKind.QuickFix);
          action.diagnostics = [vd];
          action.isPreferred = fix.preferred;
          action.edit = new vscode.WorkspaceEdit();
          for (const e of fix.edits) action.edit.replace(doc.uri, toRange(e.range), e.newText);
          out.push(action);
        }
      }
      const all = fixAll(a.parsed, a.result.diagnostics, a.schema, lang);
      if (all.length > 1 || (all.length === 1 && context.only?.contains(vscode.CodeActionKind.SourceFixAll))) {
        const kind = context.only?.contains(vscode.CodeActionKind.SourceFixAll) ? vscode.CodeActionKind.SourceFixAll.append('casedoc') : vscode.CodeActionKind.QuickFix;
        const action = new vscode.CodeAction(fixAllTitle(lang), kind);
        action.edit = new vscode.WorkspaceEdit();
        for (const e of all) action.edit.replace(doc.uri, toRange(e.range), e.newText);
        out.push(action);
      }
      return out;
    },
  }, { providedCodeActionKinds: [vscode.CodeActionKind.QuickFix, vscode.CodeActionKind.SourceFixAll.append('casedoc')] });

  return [completion, hovers, actions];
}
