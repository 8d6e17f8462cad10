// The real-VS-Code tests: (A) mocha inside the extension host of code-server 4.100.3 with the
// extension under development; (B) the packaged .vsix installed into code-server and driven through
// Debian's Chromium, checking what a user sees, with screenshots in test-results/.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { installVsix, launchBrowser, remote, ROOT, startCodeServer, userDataDir, workbenchUrl } from './codeServer.mjs';
import { writeExpected } from './expected.mjs';
import { runInHost } from './inHost.mjs';
import { danishUiChecks, uiChecks } from './ui.mjs';

const RESULTS = join(ROOT, 'test-results');
rmSync(RESULTS, { recursive: true, force: true });
mkdirSync(RESULTS, { recursive: true });

execFileSync('bash', [join(ROOT, 'test/e2e/setup.sh')], { stdio: 'inherit' });

function workspaceCopy() {
  const dir = mkdtempSync(join(tmpdir(), 'casedoc-e2e-ws-'));
  cpSync(join(ROOT, 'examples/anthology'), dir, { recursive: true });
  writeExpected(dir);
  return dir;
}

/** `untrusted`: workspace trust on and the folder not trusted; only the tests named for it run. */
async function inHostTests({ untrusted = false } = {}) {
  await build({
    entryPoints: { index: 'test/integration/index.ts', tests: 'test/integration/all.ts' },
    absWorkingDir: ROOT, outdir: join(ROOT, 'out/test/suite'), outExtension: { '.js': '.cjs' },
    bundle: true, platform: 'node', format: 'cjs', target: 'node20', external: ['vscode', 'mocha'], logLevel: 'warning',
  });
  const folder = workspaceCopy();
  const server = await startCodeServer({
    folder, extensionsDir: mkdtempSync(join(tmpdir(), 'casedoc-e2e-ext-')), trust: untrusted,
    env: untrusted ? { CASEDOC_GREP: 'in an untrusted workspace' } : {},
  });
  const browser = await launchBrowser();
  try {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    const payload = [
      ['extensionDevelopmentPath', remote(server.port, ROOT)],
      ['extensionTestsPath', remote(server.port, join(ROOT, 'out/test/suite/index.cjs'))],
    ];
    // Generous: with the 5,000-report load test the suite takes 6 minutes here, and a busy shared
    // machine has made it take twice that.
    return await runInHost(page, {
      url: workbenchUrl(server.base, server.port, folder, payload), label: 'integration', minutes: 30,
      screenshot: join(RESULTS, `integration${untrusted ? '-untrusted' : ''}-final.png`), log: join(RESULTS, `integration${untrusted ? '-untrusted' : ''}-console.log`),
    });
  } finally {
    await browser.close();
    await server.stop();
  }
}

/** `danish`: a second session on a Danish system (LANG and the browser), for the Danish texts. */
async function packagedUiTests({ danish = false } = {}) {
  if (!danish) execFileSync('npx', ['vsce', 'package', '--no-dependencies', '-o', join(RESULTS, 'casedoc.vsix')], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
  const extensionsDir = mkdtempSync(join(tmpdir(), 'casedoc-e2e-ext-'));
  await installVsix(join(RESULTS, 'casedoc.vsix'), extensionsDir);
  const folder = workspaceCopy();
  const userData = userDataDir();
  // Danish: the operating system's locale and the browser's language, not a Casedoc setting.
  const server = await startCodeServer({ folder, extensionsDir, userData, env: danish ? { LANG: 'da_DK.UTF-8', LC_ALL: 'da_DK.UTF-8' } : {} });
  const browser = await launchBrowser(danish ? ['--lang=da'] : []);
  try {
    return await (danish ? danishUiChecks : uiChecks)({ browser, server, folder, results: RESULTS });
  } finally {
    await browser.close();
    await server.stop();
  }
}

// `--host-only`: the in-host tests alone, for a quick round while working on the extension.
const trusted = await inHostTests();
const untrusted = await inHostTests({ untrusted: true });
const a = { passed: trusted.passed + untrusted.passed, failed: trusted.failed + untrusted.failed };
const b = process.argv.includes('--host-only') ? { passed: 0, failed: 0 } : await packagedUiTests();
const c = process.argv.includes('--host-only') ? { passed: 0, failed: 0 } : await packagedUiTests({ danish: true });
const passed = a.passed + b.passed + c.passed;
const failed = a.failed + b.failed + c.failed;
console.log(`\nreal VS Code: ${a.passed + a.failed} in-host tests, ${b.passed + b.failed} UI checks; screenshots in test-results/`);
console.log(`e2e: ${passed} passed, ${failed} failed`);
// Exit now: a browser or server handle left behind must not hold CI open.
process.exit(failed ? 1 : 0);
