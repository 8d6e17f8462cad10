import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadRules } from '../../src/core/attention/rules';
import { loadSchema } from '../../src/core/schema/compile';
import { fieldAt } from '../../src/core/schema/vocabulary';
import { boundedRegExp, toRe2 } from '../../src/core/text/regex';
import { buildOnce } from '../cli';
import { ROOT } from '../helpers';

// Patterns from files a user did not write run on the linear-time engine (src/core/text/regex.ts);
// what it cannot run is refused with the pattern named; a file that is not JSON is said to be so by
// line and column, never by its words.

const EVIL = '^(a+)+$';
const VALUE = `${'a'.repeat(34)}!`;
const schemaWith = (pattern: string) => JSON.stringify({ type: 'object', properties: { title: { type: 'string', pattern } } });
const rulesWith = (pattern: string) => JSON.stringify({
  rules: [{ id: 'MY-01', severity: 'warning', path: '/title', source: 'test', message: { en: 'Odd title', da: 'Underlig titel' },
    when: { properties: { report: { properties: { title: { type: 'string', pattern } }, required: ['title'] } } } }],
});

describe('bounded patterns: a custom schema\'s and a rules file\'s patterns', () => {
  it('a schema pattern is run in linear time, with ECMA-262\'s meaning', () => {
    const load = loadSchema(schemaWith(EVIL));
    assert.ok(load.ok);
    assert.equal(load.schema.validate({ title: VALUE }), false);
    assert.equal(load.schema.validate({ title: 'aaa' }), true);
  });

  it('a rule condition\'s pattern too', () => {
    const load = loadRules(rulesWith(EVIL));
    assert.ok(load.ok);
    assert.equal(load.rules[0].test({ report: { title: VALUE }, facts: {} }), false);
    assert.equal(load.rules[0].test({ report: { title: 'aa' }, facts: {} }), true);
  });

  it('patternProperties looked up for hovers and completion run on the same engine', () => {
    const schema = { type: 'object', patternProperties: { [EVIL]: { title: 'A run of a' } } };
    assert.equal(fieldAt(schema, [VALUE]).title, null);
    assert.equal(fieldAt(schema, ['aaa']).title, 'A run of a');
  });

  it('keeps ECMA-262\'s meaning where RE2\'s differs', () => {
    const cases: [string, string, boolean][] = [
      ['^.$', '\r', false], ['^.$', '\u2028', false], ['^.$', 'é', true], ['^\\s$', '\u00a0', true], ['^\\s$', '\v', true],
      ['^\\S$', '\u00a0', false], ['^[\\s\\S]$', '\n', true], ['^[]$', 'a', false], ['^[^]$', '\n', true], ['^\\p{Letter}+$', 'Ærø', true],
      ['^\\u00e1$', 'á', true], ['^\\ud83d\\ude00$', '😀', true], ['^[[:a]+$', ':a[', true], ['^\\0$', '\0', true], ['^[\\b]$', '\b', true],
      ['^\\p{Script=Greek}+$', 'αβ', true], ['^(?<year>\\d{4})$', '2026', true], ['^\\w+$', 'æ', false], ['a+', 'xaax', true],
    ];
    for (const [pattern, text, expected] of cases) {
      assert.equal(new RegExp(pattern, 'u').test(text), expected, `native ${pattern}`);
      assert.equal(boundedRegExp(pattern).test(text), expected, `${pattern} (${toRe2(pattern)}) on ${JSON.stringify(text)}`);
    }
  });

  it('refuses a pattern it cannot run in linear time, naming it, in English and Danish', () => {
    assert.deepEqual(loadSchema(schemaWith('^(a)\\1$')), { ok: false, reason: 'its pattern "^(a)\\\\1$" uses a backreference (\\1, \\k<name>), which Casedoc does not run: it runs patterns in time linear in the value, so that no value can stall a check (JSON Schema recommends patterns without backreferences and lookaround)' });
    assert.deepEqual(loadSchema(schemaWith('^(?!draft)'), 'da'), { ok: false, reason: 'dets mønster "^(?!draft)" stiller krav til teksten før eller efter ((?=, (?!, (?<=, (?<!), og det kører Casedoc ikke: mønstre køres i en tid, der vokser lineært med værdien, så ingen værdi kan få en kontrol til at gå i stå (JSON Schema anbefaler mønstre uden tilbagehenvisninger og krav til teksten omkring)' });
    const big = loadSchema(JSON.stringify({ patternProperties: { 'x{2000}': {} } }));
    assert.ok(!big.ok && big.reason.startsWith('its pattern "x{2000}" uses what the linear-time engine does not have (invalid repeat count: `{2000}`), which Casedoc does not run'), JSON.stringify(big));
    const rules = loadRules(rulesWith('(?<=a)b'));
    assert.ok(!rules.ok && rules.reason.startsWith('in the condition of rule MY-01, its pattern "(?<=a)b" uses a lookahead or lookbehind'), JSON.stringify(rules));
    const invalid = loadRules(rulesWith('(a'), 'da');
    assert.deepEqual(invalid, { ok: false, reason: 'i betingelsen i regel MY-01: dets mønster "(a" er ikke et gyldigt regulært udtryk (ECMA-262, som JSON Schema læser det)' });
  });

  it('the built-in schema\'s text, used as a custom schema, compiles on the linear-time engine', () => {
    const text = spawnSync('git', ['show', 'HEAD:schemas/case-report.schema.json'], { cwd: ROOT, encoding: 'utf8' }).stdout;
    assert.equal(loadSchema(text).ok, true);
  });
});

