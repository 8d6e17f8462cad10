import type { Lang } from './types';

/**
 * Which language Casedoc speaks, one rule for every host: the language chosen (`--lang`, the
 * `casedoc.language` setting, a configuration file's `language`) first; then `CASEDOC_LANG`; then
 * the system's locale — the first of `LC_ALL`, `LC_MESSAGES` and `LANG` that names one (empty, `C`,
 * `POSIX` and `C.*` name none: they are a system's "no locale set", not English), else the
 * operating system's or browser's language — Danish when it is Danish or the host's display
 * language (VS Code's, a choice of the user's) is; else English.
 */
export interface LocaleSources {
  /** What the user chose; anything but `en` or `da` (such as `auto`) chooses nothing. */
  chosen?: string;
  /** The environment, or the part of it the host can see. */
  env?: Readonly<Record<string, string | undefined>>;
  /** The host's display language (VS Code's); the CLI has none. */
  display?: string;
  /** The operating system's or browser's language, where no variable names a locale. */
  platform?: string;
}

/** `da`, `da_DK.UTF-8`, `da-DK`, `da_DK@euro`; not `dar` or `dansk`. */
const isDanish = (locale: string | undefined): boolean => /^da(?:$|[-_.@])/i.test(locale ?? '');

const namesNone = (v: string | undefined) => !v || v === 'C' || v === 'POSIX' || v.startsWith('C.');

/** The first of `names` in `env` that names a locale, or undefined. */
function envLocale(env: LocaleSources['env'], names: readonly string[]): string | undefined {
  for (const name of names) if (!namesNone(env?.[name])) return env![name];
  return undefined;
}

/** The language by the rule above (LocaleSources): the choice, CASEDOC_LANG, then the system's locale or the display language. */
export function detectLang({ chosen, env, display, platform }: LocaleSources): Lang {
  if (chosen === 'en' || chosen === 'da') return chosen;
  const casedoc = envLocale(env, ['CASEDOC_LANG']);
  if (casedoc !== undefined) return isDanish(casedoc) ? 'da' : 'en';
  const system = envLocale(env, ['LC_ALL', 'LC_MESSAGES', 'LANG']) ?? platform;
  return isDanish(system) || isDanish(display) ? 'da' : 'en';
}
