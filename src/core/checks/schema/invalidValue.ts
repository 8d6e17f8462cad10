import { replaceScalar } from '../../features/edits';
import type { JsonSchema } from '../../schema/compile';
import { valuesOf, type VocabularyValue } from '../../schema/vocabulary';
import { closestValue } from '../../validate/suggest';
import { defineCode, type Diagnosed } from '../define';
import { display, q, when } from '../text';
import type { Translate } from './env';
import { emptyValue } from './emptyValue';
import { violation } from './schemaViolation';
import { expectedTypes } from './wrongType';

export const invalidValue = defineCode('invalid-value', 'error', {
  en: (a: { key: string; value: string; suggestion?: string; suggestionLabel?: string; allowed: string }) => `${q(a.value)} is not a valid value for ${q(a.key)}` + (a.suggestion
    ? `; did you mean ${q(a.suggestion)}${when(a.suggestionLabel, ` (${a.suggestionLabel})`)}?`
    : `. Allowed: ${a.allowed}.`),
  da: (a) => `${q(a.value)} er ikke en gyldig værdi for ${q(a.key)}` + (a.suggestion
    ? `; mente du ${q(a.suggestion)}${when(a.suggestionLabel, ` (${a.suggestionLabel})`)}?`
    : `. Tilladt: ${a.allowed}.`),
}, (report, d: Diagnosed<{ value: unknown; allowed: string[]; suggestion: string | null }>, { words }) => {
  // The value meant, unasked; else each allowed value to choose from.
  const suggestion = typeof d.data.suggestion === 'string' ? d.data.suggestion : null;
  if (suggestion) return [{ title: words.replace(suggestion), edits: [replaceScalar(report, d.range, suggestion)], preferred: true, unambiguous: true }];
  const allowed = Array.isArray(d.data.allowed) ? d.data.allowed : [];
  return allowed.slice(0, 12).map((v) => ({ title: words.replace(v), edits: [replaceScalar(report, d.range, v)], preferred: false, unambiguous: false }));
});

// The allowed values of a failing keyword, once per schema node: the same objects on every check,
// so the suggestion cache in suggest.ts hits on each keystroke.
const valuesCache = new WeakMap<object, VocabularyValue[]>();

function allowedValues(keyword: string, schema: unknown): VocabularyValue[] {
  const build = () => valuesOf([{ [keyword]: schema } as JsonSchema]);
  if (typeof schema !== 'object' || schema === null) return build();
  let values = valuesCache.get(schema);
  if (!values) valuesCache.set(schema, (values = build()));
  return values;
}

/**
 * `enum`, `const`, and `oneOf`/`anyOf` of them: a vocabulary, with the value the writer probably
 * meant. An `anyOf` of types (text or a list of text) is a type error.
 */
export const choices: Translate = (err, env) => {
  const { error, at, key } = err;
  const { emit, place } = env;
  const values = allowedValues(error.keyword, error.schema);
  if (values.length === 0) {
    if (error.keyword === 'enum' || error.keyword === 'const') {
      // Values that are not text (`const: 2`, `enum: [1, 2]`): named as written, nothing to suggest.
      const allowed = (error.keyword === 'const' ? [error.schema] : ([] as unknown[]).concat(error.schema)).map(display);
      emit({ code: invalidValue, range: place.value(at), path: at, args: { key, value: display(error.data), allowed: allowed.join(', ') },
        data: { value: error.data, allowed: [], suggestion: null } });
      return;
    }
    // Every branch must name its type: a typed branch beside an untyped one is no type error.
    const branches = Array.isArray(error.schema) ? (error.schema as unknown[]) : [];
    if (branches.length === 0 || !branches.every((b) => b && typeof b === 'object' && 'type' in b)) return violation(err, env);
    const types = branches.map((b) => (b as JsonSchema).type).flat().filter((t): t is string => typeof t === 'string');
    return expectedTypes(types, err, env);
  }
  if (error.data === null || error.data === undefined) {
    // `level:` with nothing after it: say it is empty, and keep the choices for completion.
    emit({ code: emptyValue, range: place.value(at), path: at, args: { key }, data: { allowed: values.filter((v) => !v.deprecated).map((v) => v.id) } });
    return;
  }
  const guess = closestValue(error.data, values);
  // What the writer may write today: a deprecated value is left out.
  const current = values.filter((v) => !v.deprecated);
  emit({
    code: invalidValue, range: place.value(at), path: at,
    args: {
      key, value: display(error.data), suggestion: guess?.id,
      suggestionLabel: guess && guess.titleDa && guess.titleDa !== guess.id ? guess.titleDa : undefined,
      allowed: current.map((v) => v.id).join(', '),
    },
    data: { value: error.data, allowed: current.map((v) => v.id), suggestion: guess?.id ?? null },
  });
};
