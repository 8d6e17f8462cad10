import type { Lang } from '../types';

const WORDS: Record<Lang, { and: string; or: string }> = { en: { and: 'and', or: 'or' }, da: { and: 'og', or: 'eller' } };

/** `a, b and c` (or `… or c`) in the language of the sentence it goes into. */
export function joinList(items: readonly string[], lang: Lang, word: 'and' | 'or'): string {
  return items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} ${WORDS[lang][word]} ${items[items.length - 1]}`;
}
