import { builtinSchema } from '../builtin';
import type { JsonSchema } from '../schema/compile';
import { fieldAt } from '../schema/vocabulary';
import { NONE } from './none';

/** The fields an anthology is tabulated by. */
export type SummaryField = 'collaboration_type' | 'governance_paradigm' | 'power_balance';
export const SUMMARY_FIELDS: readonly SummaryField[] = ['collaboration_type', 'governance_paradigm', 'power_balance'];

/** A value of a summary field, with the titles the report's schema gives it. */
export interface SummaryValue {
  id: string;
  title: string | null;
  titleDa: string | null;
}

export type SummaryVocabulary = Record<SummaryField, SummaryValue[]>;

/**
 * The values of the schemas the reports were checked against, field by field, in their order
 * (the first schema that names an id gives its titles). No schema: the built-in one.
 */
export function summaryVocabulary(schemas: readonly JsonSchema[]): SummaryVocabulary {
  const vocabulary = {} as SummaryVocabulary;
  for (const field of SUMMARY_FIELDS) {
    const byId = new Map<string, SummaryValue>();
    for (const schema of schemas.length ? schemas : [builtinSchema().json]) {
      for (const v of fieldAt(schema, [field]).values) if (!byId.has(v.id)) byId.set(v.id, { id: v.id, title: v.title, titleDa: v.titleDa });
    }
    vocabulary[field] = [...byId.values()];
  }
  return vocabulary;
}

/**
 * The id a report is counted under for a field: its value when the report's schema allows it, `NONE`
 * when it is missing or outside that schema's values. A schema with no values for the field allows
 * any text.
 */
export function groupOf(value: string | null, field: SummaryField, schema: JsonSchema): string {
  if (!value) return NONE;
  const known = knownIds(schema, field);
  return known.size === 0 || known.has(value) ? value : NONE;
}

// A field's values once per schema, however many reports it checked.
const known = new WeakMap<JsonSchema, Map<SummaryField, Set<string>>>();

function knownIds(schema: JsonSchema, field: SummaryField): Set<string> {
  let fields = known.get(schema);
  if (!fields) known.set(schema, (fields = new Map()));
  let ids = fields.get(field);
  if (!ids) fields.set(field, (ids = new Set(fieldAt(schema, [field]).values.map((v) => v.id))));
  return ids;
}
