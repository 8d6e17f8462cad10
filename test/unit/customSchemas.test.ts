import assert from 'node:assert/strict';
import { casedocWith } from '../cli';
import { checkReport, loadSchema, parseReport, type Lang } from '../../src/core/index';

// Custom schemas that once crashed the check or garbled its message (issue 13, findings 4 and 5).

function schemaProblems(schema: string, frontmatter: string, lang: Lang = 'en') {
  const load = loadSchema(schema);
  assert.ok(load.ok, `the schema loads: ${load.ok ? '' : load.reason}`);
  const result = checkReport(parseReport(`---\n${frontmatter}---\n\n# Case\n`), { lang, schema: { load, label: 's.json' }, forceCaseReport: true });
  return result.diagnostics.filter((d) => !d.code.includes('section')).map((d) => [d.code, d.message, d.range.start.line, d.range.start.character, d.range.end.character]);
}

const cli = (args: string[], files: Record<string, string>) => casedocWith(files, args);

describe('custom schemas the check once crashed on', () => {
  it('a const that is not text names the allowed value', () => {
    assert.deepEqual(schemaProblems('{"properties":{"level":{"const":2}}}', 'level: 3\n'),
      [['invalid-value', '`3` is not a valid value for `level`. Allowed: 2.', 1, 7, 8]]);
  });

  it('an enum of numbers names its values, in English and Danish', () => {
    assert.deepEqual(schemaProblems('{"properties":{"level":{"enum":[1,2,3]}}}', 'level: 7\n'),
      [['invalid-value', '`7` is not a valid value for `level`. Allowed: 1, 2, 3.', 1, 7, 8]]);
    assert.deepEqual(schemaProblems('{"properties":{"level":{"enum":[1,2,3]}}}', 'level: 7\n', 'da'),
      [['invalid-value', '`7` er ikke en gyldig værdi for `level`. Tilladt: 1, 2, 3.', 1, 7, 8]]);
  });

  it('a boolean subschema beside an unknown key', () => {
    const [[code, , line, from, to]] = schemaProblems('{"properties":{"foo":true},"additionalProperties":false}', 'bar: 2\n');
    assert.deepEqual([code, line, from, to], ['unknown-key', 1, 0, 3]);
  });

  it('anyOf branches without a type are a violation, not "should be , not …"', () => {
    assert.deepEqual(schemaProblems('{"properties":{"n":{"anyOf":[{"minimum":5},{"maximum":1}]}}}', 'n: 3\n'),
      [['schema-violation', '`n` does not follow the schema: must match a schema in anyOf.', 1, 3, 4]]);
  });

  it('a failing schema at the root is said of the frontmatter', () => {
    assert.deepEqual(schemaProblems('{"not":{"required":["a"]}}', 'a: 1\n', 'da'),
      [['schema-violation', 'Frontmatter følger ikke skemaet: must NOT be valid.', 1, 0, 4]]);
  });

  it('a validation that never ends is reported on the report, not thrown', () => {
    // Ajv cannot see this cycle when it compiles: each call recurses into itself.
    const schema = '{"$dynamicAnchor":"a","$ref":"#/$defs/x","$defs":{"x":{"$dynamicRef":"#a"}}}';
    const load = loadSchema(schema);
    if (!load.ok) return assert.fail(load.reason);
    const result = checkReport(parseReport('---\n$schema: ./s.json\na: 1\n---\n'), { schema: { load, label: './s.json' }, forceCaseReport: true });
    const unusable = result.diagnostics.find((d) => d.code === 'schema-unusable');
    assert.equal(unusable?.message, 'The schema `./s.json` cannot be used: checking a report against it never ends (its $ref or $dynamicRef leads back to itself).');
    assert.deepEqual(unusable?.range, { start: { line: 1, character: 9 }, end: { line: 1, character: 17 } });
  });

  it('casedoc check --schema takes the boolean schemas of draft 2020-12', async () => {
    const report = '---\nlevel: 3\n---\n\n# Case\n';
    const accepted = await cli(['check', 'r.md', '--schema', 'true.json', '--include', '*.md', '--format', 'json'], { 'true.json': 'true', 'r.md': report });
    assert.equal(accepted.code, 0, accepted.stderr);
    const refused = await cli(['check', 'r.md', '--schema', 'false.json', '--include', '*.md', '--format', 'json'], { 'false.json': 'false', 'r.md': report });
    assert.equal(refused.code, 1, refused.stderr);
    const codes = JSON.parse(refused.stdout).files[0].diagnostics.map((d: { code: string; message: string }) => `${d.code}: ${d.message}`);
    assert.ok(codes.includes('schema-violation: The frontmatter does not follow the schema: boolean schema is false.'), codes.join('\n'));
    const notSchema = await cli(['check', 'r.md', '--schema', 'n.json'], { 'n.json': '42', 'r.md': report });
    assert.equal(notSchema.code, 2);
    assert.equal(notSchema.stderr, 'casedoc: the schema n.json cannot be used: it is neither a JSON object nor true or false (casedoc --help)\n');
  });
});
