import { isMap, isScalar, type Node, type YAMLMap } from 'yaml';
import type { ParsedReport } from '../parse/report';
import { lookup } from '../parse/yaml';
import { analyseBody } from '../parse/body';
import type { JsonSchema } from '../schema/compile';
import { fieldAt } from '../schema/vocabulary';
import { eolOf } from '../text/eol';
import { parsePointer } from '../text/pointer';
import type { Diagnostic, Lang, Position, Range } from '../types';
import { ENGINE_WORDS } from '../words';

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

export const fixAllTitle = (lang: Lang) => ENGINE_WORDS[lang].fix.fixAll;


/**
 * The fixes for one diagnostic, computed from its `data` and the parsed text alone (never from the
 * message). Each edit touches only the key, value or lines the fix is about.
 */
export function fixesFor(report: ParsedReport, d: Diagnostic, schema: JsonSchema, lang: Lang): Fix[] {
  const t = ENGINE_WORDS[lang].fix;
  const data = d.data ?? {};
  switch (d.code) {
    case 'invalid-value': {
      const suggestion = typeof data.suggestion === 'string' ? data.suggestion : null;
      if (suggestion) return [{ title: t.replace(suggestion), edits: [replaceScalar(report, d.range, suggestion)], preferred: true, unambiguous: true }];
      const allowed = Array.isArray(data.allowed) ? (data.allowed as string[]) : [];
      return allowed.slice(0, 12).map((v) => ({ title: t.replace(v), edits: [replaceScalar(report, d.range, v)], preferred: false, unambiguous: false }));
    }
    case 'unknown-key': {
      const suggestion = typeof data.suggestion === 'string' ? data.suggestion : null;
      return suggestion ? [{ title: t.rename(suggestion), edits: [replaceScalar(report, d.range, suggestion)], preferred: true, unambiguous: true }] : [];
    }
    case 'missing-key': {
      const edit = addKey(report, parsePointer(String(data.parentPath ?? '')), String(data.key), schema);
      return edit ? [{ title: t.add(String(data.key)), edits: [edit], preferred: true, unambiguous: false }] : [];
    }
    case 'missing-attention-section':
    case 'missing-section': {
      const insert = data.insert as { at: Position; heading: string } | undefined;
      if (!insert) return [];
      const heading = insert.heading.replace(/^#+\s*/, '');
      const edit = insertHeading(report, insert.at, insert.heading);
      // At the end of a text whose last code or HTML block is left open, a heading would not be one.
      if (report.lines.offsetAt(insert.at) >= report.text.length && !headingLandsAtEnd(report, edit)) return [];
      return [{ title: t.insert(heading), edits: [edit], preferred: d.code === 'missing-attention-section', unambiguous: false }];
    }
    case 'duplicate-key': {
      const key = String(data.key);
      const fixes: Fix[] = [];
      const here = removeLines(report, data.pair as Range | undefined);
      const first = removeLines(report, data.firstPair as Range | undefined);
      if (here) fixes.push({ title: t.removeThis(key, Number(data.firstLine)), edits: [here], preferred: false, unambiguous: false });
      if (first) fixes.push({ title: t.removeFirst(key, Number(data.firstLine)), edits: [first], preferred: false, unambiguous: false });
      return fixes;
    }
    case 'dominant-paradigm-missing': {
      const edit = addKey(report, [], 'dominant_paradigm', schema);
      return edit ? [{ title: t.add('dominant_paradigm'), edits: [edit], preferred: true, unambiguous: false }] : [];
    }
    case 'deprecated-value': {
      // One fix per replacement; only a single one is applied unasked.
      const replacedBy = Array.isArray(data.replacedBy) ? data.replacedBy.filter((r): r is string => typeof r === 'string') : [];
      return replacedBy.map((r, i) => ({
        title: t.replace(r), edits: [replaceScalar(report, d.range, r)], preferred: replacedBy.length === 1 && i === 0, unambiguous: replacedBy.length === 1,
      }));
    }
    case 'wrong-type': {
      const expected = data.expected as string[] | undefined;
      if (!expected?.includes('array') || data.actual !== 'string') return [];
      const raw = textOf(report, d.range);
      // A plain value with a comma would become several items: leave that choice to the writer.
      if (/^["']/.test(raw) ? false : /[,[\]{}#]/.test(raw)) return [];
      const key = d.path ? parsePointer(d.path).pop() ?? '' : '';
      return [{ title: t.list(key), edits: [{ range: d.range, newText: `[${raw}]` }], preferred: true, unambiguous: true }];
    }
    default:
      return [];
  }
}

/** Every unambiguous fix in the file, as one set of edits that do not overlap. */
export function fixAll(report: ParsedReport, diagnostics: readonly Diagnostic[], schema: JsonSchema, lang: Lang): TextEdit[] {
  const edits: { start: number; end: number; edit: TextEdit }[] = [];
  for (const d of diagnostics) {
    const fixes = fixesFor(report, d, schema, lang).filter((f) => f.unambiguous);
    if (fixes.length !== 1) continue;
    for (const edit of fixes[0].edits) {
      const start = report.lines.offsetAt(edit.range.start);
      const end = report.lines.offsetAt(edit.range.end);
      if (edits.some((e) => start < e.end && e.start < end)) continue;
      edits.push({ start, end, edit });
    }
  }
  return edits.sort((a, b) => a.start - b.start).map((e) => e.edit);
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

function textOf(report: ParsedReport, range: Range): string {
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

function addKey(report: ParsedReport, parent: string[], key: string, schema: JsonSchema): TextEdit | null {
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

function insertHeading(report: ParsedReport, at: Position, heading: string): TextEdit {
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
function headingLandsAtEnd(report: ParsedReport, edit: TextEdit): boolean {
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
function removeLines(report: ParsedReport, pair: Range | undefined): TextEdit | null {
  if (!pair) return null;
  const { text, lines } = report;
  const start = lines.lineStart(pair.start.line);
  if (text.slice(start, lines.offsetAt(pair.start)).trim() !== '') return null;
  const after = text.slice(lines.offsetAt(pair.end), lines.lineContentEnd(pair.end.line));
  if (after.trim() !== '' && !after.trim().startsWith('#')) return null;
  const endLine = pair.end.line + 1;
  return { range: { start: lines.positionAt(start), end: lines.positionAt(lines.lineStart(endLine)) }, newText: '' };
}
