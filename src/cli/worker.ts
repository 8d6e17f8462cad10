// A CLI worker thread: rebuilds the run's options from their texts, then checks the batches of
// files the main thread hands it until it is handed none.
import { parentPort, workerData } from 'node:worker_threads';
import { ConfigResolver } from './config';
import { engine } from './engine';
import type { FromWorker, ToWorker, WorkerOptions } from './parallel';
import type { RunOptions } from './report';

const { checkFile, COMPILERS, compileTexts, SchemaFiles } = await engine();
const given = workerData as WorkerOptions;
const { schema, rules } = compileTexts({ schema: given.schema, rules: given.rules }, given.lang);
const options: RunOptions = { cwd: given.cwd, lang: given.lang, maxBytes: given.maxBytes, include: given.include, config: given.config, schema, rules };
const schemas = new SchemaFiles(given.lang);
const resolver = new ConfigResolver(options.config, options, async () => COMPILERS);

parentPort!.on('message', async (batch: ToWorker) => {
  if (!batch) {
    parentPort!.close();
    return;
  }
  try {
    const reports = [];
    for (const path of batch.paths) reports.push(await checkFile(path, options, schemas, await resolver.forFile(path)));
    parentPort!.postMessage({ first: batch.first, reports } satisfies FromWorker);
  } catch (e) {
    parentPort!.postMessage({ error: (e as Error).message } satisfies FromWorker);
  }
});
