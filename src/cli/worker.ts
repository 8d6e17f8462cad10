// A CLI worker thread: rebuilds the run's options from their texts, then checks the batches of
// files the main thread hands it until it is handed none.
import { parentPort, workerData } from 'node:worker_threads';
import picomatch from 'picomatch';
import { builtinRules, loadRules, loadSchema, mergeRules } from '../core/index';
import { checkFile, type RunOptions } from './checkFiles';
import type { FromWorker, ToWorker, WorkerOptions } from './parallel';
import { SchemaFiles } from './schemas';

const given = workerData as WorkerOptions;
const options: RunOptions = { cwd: given.cwd, lang: given.lang, maxBytes: given.maxBytes, include: given.include };
if (given.schema) options.schema = { load: loadSchema(given.schema.text, given.lang), label: given.schema.label };
if (given.rules) {
  const load = loadRules(given.rules);
  if (load.ok) options.rules = mergeRules(builtinRules(), load.rules);
}
const schemas = new SchemaFiles(given.lang);
const matchers = options.include.map((g) => picomatch(g, { dot: true }));
const isIncluded = (p: string) => matchers.some((m) => m(p));

parentPort!.on('message', async (batch: ToWorker) => {
  if (!batch) {
    parentPort!.close();
    return;
  }
  try {
    const reports = [];
    for (const path of batch.paths) reports.push(await checkFile(path, options, schemas, isIncluded));
    parentPort!.postMessage({ first: batch.first, reports } satisfies FromWorker);
  } catch (e) {
    parentPort!.postMessage({ error: (e as Error).message } satisfies FromWorker);
  }
});
