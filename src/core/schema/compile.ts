import Ajv2020, { type ValidateFunction } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { jsonErrorAt } from '../text/jsonError';
import { ajvCode, UnsupportedPattern } from '../text/regex';
import { SCHEMA_REASONS, type ReasonArgs, type SchemaProblem } from './reasons';
import type { Lang } from '../types';

export type JsonSchema = Record<string, unknown>;

export interface CompiledSchema {
  json: JsonSchema;
  validate: ValidateFunction;
}

export type SchemaLoad = { ok: true; schema: CompiledSchema } | { ok: false; reason: string };

/** A schema larger than this is refused: no case-report vocabulary comes near it. */
export const MAX_SCHEMA_CHARS = 2_000_000;

/** What compiling a text gave: the schema, or why not (said in the caller's language on return). */
type Compiled = { ok: true; schema: CompiledSchema } | ({ ok: false; problem: SchemaProblem } & Omit<ReasonArgs, 'limit'>);

const cache = new Map<string, Compiled>();
const CACHE_LIMIT = 32;

/** The one Ajv set-up, shared by the runtime compile and the ahead-of-time one (scripts/gen-validator.ts). */
export function newAjv(options: { source?: boolean } = {}): Ajv2020 {
  // strict off: schemas carry annotation keywords of their own (x-title-da, enumDescriptions…).
  // verbose: errors carry their schema, so oneOf-of-const collapses to one "allowed values" error.
  // No loadSchema: a $ref to a URL is reported as unresolved, never fetched.
  // logger off: a schema's problem is returned as the reason; Ajv would also print the generated code.
  // regExp: a schema compiled while Casedoc runs is a file someone else may have written, so its
  // patterns run on the linear-time engine (text/regex.ts). The built-in schema, compiled ahead of
  // time (`source`), is Casedoc's own and keeps native RegExp: its standalone code cannot import ours.
  const source = options.source === true;
  const ajv = new Ajv2020({ allErrors: true, strict: false, verbose: true, allowUnionTypes: true, logger: false, code: ajvCode(source) });
  addFormats(ajv);
  return ajv;
}

/**
 * Compiles a schema given as JSON text, cached by its content: the built-in schema and every custom
 * schema are compiled once per process. A problem with the schema is returned, never thrown, with
 * its reason in `lang`.
 */
export function loadSchema(text: string, lang: Lang = 'en'): SchemaLoad {
  let compiled = cache.get(text);
  if (!compiled) {
    compiled = compileText(text);
    if (cache.size >= CACHE_LIMIT) cache.delete(cache.keys().next().value as string);
    cache.set(text, compiled);
  }
  return compiled.ok ? compiled : { ok: false, reason: SCHEMA_REASONS[lang][compiled.problem]({ ...compiled, limit: MAX_SCHEMA_CHARS / 1e6 }) };
}

/** Why a schema cannot be used, in the writer's language (hosts use it for their own problems too). */
export function schemaReason(problem: SchemaProblem, lang: Lang, detail?: string): string {
  return SCHEMA_REASONS[lang][problem]({ detail, limit: MAX_SCHEMA_CHARS / 1e6 });
}

function compileText(text: string): Compiled {
  if (text.length > MAX_SCHEMA_CHARS) return { ok: false, problem: 'too-large' };
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    // Where, never what: JSON.parse's message quotes the text, and the file may be anything.
    return { ok: false, problem: 'not-json', at: jsonErrorAt(text) };
  }
  // Draft 2020-12 allows a boolean schema: `true` accepts every frontmatter, `false` none.
  if (typeof json === 'boolean') return compileObject(json ? {} : { not: {} }, json);
  if (typeof json !== 'object' || json === null || Array.isArray(json)) return { ok: false, problem: 'not-object' };
  return compileObject(json as JsonSchema);
}

/** `as` is what Ajv compiles when it is not `json` itself: a boolean root, read by the rest as its object form. */
export function compileObject(json: JsonSchema, as: JsonSchema | boolean = json): Compiled {
  const ajv = newAjv();
  try {
    if (!ajv.validateSchema(as)) {
      const first = ajv.errors?.[0];
      return { ok: false, problem: 'not-schema', detail: `${first?.instancePath || '/'} ${first?.message ?? ''}`.trim() };
    }
    const validate = ajv.compile(as);
    return { ok: true, schema: { json, validate } };
  } catch (e) {
    const err = e as Error & { missingRef?: string };
    if (err.missingRef) return { ok: false, problem: /^[a-z]+:\/\//i.test(err.missingRef) ? 'ref-url' : 'ref-missing', detail: err.missingRef };
    if (e instanceof UnsupportedPattern) return { ok: false, problem: 'pattern', pattern: e };
    if (e instanceof RangeError) return { ok: false, problem: 'ref-cycle' };
    // Ajv compiles with `new Function`; a Content-Security-Policy without 'unsafe-eval' refuses it.
    if (e instanceof EvalError) return { ok: false, problem: 'no-code-generation' };
    return { ok: false, problem: 'other', detail: err.message };
  }
}
