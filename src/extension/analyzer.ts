import * as vscode from 'vscode';
import { FileError } from '../core/project/port';
import { fileProblemText } from '../core/project/words';
import { readBounded } from './readBounded';
import {
  builtinSchema, checkReport, loadSchema, mentionsCaseReport, parseReport, schemaReason, schemaReference,
  type CheckResult, type JsonSchema, type ParsedReport, type SchemaLoad,
} from '../core/index';
import { nextTurn } from './eventLoop';
import type { ConfigFiles, FolderConfig } from './configFiles';
import type { Log } from './log';
import { PathFilter, type Settings } from './settings';
import { say } from './say';

/**
 * Long parsing is cut into slices of about 10 ms with a turn of the event loop between them, so
 * Casedoc never holds the extension host for long (BENCHMARKS.md has the measured figures).
 */
const SLICING = {
  budgetMs: 10,
  now: () => performance.now(),
  yieldToHost: nextTurn,
};

/** The longest and the count of the stretches of synchronous work measured. */
export class SliceTimes {
  longestMs = 0;
  /** Which stretch the longest was: parsing the body, or the last one (sections, check). */
  longestWhere = '';
  count = 0;
  /** How many took longer than 50 ms. */
  over50 = 0;
  /** The five longest, for a closer look. */
  top: number[] = [];
  record(ms: number, where: string): void {
    this.count++;
    if (ms > 50) this.over50++;
    // Kept sorted, longest first; most slices are shorter than all five and cost one comparison.
    if (this.top.length < 5 || ms > this.top[4]) {
      this.top.push(ms);
      this.top.sort((a, b) => b - a);
      if (this.top.length > 5) this.top.pop();
    }
    if (ms > this.longestMs) {
      this.longestMs = ms;
      this.longestWhere = where;
    }
  }
  reset(): void {
    this.longestMs = 0;
    this.longestWhere = '';
    this.count = 0;
    this.over50 = 0;
    this.top = [];
  }
}

/** One document version's analysis: the parse and the check every feature shares. */
export interface Analysis {
  uri: string;
  version: number;
  parsed: ParsedReport;
  result: CheckResult;
  /** The schema the report was checked against, for completion and hover. */
  schema: JsonSchema;
}

/** What a report's configuration file and the settings decide for it. */
export interface Profile {
  config: FolderConfig;
  excluded: boolean;
  included: boolean;
  severities: Settings['severities'];
}

export interface Source {
  uri: vscode.Uri;
  version: number;
  text: string;
  /** An unopened file over the size limit: not read (`text` is empty). */
  tooLarge?: boolean;
  /** An unopened file that is binary (`text` is empty). */
  binary?: boolean;
  /** An unopened file read with bytes that are not valid in its encoding. */
  invalidEncoding?: 'UTF-8' | 'UTF-16';
}

/**
 * Parses and checks documents, once per version, and loads the schemas they name through
 * `workspace.fs` (so virtual workspaces work). A workspace's own schema is loaded only when the
 * workspace is trusted.
 */
export class Analyzer implements vscode.Disposable {
  private readonly cache = new Map<string, Analysis>();
  /** A version whose analysis was overtaken part-way: its parsed chunks serve the next version. */
  private readonly partial = new Map<string, ParsedReport>();
  private readonly schemas = new Map<string, Promise<SchemaLoad>>();
  /** The reports that named each schema file (by its URI), to re-check when it is created, changed or deleted. */
  private readonly schemaUsers = new Map<string, Set<string>>();
  private filter: PathFilter;
  /** The configuration file at the first workspace folder's root: the run's language and size limit, as for the CLI. */
  private root: FolderConfig | undefined;
  private rootRead: Promise<void>;
  /** How long Casedoc's analysis held the extension host at a time: reported by the in-host benchmark. */
  readonly hostSlices = new SliceTimes();

  constructor(private settings: Settings, private readonly configs: ConfigFiles, private readonly log?: Log) {
    this.filter = new PathFilter(settings);
    this.rootRead = this.readRoot();
  }

  update(settings: Settings): void {
    this.settings = settings;
    this.filter = new PathFilter(settings);
    this.cache.clear();
    this.partial.clear();
    this.schemas.clear();
  }

