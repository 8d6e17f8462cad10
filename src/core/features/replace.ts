// Replacing one vocabulary value by another across reports: "Casedoc: Replace Value Across
// Reports…" and `casedoc replace` make exactly these edits. Each is the quick fixes' own replacement
// of a scalar (`replaceScalar`), so quoting, comments, key order and line ends stay as they were.
import { isMap, isPair, isScalar, isSeq, type Node } from 'yaml';
import { placeName } from '../checks/schema/deprecatedValue';
import type { ParsedReport } from '../parse/report';
import type { JsonSchema } from '../schema/compile';
import { fieldAt, propertiesAt, type VocabularyValue } from '../schema/vocabulary';
import type { Range } from '../types';
import { replaceScalar, type TextEdit } from './fixes';

/** A field that has a vocabulary, as an author reads it: `collaboration_type`, `policy_area`, `actors[].sector`. */
export interface VocabularyField {
  name: string;
  /** JSON-Pointer segments of one of its places, `0` for any list item: for `fieldAt`. */
  segments: string[];
  /** Its allowed values, deprecated ones included (never offered as a replacement). */
  values: VocabularyValue[];
}

/** Where a field holds a value in one report. */
export interface ValueUse {
  value: string;
  range: Range;
  /** The value is written as itself (plain or in quotes), so it can be replaced in place. */
  replaceable: boolean;
}

/** Every field of the schema with a vocabulary, in schema order, lists of objects followed one level down. */
export function vocabularyFields(schema: JsonSchema): VocabularyField[] {
  const out: VocabularyField[] = [];
  const visit = (segments: string[], depth: number) => {
    for (const key of propertiesAt(schema, segments)) {
      const here = [...segments, key];
      const field = fieldAt(schema, here);
      const item = [...here, '0'];
      const values = field.values.length ? field.values : fieldAt(schema, item).values;
      // One allowed value (`type: case-report`) leaves nothing to replace it by.
      if (values.length > 1) out.push({ name: placeName(here), segments: field.values.length ? here : item, values });
      else if (depth < 2) {
        // A group of keys (`period`) or a list of them (`actors`, `phases`).
        if (propertiesAt(schema, item).length) visit(item, depth + 1);
        else if (propertiesAt(schema, here).length) visit(here, depth + 1);
      }
    }
  };
  visit([], 0);
  return out;
}

/** The scalar values a report's frontmatter holds at `field` (named as `vocabularyFields` names it), in document order. */
export function valueUses(report: ParsedReport, field: string): ValueUse[] {
  const yaml = report.yaml;
  if (!yaml) return [];
  const out: ValueUse[] = [];
  const at = (node: Node, path: string[]) => {
    if (!isScalar(node) || typeof node.value !== 'string' || !node.range || placeName(path) !== field) return;
    const start = yaml.offset + node.range[0];
    const end = yaml.offset + node.range[1];
    const raw = report.text.slice(start, end);
    const value = node.value;
    out.push({ value, range: { start: report.lines.positionAt(start), end: report.lines.positionAt(end) }, replaceable: raw === value || raw === `"${value}"` || raw === `'${value}'` });
  };
  const visit = (node: unknown, path: string[], depth: number) => {
    if (depth > 16 || !node) return;
    if (isMap(node)) {
      for (const item of node.items) {
        if (!isPair(item) || !isScalar(item.key)) continue;
        const child = [...path, String(item.key.value)];
        if (isScalar(item.value)) at(item.value, child);
        else visit(item.value, child, depth + 1);
      }
    } else if (isSeq(node)) {
      node.items.forEach((item, i) => (isScalar(item) ? at(item, [...path, String(i)]) : visit(item, [...path, String(i)], depth + 1)));
    }
  };
  visit(yaml.doc.contents, [], 0);
  return out;
}

/** What replacing `from` by `to` at `field` does to one report: the edits, and the places it cannot edit in place. */
export function replaceValue(report: ParsedReport, field: string, from: string, to: string): { edits: TextEdit[]; left: Range[] } {
  const edits: TextEdit[] = [];
  const left: Range[] = [];
  for (const use of valueUses(report, field)) {
    if (use.value !== from) continue;
    if (use.replaceable) edits.push(replaceScalar(report, use.range, to));
    else left.push(use.range);
  }
  return { edits, left };
}
