import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkFrontmatter from 'remark-frontmatter';
import { toString } from 'mdast-util-to-string';
import type { Root, RootContent } from 'mdast';
import { chunksOf } from './chunks';

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

/** A top-level block as the section analysis needs it; offsets relative to its chunk. */
interface Block {
  start: number;
  end: number;
  heading?: { depth: number; text: string };
  /** Counts as content under a heading (not a break, definition or placeholder comment). */
  content: boolean;
  items?: BodySection['items'];
  paragraph?: BodySection['items'][number];
  toml?: boolean;
}

/** The blocks of one chunk, offsets relative to the chunk: cached by the chunk's text. */
export type ChunkCache = Map<string, Block[]>;

function blocksOf(chunk: string): Block[] {
  const tree = processor.parse(chunk) as Root;
  const at = (n: { position?: { start: { offset?: number }; end: { offset?: number } } }) => ({
    start: n.position?.start.offset ?? 0,
    end: n.position?.end.offset ?? 0,
  });
  return tree.children.map((node, i) => {
    const block: Block = { ...at(node), content: isContent(node) };
    if (node.type === 'heading') block.heading = { depth: node.depth, text: toString(node).trim() };
    else if (node.type === 'list') block.items = node.children.map((item) => ({ text: toString(item).trim(), ...at(item) }));
    else if (node.type === 'paragraph') block.paragraph = { text: toString(node).trim(), ...at(node) };
    else if ((node.type as string) === 'toml' && i === 0) block.toml = true;
    return block;
  });
}

/**
 * Parses a Markdown body that starts at `offset` in the whole text, chunk by chunk (see chunks.ts);
 * chunks found in `previous` are not parsed again. Returns the analysis and this body's chunk cache.
 */
export function analyseBodyIncrementally(body: string, offset: number, previous?: ChunkCache): { analysis: BodyAnalysis; cache: ChunkCache } {
  const chunks = chunksOf(body);
  const cache: ChunkCache = new Map();
  let misses = 0;
  for (const chunk of chunks) {
    const known = previous?.get(chunk.text);
    if (known) cache.set(chunk.text, known);
    else misses++;
  }
  if (misses > REPARSE_PIECEWISE) {
    // Many new chunks (a file just opened, a paste): one parse of the whole body is cheaper than
    // many small ones, and its blocks fall into the chunks, which never cut through a block.
    const all = blocksOf(body);
    let b = 0;
    for (let c = 0; c < chunks.length; c++) {
      const { start, text } = chunks[c];
      const end = start + text.length;
      const own: Block[] = [];
      for (; b < all.length && all[b].start < end; b++) own.push(relativeTo(all[b], -start));
      if (!cache.has(text)) cache.set(text, own);
    }
  }
  const blocks: Block[] = [];
  for (const chunk of chunks) {
    let chunkBlocks = cache.get(chunk.text);
    if (!chunkBlocks) cache.set(chunk.text, (chunkBlocks = blocksOf(chunk.text)));
    // No piece but the first starts with `+++` (chunks.ts), so only the body's first block can be TOML.
    for (const b of chunkBlocks) blocks.push(relativeTo(b, offset + chunk.start));
  }
  return { analysis: assemble(blocks, offset + body.length), cache };
}

/** Above this many changed chunks, the body is parsed whole and shared out. */
const REPARSE_PIECEWISE = 4;

function relativeTo(b: Block, by: number): Block {
  if (by === 0) return b;
  return {
    ...b,
    start: b.start + by,
    end: b.end + by,
    items: b.items?.map((i) => ({ ...i, start: i.start + by, end: i.end + by })),
    paragraph: b.paragraph && { ...b.paragraph, start: b.paragraph.start + by, end: b.paragraph.end + by },
  };
}

/** Parses a Markdown body that starts at `offset` in the whole text, in one piece: what the chunks must equal. */
export function analyseBody(body: string, offset: number): BodyAnalysis {
  return assemble(blocksOf(body).map((b) => relativeTo(b, offset)), offset + body.length);
}

/** Sections from the top-level blocks: a heading owns what follows up to a heading of its level or higher. */
function assemble(blocks: readonly Block[], end: number): BodyAnalysis {
  const sections: BodySection[] = [];
  const toml = blocks[0]?.toml ? { start: blocks[0].start, end: blocks[0].end } : null;
  for (let i = 0; i < blocks.length; i++) {
    const node = blocks[i];
    if (!node.heading) continue;
    let j = i + 1;
    let isEmpty = true;
    const items: BodySection['items'] = [];
    const paragraphs: BodySection['items'] = [];
    let ownContent = true; // before the first subheading
    for (; j < blocks.length; j++) {
      const next = blocks[j];
      if (next.heading) {
        if (next.heading.depth <= node.heading.depth) break;
        ownContent = false;
        continue;
      }
      if (!ownContent) continue;
      if (next.content) isEmpty = false;
      if (next.items) items.push(...next.items);
      else if (next.paragraph) paragraphs.push(next.paragraph);
    }
    sections.push({
      text: node.heading.text,
      depth: node.heading.depth,
      start: node.start,
      end: node.end,
      contentEnd: j < blocks.length ? blocks[j].start : end,
      isEmpty,
      items: items.length > 0 ? items : paragraphs,
    });
  }
  return { sections, toml };
}
