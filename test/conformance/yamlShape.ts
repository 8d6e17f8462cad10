import { isAlias, isMap, isPair, isScalar, isSeq, type Document } from 'yaml';

/** Everything of a YAML node the engine reads: kind, value, offsets, style, tag, anchor, comments. */
export function shape(node: unknown): unknown {
  if (node && typeof node === 'object' && 'contents' in node) {
    const d = node as Document;
    return { doc: shape(d.contents), range: d.range, comment: d.comment, commentBefore: d.commentBefore };
  }
  if (isScalar(node)) {
    return { value: node.value, type: node.type, range: node.range, comment: node.comment, commentBefore: node.commentBefore, spaceBefore: node.spaceBefore, tag: node.tag, anchor: node.anchor, source: node.source };
  }
  if (isMap(node) || isSeq(node)) {
    return {
      kind: isMap(node) ? 'map' : 'seq', flow: node.flow, range: node.range, tag: node.tag, anchor: node.anchor,
      comment: node.comment, commentBefore: node.commentBefore, spaceBefore: node.spaceBefore, items: node.items.map(shape),
    };
  }
  if (isPair(node)) return { key: shape(node.key), value: shape(node.value) };
  if (isAlias(node)) return { alias: node.source, range: node.range, comment: node.comment, commentBefore: node.commentBefore };
  return node ?? null;
}
