import { isMap, isPair, isScalar, isSeq } from 'yaml';
import type { Document, Node, Pair, Range, Scalar } from 'yaml';

/**
 * A keystroke inside one scalar of the frontmatter (a title, a value, a key), applied to the
 * previous version's YAML document instead of parsing the frontmatter again: the edited scalar gets
 * its new value and every node after it moves by the edit's length. Nodes wholly before the edit are
 * shared with the previous document (they are never mutated); the rest are copies.
 *
 * Returns null whenever the edit could change more than that scalar's value: a line break, a quote,
 * an escape, a comment or `: ` typed, a flow collection, a plain value that would stop being a
 * string (`42`, `true`, `null`), a previous document with errors. The caller then parses as usual,
 * so the result always equals a fresh parse; a unit test checks that on random edits.
 */
export function editScalar(doc: Document.Parsed, before: string, after: string): Document.Parsed | null {
  if (doc.errors.length > 0 || doc.warnings.length > 0 || !doc.contents) return null;
  // The edit, as the span that differs: [from, oldEnd) in `before` became [from, newEnd) in `after`.
  const limit = Math.min(before.length, after.length);
  let from = 0;
  while (from < limit && before.charCodeAt(from) === after.charCodeAt(from)) from++;
  let tail = 0;
  while (tail < limit - from && before.charCodeAt(before.length - 1 - tail) === after.charCodeAt(after.length - 1 - tail)) tail++;
  const oldEnd = before.length - tail;
  const delta = after.length - before.length;
  if (from === oldEnd && delta === 0) return null;

  const around = scalarAround(doc.contents as Node, from, oldEnd);
  if (!around) return null;
  const target = around[around.length - 1] as Scalar;
  const [start, valueEnd] = target.range!;
  const raw = after.slice(start, valueEnd + delta);
  const value = scalarValue(target, raw, doc);
  if (value === null) return null;
  // An implicit key may run at most 1,024 characters from its start to its `:`; past that (with the
  // spaces before the `:`) a fresh parse reports an error. Kept well inside that.
  if (isKey(around, target) && colonAfter(after, valueEnd + delta) - start > 1000) return null;

  const edit: Edit = { from, delta, containing: new Set<unknown>(around), target, value };
  const next = Object.assign(clone(doc), {
    contents: copy(doc.contents, edit),
    range: moved(doc.range, true, edit),
    errors: [],
    warnings: [],
  }) as Document.Parsed;
  return next;
}

interface Edit {
  from: number;
  delta: number;
  /** The edited scalar and the collections around it: they grow or shrink with the edit. */
  containing: Set<unknown>;
  target: Scalar;
  value: string;
}

// Module-level functions, not closures: a keystroke calls them for every node after the edit.

/** A node as it is after the edit: shared when it ends before it, else a copy, moved. */
function copy(node: unknown, edit: Edit): unknown {
  if (!node || typeof node !== 'object') return node;
  const n = node as Node;
  const holds = edit.containing.has(node);
  // Ending where the edit begins, and not around it: the same object serves both documents.
  if (!holds && n.range && n.range[2] <= edit.from) return node;
  if (isPair(node)) {
    const pair = node as Pair;
    return Object.assign(clone(pair), { key: copy(pair.key, edit), value: copy(pair.value, edit) });
  }
  const out = clone(n) as Node & { value?: unknown; source?: unknown; items?: unknown[] };
  if (n.range) out.range = moved(n.range, holds, edit);
  if (node === edit.target) {
    out.value = edit.value;
    out.source = edit.value;
  }
  if (isMap(n) || isSeq(n)) {
    const items = n.items as unknown[];
    const copied = new Array<unknown>(items.length);
    for (let i = 0; i < items.length; i++) copied[i] = copy(items[i], edit);
    out.items = copied;
  }
  return out;
}

/** Offsets after the edit move by its length; an end at its start moves only for a node around it. */
function moved(r: Range, holds: boolean, edit: Edit): Range {
  const { from, delta } = edit;
  return [
    r[0] > from ? r[0] + delta : r[0],
    r[1] > from || (holds && r[1] === from) ? r[1] + delta : r[1],
    r[2] > from || (holds && r[2] === from) ? r[2] + delta : r[2],
  ];
}

