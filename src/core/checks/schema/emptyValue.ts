import { defineCode, type Text } from '../define';
import { q } from '../text';
import type { Translate } from './env';
import { violation } from './schemaViolation';

export const emptyValue = defineCode('empty-value', 'error', {
  en: (a: { key: string; minItems?: Text }) => a.minItems
    ? `${q(a.key)} needs at least ${a.minItems} ${Number(a.minItems) === 1 ? 'entry' : 'entries'}.`
    : `${q(a.key)} is empty: write a value.`,
  da: (a) => a.minItems
    ? `${q(a.key)} skal have mindst ${a.minItems} ${Number(a.minItems) === 1 ? 'element' : 'elementer'}.`
    : `${q(a.key)} er tom: skriv en værdi.`,
});

/** `minLength`: an empty text is empty; a short one is the schema's own words. */
export const minLength: Translate = (err, env) => {
  if (err.error.data === '') env.emit({ code: emptyValue, range: env.place.value(err.at), path: err.at, args: { key: err.key } });
  else violation(err, env);
};

/** `minItems` */
export const minItems: Translate = ({ at, key, params }, { emit, place }) =>
  emit({ code: emptyValue, range: place.value(at), path: at, args: { key, minItems: Number(params.limit) }, data: { minItems: Number(params.limit) } });
