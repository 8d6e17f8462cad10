import { defineCode } from '../define';
import { q } from '../text';
import { jsonType, typesWord, type SchemaEnv, type SchemaError, type Translate } from './env';
import { emptyValue } from './emptyValue';

export const wrongType = defineCode('wrong-type', 'error', {
  en: (a: { key: string; expected: string; actual: string }) => `${q(a.key)} should be ${a.expected}, not ${a.actual}.`,
  da: (a) => `${q(a.key)} skal være ${a.expected}, ikke ${a.actual}.`,
});

/** A value of one of these types was expected: said in words (text, a list). */
export function expectedTypes(types: string[], { error, at, key }: SchemaError, { emit, place, lang }: SchemaEnv): void {
  emit({
    code: wrongType, range: place.value(at), path: at,
    args: { key, expected: typesWord(types, lang), actual: typesWord([jsonType(error.data)], lang) },
    data: { expected: types, actual: jsonType(error.data) },
  });
}

/** `type`: nothing written is said as empty. */
export const type: Translate = (err, env) => {
  const expected = ([] as string[]).concat(err.params.type as string | string[]);
  if (err.error.data !== null && err.error.data !== undefined) return expectedTypes(expected, err, env);
  env.emit({ code: emptyValue, range: env.place.value(err.at), path: err.at, args: { key: err.key }, data: { expected } });
};
