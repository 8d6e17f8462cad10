import { main } from './main';

// The process host: real streams and environment around the testable `main`.
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
});
