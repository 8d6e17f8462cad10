// Runs inside VS Code for the Web's extension host, a web worker (the `extensionTestsPath` of
// @vscode/test-web): mocha's browser build over the suites, a line per test on the console (which
// the driving page forwards to test/web/run.mjs), then a summary line.
import 'mocha/mocha.js';

export function run(): Promise<void> {
  return new Promise((resolve, reject) => {
    // CASEDOC_GREP narrows the run (fixed at build time by run.mjs: a web worker has no environment).
    const grep = process.env.CASEDOC_GREP;
    mocha.setup({ ui: 'bdd', timeout: 120_000, color: false, reporter: Reporter as unknown as string, ...(grep ? { grep } : {}) });
    // Registers the suites with the mocha just set up: required, not imported, so it runs now.
    require('./suites');
    mocha.run((failures) => (failures ? reject(new Error(`${failures} web tests failed`)) : resolve()));
  });
}

class Reporter {
  constructor(runner: Mocha.Runner) {
    let passed = 0;
    let failed = 0;
    runner.on('pass', (t) => {
      passed++;
      console.log(`  ✔ ${t.fullTitle()} (${t.duration} ms)`);
    });
    runner.on('fail', (t, err) => {
      failed++;
      console.log(`  ✗ ${t.fullTitle()}\n      ${String(err?.stack ?? err).split('\n').slice(0, 8).join('\n      ')}`);
    });
    runner.on('end', () => console.log(`web: ${passed} passed, ${failed} failed`));
  }
}
