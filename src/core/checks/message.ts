import type { Lang } from '../types';
import { CODE_DEFS, type Code, type MessageArgs } from './registry';

const byCode = new Map<string, (typeof CODE_DEFS)[number]>(CODE_DEFS.map((d) => [d.code, d]));

/** A code's message by its name, with its arguments: for tests that go through every code. */
export function render<C extends Code>(code: C, lang: Lang, args: MessageArgs[C]): string {
  return (byCode.get(code)!.messages[lang] as (a: MessageArgs[C]) => string)(args);
}
