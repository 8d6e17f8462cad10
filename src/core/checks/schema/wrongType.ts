import { textOf } from '../../features/edits';
import { parsePointer } from '../../text/pointer';
import { defineCode, type Diagnosed } from '../define';
import { q } from '../text';
import { jsonType, typesWord, type SchemaEnv, type SchemaError, type Translate } from './env';
import { emptyValue } from './emptyValue';

export const wrongType = defineCode('wrong-type', 'error', {
  en: (a: { key: string; expected: string; actual: string }) => `${q(a.key)} should be ${a.expected}, not ${a.actual}.`,
  da: (a) => `${q(a.key)} skal være ${a.expected}, ikke ${a.actual}.`,
}, (report, d: Diagnosed<{ expected: string[]; actual: string }>, { words }) => {
  // Text where a list of text belongs: the text made the list's one item.
  if (!d.data.expected?.includes('array') || d.data.actual !== 'string') return [];
  const raw = textOf(report, d.range);
  // A plain value with a comma would become several items: leave that choice to the writer.
  if (/^["']/.test(raw) ? false : /[,[\]{}#]/.test(raw)) return [];
  const key = d.path ? parsePointer(d.path).pop() ?? '' : '';
  return [{ title: words.list(key), edits: [{ range: d.range, newText: `[${raw}]` }], preferred: true, unambiguous: true }];
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
