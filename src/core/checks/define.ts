import type { CheckOptions } from '../check';
import type { Fix } from '../features/edits';
import type { ParsedReport } from '../parse/report';
import type { JsonSchema } from '../schema/compile';
import type { Placer } from '../validate/place';
import type { Diagnostic, Lang, Range, Severity } from '../types';
import type { Obj } from '../values';
import type { ENGINE_WORDS } from '../words';

/** Text a message may quote: already display text. */
export type Text = string | number;

/** No arguments: a message that says the same thing every time. */
export type NoArgs = Record<string, never>;

/** The facts a diagnostic carries when its code declares none of its own. */
export type Data = Record<string, unknown>;

/** A diagnostic of a code that declares its data: the facts its check gave it. */
export type Diagnosed<D> = Omit<Diagnostic, 'data'> & { readonly data: D };

/** What a code's fix is given besides the report and the diagnostic. */
export interface FixContext {
  /** The schema the report was checked against: a key is added in the shape it gives. */
  readonly schema: JsonSchema;
  readonly lang: Lang;
  /** The fixes' titles in `lang`. */
  readonly words: (typeof ENGINE_WORDS)[Lang]['fix'];
}

/** A code's quick fixes, from its diagnostic's data and the parsed text alone (never from the message). */
export type FixOf<D> = (report: ParsedReport, d: Diagnosed<D>, context: FixContext) => Fix[];

/**
 * A diagnostic code: its default severity and its message in each language, typed by the arguments
 * it takes, so a missing or misspelt argument is a type error where the diagnostic is made; and
 * its quick fix, typed by the data it reads, which every check that reports the code must give.
 */
export interface CodeDef<N extends string = string, A = never, D = Data> {
  readonly code: N;
  readonly severity: Severity;
  readonly messages: { readonly [L in Lang]: (a: A) => string };
  readonly fix?: FixOf<D>;
}

/**
 * `en` fixes the arguments; `da` is read against them; the fix's diagnostic fixes the data. A code
 * is documented in docs/diagnostics.md under a `## code` heading (test/unit/messages.test.ts holds
 * the two together); a code with a fix declares it here, beside the check that reports it
 * (test/unit/codeFixes.test.ts).
 */
export function defineCode<const N extends string, A extends object = NoArgs, D extends object = Data>(
  code: N, severity: Severity, messages: { en: (a: A) => string; da: (a: NoInfer<A>) => string }, fix?: FixOf<D>,
): CodeDef<N, A, D> {
  return fix ? { code, severity, messages, fix } : { code, severity, messages };
}

/** What a check reports: an object literal, its arguments those its code declares, and its data. */
export type Finding<A, D = Data> = {
  code: CodeDef<string, A, D>;
  range: Range;
  /** Path segments into the frontmatter; null for the file, the fence or the body. */
  path: readonly string[] | null;
} & (NoArgs extends A ? { args?: NoInfer<A> } : { args: NoInfer<A> })
  /** Facts for quick fixes and hosts; never parsed from the message. Required when the code's fix reads them. */
  & (Data extends D ? { data?: NoInfer<D> } : { data: NoInfer<D> });

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
  emit<A, D>(finding: Finding<A, D>): void;
}

/** One check, or a small family of them: its codes and how it finds them. */
export interface Check<Codes extends readonly CodeDef<string, never, never>[] = readonly CodeDef<string, never, never>[]> {
  /** The family's name, for the registry and for tests. */
  readonly id: string;
  readonly codes: Codes;
  check(context: CheckContext): void;
}

export function defineCheck<const Codes extends readonly CodeDef<string, never, never>[]>(check: Check<Codes>): Check<Codes> {
  return check;
}
