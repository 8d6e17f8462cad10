import type { Lang } from './types';

/**
 * Which language Casedoc speaks, one rule for every host: the language chosen (`--lang`, the
 * `casedoc.language` setting, a configuration file's `language`) first; then the first of
 * `CASEDOC_LANG`, `LC_ALL`, `LC_MESSAGES` and `LANG` that names a locale (empty, `C`, `POSIX` and
 * `C.*` name none: they are a system's "no locale set", not English); then the host's own
 * languages; else English.
 */
export interface LocaleSources {
  /** What the user chose; anything but `en` or `da` (such as `auto`) chooses nothing. */
  chosen?: string;
  /** The environment, or the part of it the host can see. */
  env?: Readonly<Record<string, string | undefined>>;
  /**
   * The host's own languages (VS Code's display language, the operating system's or browser's):
   * Danish when any of them is, as VS Code has no Danish display language of its own.
   */
  ui?: readonly (string | undefined)[];
}

export const LOCALE_VARIABLES = ['CASEDOC_LANG', 'LC_ALL', 'LC_MESSAGES', 'LANG'] as const;

/** `da`, `da_DK.UTF-8`, `da-DK`, `da_DK@euro`; not `dar` or `dansk`. */
export const isDanish = (locale: string | undefined): boolean => /^da(?:$|[-_.@])/i.test(locale ?? '');

const namesNone = (v: string | undefined) => !v || v === 'C' || v === 'POSIX' || v.startsWith('C.');

/** The first of `names` in `env` that names a locale, or undefined. */
export function envLocale(env: LocaleSources['env'], names: readonly string[] = LOCALE_VARIABLES): string | undefined {
  for (const name of names) if (!namesNone(env?.[name])) return env![name];
  return undefined;
}

export function detectLang({ chosen, env, ui }: LocaleSources): Lang {
  if (chosen === 'en' || chosen === 'da') return chosen;
  const fromEnv = envLocale(env);
  if (fromEnv !== undefined) return isDanish(fromEnv) ? 'da' : 'en';
  return ui?.some(isDanish) ? 'da' : 'en';
}
