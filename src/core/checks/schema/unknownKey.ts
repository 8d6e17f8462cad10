import { replaceScalar } from '../../features/edits';
import { formatPointer } from '../../text/pointer';
import { closest, normalise } from '../../validate/suggest';
import { defineCode, type Diagnosed } from '../define';
import { q } from '../text';
import type { SchemaEnv, SchemaError, Translate } from './env';

export const unknownKey = defineCode('unknown-key', 'error', {
  en: (a: { key: string; suggestion?: string }) => a.suggestion
    ? `Unknown key ${q(a.key)}; did you mean ${q(a.suggestion)}?`
    : `Unknown key ${q(a.key)}: it is not part of the case-report schema. Fields of your own must start with \`x-\`.`,
  da: (a) => a.suggestion
    ? `Ukendt nøgle ${q(a.key)}; mente du ${q(a.suggestion)}?`
    : `Ukendt nøgle ${q(a.key)}: den er ikke en del af caserapport-skemaet. Egne felter skal begynde med \`x-\`.`,
}, (report, d: Diagnosed<{ key: string; suggestion: string | null; allowed: string[] }>, { words }) => {
  const suggestion = typeof d.data.suggestion === 'string' ? d.data.suggestion : null;
  return suggestion ? [{ title: words.rename(suggestion), edits: [replaceScalar(report, d.range, suggestion)], preferred: true, unambiguous: true }] : [];
});

const suggestions = new WeakMap<SchemaError, { extra: string; allowed: string[]; suggestion: string | null }>();

/** The key the writer probably meant: among those not yet present, by the schema's Danish title first, else by spelling. */
export function meantKey(err: SchemaError, env: SchemaEnv): { extra: string; allowed: string[]; suggestion: string | null } {
  let found = suggestions.get(err);
  if (found) return found;
  const { error, at, params } = err;
  const extra = String(params.additionalProperty ?? params.unevaluatedProperty);
  const present = error.data && typeof error.data === 'object' ? (error.data as object) : {};
  const { keys, titles } = env.allowedKeys(at, error.instancePath);
  const allowed = keys.filter((k) => !Object.prototype.hasOwnProperty.call(present, k));
  // A Danish field name (`samarbejdsform`) is matched to its key by the schema's Danish title.
  const byTitle = titles.get(normalise(extra));
  const suggestion = (byTitle && allowed.includes(byTitle) ? byTitle : null) ?? closest(extra, allowed);
  suggestions.set(err, (found = { extra, allowed, suggestion }));
  return found;
}

/** Marks the missing keys the unknown keys' suggestions name, before any is reported. */
export function noteMeant(err: SchemaError, env: SchemaEnv): void {
  const { suggestion } = meantKey(err, env);
  if (suggestion) env.meant.add(formatPointer([...err.at, suggestion]));
}

/** `additionalProperties`, `unevaluatedProperties`: on the key, with what it may have meant. */
export const additional: Translate = (err, env) => {
  const { extra, allowed, suggestion } = meantKey(err, env);
  const path = [...err.at, extra];
  env.emit({ code: unknownKey, range: env.place.key(path), path, args: { key: extra, suggestion: suggestion ?? undefined }, data: { key: extra, suggestion, allowed } });
};
