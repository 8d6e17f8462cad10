// The configuration file for each report (the nearest `.casedoc.json(c)` above it, up to the
// repository's root), and what it makes of the run's options: one profile per configuration file,
// built once per run on each thread.
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { CONFIG_FILES, loadConfig, type CasedocConfig } from '../core/config/config';
import type * as Core from '../core/index';
import type { CompiledRule, Lang, SchemaLoad, Severity } from '../core/index';

/** What compiling a configuration's rules and schema takes: the engine's, loaded by the caller when needed. */
export type Compilers = Pick<typeof Core, 'builtinRules' | 'loadRules' | 'loadSchema' | 'mergeRules'>;
import { UsageError } from './files';
import { readTextFile } from './nodePort';

/** `--config FILE`, `--no-config`, or the nearest file above each report. */
export type ConfigMode = { kind: 'auto' } | { kind: 'file'; path: string } | { kind: 'none' };

/** What one configuration file (or none) makes of the options for the reports it applies to. */
export interface Profile {
  /** The configuration file, or null. */
  file: string | null;
  /** A hash of every text the profile was made from (the file, its rules and schema): the cache's key. */
  fingerprint: string;
  severities?: Record<string, Severity | 'off'>;
  rules?: readonly CompiledRule[];
  schema?: { load: SchemaLoad; label: string };
  /** Is this file (an absolute path) a case report by the include globs, or never checked by the exclude ones? */
  included(path: string): boolean;
  excluded(path: string): boolean;
}

/** The options of the command line that a configuration file is merged with: the command line wins. */
export interface CommandLine {
  cwd: string;
  lang: Lang;
  /** `--schema`, compiled. */
  schema?: { load: SchemaLoad; label: string };
  /** `--rules`: its own rules, compiled (added after the built-in ones and the configuration's). */
  rules?: readonly CompiledRule[];
  /** `--include`, relative to cwd. */
  include: readonly string[];
}

const toSlash = (p: string) => p.split(sep).join('/');
// The glob matcher (core/text/glob.ts, linear-time; its engine takes ~9 ms to load) is loaded only
// for a profile with globs, not when the CLI starts.
const globs = async (list: readonly string[] | undefined, base: string) => {
  if (!list?.length) return () => false;
  const matches = (await import('../core/text/glob')).anyGlob(list);
  return (path: string) => {
    const rel = toSlash(relative(base, path));
    return !rel.startsWith('../') && rel !== '..' && matches(rel);
  };
};

/** The configuration file that applies in `dir`: the nearest one, not above a folder holding `.git`. */
export function nearestConfig(dir: string): string | null {
  for (let d = resolve(dir); ; d = dirname(d)) {
    for (const name of CONFIG_FILES) if (existsSync(join(d, name))) return join(d, name);
    if (existsSync(join(d, '.git')) || dirname(d) === d) return null;
  }
}

/** Reads and checks a configuration file; a problem is a usage error naming the file. */
export async function readConfig(path: string, cwd: string, lang: Lang): Promise<CasedocConfig> {
  const shown = toSlash(relative(cwd, path)) || path;
  const text = await readTextFile(path).catch(() => {
    throw new UsageError((w) => w.unreadableConfig(shown));
  });
  const load = loadConfig(text, lang);
  if (!load.ok) throw new UsageError((w) => w.configUnusable(shown, load.reason));
  return load.config;
}

export class ConfigResolver {
  private readonly byDir = new Map<string, string | null>();
  private readonly profiles = new Map<string, Promise<Profile>>();

  /** `compilers`: how to get the engine's compilers, asked only for a configuration with rules or a schema. */
  constructor(private readonly mode: ConfigMode, private readonly cli: CommandLine, private readonly compilers: () => Promise<Compilers>) {}

  /** The profile for a report (an absolute path). */
  forFile(path: string): Promise<Profile> {
    return this.forConfig(this.configFor(dirname(path)));
  }

  /** The configuration file that applies in a folder under this run's mode. */
  configFor(dir: string): string | null {
    if (this.mode.kind === 'none') return null;
    if (this.mode.kind === 'file') return resolve(this.cli.cwd, this.mode.path);
    let found = this.byDir.get(dir);
    if (found === undefined) this.byDir.set(dir, (found = nearestConfig(dir)));
    return found;
  }

  private forConfig(file: string | null): Promise<Profile> {
    const key = file ?? '';
    let p = this.profiles.get(key);
    if (!p) this.profiles.set(key, (p = this.build(file)));
    return p;
  }

  private async build(file: string | null): Promise<Profile> {
    const { cli } = this;
    const cliIncluded = await globs(cli.include, cli.cwd);
    // The engine only for rules or a schema to compile: a plain configuration is read without it.
    if (!file) {
      const e = cli.rules ? await this.compilers() : null;
      const rules = e && cli.rules ? e.mergeRules(e.builtinRules(), cli.rules) : undefined;
      return { file: null, fingerprint: '', schema: cli.schema, rules, included: cliIncluded, excluded: () => false };
    }
    const config = await readConfig(file, cli.cwd, cli.lang);
    const e = cli.rules || config.rules?.length || config.schema ? await this.compilers() : null;
    const withOwn = (base: readonly CompiledRule[]) => (e && cli.rules ? e.mergeRules(base, cli.rules) : base);
    const texts: string[] = [await readTextFile(file)];
    const base = dirname(file);
    const shown = (p: string) => toSlash(relative(cli.cwd, resolve(base, p))) || p;
    let rules: readonly CompiledRule[] | undefined = e && cli.rules ? withOwn(e.builtinRules()) : undefined;
    if (e && config.rules?.length) {
      let merged = e.builtinRules() as readonly CompiledRule[];
      for (const r of config.rules) {
        const text = await readTextFile(resolve(base, r)).catch(() => {
          throw new UsageError((w) => w.unreadableRules(shown(r)));
        });
        texts.push(text);
        const load = e.loadRules(text, cli.lang);
        if (!load.ok) throw new UsageError((w) => w.rulesUnusable(shown(r), load.reason));
        merged = e.mergeRules(merged, load.rules);
      }
      // The command line's own rules come last: they replace the configuration's by id.
      rules = withOwn(merged);
    }
    let schema = cli.schema;
    if (e && !schema && config.schema) {
      const text = await readTextFile(resolve(base, config.schema)).catch(() => {
        throw new UsageError((w) => w.unreadableSchema(shown(config.schema!)));
      });
      texts.push(text);
      const load = e.loadSchema(text, cli.lang);
      if (!load.ok) throw new UsageError((w) => w.schemaUnusable(shown(config.schema!), load.reason));
      schema = { load, label: config.schema };
    }
    const configIncluded = await globs(config.include, base);
    const excluded = await globs(config.exclude, base);
    return {
      file, fingerprint: createHash('sha256').update(texts.join('\0')).digest('base64url'), severities: config.severity, rules, schema,
      included: (p) => cliIncluded(p) || configIncluded(p),
      excluded,
    };
  }
}
