import type { ErrorObject } from 'ajv';
import type { ParsedReport } from '../parse/report';
import type { CompiledSchema, JsonSchema } from '../schema/compile';
import { fieldAt, label, propertiesAt, valuesOf, type VocabularyValue } from '../schema/vocabulary';
import { OR_WORD, TYPE_WORDS } from '../messages/catalogue';
import { formatPointer, parsePointer } from '../text/pointer';
import type { Lang } from '../types';
import { Emitter, display, keyName } from './emit';
import { Placer } from './place';
import { closest, closestValue, normalise } from './suggest';

function jsonType(v: unknown): string {
  if (v === null || v === undefined) return 'null';
  if (Array.isArray(v)) return 'array';
  if (typeof v === 'number') return Number.isInteger(v) ? 'integer' : 'number';
  return typeof v;
}

function isConstBranches(branches: unknown): branches is JsonSchema[] {
  return Array.isArray(branches) && branches.length > 0 && branches.every((b) => b && typeof b === 'object' && 'const' in b);
}

const typesWord = (types: string[], lang: Lang) => types.map((t) => TYPE_WORDS[lang][t] ?? t).join(OR_WORD[lang]);

/**
 * Ajv reports one failure as several errors (a `oneOf` of consts gives one `const` error per
 * branch plus the `oneOf` error; a `type` error comes with it). Keep the error that says what the
 * writer must change, one per place.
 */
