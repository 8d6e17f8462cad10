import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { parseSize } from '../../core/config/config';
import type { Lang } from '../../core/index';
import { FileError } from '../../core/project/port';
import { fileProblemText } from '../../core/project/words';
import { checkFiles } from '../checkFiles';
import { nearestConfig, readConfig, type ConfigMode } from '../config';
import { engine } from '../engine';
import { discover, UsageError } from '../files';
import { problemOf, readTextFile, writeWhole } from '../nodePort';
import type { RunOptions } from '../report';
import { WORDS } from '../words';
import { flag, text, type Command, type Io, type Run, type Values } from './command';

/**
 * Colour as the no-color convention and Node have it: `--color` / `--no-color` first, then
 * `FORCE_COLOR` (not "0") and `NO_COLOR` (non-empty), then whether the terminal shows colours; never
 * into a file.
 */
function useColor(given: boolean | undefined, env: Io['env'], terminal: boolean, toFile: boolean): boolean {
  if (given !== undefined) return given;
  if (toFile) return false;
  if (env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== '0' && env.FORCE_COLOR !== 'false') return true;
  if (env.NO_COLOR) return false;
  return terminal;
}

export interface Prepare {
  command: Command;
  values: Values;
  paths: string[];
  io: Io;
  given: Io;
  lang: Lang;
  /** `--lang` was given: a configuration file's language does not override it. */
  langGiven: boolean;
  /** Called when the configuration changes the run's language (later usage errors speak it). */
  onLang: (lang: Lang) => void;
}

/** What every command runs with: the configuration, the output, the schema and rules given. */
export async function prepareRun({ command, values, paths, io, given, lang, langGiven, onLang }: Prepare): Promise<Run> {
  // The configuration that applies where casedoc runs gives the run's language and size limit,
  // where the command line does not; each report's own (nearest) one gives the rest.
  const configFile = text(values, 'config');
  const config: ConfigMode = flag(values, 'no-config') ? { kind: 'none' } : configFile ? { kind: 'file', path: configFile } : { kind: 'auto' };
  if (config.kind === 'file' && !existsSync(resolve(io.cwd, config.path))) throw new UsageError((w) => w.unreadableConfig(config.path));
  const here = config.kind === 'none' ? null : config.kind === 'file' ? resolve(io.cwd, config.path) : nearestConfig(io.cwd);
  const runConfig = here ? await readConfig(here, io.cwd, lang) : {};
  if (!langGiven && (runConfig.language === 'da' || runConfig.language === 'en')) onLang((lang = runConfig.language));

  // Data formats keep their bytes, and each check format escapes what it shows itself (stylish
  // around its own colours). `-o FILE`: the output written to a file as UTF-8, whatever the shell's
  // encoding, exactly: a Markdown summary keeps a title's every character, as the overview's export does.
  const data = command.data?.(values) ?? false;
  const output = text(values, 'output');
  const out = async (content: string | Uint8Array) => {
    // A workbook is bytes: written to the file -o names, never to a terminal.
    if (output === undefined) {
      if (typeof content !== 'string') throw new UsageError((w) => w.binaryNeedsOutput(String(values.format)));
      return (data ? given : io).stdout(content);
    }
    const target = resolve(io.cwd, output);
    // Written whole or not at all, never through a link (a report behind it would be lost).
    await (io.writeFile ?? (async (p, t) => writeWhole(p, typeof t === 'string' ? Buffer.from(t, 'utf8') : t)))(target, content).catch((e: Error) => {
      const why = existsSync(dirname(target)) ? fileProblemText(FileError.is(e) ? e.problem : problemOf(e), lang, e.message) : WORDS[lang].write.noFolder;
      throw new UsageError((w) => w.unwritable(output, why));
    });
  };
  const color = useColor(flag(values, 'color') ? true : flag(values, 'no-color') ? false : undefined, io.env, io.color, output !== undefined);
  const sizeGiven = text(values, 'max-file-size');
  const maxBytes = sizeGiven === undefined ? runConfig.maxFileSize ?? 5 * 1024 * 1024 : parseSize(sizeGiven);
  if (maxBytes === null || maxBytes <= 0) throw new UsageError((w) => w.size(String(sizeGiven)));
  const ignore = (values.ignore as string[] | undefined) ?? [];
  const options: RunOptions = { cwd: io.cwd, lang, maxBytes, include: (values.include as string[] | undefined) ?? [], config, cache: undefined, workers: io.env.CASEDOC_WORKERS, texts: {} };
  const schema = text(values, 'schema');
  if (schema) {
    const read = await readTextFile(resolve(io.cwd, schema)).catch(() => {
      throw new UsageError((w) => w.unreadableSchema(schema));
    });
    options.texts!.schema = { text: read, label: schema };
  }
  const rules = text(values, 'rules');
  if (rules) {
    options.texts!.rules = await readTextFile(resolve(io.cwd, rules)).catch(() => {
      throw new UsageError((w) => w.unreadableRules(rules));
    });
  }
  const compiled = options.texts!.schema || options.texts!.rules !== undefined ? (await engine()).compileTexts(options.texts!, lang) : {};
  const { load } = compiled.schema ?? {};
  if (load && !load.ok) throw new UsageError((w) => w.schemaUnusable(String(schema), load.reason));
  const rulesProblem = compiled.rulesProblem;
  if (rulesProblem !== undefined) throw new UsageError((w) => w.rulesUnusable(String(rules), rulesProblem));
  options.schema = compiled.schema;
  options.rules = compiled.rules;
  return { io, lang, values, paths, options, color, out, reportsOf: async (p) => checkFiles(await discover(p, io.cwd, ignore), options) };
}
