import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkFrontmatter from 'remark-frontmatter';
import { toString } from 'mdast-util-to-string';
import type { Root, RootContent } from 'mdast';

/** A heading and the top-level content up to the next heading of the same or a higher level. */
export interface BodySection {
  text: string;
  depth: number;
  /** Offsets in the whole text. */
  start: number;
  end: number;
  /** End of the section's content (start of the next heading of the same or a higher level). */
  contentEnd: number;
  /** No prose, list or table under the heading before its first subheading. */
  isEmpty: boolean;
  /** The section's list items, or its paragraphs when it has no list: the author's own points. */
  items: { text: string; start: number; end: number }[];
}

export interface BodyAnalysis {
  sections: BodySection[];
  /** A TOML (`+++`) frontmatter block, which Casedoc does not read. */
  toml: { start: number; end: number } | null;
}

// remark-frontmatter for TOML only: our own fence scan has already taken any YAML block off, and a
// `+++` block must be recognised as one instead of being read as prose.
const processor = unified().use(remarkParse).use(remarkFrontmatter, ['toml']).freeze();

function isContent(node: RootContent): boolean {
  if (node.type === 'html') return !/^\s*<!--[\s\S]*-->\s*$/.test(node.value); // a comment is a placeholder
  return node.type !== 'thematicBreak' && node.type !== 'definition' && (node.type as string) !== 'toml' && node.type !== 'yaml';
}

/** Parses a Markdown body that starts at `offset` in the whole text. */
export function analyseBody(body: string, offset: number): BodyAnalysis {
  const tree = processor.parse(body) as Root;
  const at = (n: { position?: { start: { offset?: number }; end: { offset?: number } } }) => ({
    start: offset + (n.position?.start.offset ?? 0),
    end: offset + (n.position?.end.offset ?? 0),
  });
  const children = tree.children;
  const sections: BodySection[] = [];
  let toml: BodyAnalysis['toml'] = null;
  for (let i = 0; i < children.length; i++) {
    const node = children[i];
    if ((node.type as string) === 'toml' && i === 0) toml = at(node);
    if (node.type !== 'heading') continue;
    let j = i + 1;
    let isEmpty = true;
    const items: BodySection['items'] = [];
    const paragraphs: BodySection['items'] = [];
    let ownContent = true; // before the first subheading
    for (; j < children.length; j++) {
      const next = children[j];
      if (next.type === 'heading') {
        if (next.depth <= node.depth) break;
        ownContent = false;
        continue;
      }
      if (!ownContent) continue;
      if (isContent(next)) isEmpty = false;
      if (next.type === 'list') {
        for (const item of next.children) items.push({ text: toString(item).trim(), ...at(item) });
      } else if (next.type === 'paragraph') {
        paragraphs.push({ text: toString(next).trim(), ...at(next) });
      }
    }
    const span = at(node);
    sections.push({
      text: toString(node).trim(),
      depth: node.depth,
      start: span.start,
      end: span.end,
      contentEnd: j < children.length ? at(children[j]).start : offset + body.length,
      isEmpty,
      items: items.length > 0 ? items : paragraphs,
    });
  }
  return { sections, toml };
}
