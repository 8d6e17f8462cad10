import type { Lang } from '../types';
import type { Code } from './codes';

/** Arguments a message may use; every value is already display text. */
export type Args = Record<string, string | number | undefined>;

type Text = string | number;
/**
 * What each code's message is given: a missing or misspelt argument is a type error where the
 * diagnostic is made, and a message can read only what its code declares.
 */
export interface MessageArgs {
  'missing-frontmatter': Record<string, never>;
  'frontmatter-unclosed': Record<string, never>;
  'frontmatter-toml': Record<string, never>;
  'frontmatter-not-mapping': Record<string, never>;
  'too-many-problems': { count: Text; shown: Text };
  'merge-conflict': Record<string, never>;
  'yaml-syntax': { explanation: string };
  'yaml-alias-limit': { limit: Text };
  'duplicate-key': { key: string; firstLine: Text };
  'missing-key': { key: string; title?: string; parent?: string };
  'unknown-key': { key: string; suggestion?: string };
  'invalid-value': { key: string; value: string; suggestion?: string; suggestionLabel?: string; allowed: string };
  'wrong-type': { key: string; expected: string; actual: string };
  'empty-value': { key: string; minItems?: Text };
  'invalid-date': { value: string };
  'duplicate-item': { key: string; value: string };
  'schema-violation': { key: string; detail: string };
  'schema-url': { url: string };
  'schema-unusable': { schema: string; reason: string };
  'period-end-before-start': { start: string; end: string };
  'sector-without-actor': { sector: string };
  'single-phase-coproduction': { phase: string };
  'duplicate-phase': { phase: string };
  'coproduction-mode-mismatch': { type: string };
  'phase-not-listed': { phase: string };
  'missing-attention-section': { heading: string };
  'empty-attention-section': { heading: string };
  'missing-section': { heading: string; forType?: string };
  'file-unreadable': { reason: string };
  'file-binary': Record<string, never>;
  'file-too-large': { limit: string };
  'invalid-encoding': { encoding: 'UTF-8' | 'UTF-16' };
  'check-failed': { reason: string };
}

type Catalogue = { [C in Code]: (a: MessageArgs[C]) => string };

const q = (s: unknown) => `\`${s}\``;
/** `text` when `hint` is given, else nothing. */
const when = (hint: unknown, text: string) => (hint ? text : '');

/**
 * One voice: say what is wrong in the writer's terms, then what to do. Keys and values are quoted
 * as the writer typed them, so they can be found in the file.
 */
