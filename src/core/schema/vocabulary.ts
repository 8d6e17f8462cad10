import type { Lang } from '../types';
import type { JsonSchema } from './compile';
import { str } from '../values';
import { unescapeSegment } from '../text/pointer';
import { boundedRegExp } from '../text/regex';

/** A vocabulary value: a `const` in a `oneOf`/`anyOf`, or an `enum` member, with its annotations. */
export interface VocabularyValue {
  id: string;
  title: string;
  titleDa: string | null;
  description: string | null;
  descriptionDa: string | null;
  source: string | null;
  aliases: string[];
  /** Kept valid for older reports (JSON Schema's `deprecated`); never offered, and warned about. */
  deprecated: boolean;
  /** What a deprecated value became (`x-replaced-by`): one, or the choices the author has. */
  replacedBy: string[];
}

/** What a schema says about one key: its annotations and allowed values, resolved through $ref. */
export interface FieldInfo {
  title: string | null;
  titleDa: string | null;
  description: string | null;
  descriptionDa: string | null;
  source: string | null;
  /** `x-value-note`: what every value's hover adds under its definition (the terms' trap, for collaboration_type). */
  valueNote: string | null;
  valueNoteDa: string | null;
  values: VocabularyValue[];
  /** The subschemas that apply here, $refs resolved. */
  schemas: JsonSchema[];
}


function resolveRef(root: JsonSchema, schema: JsonSchema, depth = 0): JsonSchema {
  const ref = schema.$ref;
  if (typeof ref !== 'string' || !ref.startsWith('#') || depth > 32) return schema;
  let target: unknown = root;
  for (const seg of ref.slice(1).split('/').filter(Boolean)) {
    const key = unescapeSegment(decodeURIComponent(seg));
    target = target && typeof target === 'object' ? (target as Record<string, unknown>)[key] : undefined;
  }
  if (!target || typeof target !== 'object') return schema;
  // Siblings of $ref (title, description) annotate the same place; they win over the target's.
  const { $ref: _ignored, ...siblings } = schema;
  return { ...resolveRef(root, target as JsonSchema, depth + 1), ...siblings };
}

/** The schema itself plus its allOf/anyOf/oneOf branches that are themselves schemas of structure. */
function expand(root: JsonSchema, schema: JsonSchema | boolean): JsonSchema[] {
  // A boolean subschema (`true`, `false`) says nothing of keys, titles or values.
  if (!schema || typeof schema !== 'object' || Array.isArray(schema)) return [];
  const s = resolveRef(root, schema);
  const out = [s];
  for (const k of ['allOf', 'anyOf'] as const) {
    const branches = s[k];
    if (Array.isArray(branches)) for (const b of branches) if (b && typeof b === 'object') out.push(...expand(root, b as JsonSchema));
  }
  return out;
}

function childSchemas(root: JsonSchema, parents: JsonSchema[], segment: string): JsonSchema[] {
  const out: JsonSchema[] = [];
  for (const p of parents) {
    const props = p.properties as Record<string, JsonSchema> | undefined;
    if (props && Object.prototype.hasOwnProperty.call(props, segment)) {
      out.push(...expand(root, props[segment]));
      continue;
    }
    const patterns = p.patternProperties as Record<string, JsonSchema> | undefined;
    let matched = false;
    if (patterns) {
      for (const [pattern, sub] of Object.entries(patterns)) {
        try {
          if (boundedRegExp(pattern).test(segment)) {
            out.push(...expand(root, sub));
            matched = true;
          }
        } catch {
          // an invalid pattern in a custom schema matches nothing
        }
      }
    }
    if (matched) continue;
    if (/^\d+$/.test(segment)) {
      if (p.items && typeof p.items === 'object') out.push(...expand(root, p.items as JsonSchema));
      const prefix = p.prefixItems;
      if (Array.isArray(prefix) && prefix[Number(segment)]) out.push(...expand(root, prefix[Number(segment)] as JsonSchema));
    }
    if (p.additionalProperties && typeof p.additionalProperties === 'object') out.push(...expand(root, p.additionalProperties as JsonSchema));
  }
  return out;
}

const strings = (v: unknown): string[] => (Array.isArray(v) ? v.filter((a): a is string => typeof a === 'string') : []);

/** Vocabulary values a schema allows: oneOf/anyOf of const, enum, or a single const. */
export function valuesOf(schemas: JsonSchema[]): VocabularyValue[] {
  const seen = new Set<string>();
  const out: VocabularyValue[] = [];
  const add = (id: unknown, s: JsonSchema | null) => {
    if (typeof id !== 'string' || seen.has(id)) return;
    seen.add(id);
    out.push({
      id,
      title: str(s?.title) ?? id,
      titleDa: str(s?.['x-title-da']),
      description: str(s?.description),
      descriptionDa: str(s?.['x-description-da']),
      source: str(s?.['x-source']),
      aliases: strings(s?.['x-aliases']),
      deprecated: s?.deprecated === true,
      replacedBy: strings(s?.['x-replaced-by']),
    });
  };
  for (const s of schemas) {
    for (const k of ['oneOf', 'anyOf'] as const) {
      const branches = s[k];
      if (Array.isArray(branches)) for (const b of branches) if (b && typeof b === 'object' && 'const' in b) add((b as JsonSchema).const, b as JsonSchema);
    }
    if (Array.isArray(s.enum)) s.enum.forEach((e) => add(e, null));
    if ('const' in s) add(s.const, null);
  }
  return out;
}

/** What the schema says about the value at `segments` (JSON-Pointer segments of the frontmatter). */
export function fieldAt(root: JsonSchema, segments: readonly string[]): FieldInfo {
  let schemas = expand(root, root);
  for (const segment of segments) {
    schemas = childSchemas(root, schemas, segment);
    if (schemas.length === 0) break;
  }
  const first = (k: string) => schemas.map((s) => str(s[k])).find((v) => v !== null) ?? null;
  return {
    title: first('title'),
    titleDa: first('x-title-da'),
    description: first('description'),
    descriptionDa: first('x-description-da'),
    source: first('x-source'),
    valueNote: first('x-value-note'),
    valueNoteDa: first('x-value-note-da'),
    values: valuesOf(schemas),
    schemas,
  };
}

/** The keys an object at `segments` may have, in schema order. */
export function propertiesAt(root: JsonSchema, segments: readonly string[]): string[] {
  const keys: string[] = [];
  for (const s of fieldAt(root, segments).schemas) {
    const props = s.properties as Record<string, unknown> | undefined;
    if (props) for (const k of Object.keys(props)) if (!keys.includes(k)) keys.push(k);
  }
  return keys;
}

export function label(value: { title: string | null; titleDa: string | null }, lang: Lang): string | null {
  return lang === 'da' ? value.titleDa ?? value.title : value.title;
}

/** The label of vocabulary value `id` at `path` in the user's language; null when `id` is not in the vocabulary. */
export function valueLabel(root: JsonSchema, path: readonly string[], id: string | null, lang: Lang): string | null {
  const v = id === null ? undefined : fieldAt(root, path).values.find((x) => x.id === id);
  return v ? label(v, lang) ?? v.id : null;
}
