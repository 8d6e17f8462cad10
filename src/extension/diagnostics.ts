import * as vscode from 'vscode';
import { MARKDOWN_GLOB } from '../core/index';
import { encodingDiagnostics, gateDiagnostics, utf8Length } from '../core/project/gates';
import { reportBytes } from '../core/text/decode';
import type { Analysis, Analyzer, Source } from './analyzer';
import { toDiagnostic } from './convert';
import { nextTurn } from './eventLoop';
import type { Log } from './log';
import { regularFile } from './readBounded';

const DEBOUNCE_MS = 250;
/**
 * A Markdown document the author works on: a file, a new one, or one of the workspace (github.dev's
 * virtual folders). Not the copies VS Code opens to show something else (the refactor preview, a
 * diff's old side from git): checking those would count a report twice in the anthology.
 */
const isMarkdown = (doc: vscode.TextDocument) =>
  doc.languageId === 'markdown' && (doc.uri.scheme === 'file' || doc.uri.scheme === 'untitled' || vscode.workspace.getWorkspaceFolder(doc.uri) !== undefined);
const openDocument = (uri: vscode.Uri) => vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());

/** The workspace's Markdown files, less what `casedoc.exclude` leaves out. */
export function workspaceMarkdown(analyzer: Analyzer, token?: vscode.CancellationToken): Thenable<vscode.Uri[]> {
  const exclude = analyzer.current.exclude.length ? `{${analyzer.current.exclude.join(',')}}` : undefined;
  return vscode.workspace.findFiles(MARKDOWN_GLOB, exclude, undefined, token);
}

/** A file as the editor has it when it is open (unsaved edits included), else as it is on disk. */
export async function readSource(uri: vscode.Uri, limit = Infinity): Promise<Source> {
  let open = openDocument(uri);
  // An unopened file: a regular one only (a pipe would never end), and not read when over the limit.
  if (!open && (await regularFile(uri)) > limit && !openDocument(uri)) return { uri, version: -1, text: '', tooLarge: true };
  const bytes = open ? null : await vscode.workspace.fs.readFile(uri);
  // A document opened while its file was read is read as the editor has it.
  open ??= openDocument(uri);
  if (open) return { uri, version: open.version, text: open.getText() };
  // Read from disk as the CLI reads it (core's reportBytes): binary is said, invalid bytes too.
  const read = reportBytes(bytes!);
  return read.binary ? { uri, version: -1, text: '', binary: true } : { uri, version: -1, text: read.text, invalidEncoding: read.invalid ? read.encoding : undefined };
}

/**
 * Keeps the Problems list current: on open, while typing (debounced per document; the newest
 * version wins), on save, for unopened files through a watcher, and for the whole workspace on
 * request. Listeners call back with each fresh analysis (status bar, side panel).
 */
export class DiagnosticsController implements vscode.Disposable {
  readonly collection = vscode.languages.createDiagnosticCollection('casedoc');
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  /** Generation per document: a run publishes only while it is the latest one started. */
  private readonly generation = new Map<string, number>();
  private readonly disposables: vscode.Disposable[] = [this.collection];
  private readonly changed = new vscode.EventEmitter<Analysis>();
  readonly onDidAnalyse = this.changed.event;
  private readonly forgotten = new vscode.EventEmitter<vscode.Uri>();
  /** A file is gone (deleted, or an unsaved report closed). */
  readonly onDidForget = this.forgotten.event;
  private running = 0;
  /** The document version whose result (diagnostics, or none on purpose) was last published. */
  private readonly published = new Map<string, number>();
  private readonly checkingChanged = new vscode.EventEmitter<boolean>();
  /** A workspace check started (true) or the last one running ended (false). */
  readonly onDidChangeChecking = this.checkingChanged.event;

  constructor(private readonly analyzer: Analyzer, private readonly log?: Log) {
    const w = vscode.workspace;
    this.disposables.push(
      this.changed,
      this.forgotten,
      this.checkingChanged,
      w.onDidOpenTextDocument((d) => this.schedule(d, 0)),
      w.onDidChangeTextDocument((e) => {
        if (e.contentChanges.length > 0 && this.analyzer.current.validate === 'onType') this.schedule(e.document, DEBOUNCE_MS);
      }),
      w.onDidSaveTextDocument((d) => this.schedule(d, 0)),
      w.onDidCloseTextDocument((d) => {
        // An unsaved new report has no file to keep reporting on; a file keeps its diagnostics.
        if (d.isUntitled) this.clear(d.uri);
        else this.analyzer.forget(d.uri);
      }),
    );
    const watcher = w.createFileSystemWatcher(MARKDOWN_GLOB);
    const deletions = w.createFileSystemWatcher('**/*', true, true, false);
    this.disposables.push(
      watcher,
      watcher.onDidCreate((uri) => this.queueFile(uri)),
      watcher.onDidChange((uri) => this.queueFile(uri)),
      watcher.onDidDelete((uri) => this.clear(uri)),
      // A deleted folder is reported as the folder alone, which the Markdown glob does not match:
      // every report under it goes with it.
      deletions,
      deletions.onDidDelete((uri) => this.clearUnder(uri)),
    );
    for (const doc of w.textDocuments) this.schedule(doc, 0);
  }