/** A shallow copy with the same prototype and every own property, the hidden node-type symbol included. */
function clone<T extends object>(o: T): T {
  const proto = Object.getPrototypeOf(o) as object;
  const out = Object.assign(Object.create(proto), o) as Record<symbol, unknown>;
  let symbols = symbolsOf.get(proto);
  if (!symbols) symbolsOf.set(proto, (symbols = Object.getOwnPropertySymbols(o)));
  for (const s of symbols) out[s] = (o as Record<symbol, unknown>)[s];
  return out as T;
}
const symbolsOf = new WeakMap<object, symbol[]>();

/**
 * The single-line scalar of a block collection whose text holds the whole edit, after the
 * collections that lead to it; or null.
 */
function scalarAround(root: Node, from: number, oldEnd: number): Node[] | null {
  const path: Node[] = [];
  let node: unknown = root;
  for (let depth = 0; depth < 64; depth++) {
    path.push(node as Node);
    if (isScalar(node)) {
      const [start, valueEnd] = node.range!;
      // Quoted: strictly between the quotes. Plain: anywhere from its first to just past its last character.
      const quoted = node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE';
      if (quoted ? from > start && oldEnd < valueEnd : node.type === 'PLAIN' && from >= start && oldEnd <= valueEnd) return path;
      return null;
    }
    if (!(isMap(node) || isSeq(node)) || node.flow) return null;
    let inside: unknown = null;
    for (const item of node.items as unknown[]) {
      const parts = isPair(item) ? [item.key, item.value] : [item];
      for (const part of parts) {
        const r = (part as Node | null)?.range;
        if (r && r[0] <= from && oldEnd <= r[1]) inside = part;
      }
      if (inside) break;
    }
    if (!inside) return null;
    node = inside;
  }
  return null;
}

function isKey(path: readonly Node[], target: Scalar): boolean {
  const parent = path[path.length - 2];
  return isMap(parent) && parent.items.some((pair) => pair.key === target);
}

/** Where the `:` after a key is: past the spaces and tabs that follow it. */
function colonAfter(text: string, from: number): number {
  let i = from;
  while (text[i] === ' ' || text[i] === '\t') i++;
  return i;
}

// Characters that could end, open or change a token: kept out of an incrementally edited scalar.
const CONTROL = /[\u0000-\u001F\u007F-\u009F\u2028\u2029\uFEFF\uD800-\uDFFF]/;
const PLAIN_START = /^[-?:,[\]{}#&*!|>'"%@`\s]/;

/** The new value of `node` written as `raw`, when it is still a string of the same kind; else null. */
function scalarValue(node: Scalar, raw: string, doc: Document.Parsed): string | null {
  if (typeof node.value !== 'string' || node.tag || node.anchor || raw.length > 1000 || CONTROL.test(raw)) return null;
  if (node.type === 'QUOTE_DOUBLE') {
    if (raw.length < 2 || raw[0] !== '"' || raw[raw.length - 1] !== '"') return null;
    const inner = raw.slice(1, -1);
    return /["\\]/.test(inner) ? null : inner;
  }
  if (node.type === 'QUOTE_SINGLE') {
    if (raw.length < 2 || raw[0] !== "'" || raw[raw.length - 1] !== "'") return null;
    const inner = raw.slice(1, -1);
    return inner.includes("'") ? null : inner;
  }
  // Plain: no indicator first, no `: ` or ` #` inside, no space or `:` last, and no other type's form.
  // Nor `...` first: at a line's start it ends the document (`-` and so `---` are indicators already).
  if (raw === '' || PLAIN_START.test(raw) || raw.startsWith('...') || /\s$|:$|: |\t|\s#/.test(raw)) return null;
  for (const tag of doc.schema.tags) {
    if ('test' in tag && tag.test instanceof RegExp && tag.default && tag.test.test(raw)) return null;
  }
  return raw;
}
