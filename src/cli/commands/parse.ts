// The arguments, parsed for the command they are given to. node:util's parseArgs: Node's own, so
// nothing to bundle or keep up, and strict about unknown options and missing values; what it lacks
// (options per command, conflicts, "did you mean") is the few lines here. A third-party parser
// (commander, yargs) would bring its own help and messages, in English only.
import { parseArgs } from 'node:util';
import { closest } from '../../core/validate/suggest';
import { UsageError } from '../files';
import { GLOBAL_OPTIONS, type Command, type Options, type Values } from './command';
import { COMMANDS } from './index';

/** Every command's options: to find the command's name, and for a run with none. */
const ALL_OPTIONS: Options = Object.assign({}, GLOBAL_OPTIONS, ...COMMANDS.map((c) => c.options));

/** The command's name: the first argument that is no option or option value. */
export function commandName(argv: readonly string[]): string | undefined {
  return parseArgs({ args: [...argv], options: ALL_OPTIONS, strict: false, allowPositionals: true }).positionals[0];
}

export const findCommand = (name: string | undefined) => COMMANDS.find((c) => c.name === name);

/** The command's options and arguments (without a command: every command's options). */
export function parseFor(argv: readonly string[], command: Command | undefined): { values: Values; positionals: string[] } {
  const options = command ? { ...GLOBAL_OPTIONS, ...command.options } : ALL_OPTIONS;
  try {
    return parseArgs({ args: [...argv], options, strict: true, allowPositionals: true });
  } catch (e) {
    throw usageError(e, command, options);
  }
}

/** Options given together that make no sense together (after `--help`, which answers whatever else is given). */
export function refuseConflicts(command: Command, values: Values): void {
  for (const [a, b] of command.conflicts ?? []) {
    if (values[a] !== undefined && values[b] !== undefined) throw new UsageError((w) => w.together(`--${a}`, `--${b}`));
  }
}

/** Node's argument errors in the run's language (their text speaks of positional arguments and `--`). */
function usageError(e: unknown, command: Command | undefined, options: Options): unknown {
  const { code, message = '' } = e as { code?: string; message?: string };
  if (!code?.startsWith('ERR_PARSE_ARGS')) return e;
  // Node names the option first, in quotes: '--fix', '--format <value>', '-h, --help'.
  const option = (/'([^']+)'/.exec(message)?.[1] ?? '').split(', ').pop()!.replace(/ <value>$/, '');
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') return new UsageError((w) => (/does not take an argument/.test(message) ? w.takesNoValue(option) : w.needsValue(option)));
  if (code !== 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return new UsageError(() => message);
  // A short option by its long name (`-q` is --quiet).
  const name = option.startsWith('--') ? option.slice(2) : Object.keys(ALL_OPTIONS).find((n) => `-${ALL_OPTIONS[n].short}` === option);
  if (name === undefined) return new UsageError((w) => w.unknownOption(option, null));
  // Another command's option: which commands take it.
  const takers = COMMANDS.filter((c) => Object.hasOwn(c.options, name)).map((c) => c.name);
  if (command && takers.length) return new UsageError((w) => w.notAnOptionOf(option, command.name, takers));
  const near = option.startsWith('--') ? closest(name, Object.keys(options)) : null;
  return new UsageError((w) => w.unknownOption(option, near === null ? null : `--${near}`));
}