  /** Is this changed file a configuration file, or a rules file one names? */
  configsChanged(uri: vscode.Uri): boolean {
    return this.configs.changed(uri);
  }

  /** A configuration file changed: everything it decides is read again. */
  configChanged(): Promise<void> {
    this.configs.forget();
    this.cache.clear();
    this.rootRead = this.readRoot();
    return this.rootRead;
  }

  /** Settled once the root configuration has been read (the language of what follows). */
  ready(): Promise<void> {
    return this.rootRead;
  }

  private async readRoot(): Promise<void> {
    const folder = vscode.workspace.workspaceFolders?.[0];
    this.root = folder ? await this.configs.forUri(folder.uri, true) : undefined;
  }

  /** What the report's configuration file and the settings decide for it: the file wins where it speaks. */
  async profile(uri: vscode.Uri): Promise<Profile> {
    const config = await this.configs.forUri(uri);
    return {
      config,
      excluded: this.filter.isExcluded(uri) || config.excluded(uri),
      included: this.filter.isIncluded(uri) || config.included(uri),
      severities: { ...this.settings.severities, ...config.config.severity },
    };
  }

  /** Forget every cached schema file (the workspace became trusted). */
  forgetSchemas(): void {
    this.schemas.clear();
    this.cache.clear();
  }

  /**
   * A file was created, changed or deleted: if a report named it as its schema (loaded, or found
   * missing), its load is forgotten and those reports are returned, to be checked again.
   */
  schemaChanged(file: vscode.Uri): vscode.Uri[] {
    const key = file.toString();
    const users = this.schemaUsers.get(key);
    this.schemas.delete(key);
    if (!users) return [];
    for (const u of users) this.cache.delete(u);
    return [...users].map((u) => vscode.Uri.parse(u));
  }

  /** The settings, with the root configuration file's language and size limit where it gives them. */
  get current(): Settings {
    const c = this.root?.config;
    if (!c) return this.settings;
    const lang = c.language === 'da' || c.language === 'en' ? c.language : this.settings.lang;
    return { ...this.settings, lang, maxFileSize: c.maxFileSize ?? this.settings.maxFileSize };
  }

  async isExcluded(uri: vscode.Uri): Promise<boolean> {
    return (await this.profile(uri)).excluded;
  }

  /** Without parsing: does this text (or its path) make it a case report? For files too large to parse. */
  async looksLikeCaseReport(uri: vscode.Uri, text: string): Promise<boolean> {
    return (await this.profile(uri)).included || mentionsCaseReport(text.slice(0, 8192));
  }

  /** The cached analysis of exactly this version, if any. */
  cached(doc: { uri: vscode.Uri; version: number }): Analysis | undefined {
    const a = this.cache.get(doc.uri.toString());
    return a && a.version === doc.version ? a : undefined;
  }

  /** Its parse is not needed any more: the document was closed (its diagnostics stay) or the file is gone. */
  forget(uri: vscode.Uri): void {
    this.cache.delete(uri.toString());
    this.partial.delete(uri.toString());
  }

  /** Analyses a source; version -1 (read from disk) is never served from the cache. */
  async analyse(source: Source): Promise<Analysis> {
    return (await this.analyseUnlessStale(source, () => false))!;
  }

