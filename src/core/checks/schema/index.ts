import { schemaReason } from '../../schema/compile';
import { parsePointer } from '../../text/pointer';
import { defineCheck } from '../define';
import { keyName } from '../text';
import { collapse } from './collapse';
import { duplicateItem, uniqueItems } from './duplicateItem';
import { emptyValue, minItems, minLength } from './emptyValue';
import { schemaEnv, type SchemaError, type Translate } from './env';
import { format, invalidDate } from './invalidDate';
import { choices, invalidValue } from './invalidValue';
import { missingKey, required } from './missingKey';
import { schemaViolation, violation } from './schemaViolation';
import { resolveSchema, schemaUnusable, schemaUrl, unusable } from './source';
import { additional, noteMeant, unknownKey } from './unknownKey';
import { type, wrongType } from './wrongType';

/** Each keyword's translation into the writer's terms; any other keyword is said in the validator's words. */
const KEYWORDS: Record<string, Translate> = {
  required,
  additionalProperties: additional,
  unevaluatedProperties: additional,
  oneOf: choices,
  anyOf: choices,
  enum: choices,
  const: choices,
  type,
  minLength,
  minItems,
  format,
  uniqueItems,
};

/** Keywords that name a key even at the root; others there are said of the frontmatter as a whole. */
const NAME_A_KEY = new Set(['required', 'additionalProperties', 'unevaluatedProperties']);

/** The frontmatter against the report's schema, each failure where the writer can fix it. */
export default defineCheck({
  id: 'schema',
  codes: [schemaUrl, schemaUnusable, missingKey, unknownKey, invalidValue, wrongType, emptyValue, invalidDate, duplicateItem, schemaViolation],
  check(context) {
    const { data } = context;
    if (!data) return;
    const schema = resolveSchema(context);
    if (!schema) return;
    try {
      if (schema.validate(data)) return;
      const env = schemaEnv(context, schema.json);
      const errors: SchemaError[] = collapse(schema.validate.errors ?? []).map((error) => {
        const at = parsePointer(error.instancePath);
        return { error, at, key: keyName(at), params: error.params as Record<string, unknown> };
      });
      for (const e of errors) if (KEYWORDS[e.error.keyword] === additional) noteMeant(e, env);
      for (const e of errors) {
        const rootLevel = e.at.length === 0 && !NAME_A_KEY.has(e.error.keyword);
        (rootLevel ? violation : KEYWORDS[e.error.keyword] ?? violation)(e, env);
      }
    } catch (e) {
      // A schema whose validation never ends (a $ref cycle Ajv cannot see) is reported, not thrown.
      if (!(e instanceof RangeError)) throw e;
      unusable(context, context.options.schema?.label ?? '$schema', schemaReason('endless-validation', context.lang));
    }
  },
});
