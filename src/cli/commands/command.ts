import type { ParseArgsConfig } from 'node:util';
import type { Lang } from '../../core/index';
import type { FileReport, RunOptions } from '../report';
import { UsageError } from '../files';

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

export type Options = NonNullable<ParseArgsConfig['options']>;
export type Values = Readonly<Record<string, string | boolean | (string | boolean)[] | undefined>>;

/** A command's help in one language: the line in `casedoc --help`'s list, and its options. */
export interface CommandHelp {
  /** The arguments before the paths, e.g. `FIELD OLD NEW`. */
  args?: string;
  /** What it does, its lines broken as the help shows them. */
  about: string;
  /** Its option lines, given the names of its formats (see `formats`). */
  options: (formats: string) => string;
}

/** What a command runs with: the parsed arguments and what every command shares. */
export interface Run {
  /** The host's streams with control characters shown, not acted on: for what a person reads. */
  io: Io;
  lang: Lang;
  values: Values;
  /** The arguments after the command's name. */
  paths: string[];
  options: RunOptions;
  color: boolean;
  /** Writes the command's output: to `-o FILE` or standard output. */
  out: (text: string | Uint8Array) => Promise<void>;
  /** The files the paths name, checked: what every command but `check -` starts from. */
  reportsOf: (paths: readonly string[]) => Promise<FileReport[]>;
}

/** One CLI command; src/cli/commands/index.ts lists them. */
export interface Command {
  name: string;
  /** Its own options; the common ones (GLOBAL_OPTIONS) come with every command. */
  options: Options;
  /** Options that make no sense together. */
  conflicts?: readonly (readonly [string, string])[];
  /** Its output is data, written byte for byte (each check format escapes its own values). */
  data?: (values: Values) => boolean;
  /** The names of its formats, `a|b|c`, for its help. */
  formats?: () => string | Promise<string>;
  help: Record<Lang, CommandHelp>;
  run: (run: Run) => Promise<number>;
}

export const defineCommand = (command: Command): Command => command;

/** The options every command takes. */
export const GLOBAL_OPTIONS: Options = {
  lang: { type: 'string' },
  schema: { type: 'string' },
  rules: { type: 'string' },
  include: { type: 'string', multiple: true },
  ignore: { type: 'string', multiple: true },
  config: { type: 'string' },
  'no-config': { type: 'boolean' },
  output: { type: 'string', short: 'o' },
  color: { type: 'boolean' },
  'no-color': { type: 'boolean' },
  'max-file-size': { type: 'string' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' },
};

export const keysOf = <T extends object>(o: T) => Object.keys(o) as (keyof T & string)[];
export const text = (values: Values, name: string) => values[name] as string | undefined;
export const flag = (values: Values, name: string) => values[name] === true;

export function oneOf<T extends string>(name: string, value: string | undefined, allowed: readonly T[], fallback: T): T {
  if (value === undefined) return fallback;
  if (!(allowed as readonly string[]).includes(value)) throw new UsageError((w) => w.oneOf(name, allowed, value));
  return value as T;
}