const en: Catalogue = {
  'missing-frontmatter': () => 'This case report has no frontmatter: start the file with a `---` line, the fields, and another `---` line.',
  'frontmatter-unclosed': () => 'The frontmatter is never closed: add a line with `---` after its last field.',
  'frontmatter-toml': () => 'TOML frontmatter (`+++`) is not read: write the fields in YAML between two `---` lines.',
  'frontmatter-not-mapping': () => 'The frontmatter must consist of `key: value` lines.',
  'too-many-problems': (a) => `${a.count} more problems are not shown: only the first ${a.shown} are. Fix these first; the rest appear as they go.`,
  'merge-conflict': () => 'A Git merge-conflict marker is left in the frontmatter: keep the lines you want and delete the markers (`<<<<<<<`, `=======`, `>>>>>>>`).',
  'yaml-syntax': (a) => `YAML syntax error: ${a.explanation}`,
  'yaml-alias-limit': (a) => `The frontmatter uses YAML aliases (\`*name\`) more than ${a.limit} times and was not read: this is how an "alias bomb" attack works.`,
  'duplicate-key': (a) => `The key ${q(a.key)} appears twice (first on line ${a.firstLine}); only the last one counts. Remove one of them.`,
  'missing-key': (a) => `Missing required key ${q(a.key)}${when(a.title, ` (${a.title})`)}${when(a.parent, ` in ${q(a.parent)}`)}.`,
  'unknown-key': (a) => a.suggestion
    ? `Unknown key ${q(a.key)}; did you mean ${q(a.suggestion)}?`
    : `Unknown key ${q(a.key)}: it is not part of the case-report schema. Fields of your own must start with \`x-\`.`,
  'invalid-value': (a) => `${q(a.value)} is not a valid value for ${q(a.key)}` + (a.suggestion
    ? `; did you mean ${q(a.suggestion)}${when(a.suggestionLabel, ` (${a.suggestionLabel})`)}?`
    : `. Allowed: ${a.allowed}.`),
  'wrong-type': (a) => `${q(a.key)} should be ${a.expected}, not ${a.actual}.`,
  'empty-value': (a) => a.minItems
    ? `${q(a.key)} needs at least ${a.minItems} ${Number(a.minItems) === 1 ? 'entry' : 'entries'}.`
    : `${q(a.key)} is empty: write a value.`,
  'invalid-date': (a) => `${q(a.value)} is not a date: write it as YYYY-MM-DD, for example 2023-06-30.`,
  'duplicate-item': (a) => `${q(a.value)} appears more than once in ${q(a.key)}.`,
  'schema-violation': (a) => `${a.key ? q(a.key) : 'The frontmatter'} does not follow the schema: ${a.detail}.`,
  'schema-url': (a) => `${q(a.url)} is a URL, and Casedoc never fetches schemas from the network: the built-in schema is used.`,
  'schema-unusable': (a) => `The schema ${q(a.schema)} cannot be used: ${a.reason}.`,
  'period-end-before-start': (a) => `The period ends (${a.end}) before it starts (${a.start}).`,
  'sector-without-actor': (a) => `${q(a.sector)} is named here, but no actor in \`actors\` has that sector: add the actor or correct the sector.`,
  'single-phase-coproduction': (a) => `Co-production spans several phases (development, implementation, evaluation), but \`phases\` covers only ${q(a.phase)}.`,
  'duplicate-phase': (a) => `The phase ${q(a.phase)} is listed more than once in \`phases\`; list each phase once with all its sectors.`,
  'coproduction-mode-mismatch': (a) => `\`coproduction_mode\` describes co-production, but \`collaboration_type\` is ${q(a.type)}.`,
  'phase-not-listed': (a) => `${q(a.phase)} has a power balance here but is not among the \`phases\`.`,
  'missing-attention-section': (a) => `The report has no section "${a.heading}": write down the attention points the case raises.`,
  'empty-attention-section': (a) => `The section "${a.heading}" is empty: write down the attention points the case raises.`,
  'missing-section': (a) => a.forType
    ? `Recommended section for ${a.forType} missing: "${a.heading}".`
    : `Recommended section missing: "${a.heading}".`,
  'file-unreadable': (a) => `The file could not be read: ${a.reason}.`,
  'file-binary': () => 'The file is binary, not text, and was skipped.',
  'file-too-large': (a) => `The file is larger than ${a.limit} and was skipped.`,
  'invalid-encoding': (a) => `The file is not valid ${a.encoding}: invalid bytes were read as �. Save it as UTF-8.`,
  'check-failed': (a) => `Casedoc could not check this file (${a.reason}). This is a bug in Casedoc; please report it with the file.`,
};

