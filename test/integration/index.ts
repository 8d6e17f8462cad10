// Runs inside VS Code's extension host (the `extensionTestsPath` payload): mocha over the bundled
// tests, one line per test on the console (forwarded to the driving script), then a summary line.
import Mocha from 'mocha';
import { join } from 'node:path';

export function run(): Promise<void> {
  // CASEDOC_GREP narrows the run to matching tests (for a quick round; CI runs them all).
  const mocha = new Mocha({ ui: 'bdd', timeout: 120_000, color: false, grep: process.env.CASEDOC_GREP || undefined, reporter: class {
    constructor(runner: Mocha.Runner) {
      let passed = 0;
      let failed = 0;
      runner.on('pass', (t) => {
        passed++;
        console.log(`  ✔ ${t.fullTitle()} (${t.duration} ms)`);
      });
      runner.on('fail', (t, err) => {
        failed++;
        console.log(`  ✗ ${t.fullTitle()}\n      ${String(err?.stack ?? err).split('\n').slice(0, 6).join('\n      ')}`);
      });
      runner.on('end', () => console.log(`integration: ${passed} passed, ${failed} failed`));
    }
  } as unknown as string });
  mocha.addFile(join(__dirname, 'tests.cjs'));
  return new Promise((resolve, reject) => {
    mocha.run((failures) => (failures ? reject(new Error(`${failures} integration tests failed`)) : resolve()));
  });
}
