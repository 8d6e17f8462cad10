import type { FieldInfo, VocabularyValue } from '../schema/vocabulary';
import type { JsonSchema } from '../schema/compile';
import type { Lang } from '../types';
import { ENGINE_WORDS } from '../words';
import { builtinSchema } from '../builtin';

/**
 * The works a source names, in order: `S A&E17; L Ost96, B&H16` → A&E17, Ost96, B&H16. `S` with no
 * work after it means the two source texts; `P` stays, for "Casedoc's proposal".
 */
function works(source: string): string[] {
  return source.split(';').flatMap((part) => {
    const [kind, ...codes] = part.trim().split(/[,\s]+/).filter(Boolean);
    if (kind === 'S' && codes.length === 0) return SOURCE_TEXTS;
    if (kind === 'P') return ['P', ...codes];
    return kind === 'S' || kind === 'L' ? codes : [kind, ...codes].filter(Boolean);
  });
}

// Per schema: the side panel and the CLI ask for every attention point of every check.
const tables = new WeakMap<JsonSchema, Record<'x-references' | 'x-citations', Record<string, string>>>();

/** A code's table in the schema, the built-in schema's entries under a custom schema's own. */
function table(schema: JsonSchema, key: 'x-references' | 'x-citations'): Record<string, string> {
  let both = tables.get(schema);
  if (!both) {
    const merged = (k: typeof key) => ({ ...((builtinSchema().json[k] ?? {}) as Record<string, string>), ...((schema[k] ?? {}) as Record<string, string>) });
    tables.set(schema, (both = { 'x-references': merged('x-references'), 'x-citations': merged('x-citations') }));
  }
  return both[key];
}

/** "S A&E17; L Ost96" → the full references of its works, for a list under the hover. */
export function citations(source: string | null, schema: JsonSchema): string[] {
  if (!source) return [];
  const refs = table(schema, 'x-references');
  // A proposal is no work to cite: the source line says it is one.
  return [...new Set(works(source).filter((c) => c !== 'P').map((c) => refs[c]).filter((r): r is string => typeof r === 'string'))];
}

const SOURCE_TEXTS = ['A&E17', 'E24'];

/**
 * A source as people read it: the works by author and year ("Andersen & Espersen 2017; Ostrom
 * 1996"), and a proposal of the project said as such. The codes stay internal.
 */
export function sourceText(source: string | null, lang: Lang, schema: JsonSchema = builtinSchema().json): string {
  if (!source) return '';
  const names = table(schema, 'x-citations');
  return [...new Set(works(source).map((c) => (c === 'P' ? ENGINE_WORDS[lang].hover.proposal : names[c] ?? c)))].join('; ');
}

/** Markdown that teaches one field or value: both labels, the definition, and where it comes from. */
export function describeSubject(subject: FieldInfo | VocabularyValue, schema: JsonSchema, lang: Lang, heading?: string, note?: string | null): string {
  const w = ENGINE_WORDS[lang].hover;
  const title = subject.title ?? ('id' in subject ? subject.id : '');
  const lines: string[] = [];
  if (heading) lines.push(heading, '');
  const labels = subject.titleDa && subject.titleDa !== title
    ? (lang === 'da' ? `**${subject.titleDa}** · ${w.english}: *${title}*` : `**${title}** · ${w.danish}: *${subject.titleDa}*`)
    : `**${title}**`;
  lines.push('id' in subject ? `\`${subject.id}\` — ${labels}` : labels);
  const definition = lang === 'da' ? subject.descriptionDa ?? subject.description : subject.description;
  if (definition) lines.push('', definition);
  if (note) lines.push('', `*${note}*`);
  const refs = citations(subject.source, schema);
  if (subject.source) {
    lines.push('', `*${refs.length > 1 ? w.sources : w.source}: ${sourceText(subject.source, lang, schema)}*`);
    for (const r of refs) lines.push(`- ${r}`);
  }
  return lines.join('\n');
}