  /**
   * Analyses a source, giving the host's event loop a turn every few milliseconds while a long
   * body is parsed; null when `isStale` says a newer version came first (what was parsed so far is
   * kept for that version).
   */
  async analyseUnlessStale(source: Source, isStale: () => boolean, known?: Profile): Promise<Analysis | null> {
    const hit = source.version >= 0 ? this.cached(source) : undefined;
    if (hit) return hit;
    const key = source.uri.toString();
    // The previous version's parse is reused: its YAML document and the body's parsed chunks.
    // Each stretch of work between two turns of the event loop is timed (hostSlices).
    let sliceStart = performance.now();
    let where = 'the first: parse, chunks and body';
    const sliceEnd = (last = false) => this.hostSlices.record(performance.now() - sliceStart, last && where !== 'the check' ? `${where}, then sections and check` : where);
    const yieldToHost = async () => {
      sliceEnd();
      where = 'parsing the body';
      await SLICING.yieldToHost();
      sliceStart = performance.now();
    };
    const parsed = parseReport(source.text, this.partial.get(key) ?? this.cache.get(key)?.parsed);
    this.partial.set(key, parsed);
    if (!(await parsed.prepare({ ...SLICING, yieldToHost, isStale }))) {
      sliceEnd();
      return null;
    }
    if (this.partial.get(key) === parsed) this.partial.delete(key);
    if (performance.now() - sliceStart >= SLICING.budgetMs) {
      // The check gets a stretch of its own.
      await yieldToHost();
      where = 'the check';
      if (isStale()) {
        sliceEnd();
        return null;
      }
    }
    // The caller may have looked it up already (to skip an excluded file): not twice per keystroke.
    const profile = known ?? await this.profile(source.uri);
    const schema = await this.schemaFor(source.uri, parsed, profile.config);
    const result = checkReport(parsed, {
      lang: this.current.lang,
      schema,
      rules: profile.config.rules,
      forceCaseReport: profile.included,
      severities: profile.severities,
    });
    const analysis: Analysis = {
      uri: source.uri.toString(),
      version: source.version,
      parsed,
      result,
      schema: schema?.load.ok ? schema.load.schema.json : builtinSchema().json,
    };
    // Only an open document's analysis is kept (its features and next version use it): a file read
    // from disk is never served from the cache, and thousands of them would fill the memory.
    if (source.version >= 0) this.cache.set(analysis.uri, analysis);
    sliceEnd(true);
    return analysis;
  }

  /** The report's `$schema:` first, then its configuration file's `schema`, then the `casedoc.schemaPath` setting. */
  private async schemaFor(uri: vscode.Uri, parsed: ParsedReport, config: FolderConfig): Promise<{ load: SchemaLoad; label: string } | undefined> {
    const lang = this.current.lang;
    const ref = schemaReference(parsed);
    const fromConfig = config.uri && config.config.schema ? config.config.schema : '';
    const fromSetting = this.settings.schemaPath.trim();
    if (ref.kind !== 'path' && !fromConfig && !fromSetting) return undefined;
    const label = ref.kind === 'path' ? ref.path : fromConfig || fromSetting;
    if (!vscode.workspace.isTrusted) {
      return { label, load: { ok: false, reason: say(lang, 'this workspace is not trusted, so its own schemas are not loaded') } };
    }
    let target: vscode.Uri;
    if (ref.kind === 'path') {
      target = vscode.Uri.joinPath(uri, '..', ref.path.replace(/\\/g, '/'));
    } else if (fromConfig) {
      target = vscode.Uri.joinPath(config.uri!, '..', fromConfig.replace(/\\/g, '/'));
    } else {
      const folder = vscode.workspace.getWorkspaceFolder(uri) ?? vscode.workspace.workspaceFolders?.[0];
      if (!folder) return { label, load: { ok: false, reason: say(this.current.lang, 'there is no workspace folder to resolve it in') } };
      target = vscode.Uri.joinPath(folder.uri, fromSetting);
    }
    const key = target.toString();
    let users = this.schemaUsers.get(key);
    if (!users) this.schemaUsers.set(key, (users = new Set()));
    users.add(uri.toString());
    let load = this.schemas.get(key);
    if (!load) {
      // Only a regular file within a schema's size: a pipe or a device is said, never read.
      load = readBounded(target).then(
        (bytes) => loadSchema(new TextDecoder().decode(bytes), this.current.lang),
        (e: unknown): SchemaLoad => ({ ok: false, reason: FileError.is(e) && e.problem !== 'missing' ? (e.problem === 'too-large' ? schemaReason('too-large', this.current.lang) : fileProblemText(e.problem, this.current.lang, e.message)) : schemaReason('file-missing', this.current.lang) }),
      ).then((l) => {
        // Said on the report's `$schema:` as a diagnostic; the log keeps it for whoever looks there.
        if (!l.ok) this.log?.warn(`The schema ${vscode.workspace.asRelativePath(target)} cannot be used: ${l.reason}`);
        return l;
      });
      this.schemas.set(key, load);
    }
    return { label, load: await load };
  }

  dispose(): void {
    this.cache.clear();
    this.partial.clear();
    this.schemas.clear();
    this.schemaUsers.clear();
  }
}

