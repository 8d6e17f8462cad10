import { builtinSchema } from '../../builtin';
import { replaceScalar } from '../../features/edits';
import type { JsonSchema } from '../../schema/compile';
import { fieldAt } from '../../schema/vocabulary';
import { joinList } from '../../text/list';
import { isObj } from '../../values';
import { defineCheck, defineCode, type Diagnosed } from '../define';
import { q } from '../text';

export const deprecatedValue = defineCode('deprecated-value', 'warning', {
  en: (a: { key: string; value: string; replacements: string; several?: boolean }) => a.several
    ? `${q(a.value)} is no longer used in ${q(a.key)}: write ${a.replacements}, whichever fits.`
    : `${q(a.value)} is no longer used in ${q(a.key)}: write ${a.replacements} instead.`,
  da: (a) => a.several
    ? `${q(a.value)} bruges ikke længere i ${q(a.key)}: skriv ${a.replacements}, alt efter hvad der passer.`
    : `${q(a.value)} bruges ikke længere i ${q(a.key)}: skriv ${a.replacements} i stedet.`,
}, (report, d: Diagnosed<{ value: string; replacedBy: string[] }>, { words }) => {
  // One fix per replacement; only a single one is applied unasked.
  const replacedBy = Array.isArray(d.data.replacedBy) ? d.data.replacedBy.filter((r): r is string => typeof r === 'string') : [];
  return replacedBy.map((r, i) => ({
    title: words.replace(r), edits: [replaceScalar(report, d.range, r)], preferred: replacedBy.length === 1 && i === 0, unambiguous: replacedBy.length === 1,
  }));
});

/**
 * Where a value stands, as an author reads it: `coproduction_mode`, `actors[].sector`,
 * `phases[].actors` (a list's own items are the list: `purpose_defined_by`). The last key alone
 * would say `actors` for a phase's sectors as for the actor list.
 */
export function placeName(path: readonly string[]): string {
  let out = '';
  for (const s of path) out = /^\d+$/.test(s) ? `${out}[]` : out ? `${out}.${s}` : s;
  return out.replace(/\[\]$/, '');
}

// The ids a schema marks deprecated anywhere, once per schema: most reports use none, and a
// value not among them needs no look-up of where it stands.
const deprecatedIds = new WeakMap<JsonSchema, Set<string>>();

function idsOf(schema: JsonSchema): Set<string> {
  let ids = deprecatedIds.get(schema);
  if (!ids) {
    ids = new Set();
    const found = ids;
    JSON.stringify(schema, (_, v: unknown) => {
      if (isObj(v) && v.deprecated === true && typeof v.const === 'string') found.add(v.const);
      return v;
    });
    deprecatedIds.set(schema, ids);
  }
  return ids;
}

/**
 * A value the vocabulary keeps only for older reports (`deprecated: true`): still valid, said with
 * its replacement, which a quick fix writes (one fix per choice when the author must choose).
 */
export default defineCheck({
  id: 'deprecated-value',
  codes: [deprecatedValue],
  check({ data, options, place, lang, emit }) {
    if (!data) return;
    if (options.schema && !options.schema.load.ok) return;
    const schema = options.schema?.load.ok ? options.schema.load.schema.json : builtinSchema().json;
    const ids = idsOf(schema);
    if (ids.size === 0) return;
    const visit = (value: unknown, path: string[]): void => {
      if (typeof value === 'string') {
        if (!ids.has(value)) return;
        const v = fieldAt(schema, path).values.find((x) => x.id === value && x.deprecated);
        if (!v) return;
        emit({
          code: deprecatedValue, range: place.value(path), path,
          args: { key: placeName(path), value, replacements: joinList(v.replacedBy.map(q), lang, 'or'), several: v.replacedBy.length > 1 },
          data: { value, replacedBy: v.replacedBy },
        });
      } else if (Array.isArray(value)) {
        value.forEach((item, i) => visit(item, [...path, String(i)]));
      } else if (isObj(value)) {
        for (const [k, item] of Object.entries(value)) visit(item, [...path, k]);
      }
    };
    visit(data, []);
  },
});
