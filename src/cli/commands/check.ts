import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import pkg from '../../../package.json' with { type: 'json' };
import { terminalSafe } from '../../core/text/terminal';
import { CACHE_FILE, cacheRefusal } from '../cache';
import { checkFiles } from '../checkFiles';
import { engine } from '../engine';
import { discover, UsageError } from '../files';
import { CHECK_FORMATS } from '../format/index';
import { totals, type FileReport } from '../report';
import { WORDS } from '../words';
import { defineCommand, flag, keysOf, oneOf, text } from './command';

const problemCount = (reports: readonly FileReport[]) => reports.reduce((n, r) => n + r.diagnostics.length, 0);
/** `--quiet`: errors only, no attention points. */
const errorsOnly = (reports: readonly FileReport[]): FileReport[] => reports.map((r) => ({ ...r, diagnostics: r.diagnostics.filter((d) => d.severity === 'error'), attentionPoints: [] }));

export const check = defineCommand({
  name: 'check',
  options: {
    format: { type: 'string' },
    quiet: { type: 'boolean', short: 'q' },
    fix: { type: 'boolean' },
    'fix-dry-run': { type: 'boolean' },
    cache: { type: 'boolean' },
    'cache-location': { type: 'string' },
    'stdin-filename': { type: 'string' },
    'max-warnings': { type: 'string' },
  },
  conflicts: [['fix', 'fix-dry-run']],
  data: () => true,
  formats: () => keysOf(CHECK_FORMATS).join('|'),
  help: {
    en: {
      about: 'Check case reports against the schema; report problems and attention points.',
      options: (formats) => `  --format ${formats}   Output format (default stylish)
  -q, --quiet             Show errors only (no warnings, information or attention points)
  --fix                   Apply every fix that needs no choice (as the editor's Fix all), changing
                          only the fixed text; the output shows what is left
  --fix-dry-run           Print those changes as a unified diff and write nothing
  --cache                 Remember results in .casedoccache and re-check only what changed
                          (a file, its $schema file, the configuration, the options, the version)
  --cache-location FILE   The cache file (implies --cache)
  -                       Check one report read from standard input
  --stdin-filename FILE   The name of that report (for messages, $schema and the configuration)
  --max-warnings N        Exit with 1 when there are more than N warnings`,
    },
    da: {
      about: 'Kontrollér caserapporter mod skemaet; vis problemer og opmærksomhedspunkter.',
      options: (formats) => `  --format ${formats}   Uddataformat (standard stylish)
  -q, --quiet             Vis kun fejl (ingen advarsler, bemærkninger eller opmærksomhedspunkter)
  --fix                   Foretag alle rettelser, der ikke kræver et valg (som editorens Ret alle),
                          og ændr kun den rettede tekst; uddata viser, hvad der er tilbage
  --fix-dry-run           Vis ændringerne som en unified diff uden at skrive noget
  --cache                 Gem resultaterne i .casedoccache, og kontrollér kun det, der er ændret
                          (en fil, dens $schema-fil, konfigurationen, tilvalgene, versionen)
  --cache-location FIL    Cachefilen (medfører --cache)
  -                       Kontrollér én rapport fra standardinput
  --stdin-filename FIL    Rapportens navn (i meddelelser, for $schema og konfigurationen)
  --max-warnings N        Afslut med 1, hvis der er mere end N advarsler`,
    },
  },
  async run({ io, lang, values, paths, options, color, out }) {
    let maxWarnings: number | null = null;
    const maxGiven = text(values, 'max-warnings');
    if (maxGiven !== undefined) {
      if (!/^\d+$/.test(maxGiven)) throw new UsageError((w) => w.wholeNumber('max-warnings', maxGiven));
      maxWarnings = Number(maxGiven);
    }
    const location = text(values, 'cache-location');
    const cache = flag(values, 'cache') || location ? resolve(io.cwd, location ?? CACHE_FILE) : undefined;
    const refusal = cache ? cacheRefusal(cache) : null;
    if (refusal) throw new UsageError((w) => w.cacheRefused(location ?? CACHE_FILE, refusal));
    options.cache = cache;
    const format = oneOf('format', text(values, 'format'), keysOf(CHECK_FORMATS), 'stylish');
    const output = { lang, color, version: pkg.version, rootUri: pathToFileURL(io.cwd).href, codes: format === 'sarif' ? (await engine()).CODES : undefined };
    const quiet = flag(values, 'quiet');
    const fixing = flag(values, 'fix') || flag(values, 'fix-dry-run');
    // Errors, files not written back, or more warnings than allowed: exit 1, from a file or standard input alike.
    const exitCode = (reports: readonly FileReport[], unwritten: number) => {
      const t = totals(reports);
      if (t.errors > 0 || unwritten > 0) return 1;
      if (maxWarnings !== null && t.warnings > maxWarnings) {
        io.stderr(WORDS[lang].tooManyWarnings(t.warnings, maxWarnings) + '\n');
        return 1;
      }
      return 0;
    };
    // `-`: one report from standard input, named by --stdin-filename (for messages, `$schema:` and
    // the configuration file that applies), checked alone.
    if (paths.includes('-')) {
      if (paths.length > 1) throw new UsageError((w) => w.stdinAlone());
      if (fixing) throw new UsageError((w) => w.stdinNoFix());
      const name = text(values, 'stdin-filename') ?? '<stdin>';
      const report = await (await engine()).checkStdin(await (io.stdin ?? (() => Promise.resolve('')))(), resolve(io.cwd, name), name, options);
      await out(CHECK_FORMATS[format]((quiet ? errorsOnly([report]) : [report]), output));
      return exitCode([report], 0);
    }
    const files = await discover(paths, io.cwd, (values.ignore as string[] | undefined) ?? []);
    let reports = await checkFiles(files, options);
    let fixLine = '';
    // Files --fix could not write back: said with the fix's line, and the run fails.
    let unwritten = 0;
    if (fixing) {
      const dry = flag(values, 'fix-dry-run');
      const fw = WORDS[lang].fix;
      const fixed = await (await engine()).fixFiles(reports, options, dry);
      unwritten = fixed.failed;
      const said = fixed.changed.length === 0 && !fixed.failed ? fw.nothing : dry ? fw.would(fixed.fixes, fixed.changed.length) : '';
      // --fix-dry-run prints the diff and what it would do, as migrate --dry-run does: exit 1 when
      // there is something to fix.
      if (dry) {
        io.stdout(fixed.diff + [...fixed.notes, said].join('\n') + '\n');
        return fixed.changed.length || fixed.failed ? 1 : 0;
      }
      if (fixed.changed.length) reports = await checkFiles(files, options);
      fixLine = [...fixed.notes, said || fw.fixed(fixed.fixes, fixed.changed.length, problemCount(reports))].join('\n') + '\n';
      // The report formats stay machine-readable: the fix's own line goes to stderr for them.
      if (format !== 'stylish') {
        io.stderr(fixLine);
        fixLine = '';
      }
    }
    const shown = quiet ? errorsOnly(reports) : reports;
    await out(CHECK_FORMATS[format](shown, output) + terminalSafe(fixLine));
    return exitCode(reports, unwritten);
  },
});
