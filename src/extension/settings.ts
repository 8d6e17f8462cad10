import * as vscode from 'vscode';
import picomatch from 'picomatch';
import type { Lang, Severity } from '../core/index';

export interface Settings {
  include: string[];
  exclude: string[];
  lang: Lang;
  schemaPath: string;
  severities: Record<string, Severity | 'off'>;
  validate: 'onType' | 'onSave';
  maxFileSize: number;
  checkWorkspaceOnStartup: boolean;
}

export function readSettings(): Settings {
  const c = vscode.workspace.getConfiguration('casedoc');
  const language = c.get<string>('language', 'auto');
  return {
    include: c.get<string[]>('include', []),
    exclude: c.get<string[]>('exclude', ['**/node_modules/**', '**/.git/**']),
    lang: language === 'da' || language === 'en' ? language : vscode.env.language.toLowerCase().startsWith('da') ? 'da' : 'en',
    schemaPath: c.get<string>('schemaPath', ''),
    severities: c.get<Record<string, Severity | 'off'>>('severity', {}),
    validate: c.get<'onType' | 'onSave'>('validate', 'onType'),
    maxFileSize: c.get<number>('maxFileSize', 5 * 1024 * 1024),
    checkWorkspaceOnStartup: c.get<boolean>('checkWorkspaceOnStartup', true),
  };
}

/** Include and exclude globs, matched against the path relative to the file's workspace folder. */
export class PathFilter {
  private readonly includes: picomatch.Matcher[];
  private readonly excludes: picomatch.Matcher[];

  constructor(settings: Settings) {
    this.includes = settings.include.map((g) => picomatch(g, { dot: true }));
    this.excludes = settings.exclude.map((g) => picomatch(g, { dot: true }));
  }

  private relative(uri: vscode.Uri): string {
    return vscode.workspace.asRelativePath(uri, false);
  }

  isExcluded(uri: vscode.Uri): boolean {
    return this.excludes.some((m) => m(this.relative(uri)));
  }

  isIncluded(uri: vscode.Uri): boolean {
    return this.includes.some((m) => m(this.relative(uri)));
  }
}
