import type { Lang, Severity } from '../core/index';
import { joinList } from '../core/text/list';

/** The CLI's own words, in both languages (the engine's messages come localised already). */
export const WORDS = {
  en: {
    /**
     * `casedoc --help` and `casedoc COMMAND --help` around the commands' own parts (each command's
     * module has its line and its options: src/cli/help.ts puts them together).
     */
    help: {
      usage: (command: string) => `Usage: casedoc ${command} [paths or globs…] [options]`,
      command: '<command>',
      commands: 'Commands:',
      paths: `Paths default to the current folder, searched recursively for .md files
(only node_modules and .git are skipped; dot folders such as .github are searched).`,
      optionsFor: (command: string) => `Options for ${command}:`,
      all: 'all',
      options: `  --lang en|da            Language of messages (default: CASEDOC_LANG, else the system's, else en)
  --schema FILE           Check every report against this JSON Schema
  --rules FILE            Add attention-point rules (same id replaces a built-in rule)
  --include GLOB          Treat matching files as case reports even without "type: case-report"
                          (may be repeated)
  --ignore GLOB           Leave out matching files (may be repeated; a "!GLOB" path does the same);
                          files that .gitignore ignores are left out too, unless named as such
  --config FILE           Use this configuration file for every report (default: the nearest
                          .casedoc.json or .casedoc.jsonc above each report)
  --no-config             Use no configuration file
  -o, --output FILE       Write the output to FILE (UTF-8) instead of the terminal
  --color, --no-color     Colour in stylish output (default: in a terminal that shows colours,
                          unless NO_COLOR is set; FORCE_COLOR forces it)
  --max-file-size SIZE    Skip larger files, e.g. 5MB (default 5MB)`,
      exit: `Exit codes: 0 no errors, 1 errors found (or too many warnings; for migrate: deprecated values
remain; for migrate, replace and import with --dry-run: something would change; for import: a
cell could not be read), 2 wrong usage.`,
    },
    severity: { error: 'error', warning: 'warning', information: 'info', hint: 'hint' } as Record<Severity, string>,
    /** An attention point by its severity: a prompt to think about, not a problem in the file. */
    attention: { error: 'error', warning: 'warning', information: 'to consider', hint: 'to consider' } as Record<Severity, string>,
    problems: (n: number) => `${n} ${n === 1 ? 'problem' : 'problems'}`,
    counts: (e: number, w: number, i: number) => `${e} ${e === 1 ? 'error' : 'errors'}, ${w} ${w === 1 ? 'warning' : 'warnings'}, ${i} info`,
    checked: (files: number, reports: number) => `Checked ${files} ${files === 1 ? 'file' : 'files'}, ${reports} ${reports === 1 ? 'case report' : 'case reports'}`,
    skipped: (n: number) => `${n} skipped`,
    points: (n: number) => `${n} ${n === 1 ? 'attention point' : 'attention points'}`,
    clean: 'no problems',
    tooManyWarnings: (n: number, max: number) => `Too many warnings (${n}, at most ${max} allowed).`,
    fix: {
      fixed: (n: number, files: number, left: number) => `Applied ${n} ${n === 1 ? 'fix' : 'fixes'} in ${files} ${files === 1 ? 'file' : 'files'}; ${left === 0 ? 'no problem is left' : `${left} ${left === 1 ? 'problem is' : 'problems are'} left`}.`,
      would: (n: number, files: number) => `--fix would make ${n} ${n === 1 ? 'change' : 'changes'} in ${files} ${files === 1 ? 'file' : 'files'}; nothing was written.`,
      nothing: 'No problem has a fix that needs no choice; nothing was changed.',
      notUtf8: (file: string) => `${file}: not fixed, as the file is not plain UTF-8; fix it in the editor`,
    },
    migrate: {
      updated: (n: number, files: number) => `Updated ${n} ${n === 1 ? 'value' : 'values'} in ${files} ${files === 1 ? 'file' : 'files'}`,
      wouldUpdate: (n: number, files: number) => `Would update ${n} ${n === 1 ? 'value' : 'values'} in ${files} ${files === 1 ? 'file' : 'files'}`,
      left: (n: number) => `${n} ${n === 1 ? 'value is' : 'values are'} left for the author to choose`,
      choose: (at: string, value: string, path: string, choices: readonly string[]) => `${at}  \`${value}\` (${path}): choose one of ${choices.map((c) => `\`${c}\``).join(', ')}`,
      notUtf8: (file: string) => `${file}: not rewritten, since it is not plain UTF-8; update it in the editor`,
    },
    import: {
      did: (updated: number, created: number) => `Updated ${updated} ${updated === 1 ? 'report' : 'reports'}, created ${created}.`,
      would: (updated: number, created: number) => `Would update ${updated} ${updated === 1 ? 'report' : 'reports'} and create ${created}; nothing is written.`,
      skipped: (n: number, partial: boolean) => partial ? `${n} ${n === 1 ? 'row' : 'rows'} had no report to go to.` : `${n} ${n === 1 ? 'row was' : 'rows were'} left out for the cells above (--partial writes the rest of each row).`,
      cell: (row: number, column: string, header: string, reason: string) => `row ${row}, column ${column}${header ? ` (${header})` : ''}: ${reason}`,
      ignored: (column: string, header: string) => `column ${column} (${header}) is not a field of the classification: left out`,
      exists: (row: number, file: string) => `row ${row}: ${file} exists and is not a case report; not overwritten`,
      notUtf8: (file: string) => `${file}: not updated, since it is not plain UTF-8; update it in the editor`,
      readAs: (encoding: string) => `The sheet was read as ${encoding}, as it is not UTF-8.`,
    },
    replace: {
      replaced: (n: number, files: number, from: string, to: string) => `Replaced \`${from}\` by \`${to}\` ${n} ${n === 1 ? 'time' : 'times'} in ${files} ${files === 1 ? 'file' : 'files'}.`,
      wouldReplace: (n: number, files: number, from: string, to: string) => `Would replace \`${from}\` by \`${to}\` ${n} ${n === 1 ? 'time' : 'times'} in ${files} ${files === 1 ? 'file' : 'files'}; nothing is written.`,
      none: (from: string, field: string) => `No case report has \`${from}\` in ${field}; nothing is changed.`,
      byHand: (at: string, from: string, field: string) => `${at}  \`${from}\` (${field}) is written in a form that cannot be replaced in place (an alias or escapes): change it by hand`,
      notUtf8: (file: string) => `${file}: not rewritten, since it is not plain UTF-8; change it in the editor`,
      merged: (at: string, from: string, to: string, field: string) => `${at}  \`${from}\` dropped from ${field}, which already has \`${to}\``,
    },
    unreadable: { folder: 'it is a folder', missing: 'it does not exist', permission: 'permission denied', special: 'it is not a regular file (a pipe, a device or a socket)' },
    write: {
      failed: (file: string, why: string) => `${file}: not written, as ${why}; the file is as it was`,
      changed: (file: string) => `${file}: changed while casedoc was writing it (saved in an editor?), and again after the changes were planned anew; the file is as it was: run the command again`,
      created: (file: string, why: string) => `${file}: not created, as ${why}`,
      noBody: (file: string, why: string) => `${file}: exported without its text, as ${why}`,
      noFolder: 'its folder does not exist',
      summary: (n: number) => `${n} ${n === 1 ? 'file' : 'files'} could not be written (see above); the others were.`,
    },
    usage: {
      oneOf: (name: string, allowed: readonly string[], value: string) => `--${name} must be one of ${allowed.join(', ')}, not "${value}"`,
      unknownCommand: (command: string, commands: readonly string[], near: string | null) => `unknown command "${command}"; ${near ? `did you mean ${near}?` : `use ${joinList(commands, 'en', 'or')}`}`,
      importArgs: () => 'import needs the sheet to read: casedoc import SHEET.xlsx|SHEET.csv [paths…]',
      unreadableSheet: (file: string) => `cannot read the sheet ${file}`,
      sheetUnusable: (file: string, reason: string) => `the sheet ${file} cannot be read: ${reason}`,
      sheetKind: (file: string) => `${file} is neither an .xlsx workbook nor a .csv file`,
      replaceArgs: () => 'replace needs a field, the value to replace and its replacement: casedoc replace FIELD OLD NEW [paths…]',
      unknownField: (field: string, fields: readonly string[]) => `"${field}" is not a field with a vocabulary; the fields are ${fields.join(', ')}`,
      notAllowed: (value: string, field: string, allowed: readonly string[]) => `"${value}" is not a value of ${field}; its values are ${allowed.join(', ')}`,
      deprecatedTarget: (value: string, field: string, instead: readonly string[]) => `"${value}" is no longer used in ${field}; use ${instead.join(' or ')}`,
      sameValue: (value: string) => `"${value}" would be replaced by itself`,
      size: (value: string) => `--max-file-size must be a size such as 5MB or 500KB, not "${value}"`,
      wholeNumber: (name: string, value: string) => `--${name} must be a whole number, not "${value}"`,
      unreadableSchema: (file: string) => `cannot read the schema ${file}`,
      unreadableRules: (file: string) => `cannot read the rules file ${file}`,
      unreadableConfig: (file: string) => `cannot read the configuration file ${file}`,
      unwritable: (file: string, why: string) => `cannot write ${file}: ${why}`,
      cacheRefused: (file: string, why: 'link' | 'not-a-file' | 'markdown' | 'not-a-cache') => `the cache ${file} is not written, as ${{
        link: 'it is a symbolic link (the cache is never written through a link)',
        'not-a-file': 'it is not a regular file',
        markdown: 'it is a Markdown file (the cache is never written over a report)',
        'not-a-cache': 'it holds something other than a Casedoc cache; give another --cache-location',
      }[why]}`,
      binaryNeedsOutput: (format: string) => `--format ${format} writes a file of its own, not text: name it with -o FILE`,
      stdinAlone: () => '`-` (standard input) is checked alone: name no other path with it',
      stdinNoFix: () => '--fix cannot write back to standard input: name the file instead',
      configUnusable: (file: string, reason: string) => `the configuration file ${file} cannot be used: ${reason}`,
      schemaUnusable: (file: string, reason: string) => `the schema ${file} cannot be used: ${reason}`,
      rulesUnusable: (file: string, reason: string) => `the rules file ${file} cannot be used: ${reason}`,
      noMatch: (glob: string) => `no files match ${glob}`,
      gitignoreTooLarge: (file: string, limit: string) => `${file} is larger than ${limit}, more than Casedoc reads of a .gitignore; make it smaller, or leave files out with --ignore`,
      noSuchPath: (path: string) => `no such file or folder: ${path}`,
      unknownOption: (option: string, near: string | null) => `unknown option ${option}${near ? `; did you mean ${near}?` : ''}`,
      notAnOptionOf: (option: string, command: string, takers: readonly string[]) => `${option} is not an option of ${command} (only of ${joinList(takers, 'en', 'and')})`,
      together: (a: string, b: string) => `${a} and ${b} cannot be given together`,
      needsValue: (option: string) => `the option ${option} needs a value`,
      takesNoValue: (option: string) => `the option ${option} takes no value`,
    },
  },
  da: {
    help: {
      usage: (command: string) => `Brug: casedoc ${command} [stier eller globs…] [tilvalg]`,
      command: '<kommando>',
      commands: 'Kommandoer:',
      paths: `Stier er som standard den aktuelle mappe, gennemsøgt rekursivt efter .md-filer
(kun node_modules og .git springes over; skjulte mapper som .github gennemsøges også).`,
      optionsFor: (command: string) => `Tilvalg for ${command}:`,
      all: 'alle',
      options: `  --lang en|da            Sprog for meddelelser (standard: CASEDOC_LANG, ellers systemets, ellers en)
  --schema FIL            Kontrollér alle rapporter mod dette JSON Schema
  --rules FIL             Tilføj regler for opmærksomhedspunkter (samme id erstatter en indbygget)
  --include GLOB          Behandl matchende filer som caserapporter, også uden "type: case-report"
                          (kan gentages)
  --ignore GLOB           Udelad matchende filer (kan gentages; en sti "!GLOB" gør det samme);
                          filer, som .gitignore udelader, udelades også, medmindre de nævnes direkte
  --config FIL            Brug denne konfigurationsfil for alle rapporter (standard: den nærmeste
                          .casedoc.json eller .casedoc.jsonc over hver rapport)
  --no-config             Brug ingen konfigurationsfil
  -o, --output FIL        Skriv uddata til FIL (UTF-8) i stedet for til terminalen
  --color, --no-color     Farver i stylish-uddata (standard: i en terminal, der viser farver,
                          medmindre NO_COLOR er sat; FORCE_COLOR tvinger dem frem)
  --max-file-size STØRRELSE  Spring større filer over, fx 5MB (standard 5MB)`,
      exit: `Afslutningskoder: 0 ingen fejl, 1 fejl fundet (eller for mange advarsler; for migrate: der er
stadig forældede værdier; for migrate, replace og import med --dry-run: noget ville blive ændret;
for import: en celle kunne ikke læses), 2 forkert brug.`,
    },
    severity: { error: 'fejl', warning: 'advarsel', information: 'info', hint: 'tip' } as Record<Severity, string>,
    attention: { error: 'fejl', warning: 'advarsel', information: 'til overvejelse', hint: 'til overvejelse' } as Record<Severity, string>,
    problems: (n: number) => `${n} ${n === 1 ? 'problem' : 'problemer'}`,
    counts: (e: number, w: number, i: number) => `${e} fejl, ${w} ${w === 1 ? 'advarsel' : 'advarsler'}, ${i} info`,
    checked: (files: number, reports: number) => `Kontrollerede ${files} ${files === 1 ? 'fil' : 'filer'}, ${reports} ${reports === 1 ? 'caserapport' : 'caserapporter'}`,
    skipped: (n: number) => `${n} sprunget over`,
    points: (n: number) => `${n} ${n === 1 ? 'opmærksomhedspunkt' : 'opmærksomhedspunkter'}`,
    clean: 'ingen problemer',
    tooManyWarnings: (n: number, max: number) => `For mange advarsler (${n}, højst ${max} tilladt).`,
    fix: {
      fixed: (n: number, files: number, left: number) => `Foretog ${n} ${n === 1 ? 'rettelse' : 'rettelser'} i ${files} ${files === 1 ? 'fil' : 'filer'}; ${left === 0 ? 'der er ingen problemer tilbage' : `${left} ${left === 1 ? 'problem' : 'problemer'} er tilbage`}.`,
      would: (n: number, files: number) => `--fix ville foretage ${n} ${n === 1 ? 'ændring' : 'ændringer'} i ${files} ${files === 1 ? 'fil' : 'filer'}; intet er skrevet.`,
      nothing: 'Intet problem har en rettelse, der kan foretages uden et valg; intet er ændret.',
      notUtf8: (file: string) => `${file}: ikke rettet, da filen ikke er ren UTF-8; ret den i editoren`,
    },
    migrate: {
      updated: (n: number, files: number) => `Opdaterede ${n} ${n === 1 ? 'værdi' : 'værdier'} i ${files} ${files === 1 ? 'fil' : 'filer'}`,
      wouldUpdate: (n: number, files: number) => `Ville opdatere ${n} ${n === 1 ? 'værdi' : 'værdier'} i ${files} ${files === 1 ? 'fil' : 'filer'}`,
      left: (n: number) => `${n} ${n === 1 ? 'værdi' : 'værdier'} skal forfatteren selv vælge`,
      choose: (at: string, value: string, path: string, choices: readonly string[]) => `${at}  \`${value}\` (${path}): vælg en af ${choices.map((c) => `\`${c}\``).join(', ')}`,
      notUtf8: (file: string) => `${file}: ikke omskrevet, da filen ikke er ren UTF-8; opdatér den i editoren`,
    },
    import: {
      did: (updated: number, created: number) => `Opdaterede ${updated} ${updated === 1 ? 'rapport' : 'rapporter'}, oprettede ${created}.`,
      would: (updated: number, created: number) => `Ville opdatere ${updated} ${updated === 1 ? 'rapport' : 'rapporter'} og oprette ${created}; intet er skrevet.`,
      skipped: (n: number, partial: boolean) => partial ? `${n} ${n === 1 ? 'række' : 'rækker'} havde ingen rapport at gå til.` : `${n} ${n === 1 ? 'række blev' : 'rækker blev'} udeladt på grund af cellerne ovenfor (--partial skriver resten af hver række).`,
      cell: (row: number, column: string, header: string, reason: string) => `række ${row}, kolonne ${column}${header ? ` (${header})` : ''}: ${reason}`,
      ignored: (column: string, header: string) => `kolonne ${column} (${header}) er ikke et felt i klassifikationen: udeladt`,
      exists: (row: number, file: string) => `række ${row}: ${file} findes og er ikke en caserapport; den overskrives ikke`,
      notUtf8: (file: string) => `${file}: ikke opdateret, da filen ikke er ren UTF-8; opdatér den i editoren`,
      readAs: (encoding: string) => `Arket blev læst som ${encoding}, da det ikke er UTF-8.`,
    },
    replace: {
      replaced: (n: number, files: number, from: string, to: string) => `Erstattede \`${from}\` med \`${to}\` ${n} ${n === 1 ? 'gang' : 'gange'} i ${files} ${files === 1 ? 'fil' : 'filer'}.`,
      wouldReplace: (n: number, files: number, from: string, to: string) => `Ville erstatte \`${from}\` med \`${to}\` ${n} ${n === 1 ? 'gang' : 'gange'} i ${files} ${files === 1 ? 'fil' : 'filer'}; intet er skrevet.`,
      none: (from: string, field: string) => `Ingen caserapport har \`${from}\` i ${field}; intet er ændret.`,
      byHand: (at: string, from: string, field: string) => `${at}  \`${from}\` (${field}) er skrevet i en form, der ikke kan erstattes direkte (et alias eller escape-tegn): ret den i hånden`,
      notUtf8: (file: string) => `${file}: ikke omskrevet, da filen ikke er ren UTF-8; ret den i editoren`,
      merged: (at: string, from: string, to: string, field: string) => `${at}  \`${from}\` fjernet fra ${field}, der allerede har \`${to}\``,
    },
    unreadable: { folder: 'det er en mappe', missing: 'den findes ikke', permission: 'adgang nægtet', special: 'det er ikke en almindelig fil (men en pipe, en enhed eller en socket)' },
    write: {
      failed: (file: string, why: string) => `${file}: ikke skrevet, da ${why}; filen er uændret`,
      changed: (file: string) => `${file}: blev ændret, mens casedoc skrev den (gemt i en editor?), og igen efter at ændringerne var beregnet på ny; filen er uændret: kør kommandoen igen`,
      created: (file: string, why: string) => `${file}: ikke oprettet, da ${why}`,
      noBody: (file: string, why: string) => `${file}: eksporteret uden sin tekst, da ${why}`,
      noFolder: 'dens mappe findes ikke',
      summary: (n: number) => `${n} ${n === 1 ? 'fil' : 'filer'} kunne ikke skrives (se ovenfor); de øvrige blev skrevet.`,
    },
    usage: {
      oneOf: (name: string, allowed: readonly string[], value: string) => `--${name} skal være en af ${allowed.join(', ')}, ikke "${value}"`,
      unknownCommand: (command: string, commands: readonly string[], near: string | null) => `ukendt kommando "${command}"; ${near ? `mente du ${near}?` : `brug ${joinList(commands, 'da', 'or')}`}`,
      importArgs: () => 'import skal have arket, der skal indlæses: casedoc import ARK.xlsx|ARK.csv [stier…]',
      unreadableSheet: (file: string) => `arket ${file} kan ikke læses`,
      sheetUnusable: (file: string, reason: string) => `arket ${file} kan ikke læses: ${reason}`,
      sheetKind: (file: string) => `${file} er hverken en .xlsx-projektmappe eller en .csv-fil`,
      replaceArgs: () => 'replace skal have et felt, værdien, der skal erstattes, og den nye værdi: casedoc replace FELT GAMMEL NY [stier…]',
      unknownField: (field: string, fields: readonly string[]) => `"${field}" er ikke et felt med ordforråd; felterne er ${fields.join(', ')}`,
      notAllowed: (value: string, field: string, allowed: readonly string[]) => `"${value}" er ikke en værdi i ${field}; værdierne er ${allowed.join(', ')}`,
      deprecatedTarget: (value: string, field: string, instead: readonly string[]) => `"${value}" bruges ikke længere i ${field}; brug ${instead.join(' eller ')}`,
      sameValue: (value: string) => `"${value}" ville blive erstattet med sig selv`,
      size: (value: string) => `--max-file-size skal være en størrelse som 5MB eller 500KB, ikke "${value}"`,
      wholeNumber: (name: string, value: string) => `--${name} skal være et helt tal, ikke "${value}"`,
      unreadableSchema: (file: string) => `skemaet ${file} kan ikke læses`,
      unreadableRules: (file: string) => `regelfilen ${file} kan ikke læses`,
      unreadableConfig: (file: string) => `konfigurationsfilen ${file} kan ikke læses`,
      unwritable: (file: string, why: string) => `${file} kan ikke skrives: ${why}`,
      cacheRefused: (file: string, why: 'link' | 'not-a-file' | 'markdown' | 'not-a-cache') => `cachen ${file} skrives ikke, da ${{
        link: 'den er et symbolsk link (cachen skrives aldrig gennem et link)',
        'not-a-file': 'den ikke er en almindelig fil',
        markdown: 'den er en Markdown-fil (cachen skrives aldrig over en rapport)',
        'not-a-cache': 'den indeholder noget andet end en Casedoc-cache; angiv en anden --cache-location',
      }[why]}`,
      binaryNeedsOutput: (format: string) => `--format ${format} skriver en selvstændig fil, ikke tekst: angiv den med -o FIL`,
      stdinAlone: () => '`-` (standardinput) kontrolleres alene: angiv ingen andre stier sammen med den',
      stdinNoFix: () => '--fix kan ikke skrive tilbage til standardinput: angiv filen i stedet',
      configUnusable: (file: string, reason: string) => `konfigurationsfilen ${file} kan ikke bruges: ${reason}`,
      schemaUnusable: (file: string, reason: string) => `skemaet ${file} kan ikke bruges: ${reason}`,
      rulesUnusable: (file: string, reason: string) => `regelfilen ${file} kan ikke bruges: ${reason}`,
      noMatch: (glob: string) => `ingen filer passer til ${glob}`,
      gitignoreTooLarge: (file: string, limit: string) => `${file} er større end ${limit}, mere end Casedoc læser af en .gitignore; gør den mindre, eller udelad filer med --ignore`,
      noSuchPath: (path: string) => `filen eller mappen findes ikke: ${path}`,
      unknownOption: (option: string, near: string | null) => `ukendt tilvalg ${option}${near ? `; mente du ${near}?` : ''}`,
      notAnOptionOf: (option: string, command: string, takers: readonly string[]) => `${option} er ikke et tilvalg for ${command} (kun for ${joinList(takers, 'da', 'and')})`,
      together: (a: string, b: string) => `${a} og ${b} kan ikke angives sammen`,
      needsValue: (option: string) => `tilvalget ${option} skal have en værdi`,
      takesNoValue: (option: string) => `tilvalget ${option} tager ingen værdi`,
    },
  },
} satisfies Record<Lang, unknown>;

export type UsageWords = (typeof WORDS)['en']['usage'];
