// `casedoc.language: auto` in the extension: the environment's locale first, VS Code's display language and the system's after.
import assert from 'node:assert/strict';
import { build } from 'esbuild';
import { join } from 'node:path';
import { ROOT } from '../helpers';

describe('casedoc.language: auto', () => {
  let settings: { autoLanguage(env: Record<string, string>, display: string, platform: string | undefined): string; platformLocale(): string | undefined };
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
    for (const system of ['da_DK.UTF-8', 'da', 'da-DK', 'da_DK@euro']) assert.equal(settings.autoLanguage({ LANG: system }, 'en', 'en-US'), 'da', system);
    for (const system of ['en_US.UTF-8', 'de-DE', 'dar']) assert.equal(settings.autoLanguage({ LANG: system }, 'en', 'da-DK'), 'en', system);
    // VS Code's display language is the user's choice too: Danish beside an English system, as before.
    assert.equal(settings.autoLanguage({ LANG: 'en_US.UTF-8' }, 'da', 'en-US'), 'da', 'then VS Code\'s display language');
    // Core's one rule, the CLI's too (core/locale.ts, test/unit/locale.test.ts): a variable that
    // names a locale decides; C and POSIX name none.
    assert.equal(settings.autoLanguage({ CASEDOC_LANG: 'da', LANG: 'en_US.UTF-8' }, 'en', 'en-US'), 'da', 'CASEDOC_LANG first');
    assert.equal(settings.autoLanguage({ LC_ALL: 'C.UTF-8', LC_MESSAGES: '', LANG: 'da_DK.UTF-8' }, 'en', 'en-US'), 'da', 'C.* and empty skipped');
  });

  it('then VS Code\'s display language or the operating system\'s (ICU\'s default, the browser\'s on the web)', () => {
    assert.equal(settings.autoLanguage({ LC_ALL: 'POSIX', LANG: 'C' }, 'da', 'en-US'), 'da', 'VS Code\'s display language');
    assert.equal(settings.autoLanguage({}, 'en', 'da-DK'), 'da', 'the system\'s, as VS Code has no Danish display language');
    assert.equal(settings.autoLanguage({}, 'en', undefined), 'en');
    assert.equal(settings.platformLocale(), Intl.DateTimeFormat().resolvedOptions().locale);
  });
});
