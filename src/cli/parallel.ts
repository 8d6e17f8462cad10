import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { FileReport, RunOptions } from './report';

/** What a worker needs to rebuild the run's options: texts, not compiled functions. */
export interface WorkerOptions extends Omit<RunOptions, 'schema' | 'rules'> {
  schema?: { text: string; label: string };
  rules?: string;
}

export type ToWorker = { paths: string[]; first: number } | null;
export type FromWorker = { first: number; reports: FileReport[] } | { error: string };

/** Files per message: small enough to balance the workers, large enough to keep messages few. */
const BATCH = 16;
/** Below this many files a worker's start-up costs more than it saves. */
export const PARALLEL_FROM = 64;

/**
 * Below this many cores that run in parallel, workers cost more than they save: each loads the
 * engine and compiles the schema, and results cross threads. On this project's 2-vCPU machine two
 * workers took 3.1–3.3 s and 1.4× the CPU for the 1,000 reports one thread checks in 2.5–2.9 s
 * (BENCHMARKS.md, issue 18).
 */
const PARALLEL_CORES = 4;

/** How many worker threads to use: one per physical core on a machine with enough of them, or `CASEDOC_WORKERS` (0 for none). */
export function workerCount(files: number, setting: string | undefined, cores = physicalCores()): number {
  const asked = setting === undefined ? NaN : Number(setting);
  if (Number.isInteger(asked) && asked >= 0) return Math.min(asked, Math.ceil(files / BATCH));
  return files < PARALLEL_FROM || cores < PARALLEL_CORES ? 0 : Math.min(cores, 8);
}

/**
 * The cores this process may use that are not hyperthreads of one another: Linux's CPU topology
 * (one core per package and core id), never more than Node's available parallelism (which
 * counts the affinity mask); elsewhere the available parallelism.
 */
export function physicalCores(): number {
  const available = availableParallelism();
  try {
    const root = '/sys/devices/system/cpu';
    const cores = new Set<string>();
    for (const cpu of readdirSync(root)) {
      if (!/^cpu\d+$/.test(cpu)) continue;
      const read = (f: string) => readFileSync(`${root}/${cpu}/topology/${f}`, 'utf8').trim();
      try {
        cores.add(`${read('physical_package_id')}:${read('core_id')}`);
      } catch {
        // An offline CPU has no topology.
      }
    }
    return cores.size > 0 ? Math.min(cores.size, available) : available;
  } catch {
    return available;
  }
}

/**
 * Checks the files on `count` worker threads (the same bundle, `dist/cliWorker.js`), handing out
 * batches as workers finish, so a few large files do not hold one thread up. Results in order.
 */
export async function checkInWorkers(paths: readonly string[], options: WorkerOptions, count: number, script: URL): Promise<FileReport[] | null> {
  if (!existsSync(script)) return null;
  const results = new Array<FileReport>(paths.length);
  let next = 0;
  const take = (): ToWorker => {
    if (next >= paths.length) return null;
    const first = next;
    next = Math.min(paths.length, next + BATCH);
    return { paths: paths.slice(first, next), first };
  };
  const run = () =>
    new Promise<void>((resolve, reject) => {
      const worker = new Worker(script, { workerData: options });
      worker.on('message', (m: FromWorker) => {
        if ('error' in m) {
          void worker.terminate();
          reject(new Error(m.error));
          return;
        }
        m.reports.forEach((r, i) => (results[m.first + i] = r));
        const batch = take();
        worker.postMessage(batch);
        if (!batch) resolve();
      });
      worker.on('error', reject);
      worker.postMessage(take());
    });
  await Promise.all(Array.from({ length: count }, run));
  return results;
}