const da: Catalogue = {
  'missing-frontmatter': () => 'Caserapporten har ingen frontmatter: begynd filen med en linje med `---`, felterne og endnu en linje med `---`.',
  'frontmatter-unclosed': () => 'Frontmatter bliver aldrig afsluttet: tilføj en linje med `---` efter det sidste felt.',
  'frontmatter-toml': () => 'TOML-frontmatter (`+++`) læses ikke: skriv felterne i YAML mellem to linjer med `---`.',
  'frontmatter-not-mapping': () => 'Frontmatter skal bestå af linjer på formen `nøgle: værdi`.',
  'too-many-problems': (a) => `${a.count} problemer mere vises ikke: kun de første ${a.shown} gør. Ret dem først; resten kommer frem efterhånden.`,
  'merge-conflict': () => 'Der står en Git-konfliktmarkør i frontmatter: behold de linjer, du vil have, og slet markørerne (`<<<<<<<`, `=======`, `>>>>>>>`).',
  'yaml-syntax': (a) => `YAML-syntaksfejl: ${a.explanation}`,
  'yaml-alias-limit': (a) => `Frontmatter bruger YAML-aliasser (\`*navn\`) mere end ${a.limit} gange og blev ikke læst: sådan virker et såkaldt "alias bomb"-angreb.`,
  'duplicate-key': (a) => `Nøglen ${q(a.key)} står der to gange (første gang på linje ${a.firstLine}); kun den sidste gælder. Fjern den ene.`,
  'missing-key': (a) => `Den påkrævede nøgle ${q(a.key)}${when(a.title, ` (${a.title})`)} mangler${when(a.parent, ` i ${q(a.parent)}`)}.`,
  'unknown-key': (a) => a.suggestion
    ? `Ukendt nøgle ${q(a.key)}; mente du ${q(a.suggestion)}?`
    : `Ukendt nøgle ${q(a.key)}: den er ikke en del af caserapport-skemaet. Egne felter skal begynde med \`x-\`.`,
  'invalid-value': (a) => `${q(a.value)} er ikke en gyldig værdi for ${q(a.key)}` + (a.suggestion
    ? `; mente du ${q(a.suggestion)}${when(a.suggestionLabel, ` (${a.suggestionLabel})`)}?`
    : `. Tilladt: ${a.allowed}.`),
  'wrong-type': (a) => `${q(a.key)} skal være ${a.expected}, ikke ${a.actual}.`,
  'empty-value': (a) => a.minItems
    ? `${q(a.key)} skal have mindst ${a.minItems} ${Number(a.minItems) === 1 ? 'element' : 'elementer'}.`
    : `${q(a.key)} er tom: skriv en værdi.`,
  'invalid-date': (a) => `${q(a.value)} er ikke en dato: skriv den som ÅÅÅÅ-MM-DD, for eksempel 2023-06-30.`,
  'duplicate-item': (a) => `${q(a.value)} står mere end én gang i ${q(a.key)}.`,
  'schema-violation': (a) => `${a.key ? q(a.key) : 'Frontmatter'} følger ikke skemaet: ${a.detail}.`,
  'schema-url': (a) => `${q(a.url)} er en URL, og Casedoc henter aldrig skemaer fra nettet: det indbyggede skema bruges.`,
  'schema-unusable': (a) => `Skemaet ${q(a.schema)} kan ikke bruges: ${a.reason}.`,
  'period-end-before-start': (a) => `Perioden slutter (${a.end}), før den begynder (${a.start}).`,
  'sector-without-actor': (a) => `${q(a.sector)} nævnes her, men ingen aktør i \`actors\` har den sektor: tilføj aktøren eller ret sektoren.`,
  'single-phase-coproduction': (a) => `Samproduktion spænder over flere faser (udvikling, gennemførelse, evaluering), men \`phases\` dækker kun ${q(a.phase)}.`,
  'duplicate-phase': (a) => `Fasen ${q(a.phase)} står mere end én gang i \`phases\`; angiv hver fase én gang med alle dens sektorer.`,
  'coproduction-mode-mismatch': (a) => `\`coproduction_mode\` beskriver samproduktion, men \`collaboration_type\` er ${q(a.type)}.`,
  'phase-not-listed': (a) => `${q(a.phase)} har en magtbalance her, men står ikke blandt \`phases\`.`,
  'missing-attention-section': (a) => `Rapporten har intet afsnit "${a.heading}": skriv de opmærksomhedspunkter, casen rejser.`,
  'empty-attention-section': (a) => `Afsnittet "${a.heading}" er tomt: skriv de opmærksomhedspunkter, casen rejser.`,
  'missing-section': (a) => a.forType
    ? `Anbefalet afsnit for ${a.forType} mangler: "${a.heading}".`
    : `Anbefalet afsnit mangler: "${a.heading}".`,
  'file-unreadable': (a) => `Filen kunne ikke læses: ${a.reason}.`,
  'file-binary': () => 'Filen er binær, ikke tekst, og blev sprunget over.',
  'file-too-large': (a) => `Filen er større end ${a.limit} og blev sprunget over.`,
  'invalid-encoding': (a) => `Filen er ikke gyldig ${a.encoding}: ugyldige bytes blev læst som �. Gem den som UTF-8.`,
  'check-failed': (a) => `Casedoc kunne ikke kontrollere filen (${a.reason}). Det er en fejl i Casedoc; rapportér den gerne med filen.`,
};

