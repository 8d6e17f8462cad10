import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { CODES, loadConfig } from '../../src/core/index';
import schema from '../../schemas/casedoc-config.schema.json' with { type: 'json' };
import { buildOnce, casedoc, casedocBinary } from '../cli';

const REPORT = (extra = '') => `---\ntype: case-report\ntitle: "Naboskab"\nauthors: [A]\nmunicipality: Odense\ncollaboration_type: co-creation\ngovernance_paradigm: new-public-governance\npower_balance: equal\nformat: short-format\nactors:\n  - {name: K, sector: municipality, roles: [funder]}\n  - {name: F, sector: civil-society-organisation, roles: [co-designer]}\n${extra}---\n\n# Naboskab\n`;
const RULES = JSON.stringify({ rules: [{ id: 'ANT-01', severity: 'warning', path: '/municipality', when: { properties: { report: { properties: { municipality: { const: 'Odense' } }, required: ['municipality'] } } }, message: { en: 'Odense case: check the 2022 reform.', da: 'Odense-case: tjek reformen fra 2022.' }, source: 'P' }] });

/** A folder holding these files (paths with `/`), removed afterwards; a `.git` marks it as the repository's root. */
function folder(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'casedoc-config-'));
  mkdirSync(join(dir, '.git'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}

describe('the configuration file (.casedoc.json / .casedoc.jsonc)', () => {
  const dirs: string[] = [];
  const make = (files: Record<string, string>) => {
    const d = folder(files);
    dirs.push(d);
    return d;
  };
  after(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

  it('reads JSON with comments and trailing commas, and says what is wrong and where, in both languages', () => {
    assert.deepEqual(loadConfig('{\n  // a team\'s choice\n  "severity": { "missing-section": "off" },\n  "maxFileSize": "1MB",\n}\n', 'en'), { ok: true, config: { severity: { 'missing-section': 'off' }, maxFileSize: 1024 * 1024 } });
    assert.deepEqual(loadConfig('{ "$schema": "./node_modules/casedoc/schemas/casedoc-config.schema.json" }', 'en'), { ok: true, config: {} });
    assert.deepEqual(loadConfig('{\n  "severty": {}\n}', 'en'), { ok: false, reason: "line 2, column 3: `severty` is not a setting of Casedoc's configuration (it has `include`, `exclude`, `severity`, `rules`, `schema`, `language`, `maxFileSize`)" });
    assert.deepEqual(loadConfig('{ "severity": { "missing-sektion": "off" } }', 'da'), { ok: false, reason: 'linje 1, kolonne 3: `severity` nævner `missing-sektion`, som ikke er en af Casedocs diagnostikkoder (de står i docs/diagnostics.md)' });
    assert.deepEqual(loadConfig('{ "rules": "mine.json" }', 'en'), { ok: false, reason: 'line 1, column 3: `rules` must be a list of text, e.g. ["chapters/**/*.md"]' });
    assert.deepEqual(loadConfig('{ "language": "de" }', 'en'), { ok: false, reason: 'line 1, column 3: `language` must be "auto", "en" or "da"' });
    assert.deepEqual(loadConfig('{ "include": ["a"\n', 'en'), { ok: false, reason: 'line 2, column 1: a closing ] is expected' });
    assert.deepEqual(loadConfig('[]', 'da'), { ok: false, reason: 'filen skal indeholde ét JSON-objekt, `{ … }`' });
  });

  it('ships a JSON Schema naming every diagnostic code, for completion in the editor', () => {
    assert.deepEqual(schema.properties.severity.propertyNames.enum, Object.keys(CODES).sort());
    assert.deepEqual(Object.keys(schema.properties).filter((k) => k !== '$schema').sort(), ['exclude', 'include', 'language', 'maxFileSize', 'rules', 'schema', 'severity']);
  });

  it('applies the nearest file above each report: severity, rules, include, exclude and language', async () => {
    const dir = make({
      '.casedoc.jsonc': '{\n  // the anthology\'s choices\n  "severity": { "missing-section": "off", "unknown-key": "warning" },\n  "rules": ["rules/odense.json"],\n  "include": ["kapitler/*.md"],\n  "exclude": ["kladder/**"],\n  "language": "da",\n}\n',
      'rules/odense.json': RULES,
      'kapitler/01.md': REPORT('x_note: ok\nextra_key: 1\n'),
      'kapitler/02.md': '# A chapter without frontmatter\n',
      'kladder/03.md': REPORT(),
      'andet/.casedoc.json': '{ "language": "en" }',
      'andet/04.md': REPORT(),
    });
    const { code, stdout } = await casedoc(['check', '--format', 'json', '.'], dir, { CASEDOC_WORKERS: '0' });
    assert.equal(code, 1, 'kapitler/02.md is a case report by include, without frontmatter: an error');
    const out = JSON.parse(stdout);
    assert.deepEqual(out.files.map((f: { file: string }) => f.file), ['andet/04.md', 'kapitler/01.md', 'kapitler/02.md'], 'kladder/ is excluded');
    const [other, first, second] = out.files;
    // The run's language is the configuration's where casedoc runs (da); codes and data are the same.
    assert.equal(first.diagnostics.find((d: { code: string }) => d.code === 'unknown-key').severity, 'warning');
    assert.ok(!first.diagnostics.some((d: { code: string }) => d.code === 'missing-section'), 'missing-section is off');
    assert.deepEqual(first.attentionPoints.find((p: { id: string }) => p.id === 'ANT-01').message, 'Odense-case: tjek reformen fra 2022.');
    assert.equal(second.diagnostics[0].code, 'missing-frontmatter');
    // andet/ has a file of its own: none of the root's choices apply there.
    assert.ok(other.diagnostics.some((d: { code: string }) => d.code === 'missing-section'));
    assert.ok(!other.attentionPoints.some((p: { id: string }) => p.id === 'ANT-01'));
  });

  it('is chosen with --config, left out with --no-config, and the command line wins', async () => {
    const dir = make({ '.casedoc.json': '{ "severity": { "missing-section": "off" }, "language": "da" }', 'other.json': '{ "severity": { "missing-section": "error" } }', 'a.md': REPORT() });
    const codes = async (args: string[]) => JSON.parse((await casedoc(['check', '--format', 'json', ...args, 'a.md'], dir, { CASEDOC_WORKERS: '0' })).stdout).files[0].diagnostics
      .filter((d: { code: string }) => d.code === 'missing-section').map((d: { severity: string }) => d.severity);
    assert.deepEqual(await codes([]), []);
    assert.ok((await codes(['--no-config'])).every((s: string) => s === 'information') && (await codes(['--no-config'])).length > 0);
    assert.ok((await codes(['--config', 'other.json'])).every((s: string) => s === 'error'));
    assert.match((await casedoc(['check', 'a.md', '--lang', 'en'], dir, { CASEDOC_WORKERS: '0' })).stdout, /^Checked 1 file/m, '--lang beats the file');
  });

  it('stops the run with one line naming the file and the line when the file cannot be used', async () => {
    const dir = make({ '.casedoc.jsonc': '{\n  "severity": { "missing-section": "of" }\n}', 'a.md': REPORT(), 'r.json': '{' });
    const run = await casedoc(['check', 'a.md'], dir);
    assert.equal(run.code, 2);
    assert.equal(run.stderr, 'casedoc: the configuration file .casedoc.jsonc cannot be used: line 2, column 3: `severity.missing-section` must be "error", "warning", "information", "hint" or "off" (casedoc --help)\n');
    const rules = await casedoc(['check', '--config', 'c.json', 'a.md'], make({ 'c.json': '{ "rules": ["missing.json"] }', 'a.md': REPORT() }));
    assert.equal(rules.stderr, 'casedoc: cannot read the rules file missing.json (casedoc --help)\n');
    assert.equal((await casedoc(['check', '--config', 'nowhere.json', 'a.md'], dir)).stderr, 'casedoc: cannot read the configuration file nowhere.json (casedoc --help)\n');
  });

  it('gives worker threads the same configuration as the main thread', () => {
    buildOnce();
    const files: Record<string, string> = { '.casedoc.json': '{ "severity": { "missing-section": "off" }, "rules": ["r.json"] }', 'r.json': RULES };
    for (let i = 0; i < 40; i++) files[`c${i}.md`] = REPORT();
    const dir = make(files);
    const one = casedocBinary(['check', '--format', 'json', '.'], dir, { CASEDOC_WORKERS: '0' });
    const four = casedocBinary(['check', '--format', 'json', '.'], dir, { CASEDOC_WORKERS: '3' });
    assert.equal(four.stdout, one.stdout);
    const out = JSON.parse(one.stdout);
    assert.ok(out.files.every((f: { attentionPoints: { id: string }[]; diagnostics: { code: string }[] }) => f.attentionPoints.some((p) => p.id === 'ANT-01') && !f.diagnostics.some((d) => d.code === 'missing-section')));
  });
});
