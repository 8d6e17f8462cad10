import { isMap, isPair, isScalar, isSeq, type Document, type Node } from 'yaml';

export interface Located {
  /** JSON-Pointer segments of the key or value. */
  path: string[];
  part: 'key' | 'value';
  node: Node;
  /** Offsets relative to the YAML source. */
  start: number;
  end: number;
}

const within = (node: Node | null | undefined, offset: number) => !!node?.range && node.range[0] <= offset && offset <= node.range[1];

/** The key or scalar value at `offset` (relative to the YAML source), with its path. */
export function locate(doc: Document, offset: number): Located | null {
  const visit = (node: unknown, path: string[], depth: number): Located | null => {
    if (depth > 64 || !node) return null;
    if (isMap(node)) {
      for (const item of node.items) {
        if (!isPair(item)) continue;
        const key = item.key as Node | null;
        const name = isScalar(key) ? String(key.value) : null;
        if (name === null) continue;
        if (within(key, offset)) return { path: [...path, name], part: 'key', node: key!, start: key!.range![0], end: key!.range![1] };
        const value = item.value as Node | null;
        if (isScalar(value) && within(value, offset)) return { path: [...path, name], part: 'value', node: value, start: value.range![0], end: value.range![1] };
        if (value && within(value, offset)) return visit(value, [...path, name], depth + 1);
      }
    } else if (isSeq(node)) {
      for (let i = 0; i < node.items.length; i++) {
        const item = node.items[i] as Node | null;
        if (isScalar(item) && within(item, offset)) return { path: [...path, String(i)], part: 'value', node: item, start: item.range![0], end: item.range![1] };
        if (item && within(item, offset)) return visit(item, [...path, String(i)], depth + 1);
      }
    }
    return null;
  };
  return visit(doc.contents, [], 0);
}

/** Path of the map that holds key `name`, searched depth-first; used with a probe key. */
export function findKey(doc: Document, name: string): { parent: string[]; present: string[] } | null {
  const visit = (node: unknown, path: string[], depth: number): { parent: string[]; present: string[] } | null => {
    if (depth > 64 || !node) return null;
    if (isMap(node)) {
      const keys = node.items.filter(isPair).map((p) => (isScalar(p.key) ? String(p.key.value) : '')).filter(Boolean);
      if (keys.includes(name)) return { parent: path, present: keys.filter((k) => k !== name) };
      for (const item of node.items) {
        if (isPair(item) && isScalar(item.key)) {
          const found = visit(item.value, [...path, String(item.key.value)], depth + 1);
          if (found) return found;
        }
      }
    } else if (isSeq(node)) {
      for (let i = 0; i < node.items.length; i++) {
        const found = visit(node.items[i], [...path, String(i)], depth + 1);
        if (found) return found;
      }
    }
    return null;
  };
  return visit(doc.contents, [], 0);
}