function collapse(errors: ErrorObject[]): ErrorObject[] {
  const dropPrefixes: string[] = [];
  const vocabAt = new Set<string>();
  const kept: ErrorObject[] = [];
  for (const e of errors) {
    if ((e.keyword === 'oneOf' || e.keyword === 'anyOf') && isConstBranches(e.schema)) {
      vocabAt.add(e.instancePath);
      dropPrefixes.push(e.schemaPath + '/');
    } else if (e.keyword === 'anyOf' || e.keyword === 'oneOf') {
      dropPrefixes.push(e.schemaPath + '/');
    }
  }
  for (const e of errors) {
    if (dropPrefixes.some((p) => e.schemaPath.startsWith(p))) continue;
    if (e.keyword === 'type' && vocabAt.has(e.instancePath)) continue;
    if (e.keyword === 'if') continue; // its `then`/`else` errors say what is wrong
    kept.push(e);
  }
  // One error per place and kind (ajv can repeat an error through several $ref paths).
  const seen = new Set<string>();
  return kept.filter((e) => {
    const k = `${e.instancePath}|${e.keyword}|${JSON.stringify(e.params)}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

export function schemaDiagnostics(report: ParsedReport, schema: CompiledSchema, data: unknown, out: Emitter): void {
  if (schema.validate(data)) return;
  const first = out.diagnostics.length;
  const lang = out.lang;
  const root = schema.json;
  const place = new Placer(report);
  // What an object may hold, worked out once per object however many unknown keys it has.
  const allowedAt = new Map<string, { keys: string[]; titles: Map<string, string> }>();
  const allowedKeys = (at: string[], pointer: string) => {
    let found = allowedAt.get(pointer);
    if (!found) {
      const keys = propertiesAt(root, at);
      const titles = new Map<string, string>();
      for (const k of keys) {
        const info = fieldAt(root, [...at, k]);
        for (const t of [info.titleDa, info.title]) if (t && !titles.has(normalise(t))) titles.set(normalise(t), k);
      }
      found = { keys, titles };
      allowedAt.set(pointer, found);
    }
    return found;
  };
  for (const e of collapse(schema.validate.errors ?? [])) {
    const at = parsePointer(e.instancePath);
    const key = keyName(at);
    const p = e.params as Record<string, unknown>;
    // The frontmatter as a whole (a `not`, `anyOf`, `const` or `false` at the schema's root) has no
    // key to name: said of the frontmatter itself.
    if (at.length === 0 && !['required', 'additionalProperties', 'unevaluatedProperties'].includes(e.keyword)) {
      out.emit('schema-violation', place.value(at), at, { key: '', detail: e.message ?? e.keyword }, { keyword: e.keyword });
      continue;
    }
    switch (e.keyword) {
      case 'required': {
        const missing = String(p.missingProperty);
        const info = fieldAt(root, [...at, missing]);
        out.emit('missing-key', place.missing(at), [...at, missing],
          { key: missing, title: label(info, lang) ?? undefined, parent: at.length ? key : undefined },
          { key: missing, parentPath: e.instancePath });
        break;
      }
      case 'additionalProperties':
      case 'unevaluatedProperties': {
        const extra = String(p.additionalProperty ?? p.unevaluatedProperty);
        const present = e.data && typeof e.data === 'object' ? (e.data as object) : {};
        const { keys, titles } = allowedKeys(at, e.instancePath);
        const allowed = keys.filter((k) => !Object.prototype.hasOwnProperty.call(present, k));
        // A Danish field name (`samarbejdsform`) is matched to its key by the schema's Danish title.
        const byTitle = titles.get(normalise(extra));
        const suggestion = (byTitle && allowed.includes(byTitle) ? byTitle : null) ?? closest(extra, allowed);
        out.emit('unknown-key', place.key([...at, extra]), [...at, extra], { key: extra, suggestion: suggestion ?? undefined },
          { key: extra, suggestion, allowed });
        break;
      }
      case 'oneOf':
      case 'anyOf':
      case 'enum':
      case 'const': {
        const values = allowedValues(e.keyword, e.schema);
        if (values.length === 0) {
          if (e.keyword === 'enum' || e.keyword === 'const') {
            // Values that are not text (`const: 2`, `enum: [1, 2]`): named as written, nothing to suggest.
            const allowed = (e.keyword === 'const' ? [e.schema] : ([] as unknown[]).concat(e.schema)).map(display);
            out.emit('invalid-value', place.value(at), at, { key, value: display(e.data), allowed: allowed.join(', ') },
              { value: e.data, allowed: [], suggestion: null });
            break;
          }
          // anyOf of types (e.g. text or a list of text)
          const branches = Array.isArray(e.schema) ? (e.schema as unknown[]) : [];
          const types = branches.map((b) => (b && typeof b === 'object' ? (b as JsonSchema).type : undefined)).flat().filter((t): t is string => typeof t === 'string');
          if (branches.length === 0 || !branches.every((b) => b && typeof b === 'object' && 'type' in b)) {
            out.emit('schema-violation', place.value(at), at, { key, detail: e.message ?? e.keyword }, { keyword: e.keyword });
            break;
          }
          out.emit('wrong-type', place.value(at), at, { key, expected: typesWord(types, lang), actual: typesWord([jsonType(e.data)], lang) },
            { expected: types, actual: jsonType(e.data) });
          break;
        }
        if (e.data === null || e.data === undefined) {
          // `level:` with nothing after it: say it is empty, and keep the choices for completion.
          out.emit('empty-value', place.value(at), at, { key }, { allowed: values.map((v) => v.id) });
          break;
        }
        const guess = closestValue(e.data, values);
        out.emit('invalid-value', place.value(at), at, {
          key, value: display(e.data),
          suggestion: guess?.id,
          suggestionLabel: guess ? (guess.titleDa && guess.titleDa !== guess.id ? guess.titleDa : undefined) : undefined,
          allowed: values.map((v) => v.id).join(', '),
        }, { value: e.data, allowed: values.map((v) => v.id), suggestion: guess?.id ?? null });
        break;
      }
      case 'type': {
        const expected = ([] as string[]).concat(p.type as string | string[]);
        if (e.data === null || e.data === undefined) {
          out.emit('empty-value', place.value(at), at, { key }, { expected });
        } else {
          out.emit('wrong-type', place.value(at), at, { key, expected: typesWord(expected, lang), actual: typesWord([jsonType(e.data)], lang) },
            { expected, actual: jsonType(e.data) });
        }
        break;
      }
      case 'minLength':
        if (e.data === '') out.emit('empty-value', place.value(at), at, { key });
        else out.emit('schema-violation', place.value(at), at, { key, detail: e.message ?? e.keyword });
        break;
      case 'minItems':
        out.emit('empty-value', place.value(at), at, { key, minItems: Number(p.limit) }, { minItems: Number(p.limit) });
        break;
      case 'format':
        if (p.format === 'date') out.emit('invalid-date', place.value(at), at, { value: display(e.data) }, { value: e.data });
        else out.emit('schema-violation', place.value(at), at, { key, detail: e.message ?? e.keyword });
        break;
      case 'uniqueItems': {
        const later = Math.max(Number(p.i), Number(p.j));
        const first = Math.min(Number(p.i), Number(p.j));
        const item = Array.isArray(e.data) ? e.data[later] : undefined;
        out.emit('duplicate-item', place.value([...at, String(later)]), [...at, String(later)], { key, value: display(item) },
          { value: item, index: later, firstIndex: first });
        break;
      }
      default:
        out.emit('schema-violation', place.value(at), at, { key, detail: e.message ?? e.keyword }, { keyword: e.keyword });
    }
  }
  // `governance_paradgm` is one mistake, not two: its "did you mean" names the missing key.
  const ours = out.diagnostics.slice(first);
  const meant = new Set(ours.filter((d) => d.code === 'unknown-key' && d.data?.suggestion)
    .map((d) => d.path!.slice(0, d.path!.lastIndexOf('/')) + formatPointer([String(d.data!.suggestion)])));
  const kept = ours.filter((d) => !(d.code === 'missing-key' && meant.has(d.path!)));
  out.diagnostics.splice(first, ours.length, ...kept);
}

// The allowed values of a failing keyword, once per schema node: the same objects on every check,
// so the suggestion cache in suggest.ts hits on each keystroke.
const valuesCache = new WeakMap<object, VocabularyValue[]>();

function allowedValues(keyword: 'oneOf' | 'anyOf' | 'enum' | 'const', schema: unknown): VocabularyValue[] {
  const build = () => valuesOf([{ [keyword]: schema } as JsonSchema]);
  if (typeof schema !== 'object' || schema === null) return build();
  let values = valuesCache.get(schema);
  if (!values) valuesCache.set(schema, (values = build()));
  return values;
}
