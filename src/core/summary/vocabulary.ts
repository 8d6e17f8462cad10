import { builtinSchema } from '../builtin';
import type { JsonSchema } from '../schema/compile';
import { fieldAt } from '../schema/vocabulary';
import { NONE } from './none';

/** The fields an anthology is tabulated by. */
export type SummaryField = 'collaboration_type' | 'governance_paradigm' | 'power_balance';
export const SUMMARY_FIELDS: readonly SummaryField[] = ['collaboration_type', 'governance_paradigm', 'power_balance'];

/** The fields whose values the summary shows by their labels: the tabulated ones, and more columns of the cases table. */
export type LabelledField = SummaryField | 'policy_area' | 'format' | 'status';
/** Where each labelled field's values are in a schema (`policy_area` is a list: its items). */
const VALUES_AT: Record<LabelledField, readonly string[]> = {
  collaboration_type: ['collaboration_type'], governance_paradigm: ['governance_paradigm'], power_balance: ['power_balance'],
  policy_area: ['policy_area', '0'], format: ['format'], status: ['status'],
};
export const LABELLED_FIELDS = Object.keys(VALUES_AT) as LabelledField[];

/** A value of a summary field, with the titles the report's schema gives it. */
export interface SummaryValue {
  id: string;
  title: string | null;
  titleDa: string | null;
}

export type SummaryVocabulary = Record<LabelledField, SummaryValue[]>;

/**
 * The values of the schemas the reports were checked against, field by field, in their order
 * (the first schema that names an id gives its titles). No schema: the built-in one.
 */
export function summaryVocabulary(schemas: readonly JsonSchema[]): SummaryVocabulary {
  const vocabulary = {} as SummaryVocabulary;
  for (const field of LABELLED_FIELDS) {
    const byId = new Map<string, SummaryValue>();
    for (const schema of schemas.length ? schemas : [builtinSchema().json]) {
      for (const v of fieldAt(schema, VALUES_AT[field]).values) if (!byId.has(v.id)) byId.set(v.id, { id: v.id, title: v.title, titleDa: v.titleDa });
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
