import * as vscode from 'vscode';
import type { Lang, Severity } from '../core/index';
import { detectLang } from '../core/locale';
import { anyGlob, type PathMatcher } from '../core/text/glob';

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

/**
 * Where no variable names a locale, the operating system's language: ICU's default on the desktop
 * (the OS's on Windows and macOS), the browser's first language on the web.
 */
export function platformLocale(): string | undefined {
  const nav = (globalThis as { navigator?: { languages?: readonly string[]; language?: string } }).navigator;
  const fromBrowser = nav?.languages?.[0] ?? nav?.language;
  if (fromBrowser) return fromBrowser;
  try {
    return Intl.DateTimeFormat().resolvedOptions().locale;
  } catch {
    return undefined;
  }
}

// The web worker host has no process.
const hostEnv = () => (typeof process === 'object' && process?.env ? process.env : {});

/**
 * `casedoc.language: auto`, by core's one rule (core/locale.ts), the CLI's too: `CASEDOC_LANG`,
 * then the system's locale (`LC_ALL`, `LC_MESSAGES`, `LANG` of the extension host on the desktop,
 * else the operating system's or browser's language) or VS Code's display language, Danish when
 * either is.
 */
export function autoLanguage(env = hostEnv(), display = vscode.env.language, platform = platformLocale()): Lang {
  return detectLang({ env, display, platform });
}

export function readSettings(): Settings {
  const c = vscode.workspace.getConfiguration('casedoc');
  const language = c.get<string>('language', 'auto');
  return {
    include: c.get<string[]>('include', []),
    exclude: c.get<string[]>('exclude', ['**/node_modules/**', '**/.git/**']),
    lang: language === 'da' || language === 'en' ? language : autoLanguage(),
    schemaPath: c.get<string>('schemaPath', ''),
    severities: c.get<Record<string, Severity | 'off'>>('severity', {}),
    validate: c.get<'onType' | 'onSave'>('validate', 'onType'),
    maxFileSize: c.get<number>('maxFileSize', 5 * 1024 * 1024),
    checkWorkspaceOnStartup: c.get<boolean>('checkWorkspaceOnStartup', true),
  };
}

/** Include and exclude globs, matched against the path relative to the file's workspace folder. */
export class PathFilter {
  private readonly includes: PathMatcher;
  private readonly excludes: PathMatcher;

  constructor(settings: Settings) {
    this.includes = anyGlob(settings.include);
    this.excludes = anyGlob(settings.exclude);
  }

  private relative(uri: vscode.Uri): string {
    return vscode.workspace.asRelativePath(uri, false);
  }

  isExcluded(uri: vscode.Uri): boolean {
    return this.excludes(this.relative(uri));
  }

  isIncluded(uri: vscode.Uri): boolean {
    return this.includes(this.relative(uri));
  }
}
