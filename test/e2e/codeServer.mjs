// Starts code-server 4.100.3 (VS Code 1.100.3) and Debian's Chromium for the real-VS-Code tests.
// Recipe and pitfalls: ../shared/e2e.md. Everything runs on loopback and is torn down afterwards.
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

export const ROOT = new URL('../..', import.meta.url).pathname.replace(/\/$/, '');
export const CODE_SERVER = join(ROOT, '.tools/node_modules/code-server/out/node/entry.js');

export async function freePort() {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });
}

/** A fresh user-data folder whose settings keep the workbench quiet and predictable. */
export function userDataDir(settings = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'casedoc-e2e-user-'));
  mkdirSync(join(dir, 'User'), { recursive: true });
  writeFileSync(join(dir, 'User/settings.json'), JSON.stringify({
    'workbench.startupEditor': 'none',
    'workbench.tips.enabled': false,
    'telemetry.telemetryLevel': 'off',
    'extensions.autoUpdate': false,
    'extensions.ignoreRecommendations': true,
    'update.mode': 'none',
    'window.commandCenter': false,
    'workbench.enableExperiments': false,
    'editor.hover.delay': 300,
    ...settings,
  }, null, 2));
  return dir;
}

function configFile() {
  const dir = mkdtempSync(join(tmpdir(), 'casedoc-e2e-cfg-'));
  const file = join(dir, 'config.yaml');
  writeFileSync(file, 'auth: none\ncert: false\n');
  return file;
}

export async function installVsix(vsix, extensionsDir) {
  await new Promise((resolve, reject) => {
    const p = spawn(process.execPath, [CODE_SERVER, '--config', configFile(), '--user-data-dir', userDataDir(), '--extensions-dir', extensionsDir, '--install-extension', vsix], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    p.stdout.on('data', (d) => (out += d));
    p.stderr.on('data', (d) => (out += d));
    p.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`installing the .vsix failed (${code}): ${out}`))));
  });
}

/** Starts code-server on a free port; `stop()` kills its whole process group and waits for it. */
export async function startCodeServer({ folder, extensionsDir, userData = userDataDir(), env = {}, trust = false }) {
  const port = await freePort();
  const child = spawn(process.execPath, [
    CODE_SERVER, '--config', configFile(), '--bind-addr', `127.0.0.1:${port}`, '--auth', 'none',
    '--disable-telemetry', '--disable-update-check',
    // Workspace trust is off (every folder trusted) unless a run tests the untrusted case.
    ...(trust ? [] : ['--disable-workspace-trust']),
    '--user-data-dir', userData, '--extensions-dir', extensionsDir, folder,
  ], { detached: true, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, ...env } });
  let log = '';
  child.stdout.on('data', (d) => (log += d));
  child.stderr.on('data', (d) => (log += d));
  const base = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`code-server exited (${child.exitCode}):\n${log}`);
    try {
      const r = await fetch(`${base}/healthz`);
      if (r.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`code-server did not start in 60 s:\n${log}`);
    await new Promise((r) => setTimeout(r, 250));
  }
  const stop = async () => {
    try {
      process.kill(-child.pid, 'SIGTERM');
    } catch {
      return;
    }
    for (let i = 0; i < 40; i++) {
      try {
        process.kill(-child.pid, 0);
      } catch {
        return; // the group is gone
      }
      await new Promise((r) => setTimeout(r, 250));
    }
    try {
      process.kill(-child.pid, 'SIGKILL');
    } catch {
      // already gone
    }
  };
  return { port, base, stop, log: () => log };
}

/** Debian's Chromium, headless and quiet (no first-run, sync, updates or background traffic). */
export const CHROMIUM = {
  executablePath: '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
    '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'],
};

export async function launchBrowser(args = []) {
  return chromium.launch({ ...CHROMIUM, args: [...CHROMIUM.args, ...args] });
}

/** The workbench URL for a folder, with an optional payload (extension development, tests, a file to open). */
export function workbenchUrl(base, port, folder, payload) {
  const url = new URL(base + '/');
  url.searchParams.set('folder', folder);
  if (payload) url.searchParams.set('payload', JSON.stringify(payload));
  return url.toString();
}

export const remote = (port, path) => `vscode-remote://127.0.0.1:${port}${path}`;
