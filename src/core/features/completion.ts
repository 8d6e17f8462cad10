import { isMap, isPair, isScalar, isSeq, parseDocument, visit } from 'yaml';
import type { ParsedReport } from '../parse/report';
import type { JsonSchema } from '../schema/compile';
import { fieldAt, propertiesAt, type FieldInfo } from '../schema/vocabulary';
import type { Lang, Position, Range } from '../types';
import { describeSubject } from './describe';
import { findKey } from './locate';

export interface CompletionItem {
  label: string;
  kind: 'key' | 'value';
  /** Shown beside the label: both languages' labels. */
  description: string | null;
  insertText: string;
  /** Typing a Danish label or an alias also finds the value. */
  filterText: string;
  documentation: string;
  range: Range;
  sortText: string;
  /** Open completion again after inserting (a key whose value has a vocabulary). */
  retrigger: boolean;
}

const PROBE = 'casedocprobe';
const WORD = /[\p{L}\p{N}_$.-]/u;

interface Context {
  kind: 'key' | 'value';
  path: string[];
  present: string[];
  /** Offsets in the whole text of the word being replaced. */
  start: number;
  end: number;
}

/**
 * Where the cursor is in YAML terms. The frontmatter is re-parsed with a probe word at the cursor
 * (a key probe on a line that holds only a key so far, a value probe elsewhere), and the probe's
 * place in the tree says what may go there. This copes with the half-typed YAML of a live edit.
 */
function context(report: ParsedReport, position: Position): Context | null {
  const fm = report.frontmatter;
  if (!fm || fm.kind !== 'yaml') return null;
  const { text, lines } = report;
  const offset = lines.offsetAt(position);
  if (offset < fm.contentStart || offset > fm.contentEnd) return null;
  const lineStart = lines.lineStart(position.line);
  const lineEnd = lines.lineContentEnd(position.line);
  let start = offset;
  while (start > lineStart && WORD.test(text[start - 1])) start--;
  let end = offset;
  while (end < lineEnd && WORD.test(text[end])) end++;
  const before = text.slice(lineStart, start);
  const after = text.slice(end, lineEnd);
  const source = (s: number, e: number, insert: string) => text.slice(fm.contentStart, s) + insert + text.slice(e, fm.contentEnd);

  // A block key: only indentation (and a list dash) before the word, and no value after it yet.
  const keyLine = /^(\s*)(-\s+)?$/.exec(before);
  if (keyLine && (after.trim() === '' || /^\s*:/.test(after))) {
    const probe = parseDocument(source(lineStart, lineEnd, `${before}${PROBE}: x`), { uniqueKeys: false });
    const found = findKey(probe, PROBE);
    if (found) return { kind: 'key', path: found.parent, present: found.present, start, end };
  }
  const probe = parseDocument(source(start, end, PROBE), { uniqueKeys: false });
  let result: Context | null = null;
  visit(probe, {
    Pair(_, pair, path) {
      if (isScalar(pair.key) && pair.key.value === PROBE) {
        // A key in a flow map: `{name: A, sec|}`
        const parent = dataPath(path);
        const map = path[path.length - 1];
        const present = isMap(map) ? map.items.map((p) => (isScalar(p.key) ? String(p.key.value) : '')).filter((k) => k && k !== PROBE) : [];
        result = { kind: 'key', path: parent, present, start, end };
        return visit.BREAK;
      }
    },
    Scalar(_, node, path) {
      if (node.value === PROBE) {
        result = { kind: 'value', path: dataPath([...path, node] as readonly unknown[]), present: [], start, end };
        return visit.BREAK;
      }
    },
  });
  return result;
}

/** The data path of the last of `chain` (a node and its ancestors, as `yaml`'s visitor gives them). */
function dataPath(chain: readonly unknown[]): string[] {
  const out: string[] = [];
  for (let i = 1; i < chain.length; i++) {
    const parent = chain[i - 1];
    const node = chain[i];
    if (isMap(parent) && isPair(node) && isScalar(node.key)) out.push(String(node.key.value));
    else if (isSeq(parent)) out.push(String(parent.items.indexOf(node as never)));
  }
  return out;
}