const catalogues: Record<Lang, Catalogue> = { en, da };

/** A code's message with its arguments (none for a code that takes none). */
export function message<C extends Code>(code: C, lang: Lang, ...args: MessageArgs[C] extends Record<string, never> ? [] : [MessageArgs[C]]): string {
  return render(code, lang, (args[0] ?? {}) as MessageArgs[C]);
}

/** The same, with the arguments as one value: for callers that hold them as such (the emitter). */
export function render<C extends Code>(code: C, lang: Lang, args: MessageArgs[C]): string {
  return (catalogues[lang][code] as (a: MessageArgs[C]) => string)(args);
}

/** Words for JSON types, for wrong-type messages. */
export const TYPE_WORDS: Record<Lang, Record<string, string>> = {
  en: { string: 'text', number: 'a number', integer: 'a whole number', boolean: 'true or false', array: 'a list', object: 'a group of keys', null: 'empty' },
  da: { string: 'tekst', number: 'et tal', integer: 'et helt tal', boolean: 'true eller false', array: 'en liste', object: 'en gruppe af nøgler', null: 'tom' },
};

export const OR_WORD: Record<Lang, string> = { en: ' or ', da: ' eller ' };

/** Plain explanations of the `yaml` library's error codes; its own message is the fallback. */
export const YAML_EXPLANATIONS: Record<Lang, Record<string, string>> = {
  en: {
    TAB_AS_INDENT: 'tabs cannot indent YAML; use spaces.',
    MISSING_CHAR: 'a closing quote or bracket is missing.',
    MISSING_CHAR_OTHER: 'a character YAML expects here is missing.',
    SEQ_ITEM_INDENT: 'this line is indented differently from the list item above it; line it up with the item.',
    BAD_INDENT: 'the indentation does not line up with the lines around it.',
    MULTILINE_IMPLICIT_KEY: 'a key must be followed by a colon on the same line (`key: value`).',
    BLOCK_AS_IMPLICIT_KEY: 'a value contains `: `; put the value in quotes.',
    UNEXPECTED_TOKEN: 'unexpected character here.',
    BAD_DQ_ESCAPE: 'an invalid escape (`\\`) inside double quotes.',
    MULTIPLE_DOCS: 'the frontmatter contains a second `---` document.',
    BAD_SCALAR_START: 'a value cannot start with this character; put the value in quotes.',
    BLOCK_IN_FLOW: 'a list or group written with brackets cannot contain indented lines.',
    BAD_ALIAS: 'an alias (`*name`) refers to an anchor that does not exist.',
    KEY_OVER_1024_CHARS: 'a key is longer than 1024 characters.',
    RESOURCE_EXHAUSTION: 'the values are nested too deeply to be read; a case report needs a few levels at most.',
  },
  da: {
    TAB_AS_INDENT: 'tabulatorer kan ikke bruges til indrykning i YAML; brug mellemrum.',
    MISSING_CHAR: 'et afsluttende anførselstegn eller en afsluttende parentes mangler.',
    MISSING_CHAR_OTHER: 'et tegn, som YAML forventer her, mangler.',
    SEQ_ITEM_INDENT: 'linjen er indrykket anderledes end listepunktet over den; ret indrykningen ind efter punktet.',
    BAD_INDENT: 'indrykningen flugter ikke med linjerne omkring den.',
    MULTILINE_IMPLICIT_KEY: 'en nøgle skal efterfølges af et kolon på samme linje (`nøgle: værdi`).',
    BLOCK_AS_IMPLICIT_KEY: 'en værdi indeholder `: `; sæt værdien i anførselstegn.',
    UNEXPECTED_TOKEN: 'uventet tegn her.',
    BAD_DQ_ESCAPE: 'en ugyldig escape-sekvens (`\\`) i dobbelte anførselstegn.',
    MULTIPLE_DOCS: 'frontmatter indeholder et andet `---`-dokument.',
    BAD_SCALAR_START: 'en værdi kan ikke begynde med dette tegn; sæt værdien i anførselstegn.',
    BLOCK_IN_FLOW: 'en liste eller gruppe skrevet med parenteser kan ikke indeholde indrykkede linjer.',
    BAD_ALIAS: 'et alias (`*navn`) henviser til et anker, der ikke findes.',
    KEY_OVER_1024_CHARS: 'en nøgle er længere end 1024 tegn.',
    RESOURCE_EXHAUSTION: 'værdierne er indlejret for dybt til at kunne læses; en caserapport behøver højst nogle få niveauer.',
  },
};

