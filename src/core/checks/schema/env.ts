import type { ErrorObject } from 'ajv';
import type { JsonSchema } from '../../schema/compile';
import { fieldAt, propertiesAt } from '../../schema/vocabulary';
import type { Lang } from '../../types';
import { normalise } from '../../validate/suggest';
import type { CheckContext } from '../define';

/** One Ajv error, with where it is in the writer's terms. */
export interface SchemaError {
  readonly error: ErrorObject;
  /** Path segments of the failing value. */
  readonly at: string[];
  /** The key it is under, for messages. */
  readonly key: string;
  readonly params: Record<string, unknown>;
}

/** What a keyword's translation is given: the check's context, the schema, and what it worked out once. */
export interface SchemaEnv extends Pick<CheckContext, 'emit' | 'place' | 'lang'> {
  readonly root: JsonSchema;
  /** The keys an object may hold, and its keys by their titles, once per object however many errors it has. */
  allowedKeys(at: string[], pointer: string): { keys: string[]; titles: Map<string, string> };
  /** Pointers of missing keys that an unknown key's "did you mean" names: one mistake, said once. */
  readonly meant: Set<string>;
}

/** A keyword's translation into the writer's terms: it reports through `env.emit`. */
export type Translate = (error: SchemaError, env: SchemaEnv) => void;

export function schemaEnv(context: CheckContext, root: JsonSchema): SchemaEnv {
  const allowedAt = new Map<string, { keys: string[]; titles: Map<string, string> }>();
  return {
    emit: context.emit, place: context.place, lang: context.lang, root, meant: new Set(),
    allowedKeys(at, pointer) {
      let found = allowedAt.get(pointer);
      if (!found) {
        const keys = propertiesAt(root, at);
        const titles = new Map<string, string>();
        for (const k of keys) {
          const info = fieldAt(root, [...at, k]);
          for (const t of [info.titleDa, info.title]) if (t && !titles.has(normalise(t))) titles.set(normalise(t), k);
        }
        allowedAt.set(pointer, (found = { keys, titles }));
      }
      return found;
    },
  };
}

export function jsonType(v: unknown): string {
  if (v === null || v === undefined) return 'null';
  if (Array.isArray(v)) return 'array';
  if (typeof v === 'number') return Number.isInteger(v) ? 'integer' : 'number';
  return typeof v;
}

/** Words for JSON types, for wrong-type messages. */
export const TYPE_WORDS: Record<Lang, Record<string, string>> = {
  en: { string: 'text', number: 'a number', integer: 'a whole number', boolean: 'true or false', array: 'a list', object: 'a group of keys', null: 'empty' },
  da: { string: 'tekst', number: 'et tal', integer: 'et helt tal', boolean: 'true eller false', array: 'en liste', object: 'en gruppe af nøgler', null: 'tom' },
};
const OR_WORD: Record<Lang, string> = { en: ' or ', da: ' eller ' };

export const typesWord = (types: string[], lang: Lang) => types.map((t) => TYPE_WORDS[lang][t] ?? t).join(OR_WORD[lang]);
