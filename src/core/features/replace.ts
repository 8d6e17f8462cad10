// Replacing one vocabulary value by another across reports: "Casedoc: Replace Value Across
// Reports…" and `casedoc replace` make exactly these edits. Each is the quick fixes' own replacement
// of a scalar (`replaceScalar`), so quoting, comments, key order and line ends stay as they were; in
// a list that already holds the new value, the old item is dropped instead (merged), never doubled.
import { isMap, isPair, isScalar, isSeq, type Node, type YAMLSeq } from 'yaml';
import { placeName } from '../checks/schema/deprecatedValue';
import type { ParsedReport } from '../parse/report';
import type { JsonSchema } from '../schema/compile';
import { fieldAt, propertiesAt, type VocabularyValue } from '../schema/vocabulary';
import type { Range } from '../types';
import { replaceScalar, type TextEdit } from './edits';

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

/** A use with what a merge needs: the list it is an item of, and its offsets. */
interface Use extends ValueUse {
  start: number;
  end: number;
  list?: { seq: YAMLSeq; index: number };
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
  return uses(report, field).map(({ value, range, replaceable }) => ({ value, range, replaceable }));
}

function uses(report: ParsedReport, field: string): Use[] {
  const yaml = report.yaml;
  if (!yaml) return [];
  const out: Use[] = [];
  const at = (node: Node, path: string[], list?: Use['list']) => {
    if (!isScalar(node) || typeof node.value !== 'string' || !node.range || placeName(path) !== field) return;
    const start = yaml.offset + node.range[0];
    const end = yaml.offset + node.range[1];
    const raw = report.text.slice(start, end);
    const value = node.value;
    out.push({ value, range: { start: report.lines.positionAt(start), end: report.lines.positionAt(end) }, replaceable: raw === value || raw === `"${value}"` || raw === `'${value}'`, start, end, list });
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
      node.items.forEach((item, i) => (isScalar(item) ? at(item, [...path, String(i)], { seq: node, index: i }) : visit(item, [...path, String(i)], depth + 1)));
    }
  };
  visit(yaml.doc.contents, [], 0);
  return out;
}

/**
 * What replacing `from` by `to` at `field` does to one report: the edits; the places it cannot edit
 * in place; and `merged`, the list items it drops because their list already holds `to` (or gets it
 * from an earlier item), so that `[social, health]` becomes `[health]`, never `[health, health]`.
 */
export function replaceValue(report: ParsedReport, field: string, from: string, to: string): { edits: TextEdit[]; left: Range[]; merged: Range[] } {
  const edits: TextEdit[] = [];
  const left: Range[] = [];
  const merged: Range[] = [];
  const all = uses(report, field);
  const holdsTo = new Set(all.filter((u) => u.list && u.value === to).map((u) => u.list!.seq));
  for (const use of all) {
    if (use.value !== from) continue;
    if (use.list && holdsTo.has(use.list.seq)) {
      const drop = use.replaceable ? dropItem(report, use, all) : null;
      if (drop) {
        edits.push(drop);
        merged.push(use.range);
      } else left.push(use.range);
    } else if (use.replaceable) {
      edits.push(replaceScalar(report, use.range, to));
      if (use.list) holdsTo.add(use.list.seq);
    } else left.push(use.range);
  }
  return { edits, left, merged };
}

/**
 * The edit that removes one item of a list and nothing else: in a flow list the item with the comma
 * after it (or, where no item that stays follows, the comma before it), on one line with no comment between; in a block list
 * its whole line, where the line is `- item` with at most a comment. Anything else is left to the author.
 */
function dropItem(report: ParsedReport, use: Use, all: readonly Use[]): TextEdit | null {
  const { seq, index } = use.list!;
  const text = report.text;
  const offset = report.yaml!.offset;
  const span = (start: number, end: number): TextEdit => ({ range: { start: report.lines.positionAt(start), end: report.lines.positionAt(end) }, newText: '' });
  const itemStart = (i: number) => offset + (seq.items[i] as Node).range![0];
  const itemEnd = (i: number) => offset + (seq.items[i] as Node).range![1];
  if (seq.flow) {
    const between = (a: number, b: number) => /^[ \t]*,[ \t]*$/.test(text.slice(a, b));
    // Items dropped side by side must not take the same comma: each takes the comma after it while
    // an item that stays comes later, else the comma before it (`[a, x, x]` → `[a]`, `[x, x, a]` → `[a]`).
    const dropped = (i: number) => all.some((u) => u.list?.seq === seq && u.list.index === i && u.value === use.value);
    const keptAfter = seq.items.some((_, i) => i > index && !dropped(i));
    if (keptAfter && between(use.end, itemStart(index + 1))) return span(use.start, itemStart(index + 1));
    if (!keptAfter && index > 0 && between(itemEnd(index - 1), use.start)) return span(itemEnd(index - 1), use.end);
    return null;
  }
  const lineStart = text.lastIndexOf('\n', use.start - 1) + 1;
  const newline = text.indexOf('\n', use.end);
  const lineEnd = newline < 0 ? text.length : newline + 1;
  if (!/^[ \t]*-[ \t]+$/.test(text.slice(lineStart, use.start)) || !/^[ \t]*(#[^\n]*)?\r?\n?$/.test(text.slice(use.end, lineEnd))) return null;
  // Another use on the same line (a nested list) is not this item's alone.
  if (all.some((u) => u !== use && u.start >= lineStart && u.start < lineEnd)) return null;
  return span(lineStart, lineEnd);
}