describe('no file content in messages about a file that is not JSON', () => {
  const passwd = 'root:x:0:0:root:/root:/bin/bash\ndaemon:x:1:1::/usr/sbin:/usr/sbin/nologin\n';
  it('a schema: where it fails, not what it says', () => {
    assert.deepEqual(loadSchema(passwd), { ok: false, reason: 'it is not valid JSON (line 1, column 1)' });
    assert.deepEqual(loadSchema('{"title": "x",\n  "secret": hunter2}', 'da'), { ok: false, reason: 'det er ikke gyldig JSON (linje 2, kolonne 13)' });
  });
  it('a rules file likewise', () => {
    assert.deepEqual(loadRules(passwd), { ok: false, reason: 'it is not valid JSON (line 1, column 1)' });
    assert.deepEqual(loadRules('{"rules": [\n\n  secret]}', 'da'), { ok: false, reason: 'den er ikke gyldig JSON (linje 3, kolonne 3)' });
  });
});

describe('bounded patterns and globs: the built CLI finishes on hostile input', function () {
  this.timeout(120_000);
  let dir: string;
  before(() => {
    buildOnce();
    dir = mkdtempSync(join(tmpdir(), 'casedoc-bounded-'));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  /** The built CLI with a small heap, killed after 20 s. */
  const run = (args: string[]) => {
    const r = spawnSync(process.execPath, ['--max-old-space-size=256', join(ROOT, 'bin/casedoc.js'), ...args], {
      cwd: dir, encoding: 'utf8', timeout: 20_000, env: { PATH: process.env.PATH!, CASEDOC_WORKERS: '0' },
    });
    assert.equal(r.signal, null, `killed after 20 s: ${r.stderr}`);
    return { code: r.status, stdout: r.stdout, stderr: r.stderr };
  };

  it('a custom schema with ^(a+)+$ and a value of 34 a\'s and !', () => {
    writeFileSync(join(dir, 'schema.json'), schemaWith(EVIL));
    writeFileSync(join(dir, 'report.md'), `---\ntitle: ${VALUE}\n---\n\n# Case\n`);
    const r = run(['check', 'report.md', '--schema', 'schema.json', '--include', '**', '--format', 'json', '--no-config']);
    const codes = (JSON.parse(r.stdout) as { files: { diagnostics: { code: string; message: string }[] }[] }).files[0].diagnostics;
    assert.ok(codes.some((d) => d.code === 'invalid-value' || d.code === 'schema-violation'), JSON.stringify(codes));
  });

  it('a rules file with ^(a+)+$ in a condition', () => {
    writeFileSync(join(dir, 'rules.json'), rulesWith(EVIL.replace('+$', '+b$')));
    writeFileSync(join(dir, 'report.md'), `---\ntitle: ${VALUE}\n---\n\n# Case\n`);
    const r = run(['check', 'report.md', '--rules', 'rules.json', '--include', '**', '--format', 'json', '--no-config']);
    assert.notEqual(r.code, 2, r.stderr);
    assert.ok(JSON.parse(r.stdout).files.length === 1);
  });

  it('a .casedoc.jsonc whose exclude glob would backtrack, and a report with a 200-character name', () => {
    const sub = mkdtempSync(join(dir, 'glob-'));
    writeFileSync(join(sub, '.casedoc.jsonc'), '{ "exclude": ["**/*a*a*a*a*a*a*a*a*b.md"] }');
    const name = `${'a'.repeat(197)}.md`;
    writeFileSync(join(sub, name), '---\ntitle: x\n---\n\n# Case\n');
    const r = run(['check', sub, '--include', '**', '--format', 'json']);
    const files = (JSON.parse(r.stdout) as { files: { file: string }[] }).files;
    assert.deepEqual(files.map((f) => f.file.split('/').pop()), [name]);
  });

  it('$schema naming a file that is not JSON: where, not what', () => {
    writeFileSync(join(dir, 'passwd'), 'root:x:0:0:root:/root:/bin/bash\n');
    writeFileSync(join(dir, 'report.md'), '---\n$schema: ./passwd\ntitle: x\n---\n\n# Case\n');
    const r = run(['check', 'report.md', '--include', '**', '--format', 'json', '--no-config']);
    assert.ok(r.stdout, r.stderr);
    const d = (JSON.parse(r.stdout) as { files: { diagnostics: { code: string; message: string }[] }[] }).files[0].diagnostics.find((x) => x.code === 'schema-unusable');
    assert.ok(d, r.stdout);
    assert.match(d.message, /it is not valid JSON \(line 1, column 1\)/);
    assert.doesNotMatch(d.message, /root/);
  });
});
