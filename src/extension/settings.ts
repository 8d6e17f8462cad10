import * as vscode from 'vscode';
import type { Lang, Severity } from '../core/index';
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

const isDanish = (locale: string | undefined) => /^da(?:$|[-_.@])/i.test(locale ?? '');

/**
 * The system's own language, first: the operating system's locale on the desktop (the extension
 * host's LC_ALL, LC_MESSAGES or LANG, else ICU's default, which is the OS's on Windows and macOS),
 * the browser's first language on the web. C and POSIX say nothing.
 */
export function systemLocale(): string | undefined {
  const env = typeof process === 'object' && process?.env ? process.env : undefined;
  const fromEnv = env ? [env.LC_ALL, env.LC_MESSAGES, env.LANG].find((v) => v && v !== 'C' && v !== 'POSIX' && !v.startsWith('C.')) : undefined;
  if (fromEnv) return fromEnv;
  const nav = (globalThis as { navigator?: { languages?: readonly string[]; language?: string } }).navigator;
  const fromBrowser = nav?.languages?.[0] ?? nav?.language;
  if (fromBrowser) return fromBrowser;
  try {
    return Intl.DateTimeFormat().resolvedOptions().locale;
  } catch {
    return undefined;
  }
}

/**
 * `casedoc.language: auto`: Danish when the system's language is Danish (any `da…`), else when VS
 * Code's display language is: VS Code has no Danish display language, so a Danish researcher's
 * VS Code speaks English, and following it alone would never give Danish.
 */
export function autoLanguage(system = systemLocale(), display = vscode.env.language): Lang {
  return isDanish(system) || isDanish(display) ? 'da' : 'en';
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
