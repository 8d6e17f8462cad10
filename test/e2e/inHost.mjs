// Drives a workbench page whose payload runs the in-host suites (test/integration/reporter.ts prints
// their lines): forwards the lines to our output and returns the counts from the summary line.
// Shared by the desktop (code-server) and the web (VS Code for the Web) runs.
import { writeFileSync } from 'node:fs';

/** `label`: the reporter's summary name; `log`: where the page's own errors go, for a post-mortem. */
export async function runInHost(page, { url, label, minutes, screenshot, log }) {
  let result = { passed: 0, failed: 1 };
  const errors = [];
  page.on('console', (m) => m.type() === 'error' && errors.push(`${m.location().url}: ${m.text()}`));
  page.on('pageerror', (e) => errors.push(`page error: ${e.message}`));
  const exit = new Promise((resolve) => page.exposeFunction('codeAutomationExit', (code) => resolve(code)));
  await page.exposeFunction('codeAutomationLog', (_type, args) => {
    const line = (Array.isArray(args) ? args : [args]).map((a) => (typeof a === 'string' ? a : JSON.stringify(a))).join(' ');
    if (/^\s+[✔✗]/.test(line) || line.startsWith(`${label}:`)) console.log(line);
    const m = new RegExp(`^${label}: (\\d+) passed, (\\d+) failed`).exec(line);
    if (m) result = { passed: Number(m[1]), failed: Number(m[2]) };
  });
  await page.goto(url);
  const code = await Promise.race([exit, new Promise((r) => setTimeout(() => r('timeout'), minutes * 60_000).unref())]);
  await page.screenshot({ path: screenshot });
  writeFileSync(log, errors.join('\n') + '\n');
  if (code !== 0) {
    console.log(`${label} run ended with ${code}`);
    if (result.failed === 0) result.failed = 1;
  }
  return result;
}
