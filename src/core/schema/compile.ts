import Ajv2020, { type ValidateFunction } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';

export type JsonSchema = Record<string, unknown>;

export interface CompiledSchema {
  json: JsonSchema;
  validate: ValidateFunction;
}

/** `noCodeGeneration`: the host forbids generated code (a browser's security policy), so no schema can be compiled there. */
export type SchemaLoad = { ok: true; schema: CompiledSchema } | { ok: false; reason: string; noCodeGeneration?: true };

/** Why a custom schema cannot be used where the host forbids generated code. */
export const NO_CODE_GENERATION = 'this editor does not allow compiling a schema while it runs (its security policy forbids generated code); check against it in desktop VS Code or with `casedoc check`';

/** A schema larger than this is refused: no case-report vocabulary comes near it. */
export const MAX_SCHEMA_CHARS = 2_000_000;

const cache = new Map<string, SchemaLoad>();
const CACHE_LIMIT = 32;

/** The one Ajv set-up, shared by the runtime compile and the ahead-of-time one (scripts/gen-validator.ts). */
export function newAjv(options: { source?: boolean } = {}): Ajv2020 {
  // strict off: schemas carry annotation keywords of their own (x-title-da, enumDescriptions…).
  // verbose: errors carry their schema, so oneOf-of-const collapses to one "allowed values" error.
  // No loadSchema: a $ref to a URL is reported as unresolved, never fetched.
  // logger off: a schema's problem is returned as the reason; Ajv would also print the generated code.
  const ajv = new Ajv2020({ allErrors: true, strict: false, verbose: true, allowUnionTypes: true, logger: false, code: { source: options.source === true } });
  addFormats(ajv);
  return ajv;
}

/**
 * Compiles a schema given as JSON text, cached by its content: the built-in schema and every custom
 * schema are compiled once per process. A problem with the schema is returned, never thrown.
 */
export function loadSchema(text: string): SchemaLoad {
  const cached = cache.get(text);
  if (cached) return cached;
  const result = compileText(text);
  if (cache.size >= CACHE_LIMIT) cache.delete(cache.keys().next().value as string);
  cache.set(text, result);
  return result;
}

function compileText(text: string): SchemaLoad {
  if (text.length > MAX_SCHEMA_CHARS) return { ok: false, reason: `it is larger than ${MAX_SCHEMA_CHARS / 1e6} MB` };
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    return { ok: false, reason: `it is not valid JSON (${(e as Error).message})` };
  }
  if (typeof json !== 'object' || json === null || Array.isArray(json)) {
    return { ok: false, reason: 'it is not a JSON object' };
  }
  return compileObject(json as JsonSchema);
}

export function compileObject(json: JsonSchema): SchemaLoad {
  const ajv = newAjv();
  try {
    if (!ajv.validateSchema(json)) {
      const first = ajv.errors?.[0];
      return { ok: false, reason: `it is not a valid JSON Schema (${first?.instancePath || '/'} ${first?.message ?? ''})`.trim() };
    }
    const validate = ajv.compile(json);
    return { ok: true, schema: { json, validate } };
  } catch (e) {
    const err = e as Error & { missingRef?: string };
    if (err.missingRef) {
      const url = /^[a-z]+:\/\//i.test(err.missingRef);
      return { ok: false, reason: url ? `its $ref ${err.missingRef} points to a URL, which is never fetched` : `its $ref ${err.missingRef} cannot be resolved` };
    }
    if (e instanceof RangeError) return { ok: false, reason: 'its $refs refer to each other in an endless cycle' };
    // Ajv compiles with `new Function`; a Content-Security-Policy without 'unsafe-eval' refuses it.
    if (e instanceof EvalError) return { ok: false, reason: NO_CODE_GENERATION, noCodeGeneration: true };
    return { ok: false, reason: err.message };
  }
}
