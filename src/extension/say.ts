import type { Lang } from '../core/index';
import da from './words.da.json';

const DANISH: Record<string, string> = da;

/**
 * A runtime string of the extension in Casedoc's one resolved language (`casedoc.language`, else
 * VS Code's display language), the language of the engine's messages too: `{0}`, `{1}` are filled
 * from `args`. The English text is the key; words.da.json holds its Danish (a test keeps every key
 * used in the source there). The manifest's strings (package.nls*.json) follow VS Code's display
 * language instead: VS Code reads them before any extension runs.
 */
export function say(lang: Lang, text: string, ...args: (string | number)[]): string {
  const template = lang === 'da' ? DANISH[text] ?? text : text;
  return template.replace(/\{(\d+)\}/g, (_, i: string) => String(args[Number(i)]));
}
