import { defineCode } from '../define';
import { q } from '../text';
import type { Translate } from './env';

export const schemaViolation = defineCode('schema-violation', 'error', {
  en: (a: { key: string; detail: string }) => `${a.key ? q(a.key) : 'The frontmatter'} does not follow the schema: ${a.detail}.`,
  da: (a) => `${a.key ? q(a.key) : 'Frontmatter'} følger ikke skemaet: ${a.detail}.`,
});

/** A keyword with no plainer translation: the validator's own words, on the value. */
export const violation: Translate = ({ error, at, key }, { emit, place }) =>
  emit({ code: schemaViolation, range: place.value(at), path: at, args: { key, detail: error.message ?? error.keyword }, data: { keyword: error.keyword } });
