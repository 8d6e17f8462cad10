import { defineCode } from '../define';
import { display, q } from '../text';
import type { Translate } from './env';
import { violation } from './schemaViolation';

export const invalidDate = defineCode('invalid-date', 'error', {
  en: (a: { value: string }) => `${q(a.value)} is not a date: write it as YYYY-MM-DD, for example 2023-06-30.`,
  da: (a) => `${q(a.value)} er ikke en dato: skriv den som ÅÅÅÅ-MM-DD, for eksempel 2023-06-30.`,
});

/** `format`: a date is explained; other formats are the schema's own words. */
export const format: Translate = (err, env) => {
  if (err.params.format !== 'date') return violation(err, env);
  env.emit({ code: invalidDate, range: env.place.value(err.at), path: err.at, args: { value: display(err.error.data) }, data: { value: err.error.data } });
};