const typeOf = (info: FieldInfo): string | null => {
  for (const s of info.schemas) if (typeof s.type === 'string') return s.type;
  return null;
};

/** Both labels, the reader's language first (`Samproduktion · Co-production`). */
function bothLabels(v: { title: string | null; titleDa: string | null }, lang: Lang): string | null {
  const [first, second] = lang === 'da' ? [v.titleDa, v.title] : [v.title, v.titleDa];
  if (first && second && first !== second) return `${first} · ${second}`;
  return first ?? second;
}

/** Completions at `position`: the keys allowed there that are not yet present, or the values. */
export function complete(report: ParsedReport, position: Position, schema: JsonSchema, lang: Lang): CompletionItem[] {
  const ctx = context(report, position);
  if (!ctx) return [];
  const range = report.lines.rangeAt(ctx.start, ctx.end);
  if (ctx.kind === 'value') {
    const info = fieldAt(schema, ctx.path);
    if (typeOf(info) === 'object') return keys(schema, ctx.path, [], range, lang);
    return values(schema, ctx.path, range, lang);
  }
  // `- |` in a list of plain values: the item takes a value, not keys.
  if (propertiesAt(schema, ctx.path).length === 0) return values(schema, ctx.path, range, lang);
  return keys(schema, ctx.path, ctx.present, range, lang);
}

function keys(schema: JsonSchema, path: string[], present: string[], range: Range, lang: Lang): CompletionItem[] {
  return propertiesAt(schema, path)
    .filter((k) => !present.includes(k))
    .map((k, i) => {
      const info = fieldAt(schema, [...path, k]);
      const hasValues = info.values.length > 0 || fieldAt(schema, [...path, k, '0']).values.length > 0 || typeOf(info) === 'boolean';
      return {
        label: k,
        kind: 'key' as const,
        description: bothLabels(info, lang),
        insertText: `${k}: `,
        filterText: [k, info.title, info.titleDa].filter(Boolean).join(' '),
        documentation: describeSubject(info, schema, lang),
        range,
        // Required keys and the classification first, `$schema` last: schema order otherwise.
        sortText: `${k === '$schema' ? '9' : '1'}${String(i).padStart(3, '0')}`,
        retrigger: hasValues,
      };
    });
}

function values(schema: JsonSchema, path: string[], range: Range, lang: Lang): CompletionItem[] {
  const info = fieldAt(schema, path);
  const type = typeOf(info);
  let vocab = info.values;
  // `policy_area: |` — offer the item values, inserted as a one-item list.
  const asList = vocab.length === 0 && type === 'array';
  if (asList) vocab = fieldAt(schema, [...path, '0']).values;
  // A deprecated value stays valid in older reports but is never offered.
  vocab = vocab.filter((v) => !v.deprecated);
  const items: CompletionItem[] = vocab.map((v, i) => ({
    label: v.id,
    kind: 'value',
    description: bothLabels(v, lang),
    insertText: asList ? `[${v.id}]` : v.id,
    filterText: [v.id, v.title, v.titleDa, ...v.aliases].filter(Boolean).join(' '),
    documentation: describeSubject(v, schema, lang),
    range,
    sortText: String(i).padStart(3, '0'),
    retrigger: false,
  }));
  if (items.length === 0 && type === 'boolean') {
    for (const b of ['true', 'false']) items.push({ label: b, kind: 'value', description: null, insertText: b, filterText: b, documentation: '', range, sortText: b, retrigger: false });
  }
  if (items.length === 0) {
    const examples = info.schemas.flatMap((s) => (Array.isArray(s.examples) ? s.examples : [])).filter((e): e is string => typeof e === 'string');
    examples.forEach((e, i) => items.push({ label: e, kind: 'value', description: null, insertText: e, filterText: e, documentation: '', range, sortText: String(i).padStart(3, '0'), retrigger: false }));
  }
  return items;
}