  /** Checks these reports again (their schema changed): an open one from its editor, any other from disk. */
  recheck(uris: readonly vscode.Uri[]): void {
    for (const uri of uris) {
      const doc = openDocument(uri);
      if (doc) this.schedule(doc, 0);
      else this.queueFile(uri);
    }
  }

  private clear(uri: vscode.Uri): void {
    // A check scheduled, queued or running for the file must not bring it back once it is gone.
    const key = uri.toString();
    this.queued.delete(key);
    clearTimeout(this.timers.get(key));
    this.timers.delete(key);
    this.generation.set(key, (this.generation.get(key) ?? 0) + 1);
    this.published.delete(key);
    this.collection.delete(uri);
    this.analyzer.forget(uri);
    this.forgotten.fire(uri);
  }

  /** Clears every report at or under `uri` (a file, or a folder that was deleted). */
  private clearUnder(uri: vscode.Uri): void {
    const prefix = uri.toString().replace(/\/?$/, '/');
    const gone: vscode.Uri[] = [];
    this.collection.forEach((u) => {
      if (u.toString().startsWith(prefix)) gone.push(u);
    });
    for (const key of this.generation.keys()) if (key.startsWith(prefix)) gone.push(vscode.Uri.parse(key));
    for (const u of gone) this.clear(u);
  }

  schedule(doc: vscode.TextDocument, delay: number): void {
    if (!isMarkdown(doc)) return;
    const key = doc.uri.toString();
    clearTimeout(this.timers.get(key));
    this.timers.set(key, setTimeout(() => {
      this.timers.delete(key);
      void this.run({ uri: doc.uri, version: doc.version, text: doc.getText() }, () => doc.version);
    }, delay));
  }

  /** Checks one source and publishes, unless a newer edit or run has overtaken it. */
  async run(source: Source, currentVersion: () => number = () => source.version): Promise<Analysis | null> {
    const key = source.uri.toString();
    const gen = (this.generation.get(key) ?? 0) + 1;
    this.generation.set(key, gen);
    await this.analyzer.ready();
    const profile = await this.analyzer.profile(source.uri);
    if (this.generation.get(key) !== gen) return null;
    if (profile.excluded) {
      this.publish(source, []);
      // Left out now (a configuration's `exclude`): not a report of the anthology either.
      this.forgotten.fire(source.uri);
      return null;
    }
    const limit = this.analyzer.current.maxFileSize;
    const { lang } = this.analyzer.current;
    if (source.binary) {
      // As the CLI says it of any file, through the severity setting (core/project/gates.ts).
      this.publish(source, gateDiagnostics({ code: 'file-binary' }, lang, profile.severities).map((d) => toDiagnostic(d)));
      this.forgotten.fire(source.uri);
      return null;
    }
    // The limit is in bytes, as the CLI measures it (a text is at least as many bytes as UTF-16 units).
    if (source.tooLarge || source.text.length > limit || (source.text.length * 3 > limit && utf8Length(source.text) > limit)) {
      // Only a case report is told it is too large; any other Markdown file gets nothing. A file
      // too large to be read cannot show what it is: it is told, as the CLI tells every such file.
      if (!source.tooLarge && !(await this.analyzer.looksLikeCaseReport(source.uri, source.text))) {
        this.publish(source, []);
        return null;
      }
      // Through the severity setting like every diagnostic; the size said as the CLI says it.
      this.publish(source, gateDiagnostics({ code: 'file-too-large', limit }, lang, profile.severities).map((d) => toDiagnostic(d)));
      return null;
    }
    const stale = () => this.generation.get(key) !== gen || currentVersion() !== source.version;
    const analysis = await this.analyzer.analyseUnlessStale(source, stale, profile);
    if (!analysis || stale()) return null;
    // A case report read from disk with invalid bytes is told so first, as the CLI tells it.
    const encoding = source.invalidEncoding && analysis.result.isCaseReport ? encodingDiagnostics(analysis.parsed, source.invalidEncoding, lang, profile.severities).map((d) => toDiagnostic(d)) : [];
    this.publish(source, analysis.result.isCaseReport ? [...encoding, ...analysis.result.diagnostics.map((d) => toDiagnostic(d, analysis))] : []);
    this.changed.fire(analysis);
    return analysis;
  }

