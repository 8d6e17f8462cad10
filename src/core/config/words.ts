import type { Lang } from '../types';

/** Why a configuration file cannot be used, or which of its entries is wrong; in both languages. */
export const CONFIG_WORDS = {
  en: {
    syntax: (line: number, column: number, what: string) => `line ${line}, column ${column}: ${what}`,
    notObject: 'the file must hold one JSON object, `{ … }`',
    unknownKey: (key: string, keys: string) => `\`${key}\` is not a setting of Casedoc's configuration (it has ${keys})`,
    notStrings: (key: string) => `\`${key}\` must be a list of text, e.g. ["chapters/**/*.md"]`,
    notString: (key: string) => `\`${key}\` must be a text`,
    language: '`language` must be "auto", "en" or "da"',
    size: '`maxFileSize` must be a number of bytes or a size such as "5MB"',
    severityObject: '`severity` must map diagnostic codes to "error", "warning", "information", "hint" or "off"',
    unknownCode: (code: string) => `\`severity\` names \`${code}\`, which is no Casedoc diagnostic code (docs/diagnostics.md lists them)`,
    badSeverity: (code: string) => `\`severity.${code}\` must be "error", "warning", "information", "hint" or "off"`,
    errors: {
      InvalidSymbol: 'a character that JSON does not allow here', InvalidNumberFormat: 'a number written wrongly', PropertyNameExpected: 'a key in quotes is expected',
      ValueExpected: 'a value is expected', ColonExpected: 'a colon is expected', CommaExpected: 'a comma is expected', CloseBraceExpected: 'a closing } is expected',
      CloseBracketExpected: 'a closing ] is expected', EndOfFileExpected: 'nothing may follow the object', InvalidCommentToken: 'a comment that is never closed',
      UnexpectedEndOfComment: 'a comment that is never closed', UnexpectedEndOfString: 'a text whose closing quote is missing', UnexpectedEndOfNumber: 'a number that ends too soon',
      InvalidUnicode: 'a \\u escape that is not valid', InvalidEscapeCharacter: 'a \\ escape that is not valid', InvalidCharacter: 'a character that is not allowed in a text',
    } as Record<string, string>,
  },
  da: {
    syntax: (line: number, column: number, what: string) => `linje ${line}, kolonne ${column}: ${what}`,
    notObject: 'filen skal indeholde ét JSON-objekt, `{ … }`',
    unknownKey: (key: string, keys: string) => `\`${key}\` er ikke en indstilling i Casedocs konfiguration (den har ${keys})`,
    notStrings: (key: string) => `\`${key}\` skal være en liste af tekster, fx ["kapitler/**/*.md"]`,
    notString: (key: string) => `\`${key}\` skal være en tekst`,
    language: '`language` skal være "auto", "en" eller "da"',
    size: '`maxFileSize` skal være et antal bytes eller en størrelse som "5MB"',
    severityObject: '`severity` skal knytte diagnostikkoder til "error", "warning", "information", "hint" eller "off"',
    unknownCode: (code: string) => `\`severity\` nævner \`${code}\`, som ikke er en af Casedocs diagnostikkoder (de står i docs/diagnostics.md)`,
    badSeverity: (code: string) => `\`severity.${code}\` skal være "error", "warning", "information", "hint" eller "off"`,
    errors: {
      InvalidSymbol: 'et tegn, som JSON ikke tillader her', InvalidNumberFormat: 'et tal, der er skrevet forkert', PropertyNameExpected: 'her skal stå en nøgle i anførselstegn',
      ValueExpected: 'her skal stå en værdi', ColonExpected: 'her skal stå et kolon', CommaExpected: 'her skal stå et komma', CloseBraceExpected: 'her skal stå en afsluttende }',
      CloseBracketExpected: 'her skal stå en afsluttende ]', EndOfFileExpected: 'der må ikke stå noget efter objektet', InvalidCommentToken: 'en kommentar, der aldrig afsluttes',
      UnexpectedEndOfComment: 'en kommentar, der aldrig afsluttes', UnexpectedEndOfString: 'en tekst, hvis afsluttende anførselstegn mangler', UnexpectedEndOfNumber: 'et tal, der slutter for tidligt',
      InvalidUnicode: 'en \\u-kode, der ikke er gyldig', InvalidEscapeCharacter: 'en \\-kode, der ikke er gyldig', InvalidCharacter: 'et tegn, der ikke er tilladt i en tekst',
    } as Record<string, string>,
  },
} satisfies Record<Lang, unknown>;
