import type { ParsedReport } from '../../parse/report';
import { frontmatterData } from '../../classify';
import { builtinSchema } from '../../builtin';
import type { CompiledSchema } from '../../schema/compile';
import { defineCode, type CheckContext } from '../define';
import { q } from '../text';

export const schemaUrl = defineCode('schema-url', 'warning', {
  en: (a: { url: string }) => `${q(a.url)} is a URL, and Casedoc never fetches schemas from the network: the built-in schema is used.`,
  da: (a) => `${q(a.url)} er en URL, og Casedoc henter aldrig skemaer fra nettet: det indbyggede skema bruges.`,
});
export const schemaUnusable = defineCode('schema-unusable', 'error', {
  en: (a: { schema: string; reason: string }) => `The schema ${q(a.schema)} cannot be used: ${a.reason}.`,
  da: (a) => `Skemaet ${q(a.schema)} kan ikke bruges: ${a.reason}.`,
});

/** What `$schema:` in a report asks for; the host resolves a path, the engine reports a URL. */
export type SchemaReference = { kind: 'none' } | { kind: 'url'; url: string } | { kind: 'path'; path: string };

export function schemaReference(report: ParsedReport): SchemaReference {
  const ref = frontmatterData(report)?.$schema;
  if (typeof ref !== 'string' || ref.trim() === '') return { kind: 'none' };
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(ref.trim())) return { kind: 'url', url: ref.trim() };
  return { kind: 'path', path: ref.trim() };
}

/** The schema to check against: the host's, else the built-in one (a URL is said, never fetched). */
export function resolveSchema(context: CheckContext): CompiledSchema | null {
  const { options } = context;
  if (options.schema) {
    if (options.schema.load.ok) return options.schema.load.schema;
    unusable(context, options.schema.label, options.schema.load.reason);
    return null;
  }
  const ref = schemaReference(context.report);
  if (ref.kind === 'url') context.emit({ code: schemaUrl, range: context.place.value(['$schema']), path: ['$schema'], args: { url: ref.url }, data: { url: ref.url } });
  return builtinSchema();
}

/** A schema that cannot be used, said once: on `$schema` where the writer named it, else on the fence. */
export function unusable({ data, place, emit }: CheckContext, label: string, reason: string): void {
  const named = typeof data?.$schema === 'string';
  emit({ code: schemaUnusable, range: named ? place.value(['$schema']) : place.fence(), path: named ? ['$schema'] : null, args: { schema: label, reason }, data: { schema: label } });
}
