import type { ErrorObject } from 'ajv';
import type { JsonSchema } from '../../schema/compile';

function isConstBranches(branches: unknown): branches is JsonSchema[] {
  return Array.isArray(branches) && branches.length > 0 && branches.every((b) => b && typeof b === 'object' && 'const' in b);
}

/**
 * Ajv reports one failure as several errors (a `oneOf` of consts gives one `const` error per
 * branch plus the `oneOf` error; a `type` error comes with it). Keep the error that says what the
 * writer must change, one per place.
 */
export function collapse(errors: ErrorObject[]): ErrorObject[] {
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
