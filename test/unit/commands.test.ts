// The CLI's commands as a registry (src/cli/commands/), and the usage errors its parsing gives.
import assert from 'node:assert/strict';
import { GLOBAL_OPTIONS } from '../../src/cli/commands/command';
import { COMMANDS } from '../../src/cli/commands/index';
import { commandHelp, fullHelp } from '../../src/cli/help';
import { casedoc } from '../cli';

describe('the CLI\'s commands (src/cli/commands/index.ts)', () => {
  it('are each named once, with help in both languages naming every option they take, and no other', async () => {
    assert.deepEqual(COMMANDS.map((c) => c.name), ['check', 'summary', 'migrate', 'replace', 'import', 'export']);
    for (const command of COMMANDS) {
      assert.equal(command.help.da.args === undefined, command.help.en.args === undefined, command.name);
      for (const name of Object.keys(command.options)) assert.ok(!Object.hasOwn(GLOBAL_OPTIONS, name), `${command.name} redeclares --${name}`);
      for (const lang of ['en', 'da'] as const) {
        const help = await commandHelp(lang, command);
        const own = help.slice(help.lastIndexOf(lang === 'en' ? `Options for ${command.name}:` : `Tilvalg for ${command.name}:`));
        const shown = new Set([...own.matchAll(/^ {2}(?:-\w, )?--([\w-]+)/gm)].map((m) => m[1]));
        assert.deepEqual([...shown].sort(), Object.keys(command.options).sort(), `${command.name} --help (${lang})`);
        assert.ok((await fullHelp(lang)).includes(`\n  ${command.name.padEnd(10)}`), `${command.name} in --help (${lang})`);
      }
    }
  });

  it('say an option a command does not take, a combination that makes no sense and a misspelling, in one line, exit 2', async () => {
    const cases: [string[], string, string][] = [
      [['summary', '--fix'], '--fix is not an option of summary (only of check)', '--fix er ikke et tilvalg for summary (kun for check)'],
      [['summary', 'examples/anthology', '--fix=yes'], '--fix is not an option of summary (only of check)', '--fix er ikke et tilvalg for summary (kun for check)'],
      [['check', '--dry-run'], '--dry-run is not an option of check (only of migrate, replace and import)', '--dry-run er ikke et tilvalg for check (kun for migrate, replace og import)'],
      [['check', '--table', 'cases'], '--table is not an option of check (only of summary)', '--table er ikke et tilvalg for check (kun for summary)'],
      [['migrate', '--format', 'json'], '--format is not an option of migrate (only of check, summary and export)', '--format er ikke et tilvalg for migrate (kun for check, summary og export)'],
      [['check', '--fix', '--fix-dry-run'], '--fix and --fix-dry-run cannot be given together', '--fix og --fix-dry-run kan ikke angives sammen'],
      [['check', '-', '--fix'], '--fix cannot write back to standard input: name the file instead', '--fix kan ikke skrive tilbage til standardinput: angiv filen i stedet'],
      [['check', '-', '--fix-dry-run'], '--fix cannot write back to standard input: name the file instead', '--fix kan ikke skrive tilbage til standardinput: angiv filen i stedet'],
      [['chek'], 'unknown command "chek"; did you mean check?', 'ukendt kommando "chek"; mente du check?'],
      [['sumary', 'examples'], 'unknown command "sumary"; did you mean summary?', 'ukendt kommando "sumary"; mente du summary?'],
      [['frobnicate'], 'unknown command "frobnicate"; use check, summary, migrate, replace, import or export', 'ukendt kommando "frobnicate"; brug check, summary, migrate, replace, import eller export'],
      [['check', '--formt', 'json'], 'unknown option --formt; did you mean --format?', 'ukendt tilvalg --formt; mente du --format?'],
      [['--formt', 'json', 'check'], 'unknown option --formt; did you mean --format?', 'ukendt tilvalg --formt; mente du --format?'],
      [['summary', '--colour'], 'unknown option --colour; did you mean --color?', 'ukendt tilvalg --colour; mente du --color?'],
      [['check', '--autofix'], 'unknown option --autofix', 'ukendt tilvalg --autofix'],
      [['check', '-x'], 'unknown option -x', 'ukendt tilvalg -x'],
      [['summary', '-q'], '-q is not an option of summary (only of check)', '-q er ikke et tilvalg for summary (kun for check)'],
    ];
    for (const [args, en, da] of cases) {
      for (const [run, said] of [[await casedoc(args), en], [await casedoc([...args, '--lang', 'da']), da], [await casedoc(args, undefined, { LANG: 'da_DK.UTF-8' }), da]] as const) {
        assert.deepEqual(run, { code: 2, stdout: '', stderr: `casedoc: ${said} (casedoc --help)\n` }, args.join(' '));
      }
    }
  });

  it('still take what they took: each command\'s own options and the common ones', async () => {
    assert.equal((await casedoc(['summary', 'examples/anthology', '--format', 'csv', '--table', 'crosstab', '--delimiter', 'semicolon', '--no-config', '--max-file-size', '5MB'])).code, 0);
    assert.equal((await casedoc(['check', 'examples/anthology', '-q', '--format', 'json', '--max-warnings', '1000', '--no-color'])).code, 1);
    assert.equal((await casedoc(['migrate', 'examples/anthology', '--dry-run', '--lang', 'da'])).stderr, '');
    // --help answers whatever else is given with it.
    assert.equal((await casedoc(['check', '--fix', '--fix-dry-run', '--help'])).code, 0);
  });
});
