// Runs inside VS Code's extension host (the `extensionTestsPath` payload): mocha over the bundled
// tests, one line per test on the console (forwarded to the driving script), then a summary line.
import Mocha from 'mocha';
import { join } from 'node:path';
import { summaryReporter } from './reporter';

export function run(): Promise<void> {
  // CASEDOC_GREP narrows the run to matching tests (for a quick round; CI runs them all).
  const reporter = summaryReporter('integration') as unknown as string;
  const mocha = new Mocha({ ui: 'bdd', timeout: 120_000, color: false, grep: process.env.CASEDOC_GREP || undefined, reporter });
  mocha.addFile(join(__dirname, 'tests.cjs'));
  return new Promise((resolve, reject) => {
    mocha.run((failures) => (failures ? reject(new Error(`${failures} integration tests failed`)) : resolve()));
  });
}
