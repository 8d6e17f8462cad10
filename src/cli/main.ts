import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { dirname, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import pkg from '../../package.json' with { type: 'json' };
import { parseSize } from '../core/config/config';
import type { Lang } from '../core/index';
import { terminalSafe } from '../core/text/terminal';
import { CACHE_FILE, cacheRefusal } from './cache';
import { checkFiles } from './checkFiles';
import { nearestConfig, readConfig, type ConfigMode } from './config';
import { engine } from './engine';
import { discover, UsageError } from './files';
import { FileError } from '../core/project/port';
import { fileProblemText } from '../core/project/words';
import { problemOf, readTextFile, writeWhole } from './nodePort';
import { CHECK_FORMATS } from './format/index';
import { commandHelp } from './help';
import { totals, type FileReport, type RunOptions } from './report';
import { WORDS, type UsageWords } from './words';

const COMMANDS = ['check', 'summary', 'migrate', 'replace', 'import', 'export'];
const keysOf = <T extends object>(o: T) => Object.keys(o) as (keyof T & string)[];
const problemCount = (reports: readonly FileReport[]) => reports.reduce((n, r) => n + r.diagnostics.length, 0);
const CHECK = keysOf(CHECK_FORMATS).join('|');
// The summary's formats are the engine's: the help that names them loads it.
const summaryFormats = async () => keysOf((await engine()).SUMMARY_FORMATS).join('|');


export interface Io {
  cwd: string;
  env: Record<string, string | undefined>;
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  /** Standard output is a terminal that shows colours (Node's `hasColors()`). */
  color: boolean;
  /** Standard input, read whole (for `-`). */
  stdin?: () => Promise<string>;
  /** Writes `-o FILE`; the process host's is fs, tests give their own. */
  writeFile?: (path: string, content: string | Uint8Array) => Promise<void>;
}

/**
 * Colour as the no-color convention and Node have it: `--color` / `--no-color` first, then
 * `FORCE_COLOR` (not "0") and `NO_COLOR` (non-empty), then whether the terminal shows colours; never
 * into a file.
 */
function useColor(flag: boolean | undefined, env: Io['env'], terminal: boolean, toFile: boolean): boolean {
  if (flag !== undefined) return flag;
  if (toFile) return false;
  if (env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== '0' && env.FORCE_COLOR !== 'false') return true;
  if (env.NO_COLOR) return false;
  return terminal;
}

/** `--quiet`: errors only, no attention points. */
const errorsOnly = (reports: readonly FileReport[]): FileReport[] => reports.map((r) => ({ ...r, diagnostics: r.diagnostics.filter((d) => d.severity === 'error'), attentionPoints: [] }));

function langArgument(argv: readonly string[]): Lang | null {
  for (let i = 0; i < argv.length; i++) {
    const value = argv[i] === '--lang' ? argv[i + 1] : argv[i].startsWith('--lang=') ? argv[i].slice(7) : undefined;
    if (value === 'en' || value === 'da') return value;
  }
  return null;
}

function envLang(env: Io['env']): Lang {
  const v = env.CASEDOC_LANG ?? env.LC_ALL ?? env.LC_MESSAGES ?? env.LANG ?? '';
  return /^da\b|^da_/i.test(v) ? 'da' : 'en';
}

/**
 * A usage error in the run's language, Node's argument-parser errors included (reworded: their
 * text speaks of positional arguments and `--`), or null when `e` is no usage error.
 */
function usageMessage(e: unknown, w: UsageWords): string | null {
  if (UsageError.is(e)) return e.say(w);
  const { code, message } = e as { code?: string; message?: string };
  // Node names the option first, in quotes: '--fix', '--format <value>', '-h, --help'.
  const option = (/'([^']+)'/.exec(message ?? '')?.[1] ?? '').split(', ').pop()!.replace(/ <value>$/, '');
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return w.unknownOption(option);
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') return /does not take an argument/.test(message ?? '') ? w.takesNoValue(option) : w.needsValue(option);
  return code?.startsWith('ERR_PARSE_ARGS') ? (message ?? '') : null;
}

