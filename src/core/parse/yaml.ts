import { isAlias, isMap, isPair, isScalar, isSeq, parseDocument } from 'yaml';
import type { Document, Node, Pair, Scalar, YAMLMap } from 'yaml';
import { editScalar } from './yamlEdit';

/** Parsed frontmatter: the `yaml` document (with source offsets) and its plain value. */
export interface YamlFrontmatter {
  doc: Document.Parsed;
  /** Offset of the YAML source within the whole text; add it to every node offset. */
  offset: number;
  /** The plain JavaScript value, or undefined when it could not be built (alias limit). */
  data: unknown;
  aliasLimitExceeded: boolean;
}

/** More aliases than a hand-written case report ever needs, far fewer than a "billion laughs" bomb. */
export const MAX_ALIAS_COUNT = 100;

/**
 * Parses a frontmatter's YAML. Given the previous version's (its source and result), a keystroke
 * inside one scalar updates that document instead (see yamlEdit.ts): the same result, sooner.
 */
export function parseYaml(source: string, offset: number, previous?: { source: string; yaml: YamlFrontmatter }): YamlFrontmatter {
  if (previous && !previous.yaml.aliasLimitExceeded) {
    const doc = editScalar(previous.yaml.doc, previous.source, source);
    const data = doc && plainValue(doc, false);
    if (doc && data !== FALLBACK) return { doc, offset, data, aliasLimitExceeded: false };
  }
  // YAML 1.2 counts a lone CR as a line break; the `yaml` package does not. One character for one
  // keeps every offset valid.
  if (source.includes('\r')) source = source.replace(/\r(?!\n)/g, '\n');
  // Duplicate keys are found by our own walk (duplicateKeys below), so the document still yields
  // data to validate and the diagnostic can carry what the quick fix needs.
  const doc = parseDocument(source, { uniqueKeys: false, prettyErrors: false, keepSourceTokens: false, logLevel: 'error' });
  let data: unknown;
  let aliasLimitExceeded = false;
  try {
    data = plainValue(doc);
  } catch {
    // yaml throws a ReferenceError when expanding would exceed the alias count: refuse, never expand.
    aliasLimitExceeded = true;
  }
  return { doc, offset, data, aliasLimitExceeded };
}

/**
 * The document's plain value. A frontmatter of scalars, maps and sequences with scalar keys (every
 * case report) is converted by a direct walk, several times faster than `toJS`; anything else
 * (aliases, tags, complex keys) goes to `toJS`, which knows every rule.
 */
function plainValue(doc: Document.Parsed, orToJS = true): unknown {
  const value = simple(doc.contents);
  return value === FALLBACK && orToJS ? doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT }) : value;
}

function simple(node: unknown): unknown {
  if (node === null || node === undefined) return null;
  if (isScalar(node)) return node.tag ? FALLBACK : node.value;
  if (isMap(node)) {
    if (node.tag) return FALLBACK;
    const out: Record<string, unknown> = {};
    for (const pair of node.items) {
      // Text, number or boolean keys only: a YAML 1.1 merge key (`<<`, a symbol) and the rest go to `toJS`.
      if (!isScalar(pair.key) || pair.key.tag) return FALLBACK;
      const k = typeof pair.key.value;
      if (k !== 'string' && k !== 'number' && k !== 'boolean') return FALLBACK;
      const value = simple(pair.value);
      if (value === FALLBACK) return FALLBACK;
      const key = String(pair.key.value);
      // As yaml's own conversion does: a `__proto__` key is data, never the prototype.
      if (key === '__proto__') Object.defineProperty(out, key, { value, writable: true, enumerable: true, configurable: true });
      else out[key] = value;
    }
    return out;
  }
  if (isSeq(node)) {
    if (node.tag) return FALLBACK;
    const out: unknown[] = [];
    for (const item of node.items) {
      const value = simple(item);
      if (value === FALLBACK) return FALLBACK;
      out.push(value);
    }
    return out;
  }
  return FALLBACK;
}

const FALLBACK = Symbol('fallback');

export interface NodeLookup {
  /** The value node at the path, or null when it is absent or empty (`key:` with no value). */
  node: Node | null;
  /** The key node when the last segment named a map key that exists. */
  key: Scalar | null;
  /** The key node of `nearest`, when it sits under a map key. */
  nearestKey: Scalar | null;
  /** How many segments resolved. */
  depth: number;
}

// Maps indexed by key on first look-up: a frontmatter with thousands of keys stays linear.
const pairIndex = new WeakMap<YAMLMap, Map<string, Pair>>();

function mapPair(map: YAMLMap, key: string): Pair | undefined {
  let index = pairIndex.get(map);
  if (!index) {
    index = new Map();
    // The last occurrence wins, as in the data that was validated.
    for (const item of map.items) if (isPair(item) && isScalar(item.key)) index.set(String(item.key.value), item);
    pairIndex.set(map, index);
  }
  return index.get(key);
}

/** Follows JSON-Pointer segments through maps and sequences of the document. */
export function lookup(doc: Document, segments: readonly string[]): NodeLookup {
  let current: Node | null = (doc.contents as Node | null) ?? null;
  let key: Scalar | null = null;
  const result: NodeLookup = { node: current, key: null, nearestKey: null, depth: 0 };
  for (const segment of segments) {
    if (current && isAlias(current)) current = (current.resolve(doc) as Node | undefined) ?? null;
    let next: Node | null | undefined;
    if (current && isMap(current)) {
      const pair = mapPair(current, segment);
      if (!pair) return { ...result, node: null, key: null };
      key = pair.key as Scalar;
      next = (pair.value as Node | null) ?? null;
      if (next === null) {
        return { node: null, key, nearestKey: result.nearestKey, depth: result.depth + 1 };
      }
    } else if (current && isSeq(current) && /^(0|[1-9]\d*)$/.test(segment)) {
      next = current.items[Number(segment)] as Node | undefined;
      key = null;
      if (!next) return { ...result, node: null, key: null };
    } else {
      return { ...result, node: null, key: null };
    }
    current = next;
    result.node = current;
    result.key = key;
    result.nearestKey = key;
    result.depth++;
  }
  return result;
}

export interface DuplicateKey {
  key: string;
  /** Pointer of the map that holds the key twice. */
  parentPath: string[];
  keyNode: Scalar;
  /** The first occurrence's key node. */
  firstKeyNode: Scalar;
  pair: Pair;
  firstPair: Pair;
}

/** Every repeated key, reported on its second and later occurrences. */
export function duplicateKeys(doc: Document): DuplicateKey[] {
  const found: DuplicateKey[] = [];
  const visit = (node: unknown, path: string[], depth: number): void => {
    if (depth > 64) return; // deeper than any report; a hostile nesting is not walked further
    if (isMap(node)) {
      const seen = new Map<string, Pair>();
      for (const item of node.items) {
        if (!isPair(item) || !isScalar(item.key)) continue;
        const name = String(item.key.value);
        const first = seen.get(name);
        if (first) found.push({ key: name, parentPath: path, keyNode: item.key, firstKeyNode: first.key as Scalar, pair: item, firstPair: first });
        else seen.set(name, item);
        visit(item.value, [...path, name], depth + 1);
      }
    } else if (isSeq(node)) {
      node.items.forEach((item, i) => visit(item, [...path, String(i)], depth + 1));
    }
  };
  visit(doc.contents, [], 0);
  return found;
}
