// `npm test`: type-check, lint, build, unit tests, then the real-VS-Code tests (desktop build in code-server,
// web build in VS Code for the Web); each stage streams its
// own output, and the last line totals every test run ("N passed, N failed").
import { spawn } from 'node:child_process';

const stages = [
  ['type-check', 'npm', ['run', '--silent', 'typecheck']],
  ['lint', 'npm', ['run', '--silent', 'lint']],
  ['build', 'npm', ['run', '--silent', 'build']],
  ['unit', 'npm', ['run', '--silent', 'test:unit']],
  ['real VS Code', 'npm', ['run', '--silent', 'test:e2e']],
  ['VS Code for the Web', 'npm', ['run', '--silent', 'test:web']],
];

let passed = 0;
let failed = 0;
for (const [name, cmd, args] of stages) {
  console.log(`\n── ${name} ──`);
  const code = await new Promise((resolve) => {
    const child = spawn(cmd, args, { stdio: ['ignore', 'pipe', 'inherit'] });
    let tail = '';
    child.stdout.on('data', (chunk) => {
      process.stdout.write(chunk);
      tail = (tail + chunk).slice(-4000);
    });
    child.on('close', (c) => {
      const m = [...tail.matchAll(/^\w+: (\d+) passed, (\d+) failed/gm)].pop();
      if (m) {
        passed += Number(m[1]);
        failed += Number(m[2]);
      }
      resolve(c);
    });
  });
  if (code !== 0) {
    console.log(`\n${name} failed (exit ${code})`);
    console.log(`tests: ${passed} passed, ${Math.max(failed, 1)} failed`);
    process.exit(1);
  }
}
console.log(`tests: ${passed} passed, ${failed} failed`);
