import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ErrorObject } from 'ajv';
import schemaJson from '../../schemas/case-report.schema.json' with { type: 'json' };
import rulesJson from '../../schemas/attention-points.json' with { type: 'json' };
import { builtinRules, builtinSchema, checkReport, parseReport, type JsonSchema } from '../../src/core/index';
import { compileObject } from '../../src/core/schema/compile';
import { loadRules } from '../../src/core/attention/rules';
import { deriveFacts } from '../../src/core/attention/facts';
import { RULES_VALIDATOR_FILE, SCHEMA_VALIDATOR_FILE, renderRuleConditions, renderSchemaValidator } from '../../scripts/gen-validator';
import { ROOT } from '../helpers';

const EXAMPLES = readdirSync(join(ROOT, 'examples/anthology')).map((f) => readFileSync(join(ROOT, 'examples/anthology', f), 'utf8'));
const FIXTURES = readdirSync(join(ROOT, 'test/fixtures/reports')).filter((f) => f.endsWith('.md')).map((f) => readFileSync(join(ROOT, 'test/fixtures/reports', f), 'utf8'));

/** Everything of an Ajv error the engine reads. */
const shape = (errors: ErrorObject[] | null | undefined) =>
  (errors ?? []).map((e) => ({ keyword: e.keyword, instancePath: e.instancePath, schemaPath: e.schemaPath, params: e.params, message: e.message, schema: e.schema, parentSchema: e.parentSchema, data: e.data }));

/** Frontmatter data with one value swapped for something else: a wrong type, a typo, nothing. */
function mutations(data: Record<string, unknown>): Record<string, unknown>[] {
  const out: Record<string, unknown>[] = [];
  for (const key of Object.keys(data)) {
    for (const value of [null, 42, 'samskabelsen', ['x'], { a: 1 }, true, '']) out.push({ ...data, [key]: value });
    const { [key]: _gone, ...without } = data;
    out.push(without);
  }
  return out;
}

describe('validators compiled ahead of time', () => {
  it('are what `npm run validators` writes from the committed schema and rules', () => {
    assert.equal(readFileSync(join(ROOT, SCHEMA_VALIDATOR_FILE), 'utf8'), renderSchemaValidator(), 'run `npm run validators` and commit the result');
    assert.equal(readFileSync(join(ROOT, RULES_VALIDATOR_FILE), 'utf8'), renderRuleConditions(), 'run `npm run validators` and commit the result');
  });

  it('give the schema errors a runtime compile gives, on every example and hundreds of mutations', () => {
    const runtime = compileObject(schemaJson as JsonSchema);
    assert.ok(runtime.ok);
    const aot = builtinSchema().validate;
    const compiled = runtime.schema.validate;
    assert.notEqual(aot, compiled);
    let compared = 0;
    for (const text of [...EXAMPLES, ...FIXTURES]) {
      const data = parseReport(text).yaml?.data;
      if (!data || typeof data !== 'object' || Array.isArray(data)) continue;
      for (const input of [data as Record<string, unknown>, ...mutations(data as Record<string, unknown>)]) {
        assert.equal(aot(input), compiled(input));
        assert.deepEqual(shape(aot.errors), shape(compiled.errors));
        compared++;
      }
    }
    assert.ok(compared > 500, `${compared}`);
  });

  it('give the attention points that rules compiled at run time give', () => {
    const runtime = loadRules(JSON.stringify(rulesJson));
    assert.ok(runtime.ok, 'the built-in rules follow the attention-rules format');
    assert.deepEqual(builtinRules().map((r) => r.id), runtime.rules.map((r) => r.id));
    let raised = 0;
    for (const text of EXAMPLES) {
      const report = parseReport(text);
      const data = report.yaml?.data as Record<string, unknown>;
      for (const input of [data, ...mutations(data)]) {
        const facts = { report: input, facts: deriveFacts(input) };
        builtinRules().forEach((rule, i) => {
          const hit = rule.test(facts);
          assert.equal(hit, runtime.rules[i].test(facts), rule.id);
          if (hit) raised++;
        });
      }
      assert.deepEqual(checkReport(report), checkReport(report, { rules: runtime.rules }));
    }
    assert.ok(raised > 100, `${raised}`);
  });
});
