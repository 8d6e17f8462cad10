import { isScalar, type Node } from 'yaml';
import type { ParsedReport } from '../parse/report';
import { lookup } from '../parse/yaml';
import type { Range } from '../types';

/**
 * Where a problem in the frontmatter is shown, after yaml-language-server: a wrong value on the
 * value; a key that is not allowed on the key; a missing key on its parent's key, or on the opening
 * `---` at the root. Offsets of the `yaml` document are relative to the frontmatter; the line index
 * speaks for the whole text.
 */
export class Placer {
  constructor(private readonly report: ParsedReport) {}

  /** A node's source, without the trailing white space that block collections end with. */
  private span(node: Node): Range {
    const { offset } = this.report.yaml!;
    const text = this.report.text;
    const [start, valueEnd] = node.range ?? [0, 0];
    let end = offset + valueEnd;
    while (end > offset + start && /\s/.test(text[end - 1])) end--;
    return this.report.lines.rangeAt(offset + start, end);
  }

  /** The opening `---`. */
  fence(): Range {
    const fm = this.report.frontmatter;
    if (!fm) return this.report.lines.rangeAt(0, 0);
    return this.report.lines.rangeAt(fm.openStart, fm.openEnd);
  }

  /** The value at `segments`; its key when the value is empty; the nearest existing ancestor otherwise. */
  value(segments: readonly string[]): Range {
    const yaml = this.report.yaml;
    if (!yaml) return this.fence();
    const found = lookup(yaml.doc, segments);
    // `key:` with nothing after it has an empty value node; the key is what the writer can see.
    const empty = found.node && isScalar(found.node) && found.node.value === null && found.node.range?.[0] === found.node.range?.[1];
    if (found.node && !empty) return this.span(found.node);
    if (found.key) return this.span(found.key);
    if (found.nearestKey) return this.span(found.nearestKey);
    return this.fence();
  }

  /** The key that ends `segments`; for an array item, the item's first line. */
  key(segments: readonly string[]): Range {
    const yaml = this.report.yaml;
    if (!yaml || segments.length === 0) return this.fence();
    const found = lookup(yaml.doc, segments);
    if (found.key && found.depth === segments.length) return this.span(found.key);
    if (found.node && found.depth === segments.length) return this.firstLine(found.node);
    return this.value(segments);
  }

  /** Where a key missing from the object at `parent` is reported. */
  missing(parent: readonly string[]): Range {
    return parent.length === 0 ? this.fence() : this.key(parent);
  }

  private firstLine(node: Node): Range {
    const range = this.span(node);
    if (range.end.line === range.start.line) return range;
    const lines = this.report.lines;
    const end = lines.lineContentEnd(range.start.line);
    return { start: range.start, end: lines.positionAt(end) };
  }
}
