import schemaJson from '../../schemas/case-report.schema.json' with { type: 'json' };
import rulesJson from '../../schemas/attention-points.json' with { type: 'json' };
import { compileObject, type CompiledSchema, type JsonSchema } from './schema/compile';
import { loadRules, type CompiledRule } from './attention/rules';

/** The schema and attention rules that ship with Casedoc, compiled once per process on first use. */
let schema: CompiledSchema | undefined;
let rules: CompiledRule[] | undefined;

export function builtinSchema(): CompiledSchema {
  if (!schema) {
    const load = compileObject(schemaJson as JsonSchema);
    if (!load.ok) throw new Error(`The built-in schema is broken: ${load.reason}`);
    schema = load.schema;
  }
  return schema;
}

export function builtinRules(): CompiledRule[] {
  if (!rules) {
    const load = loadRules(JSON.stringify(rulesJson));
    if (!load.ok) throw new Error(`The built-in attention rules are broken: ${load.reason}`);
    rules = load.rules;
  }
  return rules;
}

export const BUILTIN_SCHEMA_ID = (schemaJson as { $id: string }).$id;
