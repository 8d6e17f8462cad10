// `casedoc.language: auto` in the extension: the system's language first, VS Code's display language after.
import assert from 'node:assert/strict';
import { build } from 'esbuild';
import { join } from 'node:path';
import { ROOT } from '../helpers';

describe('casedoc.language: auto', () => {
  let settings: { autoLanguage(system?: string, display?: string): string; systemLocale(): string | undefined };
  before(async () => {
    // The extension's settings module with a stand-in for `vscode` (only env.language is read).
    const out = await build({
      entryPoints: [join(ROOT, 'src/extension/settings.ts')], bundle: true, write: false, format: 'cjs', platform: 'node',
      plugins: [{
        name: 'vscode',
        setup(b) {
          b.onResolve({ filter: /^vscode$/ }, () => ({ path: 'vscode', namespace: 'stub' }));
          b.onLoad({ filter: /.*/, namespace: 'stub' }, () => ({ contents: 'module.exports = { env: { language: "en" }, workspace: {} }' }));
        },
      }],
    });
    const module = { exports: {} as typeof settings };
    new Function('module', 'exports', 'require', out.outputFiles[0].text)(module, module.exports, require);
    settings = module.exports;
  });

  it('is Danish for any Danish system locale, whatever VS Code\'s display language', () => {
    for (const system of ['da_DK.UTF-8', 'da', 'da-DK', 'da_DK@euro']) assert.equal(settings.autoLanguage(system, 'en'), 'da', system);
    for (const system of ['en_US.UTF-8', 'de-DE', 'dar', undefined]) assert.equal(settings.autoLanguage(system, 'en'), 'en', String(system));
    assert.equal(settings.autoLanguage('en_US.UTF-8', 'da'), 'da', 'then VS Code\'s display language');
  });

  it('reads the operating system\'s locale from the environment, skipping C and POSIX', () => {
    const saved = { LC_ALL: process.env.LC_ALL, LC_MESSAGES: process.env.LC_MESSAGES, LANG: process.env.LANG };
    try {
      Object.assign(process.env, { LC_ALL: 'C.UTF-8', LC_MESSAGES: '', LANG: 'da_DK.UTF-8' });
      assert.equal(settings.systemLocale(), 'da_DK.UTF-8');
      Object.assign(process.env, { LC_ALL: 'POSIX', LANG: 'C' });
      assert.equal(settings.systemLocale(), Intl.DateTimeFormat().resolvedOptions().locale, 'ICU\'s default, the OS\'s on Windows and macOS');
    } finally {
      for (const [k, v] of Object.entries(saved)) if (v === undefined) delete process.env[k]; else process.env[k] = v;
    }
  });
});