export type SchemaProblem = 'too-large' | 'not-json' | 'not-object' | 'not-schema' | 'ref-url' | 'ref-missing' | 'ref-cycle' | 'no-code-generation' | 'file-missing' | 'endless-validation' | 'other';

/** Why a schema cannot be used: the end of the `schema-unusable` message. `detail` is the tool's own words. */
export const SCHEMA_REASONS: Record<Lang, Record<SchemaProblem, (a: Args) => string>> = {
  en: {
    'too-large': (a) => `it is larger than ${a.limit} MB`,
    'not-json': (a) => `it is not valid JSON (${a.detail})`,
    'not-object': () => 'it is neither a JSON object nor true or false',
    'not-schema': (a) => `it is not a valid JSON Schema (${a.detail})`,
    'ref-url': (a) => `its $ref ${a.detail} points to a URL, which is never fetched`,
    'ref-missing': (a) => `its $ref ${a.detail} cannot be resolved`,
    'ref-cycle': () => 'its $refs refer to each other in an endless cycle',
    'no-code-generation': () => 'this editor does not allow compiling a schema while it runs (its security policy forbids generated code); check against it in desktop VS Code or with `casedoc check`',
    'file-missing': () => 'the file does not exist',
    'endless-validation': () => 'checking a report against it never ends (its $ref or $dynamicRef leads back to itself)',
    other: (a) => `the validator (Ajv) cannot compile it: ${a.detail}`,
  },
  da: {
    'too-large': (a) => `det er større end ${a.limit} MB`,
    'not-json': (a) => `det er ikke gyldig JSON (${a.detail})`,
    'not-object': () => 'det er hverken et JSON-objekt eller true eller false',
    'not-schema': (a) => `det er ikke et gyldigt JSON Schema (${a.detail})`,
    'ref-url': (a) => `dets $ref ${a.detail} peger på en URL, som aldrig hentes`,
    'ref-missing': (a) => `dets $ref ${a.detail} kan ikke findes`,
    'ref-cycle': () => 'dets $ref-henvisninger peger på hinanden i en endeløs ring',
    'no-code-generation': () => 'denne editor tillader ikke at oversætte et skema, mens den kører (dens sikkerhedspolitik forbyder genereret kode); kontrollér mod det i VS Code på skrivebordet eller med `casedoc check`',
    'file-missing': () => 'filen findes ikke',
    'endless-validation': () => 'kontrollen af en rapport mod det slutter aldrig (dets $ref eller $dynamicRef fører tilbage til sig selv)',
    other: (a) => `valideringsprogrammet (Ajv) kan ikke oversætte det: ${a.detail}`,
  },
};