  /** The result for this version of the source in the Problems list (none: the entry removed). */
  private publish(source: Source, diagnostics: vscode.Diagnostic[]): void {
    if (diagnostics.length > 0) this.collection.set(source.uri, diagnostics);
    else this.collection.delete(source.uri);
    this.published.set(source.uri.toString(), source.version);
  }

  /**
   * The version of the document whose result is in the Problems list (-1 for a file read from disk),
   * or undefined: what a test waits for instead of a fixed delay.
   */
  publishedVersion(uri: vscode.Uri): number | undefined {
    return this.published.get(uri.toString());
  }

  /**
   * Files changed on disk are checked one at a time, with a turn of the event loop between them: a
   * checkout that brings thousands of reports must not crowd out the file being typed in.
   */
  private readonly queued = new Map<string, vscode.Uri>();
  private pumping = false;

  private queueFile(uri: vscode.Uri): void {
    this.queued.set(uri.toString(), uri);
    if (this.pumping) return;
    this.pumping = true;
    void (async () => {
      try {
        while (this.queued.size > 0 && !this.disposed) {
          const [key, next] = this.queued.entries().next().value as [string, vscode.Uri];
          this.queued.delete(key);
          await this.checkFileIfClosed(next);
          await nextTurn();
        }
      } finally {
        this.pumping = false;
      }
    })();
  }

  private disposed = false;

  private async checkFileIfClosed(uri: vscode.Uri): Promise<void> {
    if (openDocument(uri)) return;
    try {
      const source = await readSource(uri, this.analyzer.current.maxFileSize);
      // Opened while it was read: the editor's text is checked instead, and the file's older
      // result must not overwrite it.
      if (source.version === -1 && openDocument(uri)) return;
      await this.run(source);
    } catch {
      this.clear(uri);
    }
  }

  get checkingWorkspace(): boolean {
    return this.running > 0;
  }

  /** How many workspace checks were started, and the promise of the newest one's count. */
  private passes = 0;
  private newest: Promise<number> = Promise.resolve(0);

  /**
   * Checks every Markdown file in the workspace, yielding between files; open documents as edited.
   * A newer request (the command, a settings change) supersedes a check in progress: that one stops,
   * and its callers get the newer one's count. Two at once would overtake each other file by file.
   */
  checkWorkspace(token?: vscode.CancellationToken, progress?: vscode.Progress<{ message?: string; increment?: number }>): Promise<number> {
    const pass = ++this.passes;
    const superseded = () => this.passes !== pass;
    const counted = (async () => {
      if (this.running++ === 0) this.checkingChanged.fire(true);
      try {
        return await this.checkAll(superseded, token, progress);
      } finally {
        if (--this.running === 0) this.checkingChanged.fire(false);
      }
    })();
    this.newest = counted.then((n) => (superseded() ? this.newest : n));
    return this.newest;
  }

  private async checkAll(superseded: () => boolean, token?: vscode.CancellationToken, progress?: vscode.Progress<{ message?: string; increment?: number }>): Promise<number> {
    const files = await workspaceMarkdown(this.analyzer, token);
    let reports = 0;
    for (let i = 0; i < files.length; i++) {
      if (token?.isCancellationRequested || superseded()) break;
      const uri = files[i];
      // Checked here now: a check queued by the watcher for it would only repeat this one.
      this.queued.delete(uri.toString());
      try {
        const a = await this.run(await readSource(uri, this.analyzer.current.maxFileSize));
        if (a?.result.isCaseReport) reports++;
      } catch (e) {
        // Unreadable now (deleted meanwhile): nothing to report on it, but said in the log.
        this.log?.warn(`The workspace check could not read ${vscode.workspace.asRelativePath(uri)}`, e);
      }
      progress?.report({ message: vscode.workspace.asRelativePath(uri), increment: 100 / files.length });
      // Yield to the extension host between files, so typing elsewhere stays fluid.
      await nextTurn();
    }
    return reports;
  }

  dispose(): void {
    this.disposed = true;
    this.queued.clear();
    for (const t of this.timers.values()) clearTimeout(t);
    this.disposables.forEach((d) => d.dispose());
  }
}
