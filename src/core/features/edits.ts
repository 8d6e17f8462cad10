// Quick fixes and bulk edits as plain data, and the edits they are made of: each touches only the
// key, value or lines it is about, in the writer's style (quotes, indent, line ends). The fixes
// themselves live with their codes (`defineCode`'s fix, under src/core/checks/).
import { isMap, isScalar, type Node, type YAMLMap } from 'yaml';
import type { ParsedReport } from '../parse/report';
import { lookup } from '../parse/yaml';
import { analyseBody } from '../parse/body';
import type { JsonSchema } from '../schema/compile';
import { fieldAt } from '../schema/vocabulary';
import { eolOf } from '../text/eol';
import type { Position, Range } from '../types';

export interface TextEdit {
  range: Range;
  newText: string;
}

export interface Fix {
  title: string;
  edits: TextEdit[];
  /** The fix an editor applies first (the suggested value or key). */
  preferred: boolean;
  /** Safe to apply with every other such fix, unasked ("fix all"): nothing to choose, nothing lost. */
  unambiguous: boolean;
}

/** Applies non-overlapping edits to a text, as an editor does (the tests apply fixes with it). */
export function applyEdits(report: ParsedReport, edits: readonly TextEdit[]): string {
  const spans = edits
    .map((e) => ({ start: report.lines.offsetAt(e.range.start), end: report.lines.offsetAt(e.range.end), text: e.newText }))
    .sort((a, b) => b.start - a.start);
  let text = report.text;
  for (const s of spans) text = text.slice(0, s.start) + s.text + text.slice(s.end);
  return text;
}

/** Replaces a key or value, inside its quotes when the writer quoted it: the quoting style stays. */
export function replaceScalar(report: ParsedReport, range: Range, value: string): TextEdit {
  const raw = textOf(report, range);
  const quote = raw.length >= 2 && (raw[0] === '"' || raw[0] === "'") && raw[raw.length - 1] === raw[0] ? raw[0] : null;
  if (!quote) return { range, newText: value };
  const inner = { start: { line: range.start.line, character: range.start.character + 1 }, end: { line: range.end.line, character: range.end.character - 1 } };
  return { range: inner, newText: value };
}

export function textOf(report: ParsedReport, range: Range): string {
  return report.text.slice(report.lines.offsetAt(range.start), report.lines.offsetAt(range.end));
}

/** A placeholder that keeps the key's shape: a list, a group of keys, or an empty value to fill in. */
function placeholder(schema: JsonSchema, path: string[]): string {
  for (const s of fieldAt(schema, path).schemas) {
    if (s.type === 'array') return ' []';
    if (s.type === 'object') return ' {}';
  }
  return ' ';
}

/** Adds `key:` to the map at `parent` with a placeholder of the shape the schema gives it. */
export function addKey(report: ParsedReport, parent: string[], key: string, schema: JsonSchema): TextEdit | null {
  return insertKey(report, parent, key, placeholder(schema, [...parent, key]));
}

/**
 * Adds `key:` with `value` (its text after the colon, with its leading space) to the map at
 * `parent`: after its last entry, in its style (a new line at its indent, or inside `{…}`).
 */
export function insertKey(report: ParsedReport, parent: readonly string[], key: string, value: string): TextEdit | null {
  const yaml = report.yaml;
  const fm = report.frontmatter;
  if (!yaml || !fm) return null;
  const { text, lines } = report;
  const eol = eolOf(text);
  const node = (parent.length === 0 ? yaml.doc.contents : lookup(yaml.doc, [...parent]).node) as Node | null;
  if (parent.length === 0 && (!node || (isScalar(node) && node.value === null))) {
    const at = lines.positionAt(fm.contentEnd);
    return { range: { start: at, end: at }, newText: `${key}:${value}${eol}` };
  }
  if (!node || !isMap(node)) return null;
  const map = node as YAMLMap;
  const end = yaml.offset + (map.range?.[1] ?? 0);
  if (map.flow) {
    // `{name: A}` → `{name: A, sector: }`: before the closing brace.
    let close = end - 1;
    while (close > 0 && text[close] !== '}') close--;
    const at = lines.positionAt(close);
    const sep = map.items.length > 0 ? ', ' : '';
    return { range: { start: at, end: at }, newText: `${sep}${key}:${value}` };
  }
  const first = map.items[0]?.key as Node | undefined;
  if (!first?.range) return null;
  const indent = lines.positionAt(yaml.offset + first.range[0]).character;
  let last = end;
  while (last > 0 && /\s/.test(text[last - 1])) last--;
  const at = lines.positionAt(lines.lineContentEnd(lines.positionAt(last).line));
  return { range: { start: at, end: at }, newText: `${eol}${' '.repeat(indent)}${key}:${value}` };
}

export function insertHeading(report: ParsedReport, at: Position, heading: string): TextEdit {
  const { text, lines } = report;
  const eol = eolOf(text);
  const offset = lines.offsetAt(at);
  if (offset >= text.length) {
    // At the end: a blank line before the heading, whatever the text ends with.
    const lead = text.endsWith(eol + eol) ? '' : text.endsWith(eol) ? eol : eol + eol;
    return { range: { start: at, end: at }, newText: `${lead}${heading}${eol}` };
  }
  return { range: { start: at, end: at }, newText: `${heading}${eol}${eol}` };
}

/**
 * Whether a heading inserted at the end of the text would read as a heading: not when the text ends
 * inside a code block or an HTML block left open. Parses from the last section's heading (small),
 * once per parse.
 */
export function headingLandsAtEnd(report: ParsedReport, edit: TextEdit): boolean {
  const known = landsAtEnd.get(report);
  if (known !== undefined) return known;
  const { sections } = report.body().analysis;
  const last = sections[sections.length - 1];
  const from = report.bodyStart + (last ? last.start : 0);
  const tail = report.text.slice(from) + edit.newText;
  const headingAt = tail.length - edit.newText.length + edit.newText.search(/#/);
  const lands = analyseBody(tail, 0).sections.some((x) => x.start === headingAt);
  landsAtEnd.set(report, lands);
  return lands;
}
const landsAtEnd = new WeakMap<ParsedReport, boolean>();

/** Whole lines of a block pair, with their line break; null when the pair shares a line with others. */
export function removeLines(report: ParsedReport, pair: Range | undefined): TextEdit | null {
  if (!pair) return null;
  const { text, lines } = report;
  const start = lines.lineStart(pair.start.line);
  if (text.slice(start, lines.offsetAt(pair.start)).trim() !== '') return null;
  const after = text.slice(lines.offsetAt(pair.end), lines.lineContentEnd(pair.end.line));
  if (after.trim() !== '' && !after.trim().startsWith('#')) return null;
  const endLine = pair.end.line + 1;
  return { range: { start: lines.positionAt(start), end: lines.positionAt(lines.lineStart(endLine)) }, newText: '' };
}
