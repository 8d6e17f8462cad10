// `casedoc --help` and `casedoc COMMAND --help`, put together from the registry: each command's
// line and options (its module), around the common parts (words.ts `help`).
import type { Lang } from '../core/index';
import type { Command } from './commands/command';
import { COMMANDS } from './commands/index';
import { WORDS } from './words';

const formatsOf = async (command: Command) => (await command.formats?.()) ?? '';

/** Every command, its options after the common ones. */
export async function fullHelp(lang: Lang): Promise<string> {
  const h = WORDS[lang].help;
  const lines: string[] = [];
  const sections: string[] = [];
  for (const command of COMMANDS) {
    const { args, about, options } = command.help[lang];
    // A command that takes arguments before its paths names them first: `replace   FIELD OLD NEW: …`.
    lines.push(`  ${command.name.padEnd(10)}${args ? `${args}: ` : ''}${about.replace(/\n/g, `\n${' '.repeat(12)}`)}`);
    sections.push(`${h.optionsFor(command.name)}\n${options(await formatsOf(command))}`);
  }
  return `${h.usage(h.command)}\n\n${h.commands}\n${lines.join('\n')}\n\n${h.paths}\n\n${h.optionsFor(h.all)}\n${h.options}\n${sections.join('\n')}\n\n${h.exit}\n`;
}

/** One command: its usage and description, the common options and its own, and the exit codes. */
export async function commandHelp(lang: Lang, command: Command): Promise<string> {
  const h = WORDS[lang].help;
  const { args, about, options } = command.help[lang];
  return [
    h.usage(args ? `${command.name} ${args}` : command.name),
    `  ${about.replace(/\n/g, '\n  ')}`,
    `${h.optionsFor(h.all)}\n${h.options}`,
    `${h.optionsFor(command.name)}\n${options(await formatsOf(command))}`,
    h.exit,
  ].join('\n\n') + '\n';
}
