// The CLI's commands, in the order `casedoc --help` lists them. A new command is a module beside
// these (its options, help and run: see command.ts) and a line here.
import type { Command } from './command';
import { check } from './check';
import { summary } from './summary';
import { migrate } from './migrate';
import { replace } from './replace';
import { importSheet } from './import';
import { exportAnthology } from './export';

export const COMMANDS: readonly Command[] = [check, summary, migrate, replace, importSheet, exportAnthology];
