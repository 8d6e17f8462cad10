import type { CheckOptions } from '../check';
import type { ParsedReport } from '../parse/report';
import type { Placer } from '../validate/place';
import type { Lang, Range, Severity } from '../types';
import type { Obj } from '../values';

/** Text a message may quote: already display text. */
export type Text = string | number;

/** No arguments: a message that says the same thing every time. */
export type NoArgs = Record<string, never>;

/**
 * A diagnostic code: its default severity and its message in each language, typed by the arguments
 * it takes, so a missing or misspelt argument is a type error where the diagnostic is made.
 */
export interface CodeDef<N extends string = string, A = never> {
  readonly code: N;
  readonly severity: Severity;
  readonly messages: { readonly [L in Lang]: (a: A) => string };
}

/**
 * `en` fixes the arguments; `da` is read against them. A code is documented in
 * docs/diagnostics.md under a `## code` heading (test/unit/messages.test.ts holds the two together).
 */
export function defineCode<const N extends string, A extends object = NoArgs>(
  code: N, severity: Severity, messages: { en: (a: A) => string; da: (a: NoInfer<A>) => string },
): CodeDef<N, A> {
  return { code, severity, messages };
}

/** What a check reports: an object literal, its arguments those its code declares. */
export type Finding<A> = {
  code: CodeDef<string, A>;
  range: Range;
  /** Path segments into the frontmatter; null for the file, the fence or the body. */
  path: readonly string[] | null;
  /** Facts for quick fixes and hosts; never parsed from the message. */
  data?: Record<string, unknown>;
} & (NoArgs extends A ? { args?: NoInfer<A> } : { args: NoInfer<A> });

/** What every check is given: the report parsed once, and what the checks before it found. */
export interface CheckContext {
  readonly report: ParsedReport;
  readonly lang: Lang;
  readonly options: CheckOptions;
  readonly place: Placer;
  /** The frontmatter's fields when they could be read as `key: value` lines; null otherwise. */
  readonly data: Obj | null;
  /** An earlier check found an error at this pointer or inside it: a value the schema rejected is not built on. */
  rejected(pointer: string): boolean;
  emit<A>(finding: Finding<A>): void;
}

/** One check, or a small family of them: its codes and how it finds them. */
export interface Check<Codes extends readonly CodeDef<string, never>[] = readonly CodeDef<string, never>[]> {
  /** The family's name, for the registry and for tests. */
  readonly id: string;
  readonly codes: Codes;
  check(context: CheckContext): void;
}

export function defineCheck<const Codes extends readonly CodeDef<string, never>[]>(check: Check<Codes>): Check<Codes> {
  return check;
}
