import type { Diagnostic, Lang, Range } from '../types';
import { CODES, type Code } from '../messages/codes';
import { render, type MessageArgs } from '../messages/catalogue';

type NoArgs<C extends Code> = MessageArgs[C] extends Record<string, never> ? true : false;
import { formatPointer } from '../text/pointer';

/** Builds diagnostics in one language; every check reports through it. */
export class Emitter {
  readonly diagnostics: Diagnostic[] = [];
  constructor(readonly lang: Lang) {}

  emit<C extends Code>(code: C, range: Range, path: readonly string[] | null, ...rest: NoArgs<C> extends true
    ? [args?: MessageArgs[C], data?: Record<string, unknown>] : [args: MessageArgs[C], data?: Record<string, unknown>]): void {
    const [args, data] = rest;
    const d: Diagnostic = {
      code,
      severity: CODES[code],
      message: render(code, this.lang, (args ?? {}) as MessageArgs[C]),
      range,
      path: path === null ? null : formatPointer(path),
    };
    if (data) d.data = data;
    this.diagnostics.push(d);
  }
}

/** A value as the writer sees it in a message: short, on one line. */
export function display(value: unknown): string {
  const s = typeof value === 'string' ? value : JSON.stringify(value) ?? String(value);
  const line = s.replace(/\s+/g, ' ');
  return line.length > 40 ? line.slice(0, 39) + '…' : line;
}

/** The key a path ends in, for messages: `/actors/1/roles/0` → `roles`. */
export function keyName(segments: readonly string[]): string {
  for (let i = segments.length - 1; i >= 0; i--) if (!/^\d+$/.test(segments[i])) return segments[i];
  return segments.length ? segments[segments.length - 1] : '';
}
