// One rule for the language, the CLI's and the extension's (core/locale.ts).
import assert from 'node:assert/strict';
import { detectLang, type LocaleSources } from '../../src/core/locale';
import { casedoc } from '../cli';

// [what is given, the language, why]
const TABLE: [LocaleSources, 'en' | 'da', string][] = [
  [{}, 'en', 'nothing: English'],
  [{ chosen: 'da', env: { CASEDOC_LANG: 'en' } }, 'da', '--lang or the setting first'],
  [{ chosen: 'en', env: { LANG: 'da_DK.UTF-8' }, display: 'da' }, 'en', 'English chosen beats a Danish system'],
  [{ chosen: 'auto', env: { LANG: 'da_DK.UTF-8' } }, 'da', '"auto" chooses nothing'],
  [{ env: { CASEDOC_LANG: 'da', LC_ALL: 'en_US.UTF-8' } }, 'da', 'CASEDOC_LANG before LC_ALL'],
  [{ env: { CASEDOC_LANG: 'en', LANG: 'da_DK.UTF-8' } }, 'en', 'CASEDOC_LANG=en before LANG'],
  [{ env: { LC_ALL: 'da_DK.UTF-8', LANG: 'en_US.UTF-8' } }, 'da', 'LC_ALL before LANG'],
  [{ env: { LC_MESSAGES: 'en_GB.UTF-8', LANG: 'da_DK.UTF-8' } }, 'en', 'LC_MESSAGES before LANG'],
  [{ env: { LC_ALL: 'C', LANG: 'da_DK.UTF-8' } }, 'da', 'C names no locale'],
  [{ env: { LC_ALL: 'POSIX', LANG: 'da_DK.UTF-8' } }, 'da', 'POSIX names no locale'],
  [{ env: { LC_ALL: 'C.UTF-8', LANG: 'da_DK.UTF-8' } }, 'da', 'C.UTF-8 names no locale'],
  [{ env: { CASEDOC_LANG: '', LC_ALL: '', LC_MESSAGES: '', LANG: 'da' } }, 'da', 'empty variables are skipped'],
  [{ env: { LANG: 'da-DK' } }, 'da', 'da-DK'],
  [{ env: { LANG: 'da_DK@euro' } }, 'da', 'da_DK@euro'],
  [{ env: { LANG: 'DA_dk.utf8' } }, 'da', 'any case'],
  [{ env: { LANG: 'dar' } }, 'en', 'dar is not Danish'],
  [{ env: { LANG: 'de_DE.UTF-8' } }, 'en', 'another language: English'],
  [{ env: { LANG: 'en_US.UTF-8' }, display: 'da' }, 'da', 'a Danish display language (VS Code\'s) beside an English system'],
  [{ env: { LANG: 'en_US.UTF-8' }, platform: 'da-DK' }, 'en', 'a variable that names a locale decides before the operating system'],
  [{ env: { LANG: 'C' }, display: 'en', platform: 'da-DK' }, 'da', 'no variable: the operating system\'s or browser\'s language'],
  [{ env: { LANG: 'C' }, display: 'en' }, 'en', 'else English'],
  [{ env: { CASEDOC_LANG: 'en' }, display: 'da' }, 'en', 'CASEDOC_LANG before the display language'],
];

describe('the language (core/locale.ts)', () => {
  for (const [given, lang, why] of TABLE) {
    it(`${why}: ${JSON.stringify(given)} → ${lang}`, () => assert.equal(detectLang(given), lang));
  }

  it('is the CLI\'s rule: C and empty variables skipped, CASEDOC_LANG first', async () => {
    const first = async (env: Record<string, string>) => (await casedoc(['--help'], undefined, env)).stdout.split('\n')[0];
    assert.equal(await first({ LC_ALL: 'C', LANG: 'da_DK.UTF-8' }), 'Brug: casedoc <kommando> [stier eller globs…] [tilvalg]');
    assert.equal(await first({ LC_ALL: '', LANG: 'da_DK.UTF-8' }), 'Brug: casedoc <kommando> [stier eller globs…] [tilvalg]');
    assert.equal(await first({ CASEDOC_LANG: 'en', LANG: 'da_DK.UTF-8' }), 'Usage: casedoc <command> [paths or globs…] [options]');
    assert.equal(await first({ CASEDOC_LANG: 'da', LANG: 'en_US.UTF-8' }), 'Brug: casedoc <kommando> [stier eller globs…] [tilvalg]');
  });
});
