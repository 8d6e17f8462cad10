import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { builtinSchema, BUILTIN_SCHEMA_ID, checkReport, fieldAt, loadSchema, parseReport, propertiesAt, type JsonSchema } from '../../src/core/index';
import { check, report, ROOT } from '../helpers';

const schemaText = readFileSync(`${ROOT}/schemas/case-report.schema.json`, 'utf8');
const frontmatterCodes = (text: string) => check(text).diagnostics.filter((d) => !/section/.test(d.code));

/** Every object schema with `properties`, with the data path to it. */
function walk(schema: JsonSchema, path: string[] = []): [string[], JsonSchema][] {
  const s = fieldAt(builtinSchema().json, path).schemas;
  const out: [string[], JsonSchema][] = [];
  for (const sub of s) {
    if (sub.properties) {
      out.push([path, sub]);
      for (const key of Object.keys(sub.properties as object)) out.push(...walk(schema, [...path, key]));
    }
    if (sub.type === 'array' && sub.items) out.push(...walk(schema, [...path, '0']));
  }
  return out;
}

describe('the case-report schema', () => {
  it('is JSON Schema 2020-12 with a stable $id', () => {
    const json = JSON.parse(schemaText);
    assert.equal(json.$schema, 'https://json-schema.org/draft/2020-12/schema');
    assert.equal(json.$id, 'https://casedoc.dev/schemas/case-report/v2.json');
    assert.equal(BUILTIN_SCHEMA_ID, json.$id);
    assert.ok(loadSchema(schemaText).ok);
  });

  it('validates the issue\'s reference frontmatter clean', () => {
    const r = check(report());
    assert.equal(r.isCaseReport, true);
    assert.deepEqual(r.diagnostics, []);
  });

  it('requires exactly type, title, collaboration_type, governance_paradigm, power_balance and actors', () => {
    assert.deepEqual(JSON.parse(schemaText).required, ['type', 'title', 'collaboration_type', 'governance_paradigm', 'power_balance', 'actors']);
    const actors = fieldAt(builtinSchema().json, ['actors']).schemas[0];
    assert.equal(actors.minItems, 1);
    assert.deepEqual((fieldAt(builtinSchema().json, ['actors', '0']).schemas[0] as { required: string[] }).required, ['name', 'sector']);
  });

  it('uses the field names and value ids of vocabulary v2 (docs/vocabulary.md; deprecated values last)', () => {
    const ids = (path: string[]) => fieldAt(builtinSchema().json, path).values.map((v) => v.id);
    assert.deepEqual(ids(['collaboration_type']), ['voluntary-social-cooperation', 'co-creation', 'co-production', 'partnership', 'associational-support', 'user-involvement']);
    assert.deepEqual(ids(['governance_paradigm']), ['traditional-public-administration', 'new-public-management', 'new-public-governance', 'hybrid']);
    assert.deepEqual(ids(['power_balance']), ['full-municipal-dominance', 'partial-municipal-dominance', 'temporary-municipal-dominance', 'equal', 'civil-society-led']);
    assert.deepEqual(ids(['phases', '0', 'phase']), ['co-commissioning', 'co-design', 'co-delivery', 'co-assessment']);
    assert.deepEqual(ids(['actors', '0', 'sector']), ['municipality', 'region', 'state', 'civil-society-organisation', 'volunteer', 'citizen', 'service-user', 'relative', 'private-firm', 'foundation', 'social-enterprise', 'knowledge-institution', 'citizen-user']);
    assert.deepEqual(ids(['actors', '0', 'roles', '0']), ['initiator', 'funder', 'co-designer', 'co-implementer', 'evaluator', 'facilitator-broker', 'target-group', 'accountable-owner']);
    assert.deepEqual(ids(['municipal_staff_roles', '0']), ['authority', 'service-provider', 'facilitator', 'partner']);
    assert.deepEqual(ids(['value_creation', 'intended', '0']), ['service-quality', 'efficiency', 'effect', 'innovation', 'participation', 'citizen-influence', 'interest-representation', 'normative-value-generation', 'democratic-formation']);
    assert.deepEqual(ids(['format']), ['short-format', 'time-limited-project', 'continuous']);
    assert.deepEqual(ids(['level']), ['individual', 'group', 'collective']);
    assert.deepEqual(ids(['formal_agreement']), ['none', 'informal', 'partnership-agreement', 'contract', 'grant', 'unknown']);
    assert.deepEqual(ids(['coproduction_mode']), ['direct-co-production', 'co-management', 'co-governance', 'co-delivery']);
    assert.deepEqual(ids(['org_level']), ['micro', 'meso', 'macro']);
    assert.deepEqual(ids(['participation_level']), ['non-participation', 'tokenism', 'citizen-power']);
    assert.deepEqual(ids(['policy_area', '0']), ['social', 'health', 'employment-education', 'children-youth', 'elderly', 'mental-health', 'disability', 'integration', 'housing-social', 'culture-leisure', 'environment-climate']);
    for (const by of ['initiated_by', 'funded_by', 'evaluated_by', 'purpose_defined_by']) assert.equal(ids([by, '0']).length, 13, by);
  });

  it('gives every property and every value an English title and definition and a Danish label', () => {
    const root = builtinSchema().json;
    for (const [path, obj] of walk(root)) {
      for (const key of Object.keys(obj.properties as object)) {
        const info = fieldAt(root, [...path, key]);
        const where = [...path, key].join('.');
        assert.ok(info.title && info.description && info.titleDa && info.descriptionDa, `${where}: title, description and Danish label`);
        for (const v of info.values) {
          if (key === 'type') continue; // the const case-report is a marker, not vocabulary
          assert.ok(v.title && v.description && v.titleDa, `${where} = ${v.id}`);
        }
      }
    }
    const sector = fieldAt(root, ['actors', '0', 'sector']).values.find((v) => v.id === 'civil-society-organisation')!;
    assert.equal(sector.titleDa, 'Forening / civilsamfundsorganisation');
  });

  it('rejects unknown keys except those beginning with x-, at every level', () => {
    const text = report((fm) => fm.replace('level: group', 'level: group\nx-note: anything\nx-internal: {a: 1}')
      .replace('{name: "Brugerrådet", sector: service-user, roles: [co-designer, evaluator]}', '{name: "Brugerrådet", sector: service-user, x-contact: "n/a"}'));
    assert.deepEqual(frontmatterCodes(text), []);
    const bad = report((fm) => fm.replace('level: group', 'level: group\nnote: anything'));
    assert.deepEqual(frontmatterCodes(bad).map((d) => d.code), ['unknown-key']);
    assert.ok(propertiesAt(builtinSchema().json, []).includes('governance_paradigm'));
  });

  it('reports a custom schema that is invalid, unresolvable or cyclic instead of throwing', () => {
    assert.match((loadSchema('{nope') as { reason: string }).reason, /not valid JSON/);
    assert.match((loadSchema('[]') as { reason: string }).reason, /neither a JSON object nor true or false/);
    assert.match((loadSchema('{"type": 12}') as { reason: string }).reason, /not a valid JSON Schema/);
    assert.match((loadSchema('{"$ref": "https://example.org/s.json"}') as { reason: string }).reason, /URL, which is never fetched/);
    assert.match((loadSchema('{"$ref": "#/$defs/nothing"}') as { reason: string }).reason, /cannot be resolved/);
    const cyclic = loadSchema('{"$defs": {"a": {"$ref": "#/$defs/b"}, "b": {"$ref": "#/$defs/a"}}, "$ref": "#/$defs/a"}');
    assert.equal(typeof cyclic.ok, 'boolean');
  });

  it('says why a schema cannot be used in the language asked for, and in Danish for a Danish check', () => {
    const reason = (text: string, lang: 'en' | 'da') => (loadSchema(text, lang) as { reason: string }).reason;
    assert.match(reason('[]', 'da'), /^det er hverken et JSON-objekt eller true eller false$/);
    assert.match(reason('{"$ref": "https://example.org/s.json"}', 'da'), /^dets \$ref https:\/\/example\.org\/s\.json peger på en URL, som aldrig hentes$/);
    assert.match(reason('[]', 'en'), /^it is neither a JSON object nor true or false$/, 'the same text, cached, in the other language');
    const report = parseReport('---\ntype: case-report\n$schema: ./s.json\n---\n# R\n');
    const d = checkReport(report, { lang: 'da', schema: { load: loadSchema('[]', 'da'), label: './s.json' } }).diagnostics.find((x) => x.code === 'schema-unusable')!;
    assert.equal(d.message, 'Skemaet `./s.json` kan ikke bruges: det er hverken et JSON-objekt eller true eller false.');
  });

  it('compiles a schema once per content', () => {
    assert.equal(loadSchema(schemaText), loadSchema(schemaText));
  });
});
