import { PATTERN_WORDS, type UnsupportedPattern } from '../text/regex';
import type { Lang } from '../types';

export type SchemaProblem = 'too-large' | 'not-json' | 'not-object' | 'not-schema' | 'ref-url' | 'ref-missing' | 'ref-cycle' | 'no-code-generation' | 'file-missing' | 'endless-validation' | 'pattern' | 'other';

/** `at`: where a text stops being JSON (its position only, never its words); `pattern`: the pattern not run. */
export interface ReasonArgs { detail?: string; limit: number; at?: { line: number; column: number } | null; pattern?: UnsupportedPattern }

/**
 * Why a schema cannot be used: the end of the `schema-unusable` message. `detail` is the tool's own
 * words, never the file's: a file named as a schema may be anything.
 */
export const SCHEMA_REASONS: Record<Lang, Record<SchemaProblem, (a: ReasonArgs) => string>> = {
  en: {
    'too-large': (a) => `it is larger than ${a.limit} MB`,
    'not-json': (a) => (a.at ? `it is not valid JSON (line ${a.at.line}, column ${a.at.column})` : 'it is not valid JSON'),
    'not-object': () => 'it is neither a JSON object nor true or false',
    'not-schema': (a) => `it is not a valid JSON Schema (${a.detail})`,
    'ref-url': (a) => `its $ref ${a.detail} points to a URL, which is never fetched`,
    'ref-missing': (a) => `its $ref ${a.detail} cannot be resolved`,
    'ref-cycle': () => 'its $refs refer to each other in an endless cycle',
    'no-code-generation': () => 'this editor does not allow compiling a schema while it runs (its security policy forbids generated code); check against it in desktop VS Code or with `casedoc check`',
    'file-missing': () => 'the file does not exist',
    'endless-validation': () => 'checking a report against it never ends (its $ref or $dynamicRef leads back to itself)',
    pattern: (a) => PATTERN_WORDS.en(a.pattern!.pattern, a.pattern!.problem, a.pattern!.detail),
    other: (a) => `the validator (Ajv) cannot compile it: ${a.detail}`,
  },
  da: {
    'too-large': (a) => `det er større end ${a.limit} MB`,
    'not-json': (a) => (a.at ? `det er ikke gyldig JSON (linje ${a.at.line}, kolonne ${a.at.column})` : 'det er ikke gyldig JSON'),
    'not-object': () => 'det er hverken et JSON-objekt eller true eller false',
    'not-schema': (a) => `det er ikke et gyldigt JSON Schema (${a.detail})`,
    'ref-url': (a) => `dets $ref ${a.detail} peger på en URL, som aldrig hentes`,
    'ref-missing': (a) => `dets $ref ${a.detail} kan ikke findes`,
    'ref-cycle': () => 'dets $ref-henvisninger peger på hinanden i en endeløs ring',
    'no-code-generation': () => 'denne editor tillader ikke at oversætte et skema, mens den kører (dens sikkerhedspolitik forbyder genereret kode); kontrollér mod det i VS Code på skrivebordet eller med `casedoc check`',
    'file-missing': () => 'filen findes ikke',
    'endless-validation': () => 'kontrollen af en rapport mod det slutter aldrig (dets $ref eller $dynamicRef fører tilbage til sig selv)',
    pattern: (a) => PATTERN_WORDS.da(a.pattern!.pattern, a.pattern!.problem, a.pattern!.detail),
    other: (a) => `valideringsprogrammet (Ajv) kan ikke oversætte det: ${a.detail}`,
  },
};
