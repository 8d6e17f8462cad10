import type { FieldInfo, VocabularyValue } from '../schema/vocabulary';
import type { JsonSchema } from '../schema/compile';
import type { Lang } from '../types';
import { ENGINE_WORDS } from '../words';

/** "S A&E17; L TSR19" → the full references the schema's x-references holds for each code. */
export function citations(source: string | null, schema: JsonSchema): string[] {
  if (!source) return [];
  const refs = (schema['x-references'] ?? {}) as Record<string, string>;
  const out: string[] = [];
  for (const part of source.split(/[;,]/)) {
    for (const token of part.trim().split(/\s+/)) {
      const full = refs[token];
      if (full && !['S', 'L'].includes(token) && !out.includes(full)) out.push(full);
    }
  }
  return out;
}


/** Markdown that teaches one field or value: both labels, the definition, and where it comes from. */
export function describeSubject(subject: FieldInfo | VocabularyValue, schema: JsonSchema, lang: Lang, heading?: string): string {
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
  const refs = citations(subject.source, schema);
  if (subject.source) {
    lines.push('', `*${refs.length > 1 ? w.sources : w.source}: ${subject.source}*`);
    for (const r of refs) lines.push(`- ${r}`);
  }
  return lines.join('\n');
}
