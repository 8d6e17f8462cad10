// Runs inside VS Code for the Web's extension host, a web worker (the `extensionTestsPath` of
// @vscode/test-web): mocha's browser build over the suites, a line per test on the console (which
// the driving page forwards to test/web/run.mjs), then a summary line.
import 'mocha/mocha.js';
import { summaryReporter } from '../integration/reporter';

export function run(): Promise<void> {
  return new Promise((resolve, reject) => {
    // CASEDOC_GREP narrows the run (fixed at build time by run.mjs: a web worker has no environment).
    const grep = process.env.CASEDOC_GREP;
    mocha.setup({ ui: 'bdd', timeout: 120_000, color: false, reporter: summaryReporter('web') as unknown as string, ...(grep ? { grep } : {}) });
    // Registers the suites with the mocha just set up: required, not imported, so it runs now.
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- must run after mocha.setup, which an import would precede
    require('./suites');
    mocha.run((failures) => (failures ? reject(new Error(`${failures} web tests failed`)) : resolve()));
  });
}
