// How tests run the CLI. In process, against the source (`main`): what almost every test wants, so
// a broken `main` fails them without a rebuild. From source in a child process, for what needs a
// process of its own (a network trap loaded before anything else). The built binary only for the
// smoke test and worker threads (a bundle), always rebuilt first.
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { main } from '../src/cli/main';
import { ROOT } from './helpers';

export interface Run { code: number; stdout: string; stderr: string }

/** `casedoc …` in this process: `main` with its own streams, environment and folder. */
export async function casedoc(args: readonly string[], cwd = ROOT, env: Record<string, string> = {}): Promise<Run> {
  let stdout = '';
  let stderr = '';
  const code = await main(args, { cwd, env, color: false, stdout: (s) => (stdout += s), stderr: (s) => (stderr += s) });
  return { code, stdout, stderr };
}

/** `casedoc …` in a new folder holding these files (removed afterwards), on this thread. */
export async function casedocWith(files: Record<string, string>, args: readonly string[]): Promise<Run> {
  const dir = mkdtempSync(join(tmpdir(), 'casedoc-'));
  try {
    for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
    return await casedoc(args, dir, { CASEDOC_WORKERS: '0' });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** `casedoc …` from the source in a child process (tsx), with Node options such as `--import` after tsx's. */
export function casedocProcess(args: readonly string[], cwd: string, nodeOptions: readonly string[] = []): Run {
  const tsx = pathToFileURL(join(ROOT, 'node_modules/tsx/dist/loader.mjs')).href;
  const r = spawnSync(process.execPath, ['--import', tsx, ...nodeOptions, join(ROOT, 'src/cli/index.ts'), ...args], { cwd, encoding: 'utf8', maxBuffer: 1 << 28 });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

let built = false;
/** Bundles dist/ from the current source, once per test run: the binary is never stale. */
export function buildOnce(): void {
  if (built) return;
  execFileSync(process.execPath, [join(ROOT, 'scripts/build.mjs')], { cwd: ROOT, stdio: 'pipe' });
  built = true;
}

/** The built `bin/casedoc.js`, as a user runs it (call buildOnce first). */
export function casedocBinary(args: readonly string[], cwd = ROOT, env: Record<string, string> = {}): Run {
  const r = spawnSync(process.execPath, [join(ROOT, 'bin/casedoc.js'), ...args], { cwd, env: { PATH: process.env.PATH!, ...env }, encoding: 'utf8', maxBuffer: 1 << 28 });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

/** A temporary repository (a `.git` marks its root) holding a copy of `examples/`: for commands that write. */
export function examplesCopy(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  mkdirSync(join(dir, '.git'));
  cpSync(join(ROOT, 'examples'), join(dir, 'examples'), { recursive: true });
  return dir;
}
