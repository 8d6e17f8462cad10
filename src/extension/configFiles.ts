import * as vscode from 'vscode';
import { builtinRules, CONFIG_FILES, loadConfig, loadRules, mergeRules, type CasedocConfig, type CompiledRule, type Lang } from '../core/index';
import { anyGlob } from '../core/text/glob';
import type { Log } from './log';
import { readBounded } from './readBounded';
import { say } from './say';

/** The configuration file that applies to a report, read and checked, with its rules compiled. */
export interface FolderConfig {
  /** The file, or null where none applies. */
  uri: vscode.Uri | null;
  config: CasedocConfig;
  /** The built-in rules with the file's own (trusted workspaces only); undefined: the built-in ones. */
  rules?: readonly CompiledRule[];
  /** Globs of `include` / `exclude`, matched relative to the file's folder. */
  included(uri: vscode.Uri): boolean;
  excluded(uri: vscode.Uri): boolean;
}

const NONE: FolderConfig = { uri: null, config: {}, included: () => false, excluded: () => false };

const parent = (uri: vscode.Uri) => vscode.Uri.joinPath(uri, '..');
const exists = async (uri: vscode.Uri) => {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
};

/**
 * `.casedoc.json` / `.casedoc.jsonc` as the CLI reads them: the nearest one above a report, up to its
 * workspace folder. Read through `workspace.fs` (virtual workspaces too), once per change. A file
 * that cannot be used is said once, in a notification and the log, and the VS Code settings apply.
 * In an untrusted workspace its `rules` and `schema` are not loaded, which is said once as well.
 */
export class ConfigFiles {
  private readonly nearest = new Map<string, Promise<vscode.Uri | null>>();
  private readonly loaded = new Map<string, Promise<FolderConfig>>();
  /** Rules files named by a configuration: a change to one re-reads its configuration. */
  private readonly rulesFiles = new Set<string>();
  private readonly said = new Set<string>();

  constructor(private readonly lang: () => Lang, private readonly log: Log) {}

  /** The configuration that applies to this file (or, for a folder, to the reports in it). */
  async forUri(uri: vscode.Uri, isFolder = false): Promise<FolderConfig> {
    const root = vscode.workspace.getWorkspaceFolder(uri)?.uri;
    if (!root) return NONE;
    const file = await this.find(isFolder ? uri : parent(uri), root);
    if (!file) return NONE;
    const key = file.toString();
    let p = this.loaded.get(key);
    if (!p) this.loaded.set(key, (p = this.load(file)));
    return p;
  }

  /** A file changed: is it a configuration or a rules file one names? Then everything is read again. */
  changed(uri: vscode.Uri): boolean {
    const name = uri.path.split('/').pop() ?? '';
    if (!(CONFIG_FILES as readonly string[]).includes(name) && !this.rulesFiles.has(uri.toString())) return false;
    this.forget();
    return true;
  }

  forget(): void {
    this.nearest.clear();
    this.loaded.clear();
    this.rulesFiles.clear();
    this.said.clear();
  }

  private find(dir: vscode.Uri, root: vscode.Uri): Promise<vscode.Uri | null> {
    const key = dir.toString();
    let p = this.nearest.get(key);
    if (!p) {
      p = (async () => {
        for (const name of CONFIG_FILES) {
          const candidate = vscode.Uri.joinPath(dir, name);
          if (await exists(candidate)) return candidate;
        }
        // The workspace folder is the last place looked, as a repository's root is for the CLI.
        if (dir.toString() === root.toString() || !dir.path.startsWith(root.path)) return null;
        return this.find(parent(dir), root);
      })();
      this.nearest.set(key, p);
    }
    return p;
  }

  private async load(file: vscode.Uri): Promise<FolderConfig> {
    const lang = this.lang();
    const shown = vscode.workspace.asRelativePath(file);
    let text: string;
    try {
      text = new TextDecoder().decode(await readBounded(file));
    } catch (e) {
      this.once(file.toString(), say(lang, 'Casedoc: the configuration file {0} cannot be read; the VS Code settings apply.', shown), e);
      return NONE;
    }
    const read = loadConfig(text, lang);
    if (!read.ok) {
      this.once(file.toString(), say(lang, 'Casedoc: the configuration file {0} cannot be used ({1}); the VS Code settings apply.', shown, read.reason));
      return NONE;
    }
    const config = read.config;
    const base = parent(file);
    let rules: readonly CompiledRule[] | undefined;
    if ((config.rules?.length || config.schema) && !vscode.workspace.isTrusted) {
      this.once(`${file}#trust`, say(lang, 'Casedoc: this workspace is not trusted, so the rules and schema of {0} are not loaded.', shown), undefined, 'info');
    } else if (config.rules?.length) {
      let merged: readonly CompiledRule[] = builtinRules();
      for (const r of config.rules) {
        const uri = vscode.Uri.joinPath(base, r.replace(/\\/g, '/'));
        this.rulesFiles.add(uri.toString());
        try {
          const load = loadRules(new TextDecoder().decode(await readBounded(uri)), lang);
          if (!load.ok) throw new Error(load.reason);
          merged = mergeRules(merged, load.rules);
        } catch (e) {
          this.once(uri.toString(), say(lang, 'Casedoc: the rules file {0} named in {1} cannot be used ({2}).', r, shown, (e as Error).message), e);
        }
      }
      rules = merged;
    }
    const matcher = (globs: readonly string[] | undefined) => {
      const matches = anyGlob(globs ?? []);
      return (uri: vscode.Uri) => uri.path.startsWith(base.path + '/') && matches(uri.path.slice(base.path.length + 1));
    };
    return { uri: file, config, rules, included: matcher(config.include), excluded: matcher(config.exclude) };
  }

  private once(key: string, message: string, error?: unknown, kind: 'warning' | 'info' = 'warning'): void {
    this.log.warn(message, error);
    if (this.said.has(key)) return;
    this.said.add(key);
    void (kind === 'warning' ? vscode.window.showWarningMessage(message) : vscode.window.showInformationMessage(message));
  }
}
