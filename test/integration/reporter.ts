// The in-host suites' reporter, in the desktop and the web host alike: a line per test on the
// console (the driving script picks them up), then `NAME: N passed, N failed`.
export function summaryReporter(name: string) {
  return class {
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
      runner.on('end', () => console.log(`${name}: ${passed} passed, ${failed} failed`));
    }
  };
}
