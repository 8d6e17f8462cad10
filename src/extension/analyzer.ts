import * as vscode from 'vscode';
import {
  builtinSchema, checkReport, loadSchema, mentionsCaseReport, parseReport, schemaReference,
  type CheckResult, type JsonSchema, type ParsedReport, type SchemaLoad,
} from '../core/index';
import { PathFilter, type Settings } from './settings';

/** One document version's analysis: the parse and the check every feature shares. */
export interface Analysis {
  uri: string;
  version: number;
  parsed: ParsedReport;
  result: CheckResult;
  /** The schema the report was checked against, for completion and hover. */
  schema: JsonSchema;
}

export interface Source {
  uri: vscode.Uri;
  version: number;
  text: string;
}

/**
 * Parses and checks documents, once per version, and loads the schemas they name through
 * `workspace.fs` (so virtual workspaces work). A workspace's own schema is loaded only when the
 * workspace is trusted.
 */
export class Analyzer implements vscode.Disposable {
  private readonly cache = new Map<string, Analysis>();
  private readonly schemas = new Map<string, Promise<SchemaLoad>>();
  private filter: PathFilter;

  constructor(private settings: Settings) {
    this.filter = new PathFilter(settings);
  }

  update(settings: Settings): void {
    this.settings = settings;
    this.filter = new PathFilter(settings);
    this.cache.clear();
    this.schemas.clear();
  }

  /** Forget cached schema files (one changed on disk). */
  forgetSchemas(): void {
    this.schemas.clear();
    this.cache.clear();
  }

  get current(): Settings {
    return this.settings;
  }

  isExcluded(uri: vscode.Uri): boolean {
    return this.filter.isExcluded(uri);
  }

  /** Without parsing: does this text (or its path) make it a case report? For files too large to parse. */
  looksLikeCaseReport(uri: vscode.Uri, text: string): boolean {
    return this.filter.isIncluded(uri) || mentionsCaseReport(text.slice(0, 8192));
  }

  /** The cached analysis of exactly this version, if any. */
  cached(doc: { uri: vscode.Uri; version: number }): Analysis | undefined {
    const a = this.cache.get(doc.uri.toString());
    return a && a.version === doc.version ? a : undefined;
  }

  forget(uri: vscode.Uri): void {
    this.cache.delete(uri.toString());
  }

  /** Analyses a source; version -1 (read from disk) is never served from the cache. */
  async analyse(source: Source): Promise<Analysis> {
    const hit = source.version >= 0 ? this.cached(source) : undefined;
    if (hit) return hit;
    // The previous version's body analysis is reused when only the frontmatter changed.
    const parsed = parseReport(source.text, this.cache.get(source.uri.toString())?.parsed);
    const schema = await this.schemaFor(source.uri, parsed);
    const result = checkReport(parsed, {
      lang: this.settings.lang,
      schema,
      forceCaseReport: this.filter.isIncluded(source.uri),
      severities: this.settings.severities,
    });
    const analysis: Analysis = {
      uri: source.uri.toString(),
      version: source.version,
      parsed,
      result,
      schema: schema?.load.ok ? schema.load.schema.json : builtinSchema().json,
    };
    this.cache.set(analysis.uri, analysis);
    return analysis;
  }

  private async schemaFor(uri: vscode.Uri, parsed: ParsedReport): Promise<{ load: SchemaLoad; label: string } | undefined> {
    const ref = schemaReference(parsed);
    const fromSetting = this.settings.schemaPath.trim();
    if (ref.kind !== 'path' && !fromSetting) return undefined;
    const label = ref.kind === 'path' ? ref.path : fromSetting;
    if (!vscode.workspace.isTrusted) {
      return { label, load: { ok: false, reason: vscode.l10n.t('this workspace is not trusted, so its own schemas are not loaded') } };
    }
    let target: vscode.Uri;
    if (ref.kind === 'path') {
      target = vscode.Uri.joinPath(uri, '..', ref.path.replace(/\\/g, '/'));
    } else {
      const folder = vscode.workspace.getWorkspaceFolder(uri) ?? vscode.workspace.workspaceFolders?.[0];
      if (!folder) return { label, load: { ok: false, reason: vscode.l10n.t('there is no workspace folder to resolve it in') } };
      target = vscode.Uri.joinPath(folder.uri, fromSetting);
    }
    const key = target.toString();
    let load = this.schemas.get(key);
    if (!load) {
      load = Promise.resolve(vscode.workspace.fs.readFile(target)).then(
        (bytes) => loadSchema(new TextDecoder().decode(bytes)),
        (): SchemaLoad => ({ ok: false, reason: vscode.l10n.t('the file does not exist') }),
      );
      this.schemas.set(key, load);
    }
    return { label, load: await load };
  }

  dispose(): void {
    this.cache.clear();
    this.schemas.clear();
  }
}
