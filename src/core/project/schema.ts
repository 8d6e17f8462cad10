// The schema a command across the anthology works with (replace, import, a later agreement): the
// one its reports are checked against, so that the CLI and the editor accept the same values.
import type { JsonSchema } from '../schema/compile';

/**
 * The schema most of the reports were checked against (on a tie, the first of those in the reports'
 * order); a report without one of its own counts for `fallback` (the built-in one). A schema is one
 * object per content: loadSchema compiles each text once.
 */
export function anthologySchema(schemas: readonly (JsonSchema | undefined)[], fallback: JsonSchema): JsonSchema {
  const counts = new Map<JsonSchema, number>();
  let best: JsonSchema | undefined;
  for (const given of schemas) {
    const s = given ?? fallback;
    const n = (counts.get(s) ?? 0) + 1;
    counts.set(s, n);
    if (!best || n > counts.get(best)!) best = s;
  }
  return best ?? fallback;
}