function oneOf<T extends string>(name: string, value: string | undefined, allowed: readonly T[], fallback: T): T {
  if (value === undefined) return fallback;
  if (!(allowed as readonly string[]).includes(value)) throw new UsageError((w) => w.oneOf(name, allowed, value));
  return value as T;
}

/** Runs the CLI; returns the exit code. Never throws: every failure becomes a one-line message. */
export async function main(argv: readonly string[], given: Io): Promise<number> {
  // What a person reads goes out with its control characters shown, not acted on (a value's escape
  // sequences, "Trojan Source" reordering): messages, usage errors, the other commands' lines. `out`
  // passes data formats and the check formats (each escapes its own values) through as they are.
  const io: Io = { ...given, stdout: (s) => given.stdout(terminalSafe(s)), stderr: (s) => given.stderr(terminalSafe(s)) };
  // `--lang` is read before the arguments are parsed, so that a parse error is said in it too.
  let lang = langArgument(argv) ?? envLang(io.env);
  try {
    const { values, positionals } = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        format: { type: 'string' },
        lang: { type: 'string' },
        schema: { type: 'string' },
        rules: { type: 'string' },
        include: { type: 'string', multiple: true },
        ignore: { type: 'string', multiple: true },
        'max-warnings': { type: 'string' },
        'max-file-size': { type: 'string' },
        table: { type: 'string' },
        'dry-run': { type: 'boolean' },
        into: { type: 'string' },
        partial: { type: 'boolean' },
        config: { type: 'string' },
        fix: { type: 'boolean' },
        quiet: { type: 'boolean', short: 'q' },
        output: { type: 'string', short: 'o' },
        color: { type: 'boolean' },
        'no-color': { type: 'boolean' },
        delimiter: { type: 'string' },
        'stdin-filename': { type: 'string' },
        cache: { type: 'boolean' },
        'cache-location': { type: 'string' },
        'fix-dry-run': { type: 'boolean' },
        'no-config': { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'v' },
      },
    });
    lang = oneOf('lang', values.lang, ['en', 'da'] as const, lang);
    if (values.version) {
      io.stdout(`${pkg.version}\n`);
      return 0;
    }
    const [command, ...paths] = positionals;
    if (values.help && command && COMMANDS.includes(command)) {
      io.stdout(commandHelp(WORDS[lang].help(CHECK, await summaryFormats()), command));
      return 0;
    }
    if (values.help || !command) {
      (command || values.help ? io.stdout : io.stderr)(WORDS[lang].help(CHECK, await summaryFormats()));
      return values.help ? 0 : 2;
    }
    if (!COMMANDS.includes(command)) throw new UsageError((w) => w.unknownCommand(command));

    // The configuration that applies where casedoc runs gives the run's language and size limit,
    // where the command line does not; each report's own (nearest) one gives the rest.
    const config: ConfigMode = values['no-config'] ? { kind: 'none' } : values.config ? { kind: 'file', path: values.config } : { kind: 'auto' };
    if (config.kind === 'file' && !existsSync(resolve(io.cwd, config.path))) throw new UsageError((w) => w.unreadableConfig(config.path));
    const here = config.kind === 'none' ? null : config.kind === 'file' ? resolve(io.cwd, config.path) : nearestConfig(io.cwd);
    const runConfig = here ? await readConfig(here, io.cwd, lang) : {};
    if (!langArgument(argv) && (runConfig.language === 'da' || runConfig.language === 'en')) lang = runConfig.language;

    // Data formats keep their bytes, and each check format escapes what it shows itself (stylish
    // around its own colours). `-o FILE`: the output written to a file as UTF-8, whatever the shell's
    // encoding, exactly: a Markdown summary keeps a title's every character, as the overview's export does.
    const data = command === 'check' || command === 'export' || (command === 'summary' && values.format !== undefined && values.format !== 'md');
    const out = async (text: string | Uint8Array) => {
      // A workbook is bytes: written to the file -o names, never to a terminal.
      if (values.output === undefined) {
        if (typeof text !== 'string') throw new UsageError((w) => w.binaryNeedsOutput(String(values.format)));
        return (data ? given : io).stdout(text);
      }
      const target = resolve(io.cwd, values.output);
      // Written whole or not at all, never through a link (a report behind it would be lost).
      await (io.writeFile ?? (async (p, t) => writeWhole(p, typeof t === 'string' ? Buffer.from(t, 'utf8') : t)))(target, text).catch((e: Error) => {
        const why = existsSync(dirname(target)) ? fileProblemText(FileError.is(e) ? e.problem : problemOf(e), lang, e.message) : WORDS[lang].write.noFolder;
        throw new UsageError((w) => w.unwritable(String(values.output), why));
      });
    };
    const color = useColor(values.color ? true : values['no-color'] ? false : undefined, io.env, io.color, values.output !== undefined);
    const maxBytes = values['max-file-size'] === undefined ? runConfig.maxFileSize ?? 5 * 1024 * 1024 : parseSize(values['max-file-size']);
    if (maxBytes === null || maxBytes <= 0) throw new UsageError((w) => w.size(String(values['max-file-size'])));
    let maxWarnings: number | null = null;
    if (values['max-warnings'] !== undefined) {
      const given = values['max-warnings'];
      if (!/^\d+$/.test(given)) throw new UsageError((w) => w.wholeNumber('max-warnings', given));
      maxWarnings = Number(given);
    }
    const cache = values.cache || values['cache-location'] ? resolve(io.cwd, values['cache-location'] ?? CACHE_FILE) : undefined;
    const refusal = cache ? cacheRefusal(cache) : null;
    if (refusal) throw new UsageError((w) => w.cacheRefused(values['cache-location'] ?? CACHE_FILE, refusal));
    const options: RunOptions = { cwd: io.cwd, lang, maxBytes, include: values.include ?? [], config, cache, workers: io.env.CASEDOC_WORKERS, texts: {} };
    if (values.schema) {
      const text = await readTextFile(resolve(io.cwd, values.schema)).catch(() => {
        throw new UsageError((w) => w.unreadableSchema(String(values.schema)));
      });
      options.texts!.schema = { text, label: values.schema };
    }
    if (values.rules) {
      options.texts!.rules = await readTextFile(resolve(io.cwd, values.rules)).catch(() => {
        throw new UsageError((w) => w.unreadableRules(String(values.rules)));
      });
    }
    const compiled = options.texts!.schema || options.texts!.rules !== undefined ? (await engine()).compileTexts(options.texts!, lang) : {};
    const { load } = compiled.schema ?? {};
    if (load && !load.ok) throw new UsageError((w) => w.schemaUnusable(String(values.schema), load.reason));
    const rulesProblem = compiled.rulesProblem;
    if (rulesProblem !== undefined) throw new UsageError((w) => w.rulesUnusable(String(values.rules), rulesProblem));
    options.schema = compiled.schema;
    options.rules = compiled.rules;

    if (command === 'check') {
      const format = oneOf('format', values.format, keysOf(CHECK_FORMATS), 'stylish');
      const output = { lang, color, version: pkg.version, rootUri: pathToFileURL(io.cwd).href, codes: format === 'sarif' ? (await engine()).CODES : undefined };
      // `-`: one report from standard input, named by --stdin-filename (for messages, `$schema:` and
      // the configuration file that applies), checked alone.
      if (paths.includes('-')) {
        if (paths.length > 1) throw new UsageError((w) => w.stdinAlone());
        if (values.fix || values['fix-dry-run']) throw new UsageError((w) => w.stdinNoFix());
        const name = values['stdin-filename'] ?? '<stdin>';
        const report = await (await engine()).checkStdin(await (io.stdin ?? (() => Promise.resolve('')))(), resolve(io.cwd, name), name, options);
        await out(CHECK_FORMATS[format]((values.quiet ? errorsOnly([report]) : [report]), output));
        return report.diagnostics.some((d) => d.severity === 'error') ? 1 : 0;
      }
      const files = await discover(paths, io.cwd, values.ignore ?? []);
      let reports = await checkFiles(files, options);
      let fixLine = '';
      // Files --fix could not write back: said with the fix's line, and the run fails.
      let unwritten = 0;
      if (values.fix || values['fix-dry-run']) {
        const dry = values['fix-dry-run'] === true;
        const fw = WORDS[lang].fix;
        const fixed = await (await engine()).fixFiles(reports, options, dry);
        unwritten = fixed.failed;
        const said = fixed.changed.length === 0 && !fixed.failed ? fw.nothing : dry ? fw.would(fixed.fixes, fixed.changed.length) : '';
        // --fix-dry-run prints the diff and what it would do, as migrate --dry-run does: exit 1 when
        // there is something to fix.
        if (dry) {
          io.stdout(fixed.diff + [...fixed.notes, said].join('\n') + '\n');
          return fixed.changed.length || fixed.failed ? 1 : 0;
        }
        if (fixed.changed.length) reports = await checkFiles(files, options);
        fixLine = [...fixed.notes, said || fw.fixed(fixed.fixes, fixed.changed.length, problemCount(reports))].join('\n') + '\n';
        // The report formats stay machine-readable: the fix's own line goes to stderr for them.
        if (format !== 'stylish') {
          io.stderr(fixLine);
          fixLine = '';
        }
      }
      const shown = values.quiet ? errorsOnly(reports) : reports;
      await out(CHECK_FORMATS[format](shown, output) + terminalSafe(fixLine));
      const t = totals(reports);
      if (t.errors > 0 || unwritten > 0) return 1;
      if (maxWarnings !== null && t.warnings > maxWarnings) {
        io.stderr(WORDS[lang].tooManyWarnings(t.warnings, maxWarnings) + '\n');
        return 1;
      }
      return 0;
    }

    // The files the paths name, checked: what every command but `check -` starts from.
    const reportsOf = async (given: readonly string[]) => checkFiles(await discover(given, io.cwd, values.ignore ?? []), options);

    if (command === 'replace') {
      const [field, from, to, ...where] = paths;
      if (to === undefined) throw new UsageError((w) => w.replaceArgs());
      const e = await engine();
      const target = e.replacement(field, to, from, lang);
      const result = await e.replace(await reportsOf(where), options, target.field, from, target.to, values['dry-run'] === true);
      await out(result.output);
      return result.code;
    }

    if (command === 'export') {
      const e = await engine();
      const format = oneOf('format', values.format, keysOf(e.EXPORT_FORMATS), 'qdpx');
      await out(await e.exportAnthology(await reportsOf(paths), options, format, io.stderr));
      return 0;
    }

    if (command === 'import') {
      const [sheet, ...where] = paths;
      if (sheet === undefined) throw new UsageError((w) => w.importArgs());
      const e = await engine();
      const result = await e.importSheet(await reportsOf(where), options, { sheet, into: values.into ?? '.', dryRun: values['dry-run'] === true, partial: values.partial === true });
      await out(result.output);
      return result.code;
    }

    if (command === 'migrate') {
      const result = await (await engine()).migrate(await reportsOf(paths), options, values['dry-run'] === true);
      await out(result.output);
      return result.remaining ? 1 : 0;
    }

    const { CSV_TABLES, summarise, SUMMARY_FORMATS, withSchemas } = await engine();
    const format = oneOf('format', values.format, keysOf(SUMMARY_FORMATS), 'md');
    const table = oneOf('table', values.table, CSV_TABLES, 'cases');
    const summary = summarise(await withSchemas(await reportsOf(paths), options));
    const delimiter = oneOf('delimiter', values.delimiter, ['comma', 'semicolon'] as const, 'comma') === 'semicolon' ? ';' : ',';
    await out(await SUMMARY_FORMATS[format](summary, { lang, table, delimiter }));
    return 0;
  } catch (e) {
    const said = usageMessage(e, WORDS[lang].usage);
    io.stderr(`casedoc: ${said ?? (e as Error).message}${said !== null ? ' (casedoc --help)' : ''}\n`);
    return 2;
  }
}
