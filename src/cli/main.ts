import pkg from '../../package.json' with { type: 'json' };
import type { Lang } from '../core/index';
import { detectLang } from '../core/locale';
import { terminalSafe } from '../core/text/terminal';
import { oneOf, type Io } from './commands/command';
import { prepareRun } from './commands/context';
import { COMMANDS } from './commands/index';
import { commandName, findCommand, parseFor, refuseConflicts } from './commands/parse';
import { closest } from '../core/validate/suggest';
import { UsageError } from './files';
import { commandHelp, fullHelp } from './help';
import { WORDS } from './words';

export type { Io } from './commands/command';

/** `--lang`, read before the arguments are parsed, so that a parse error is said in it too. */
function langArgument(argv: readonly string[]): Lang | null {
  for (let i = 0; i < argv.length; i++) {
    const value = argv[i] === '--lang' ? argv[i + 1] : argv[i].startsWith('--lang=') ? argv[i].slice(7) : undefined;
    if (value === 'en' || value === 'da') return value;
  }
  return null;
}

/** Runs the CLI; returns the exit code. Never throws: every failure becomes a one-line message. */
export async function main(argv: readonly string[], given: Io): Promise<number> {
  // What a person reads goes out with its control characters shown, not acted on (a value's escape
  // sequences, "Trojan Source" reordering): messages, usage errors, the other commands' lines. A
  // command's data output (`Command.data`) passes through as it is.
  const io: Io = { ...given, stdout: (s) => given.stdout(terminalSafe(s)), stderr: (s) => given.stderr(terminalSafe(s)) };
  const langGiven = langArgument(argv);
  let lang = detectLang({ chosen: langGiven ?? undefined, env: io.env });
  try {
    const name = commandName(argv);
    const command = findCommand(name);
    const { values, positionals } = parseFor(argv, command);
    lang = oneOf('lang', values.lang as string | undefined, ['en', 'da'] as const, lang);
    if (values.version) {
      io.stdout(`${pkg.version}\n`);
      return 0;
    }
    if (values.help && command) {
      io.stdout(await commandHelp(lang, command));
      return 0;
    }
    if (values.help || !name) {
      (values.help ? io.stdout : io.stderr)(await fullHelp(lang));
      return values.help ? 0 : 2;
    }
    if (!command) {
      const names = COMMANDS.map((c) => c.name);
      throw new UsageError((w) => w.unknownCommand(name, names, closest(name, names)));
    }
    refuseConflicts(command, values);
    const run = await prepareRun({ command, values, paths: positionals.slice(1), io, given, lang, langGiven: langGiven !== null, onLang: (l) => (lang = l) });
    return await command.run(run);
  } catch (e) {
    const said = UsageError.is(e) ? e.say(WORDS[lang].usage) : null;
    io.stderr(`casedoc: ${said ?? (e as Error).message}${said !== null ? ' (casedoc --help)' : ''}\n`);
    return 2;
  }
}
