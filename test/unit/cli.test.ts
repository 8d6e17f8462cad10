import assert from 'node:assert/strict';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { readText } from '../../src/cli/files';
import { physicalCores, workerCount } from '../../src/cli/parallel';
import { csvCell } from '../../src/core/index';
import { ROOT } from '../helpers';
import { buildOnce, casedoc, casedocBinary } from '../cli';

function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'casedoc-cli-'));
}

const CLEAN = ['01-faellesskabshuset.md', '02-ungeliv-designsprint.md', '03-homework-cafe-partnership.md', '04-besoegsvenner.md', '05-association-grants.md', '09-naboskab-i-vest.md', '10-brugerraad-bostoette.md'];

describe('the casedoc CLI', function () {
  this.timeout(60000);

  it('check --format json prints the documented contract for the example anthology', async () => {
    const { code, stdout } = await casedoc(['check', 'examples/anthology', '--format', 'json']);
    assert.equal(code, 1, 'the anthology has reports with errors');
    const out = JSON.parse(stdout);
    assert.equal(out.version, 1);
    assert.equal(out.files.length, 12);
    for (const f of out.files) {
      assert.deepEqual(Object.keys(f).sort(), ['attentionPoints', 'classification', 'diagnostics', 'file', 'isCaseReport']);
      for (const d of f.diagnostics) {
        for (const k of ['code', 'severity', 'message', 'range', 'path', 'documentation']) assert.ok(k in d, k);
        assert.ok(['error', 'warning', 'information', 'hint'].includes(d.severity));
        assert.equal(typeof d.range.start.line, 'number');
        assert.equal(typeof d.range.end.character, 'number');
        assert.ok(d.path === null || d.path.startsWith('/'));
      }
      for (const p of f.attentionPoints) for (const k of ['id', 'severity', 'message', 'source', 'path']) assert.ok(k in p, k);
    }
    const byName = new Map(out.files.map((f: { file: string }) => [f.file.split('/').pop(), f]));
    for (const name of CLEAN) {
      const f = byName.get(name) as { isCaseReport: boolean; diagnostics: { severity: string }[] };
      assert.equal(f.isCaseReport, true, name);
      assert.deepEqual(f.diagnostics.filter((d) => d.severity === 'error'), [], `${name} has no errors`);
    }
    const intro = byName.get('00-introduction.md') as { isCaseReport: boolean; diagnostics: unknown[] };
    assert.equal(intro.isCaseReport, false);
    assert.deepEqual(intro.diagnostics, []);
    const broken = byName.get('06-sundhedsmakkere.md') as { diagnostics: { code: string; data: { suggestion?: string } }[]; classification: { title: string } };
    assert.equal(broken.classification.title, 'Sundhedsmakkere i Nordvest');
    assert.equal(broken.diagnostics.find((d) => d.code === 'invalid-value')!.data.suggestion, 'co-production');
    assert.equal(out.summary.caseReports, 11);
    assert.equal(out.summary.files, 12);
  });

  it('exits 0 when there are no errors, and prints a readable summary line', async () => {
    const dir = tempDir();
    for (const f of CLEAN) cpSync(join(ROOT, 'examples/anthology', f), join(dir, f));
    const { code, stdout } = await casedoc(['check'], dir);
    assert.equal(code, 0, stdout);
    assert.match(stdout, /Checked 7 files, 7 case reports: no problems; 22 attention points\./);
  });

  it('speaks Danish with --lang da and from LANG', async () => {
    const a = await casedoc(['check', 'examples/anthology/06-sundhedsmakkere.md', '--lang', 'da']);
    assert.match(a.stdout, /er ikke en gyldig værdi for `collaboration_type`; mente du `co-production`/);
    assert.match(a.stdout, /fejl/);
    const b = await casedoc(['check', 'examples/anthology/06-sundhedsmakkere.md'], ROOT, { LANG: 'da_DK.UTF-8' });
    assert.match(b.stdout, /Ukendt nøgle `governance_paradgm`/);
  });

  it('says an attention point by its severity: warning or to consider (advarsel or til overvejelse), not as a problem', async () => {
    const en = (await casedoc(['check', 'examples/anthology/09-naboskab-i-vest.md'])).stdout;
    assert.match(en, /^ {2}12:1 {2}warning {6}Equality is claimed, yet the municipality alone initiates, funds and evaluates\. \(Espersen 2024\) {2}AP10$/m);
    assert.match(en, /^ {2}13:1 {2}to consider {2}The balance of power differs between phases.* {2}AP12$/m);
    const da = (await casedoc(['check', 'examples/anthology/09-naboskab-i-vest.md', '--lang', 'da'])).stdout;
    assert.match(da, /^ {2}12:1 {2}advarsel {9}Der angives ligeværdighed, men kommunen igangsætter, finansierer og evaluerer alene\. \(Espersen 2024\) {2}AP10$/m);
    assert.match(da, /^ {2}13:1 {2}til overvejelse {2}Magtbalancen skifter mellem faserne.* {2}AP12$/m);
    assert.doesNotMatch(en + da, /attention {2}|opmærksomhed {2}/);
  });

  it('exits 2 with a one-line message and no stack trace on wrong usage', async () => {
    for (const args of [['check', '--format', 'xml'], ['check', '--bogus'], ['frobnicate'], ['check', 'no/such/folder'], ['check', '--max-warnings', 'many'], ['check', '--schema', 'nope.json'], ['summary', '--format', 'stylish'], ['check', 'nothing-matches-*.md'], []]) {
      const { code, stderr, stdout } = await casedoc(args);
      assert.equal(code, 2, args.join(' '));
      assert.ok(!/\n\s+at /.test(stderr + stdout), `no stack trace for ${args.join(' ')}`);
      if (args.length) assert.equal(stderr.trim().split('\n').length, 1, stderr);
      if (args.length) assert.match(stderr, /^casedoc: /);
    }
  });

  it('says every usage error in one line in the chosen language, without Node\'s wording', async () => {
    const cases: [string[], string, string][] = [
      [['check', '--autofix'], 'unknown option --autofix', 'ukendt tilvalg --autofix'],
      [['check', '--format'], 'the option --format needs a value', 'tilvalget --format skal have en værdi'],
      [['check', '--help=yes'], 'the option --help takes no value', 'tilvalget --help tager ingen værdi'],
      [['frobnicate'], 'unknown command "frobnicate"; use check, summary, migrate, replace, import or export', 'ukendt kommando "frobnicate"; brug check, summary, migrate, replace, import eller export'],
      [['check', '--format', 'xml'], '--format must be one of stylish, json, sarif, github, not "xml"', '--format skal være en af stylish, json, sarif, github, ikke "xml"'],
      [['summary', '--format', 'sarif'], '--format must be one of md, csv, json, xlsx, not "sarif"', '--format skal være en af md, csv, json, xlsx, ikke "sarif"'],
      [['check', 'no/such/folder'], 'no such file or folder: no/such/folder', 'filen eller mappen findes ikke: no/such/folder'],
      [['check', 'nothing-*.md'], 'no files match nothing-*.md', 'ingen filer passer til nothing-*.md'],
      [['check', '--max-warnings', 'many'], '--max-warnings must be a whole number, not "many"', '--max-warnings skal være et helt tal, ikke "many"'],
      [['check', '--max-file-size', 'big'], '--max-file-size must be a size such as 5MB or 500KB, not "big"', '--max-file-size skal være en størrelse som 5MB eller 500KB, ikke "big"'],
      [['check', '--schema', 'nope.json'], 'cannot read the schema nope.json', 'skemaet nope.json kan ikke læses'],
      [['check', '--rules', 'nope.json'], 'cannot read the rules file nope.json', 'regelfilen nope.json kan ikke læses'],
      [['check', '--schema', 'package.json'], 'the schema package.json cannot be used: it is not a valid JSON Schema', 'skemaet package.json kan ikke bruges: det er ikke et gyldigt JSON Schema'],
      [['check', '--rules', 'package.json'], 'the rules file package.json cannot be used: it does not follow the attention-rules format',
        'regelfilen package.json kan ikke bruges: den følger ikke formatet for opmærksomhedsregler'],
    ];
    for (const [args, en, da] of cases) {
      const english = await casedoc(args);
      assert.equal(english.code, 2, args.join(' '));
      assert.ok(english.stderr.startsWith(`casedoc: ${en}`) && english.stderr.endsWith(' (casedoc --help)\n'), english.stderr);
      // --lang da after the mistake, as a user types it; and from LANG.
      for (const danish of [await casedoc([...args, '--lang', 'da']), await casedoc(args, ROOT, { LANG: 'da_DK.UTF-8' })]) {
        assert.ok(danish.stderr.startsWith(`casedoc: ${da}`), danish.stderr);
        assert.equal(danish.stderr.split('\n').length, 2, danish.stderr);
        assert.doesNotMatch(danish.stderr, /positional|Option '|argument/);
      }
    }
  });

  it('--max-warnings turns warnings into a failing exit', async () => {
    const dir = tempDir();
    const text = readFileSync(join(ROOT, 'examples/anthology/01-faellesskabshuset.md'), 'utf8').replace('end: 2023-06-30', 'end: 2018-06-30');
    writeFileSync(join(dir, 'r.md'), text);
    assert.equal((await casedoc(['check', 'r.md'], dir)).code, 0);
    assert.equal((await casedoc(['check', 'r.md', '--max-warnings', '1'], dir)).code, 0);
    const over = await casedoc(['check', 'r.md', '--max-warnings', '0'], dir);
    assert.equal(over.code, 1);
    assert.match(over.stderr, /Too many warnings \(1, at most 0 allowed\)/);
  });

  it('reports binary and too-large files and goes on with the rest', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'binary.md'), Buffer.from([0x2d, 0x2d, 0x2d, 0x0a, 0x00, 0xff, 0xfe, 0x00]));
    writeFileSync(join(dir, 'big.md'), '---\ntype: case-report\n---\n' + 'x'.repeat(3000));
    cpSync(join(ROOT, 'examples/anthology/06-sundhedsmakkere.md'), join(dir, 'z.md'));
    const { code, stdout } = await casedoc(['check', '--format', 'json', '--max-file-size', '2KB'], dir);
    const files = JSON.parse(stdout).files;
    assert.deepEqual(files.map((f: { file: string; skipped?: string }) => [f.file, f.skipped ?? null]), [['big.md', 'file-too-large'], ['binary.md', 'file-binary'], ['z.md', null]]);
    assert.match(files[0].diagnostics[0].message, /larger than 2 KB/);
    assert.ok(files[2].diagnostics.length > 3, 'the readable report is still checked');
    assert.equal(code, 1);
  });

  it('reports a file it cannot read instead of failing', async () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'folder.md'));
    assert.deepEqual(await readText(join(dir, 'folder.md'), 1e6), { ok: false, code: 'file-unreadable', reason: 'it is a folder' });
    assert.deepEqual(await readText(join(dir, 'gone.md'), 1e6), { ok: false, code: 'file-unreadable', reason: 'it does not exist' });
    assert.deepEqual(await readText(join(dir, 'folder.md'), 1e6, 'da'), { ok: false, code: 'file-unreadable', reason: 'det er en mappe' });
    assert.deepEqual(await readText(join(dir, 'gone.md'), 1e6, 'da'), { ok: false, code: 'file-unreadable', reason: 'den findes ikke' });
  });

  it('reads a report that is not valid UTF-8 and says so', async () => {
    const dir = tempDir();
    const text = readFileSync(join(ROOT, 'examples/anthology/01-faellesskabshuset.md'));
    writeFileSync(join(dir, 'latin1.md'), Buffer.concat([text, Buffer.from('\nK\xf8benhavn\n', 'latin1')]));
    const { stdout } = await casedoc(['check', '--format', 'json'], dir);
    const d = JSON.parse(stdout).files[0].diagnostics.find((x: { code: string }) => x.code === 'invalid-encoding');
    assert.ok(d, 'invalid-encoding reported');
    assert.equal(d.range.start.line, text.toString().split('\n').length);
  });

  it('follows $schema paths relative to the report and never fetches a URL', async () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'schemas'));
    mkdirSync(join(dir, 'chapters'));
    writeFileSync(join(dir, 'schemas/own.json'), JSON.stringify({ type: 'object', required: ['type', 'chapter_no'], properties: { chapter_no: { type: 'integer' } } }));
    writeFileSync(join(dir, 'chapters/a.md'), '---\ntype: case-report\n$schema: ../schemas/own.json\nchapter_no: two\n---\n# A\n\n## Attention points\n\n- x\n');
    writeFileSync(join(dir, 'chapters/b.md'), '---\ntype: case-report\n$schema: ..\\schemas\\own.json\nchapter_no: 2\n---\n# B\n\n## Attention points\n\n- x\n');
    writeFileSync(join(dir, 'chapters/c.md'), readFileSync(join(ROOT, 'examples/anthology/01-faellesskabshuset.md'), 'utf8').replace('type: case-report', 'type: case-report\n$schema: https://example.invalid/schema.json'));
    writeFileSync(join(dir, 'chapters/d.md'), '---\ntype: case-report\n$schema: ./missing.json\n---\n# D\n');
    const files = JSON.parse((await casedoc(['check', '--format', 'json'], dir)).stdout).files;
    const codes = (i: number) => files[i].diagnostics.filter((d: { code: string }) => !d.code.includes('section')).map((d: { code: string }) => d.code);
    assert.deepEqual(codes(0), ['wrong-type'], 'a.md is checked against its own schema');
    assert.deepEqual(codes(1), [], 'a Windows-style relative path works too');
    assert.deepEqual(codes(2), ['schema-url'], 'a URL is reported, the built-in schema used');
    assert.deepEqual(codes(3), ['schema-unusable']);
    assert.match(files[3].diagnostics.find((d: { code: string }) => d.code === 'schema-unusable').message, /does not exist/);
  });

  it('--include makes matching files case reports; --schema and --rules apply to every report', async () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'cases'));
    writeFileSync(join(dir, 'cases/untyped.md'), '---\ntitle: Untyped\n---\n# Untyped\n');
    writeFileSync(join(dir, 'notes.md'), '# Notes\n');
    const inc = JSON.parse((await casedoc(['check', '--format', 'json', '--include', 'cases/**'], dir)).stdout).files;
    assert.deepEqual(inc.map((f: { file: string; isCaseReport: boolean }) => [f.file, f.isCaseReport]), [['cases/untyped.md', true], ['notes.md', false]]);
    assert.ok(inc[0].diagnostics.some((d: { code: string; data: { key: string } }) => d.code === 'missing-key' && d.data.key === 'collaboration_type'));

    writeFileSync(join(dir, 'rules.json'), JSON.stringify({ rules: [{ id: 'OWN-1', severity: 'warning', path: '/title', when: true, message: { en: 'Own rule.', da: 'Egen regel.' }, source: 'P' }] }));
    const ruled = JSON.parse((await casedoc(['check', 'cases', '--format', 'json', '--include', 'cases/**', '--rules', 'rules.json'], dir)).stdout).files;
    assert.ok(ruled[0].attentionPoints.some((p: { id: string }) => p.id === 'OWN-1'));

    writeFileSync(join(dir, 'broken-schema.json'), '{"type": 5}');
    const bad = await casedoc(['check', '--schema', 'broken-schema.json'], dir);
    assert.equal(bad.code, 2);
    assert.match(bad.stderr, /the schema broken-schema.json cannot be used: it is not a valid JSON Schema/);
  });

  it('--format sarif writes SARIF 2.1.0 with 1-based UTF-16 regions', async () => {
    const { stdout } = await casedoc(['check', 'examples/anthology/06-sundhedsmakkere.md', '--format', 'sarif']);
    const log = JSON.parse(stdout);
    assert.equal(log.version, '2.1.0');
    const run0 = log.runs[0];
    assert.equal(run0.tool.driver.name, 'casedoc');
    assert.equal(run0.columnKind, 'utf16CodeUnits');
    const r = run0.results.find((x: { ruleId: string }) => x.ruleId === 'invalid-value');
    assert.equal(r.level, 'error');
    assert.deepEqual(r.locations[0].physicalLocation.region, { startLine: 8, startColumn: 21, endLine: 8, endColumn: 34 });
    assert.equal(r.locations[0].physicalLocation.artifactLocation.uri, 'examples/anthology/06-sundhedsmakkere.md');
    assert.equal(run0.tool.driver.rules[r.ruleIndex].id, 'invalid-value');
    assert.match(run0.tool.driver.rules[r.ruleIndex].helpUri, /diagnostics\.md#invalid-value$/);
    // Each rule's help text is its section of docs/diagnostics.md.
    assert.match(run0.tool.driver.rules[r.ruleIndex].help.text, /^The value is not in the vocabulary\. The message suggests the closest id/);
    // Attention points are results at level note, with the rule's general wording as help.
    const ap10 = run0.results.find((x: { ruleId: string }) => x.ruleId === 'AP10');
    assert.equal(ap10.level, 'note');
    assert.equal(ap10.message.text, 'Equality is claimed, yet the municipality alone initiates, funds and evaluates. (Espersen 2024)');
    assert.deepEqual(ap10.locations[0].physicalLocation.region, { startLine: 10, startColumn: 1, endLine: 10, endColumn: 14 });
    assert.equal(run0.tool.driver.rules[ap10.ruleIndex].id, 'AP10');
    assert.equal(run0.tool.driver.rules[ap10.ruleIndex].help.text, 'Equality is claimed, yet the municipality alone initiates, funds or evaluates. Source: Espersen 2024.');
    assert.equal(run0.results.length, 11 + 4);
  });

  it('summary tabulates the anthology with the type × paradigm cross-table', async () => {
    const json = JSON.parse((await casedoc(['summary', 'examples/anthology', '--format', 'json'])).stdout);
    assert.equal(json.cases.length, 11);
    const c = json.crossTable.counts;
    assert.equal(c['co-production']['new-public-governance'], 3);
    assert.equal(c['partnership']['new-public-management'], 1);
    assert.equal(c['partnership']['new-public-governance'], 1);
    assert.equal(c['co-creation']['hybrid'], 1);
    assert.equal(c['co-creation']['new-public-management'], 1);
    assert.equal(c['voluntary-social-cooperation']['traditional-public-administration'], 1);
    assert.equal(c['associational-support']['traditional-public-administration'], 1);
    assert.equal(c['user-involvement']['new-public-management'], 1);
    assert.equal(c['(none)']['(none)'], 1, 'the report with a wrong type and no paradigm is counted apart');
    const total = Object.values(c as Record<string, Record<string, number>>).flatMap((r) => Object.values(r)).reduce((a, b) => a + b, 0);
    assert.equal(total, 11);

    const md = (await casedoc(['summary', 'examples/anthology'])).stdout;
    assert.match(md, /\| Fællesskabshuset \| A\. Nielsen \| Roskilde \| Co-production \| New Public Governance \(NPG\) \| Temporary municipal dominance \| 0 \| 0 \| AP12, AP19, AP20, AP23 \|/);
    assert.match(md, /\| Co-production \| 0 \| 0 \| 3 \| 0 \| 0 \| 3 \|/);
    const da = (await casedoc(['summary', 'examples/anthology', '--lang', 'da'])).stdout;
    assert.match(da, /## Samarbejdsform × styringsparadigme/);
    assert.match(da, /\| Samproduktion \| 0 \| 0 \| 3 \| 0 \| 0 \| 3 \|/);

    const csv = (await casedoc(['summary', 'examples/anthology', '--format', 'csv'])).stdout;
    const lines = csv.trimEnd().split('\r\n');
    // A byte-order mark first, as the overview's export: a spreadsheet reads æ, ø and å as UTF-8.
    assert.equal(lines[0], '\uFEFFfile,title,authors,municipality,policy_area,collaboration_type,self_label,governance_paradigm,power_balance,format,status,period_start,period_end,chapter,errors,warnings,attention_points');
    // Every column, whatever the overview shows: lists joined by '; ', a period in two columns, an open end empty.
    assert.ok(lines.includes('examples/anthology/10-brugerraad-bostoette.md,Brugerrådet i bostøtten,L. Holm,Aalborg,disability; mental-health,user-involvement,brugerinddragelse,new-public-management,full-municipal-dominance,continuous,ongoing,2021-09-01,,,0,0,AP09'), csv);
    assert.ok(lines.some((l) => l.startsWith('examples/anthology/03-homework-cafe-partnership.md,') && l.includes(',time-limited-project,,2020-08-01,2023-07-31,4,')), csv);
    assert.equal(lines.length, 12);
    // Danish Excel opens a semicolon-separated file directly; a cell holding a semicolon is quoted.
    const semi = (await casedoc(['summary', 'examples/anthology', '--format', 'csv', '--delimiter', 'semicolon'])).stdout.split('\r\n');
    assert.equal(semi[0], '\uFEFFfile;title;authors;municipality;policy_area;collaboration_type;self_label;governance_paradigm;power_balance;format;status;period_start;period_end;chapter;errors;warnings;attention_points');
    assert.ok(semi.includes('examples/anthology/10-brugerraad-bostoette.md;Brugerrådet i bostøtten;L. Holm;Aalborg;"disability; mental-health";user-involvement;brugerinddragelse;new-public-management;full-municipal-dominance;continuous;ongoing;2021-09-01;;;0;0;AP09'));
    assert.equal((await casedoc(['summary', '--delimiter', 'tab', 'examples/anthology'])).stderr, 'casedoc: --delimiter must be one of comma, semicolon, not "tab" (casedoc --help)\n');
    const cross = (await casedoc(['summary', 'examples/anthology', '--format', 'csv', '--table', 'crosstab'])).stdout.trimEnd().split('\r\n');
    assert.equal(cross[0], '\uFEFFcollaboration_type,traditional-public-administration,new-public-management,new-public-governance,hybrid,(none)');
  });

  it('quotes CSV cells and defuses spreadsheet formulas', () => {
    assert.equal(csvCell('plain'), 'plain');
    assert.equal(csvCell('a, "b"'), '"a, ""b"""');
    assert.equal(csvCell('=HYPERLINK("x")'), `"'=HYPERLINK(""x"")"`);
    assert.equal(csvCell('@cmd'), "'@cmd");
  });

  describe('the built binary, rebuilt from the source first', () => {
    before(function () {
      this.timeout(120_000);
      buildOnce();
    });

    it('runs as a user runs it, with the same output as in process', async () => {
      const built = casedocBinary(['check', 'examples/anthology', '--format', 'json']);
      const inProcess = await casedoc(['check', 'examples/anthology', '--format', 'json']);
      assert.equal(built.code, 1, built.stderr);
      assert.equal(built.stdout, inProcess.stdout);
      assert.equal(casedocBinary(['--version']).stdout, `${JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version}\n`);
    });

    it('keeps the engine out of the CLI\'s light part (dist/cli.js), which a cached run and --help load alone', () => {
      const light = readFileSync(join(ROOT, 'dist/cli.js'), 'utf8');
      // The built-in schema is the engine's: a light part that holds it has bundled the engine.
      assert.ok(readFileSync(join(ROOT, 'dist/engine.cjs'), 'utf8').includes('casedoc.dev/schemas/case-report'));
      assert.ok(!light.includes('casedoc.dev/schemas/case-report'), 'dist/cli.js bundles the engine (an import of core/index in the light part?)');
      assert.ok(light.length < 200_000, `dist/cli.js is ${light.length} bytes`);
    });

    it('checks an anthology on worker threads with the same result as on one thread', () => {
      assert.ok(existsSync(join(ROOT, 'dist/cliWorker.js')), 'the worker bundle is built next to the CLI');
      const dir = tempDir();
      const examples = join(ROOT, 'examples/anthology');
      // 80 files: past the point where workers start, mixing valid, broken and unreadable reports.
      const names = ['01-faellesskabshuset.md', '06-sundhedsmakkere.md', '07-job-mentor-network.md', '00-introduction.md'];
      for (let i = 0; i < 80; i++) cpSync(join(examples, names[i % names.length]), join(dir, `case-${String(i).padStart(3, '0')}.md`));
      writeFileSync(join(dir, 'case-999.md'), Buffer.from([0xff, 0x00, 0x01]));
      const one = casedocBinary(['check', '.', '--format', 'json'], dir, { CASEDOC_WORKERS: '0' });
      const two = casedocBinary(['check', '.', '--format', 'json'], dir, { CASEDOC_WORKERS: '2' });
      assert.equal(two.stdout, one.stdout);
      assert.equal(JSON.parse(two.stdout).files.length, 81);
      const summaryOne = casedocBinary(['summary', '.', '--format', 'csv'], dir, { CASEDOC_WORKERS: '0' });
      const summaryTwo = casedocBinary(['summary', '.', '--format', 'csv'], dir, { CASEDOC_WORKERS: '2' });
      assert.equal(summaryTwo.stdout, summaryOne.stdout);
    });
  });

  it('starts workers only for a large anthology on a machine of four or more physical cores, unless told', () => {
    assert.equal(workerCount(1000, undefined, 2), 0, 'two cores: one thread is faster');
    assert.equal(workerCount(1000, undefined, 3), 0);
    assert.equal(workerCount(1000, undefined, 4), 4);
    assert.equal(workerCount(1000, undefined, 32), 8);
    assert.equal(workerCount(63, undefined, 16), 0, 'a small anthology: start-up costs more');
    assert.equal(workerCount(1000, '2', 1), 2, 'CASEDOC_WORKERS decides');
    assert.equal(workerCount(20, '4', 16), 2, 'never more workers than batches');
    const cores = physicalCores();
    assert.ok(Number.isInteger(cores) && cores >= 1 && cores <= availableParallelism(), String(cores));
  });
});
