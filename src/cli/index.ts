import { main } from './main';
import { writeEngineCache } from './engineCache';

// The process host: real streams and environment around the testable `main`.
// Output piped into a program that stops reading (`| head`) ends the run quietly, as in other CLIs.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code !== 'EPIPE') throw e;
  process.exit(process.exitCode ?? 0);
});
main(process.argv.slice(2), {
  cwd: process.cwd(),
  env: process.env,
  stdout: (s) => process.stdout.write(s),
  stdin: async () => {
    const chunks: Buffer[] = [];
    for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks).toString('utf8');
  },
  stderr: (s) => process.stderr.write(s),
  color: process.stdout.isTTY === true && process.stdout.hasColors(),
}).then((code) => {
  process.exitCode = code;
  // The build's sample check (scripts/build.mjs) asks for the engine's code cache.
  if (process.env.CASEDOC_WRITE_ENGINE_CACHE === '1') writeEngineCache();
});
