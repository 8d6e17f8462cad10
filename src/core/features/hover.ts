import type { ParsedReport } from '../parse/report';
import type { JsonSchema } from '../schema/compile';
import { fieldAt } from '../schema/vocabulary';
import type { Lang, Position, Range } from '../types';
import { describeSubject } from './describe';
import { locate } from './locate';

export interface Hover {
  markdown: string;
  range: Range;
}

/** What a key or value in the frontmatter means, in the user's language with the other's label. */
export function hover(report: ParsedReport, position: Position, schema: JsonSchema, lang: Lang): Hover | null {
  const yaml = report.yaml;
  if (!yaml) return null;
  const offset = report.lines.offsetAt(position) - yaml.offset;
  const found = locate(yaml.doc, offset);
  if (!found) return null;
  const field = fieldAt(schema, found.path);
  const range = report.lines.rangeAt(yaml.offset + found.start, yaml.offset + found.end);
  if (found.part === 'key') {
    if (!field.title && !field.description) return null;
    return { markdown: describeSubject(field, schema, lang), range };
  }
  const raw = (found.node as { value?: unknown }).value;
  const value = field.values.find((v) => v.id === String(raw));
  if (!value) return null;
  const key = found.path.filter((s) => !/^\d+$/.test(s)).pop() ?? '';
  const fieldTitle = lang === 'da' ? field.titleDa ?? field.title : field.title;
  const note = lang === 'da' ? field.valueNoteDa ?? field.valueNote : field.valueNote;
  return { markdown: describeSubject(value, schema, lang, fieldTitle ? `*${fieldTitle}* (\`${key}\`)` : undefined, note), range };
}
