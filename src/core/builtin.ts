import schemaJson from '../../schemas/case-report.schema.json' with { type: 'json' };
import rulesJson from '../../schemas/attention-points.json' with { type: 'json' };
import validate from './schema/builtinValidator.cjs';
import type { CompiledSchema, JsonSchema } from './schema/compile';
import conditions from './attention/builtinConditions.cjs';
import { conditionKeys, type AttentionRule, type CompiledRule } from './attention/rules';

/**
 * The schema and attention rules that ship with Casedoc, their validators compiled ahead of time
 * (scripts/gen-validator.ts): nothing is compiled when a process starts, and nothing needs `new Function`.
 */
let schema: CompiledSchema | undefined;
let rules: CompiledRule[] | undefined;

export function builtinSchema(): CompiledSchema {
  schema ??= { json: schemaJson as JsonSchema, validate };
  return schema;
}

export function builtinRules(): CompiledRule[] {
  const names = conditionKeys(rulesJson.rules);
  rules ??= (rulesJson.rules as AttentionRule[]).map((rule, i) => {
    const test = conditions[names[i]];
    if (!test) throw new Error(`The built-in rule ${names[i]} has no compiled condition: run \`npm run validators\``);
    return { ...rule, test };
  });
  return rules;
}

export const BUILTIN_SCHEMA_ID = (schemaJson as { $id: string }).$id;
