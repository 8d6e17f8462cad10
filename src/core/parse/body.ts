import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkFrontmatter from 'remark-frontmatter';
import { toString } from 'mdast-util-to-string';
import type { Root } from 'mdast';
import { chunksOf, piecesOf, type Chunk } from './chunks';
import { rawBlocks, type RawBlock } from './markdownBlocks';
import { plainBlocks } from './plainBlocks';

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
  /** The section's list items, or its paragraphs when it has no list: the author's own points. Read on first use. */
  readonly items: { text: string; start: number; end: number }[];
}

export interface BodyAnalysis {
  sections: BodySection[];
  /** A TOML (`+++`) frontmatter block, which Casedoc does not read. */
  toml: { start: number; end: number } | null;
}

// remark-frontmatter for TOML only: our own fence scan has already taken any YAML block off, and a
// `+++` block must be recognised as one instead of being read as prose.
const processor = unified().use(remarkParse).use(remarkFrontmatter, ['toml']).freeze();

const COMMENT = /^\s*<!--[\s\S]*-->\s*$/; // a comment is a placeholder

/** Whether a block of this type (an HTML block: with this value) is content under a heading. */
function isContent(type: string, html?: string): boolean {
  if (type === 'html') return !COMMENT.test(html!);
  return type !== 'thematicBreak' && type !== 'definition' && type !== 'toml' && type !== 'yaml';
}

/** A top-level block as the section analysis needs it; offsets relative to its chunk. */
export interface Block {
  /** The mdast node type (`heading`, `list`, `paragraph`, `code`, `html`, `toml`…). */
  type: string;
  start: number;
  end: number;
  heading?: { depth: number; text: string };
  /** Counts as content under a heading (not a break, definition or placeholder comment). */
  content: boolean;
  /**
   * A list's items, or a paragraph as one item, offsets relative to the block's start: read on first
   * use (only the editor's panel shows them), from one remark parse of the text the block came from.
   */
  texts?: () => BodySection['items'];
  toml?: boolean;
}

/** The blocks of one chunk, offsets relative to the chunk: cached by the chunk's text. */
export type ChunkCache = Map<string, Block[]>;

/** The top-level blocks of one remark parse: what the blocks read from micromark's events must equal. */
export function remarkBlocks(chunk: string): Block[] {
  const tree = processor.parse(chunk) as Root;
  // micromark drops a leading byte order mark and counts offsets from after it.
  const bom = chunk.charCodeAt(0) === 0xfeff ? 1 : 0;
  const at = (n: { position?: { start: { offset?: number }; end: { offset?: number } } }, from = 0) => ({
    start: (n.position?.start.offset ?? 0) + bom - from,
    end: (n.position?.end.offset ?? 0) + bom - from,
  });
  return tree.children.map((node, i) => {
    const block: Block = { type: node.type, ...at(node), content: isContent(node.type, node.type === 'html' ? node.value : undefined) };
    if (node.type === 'heading') block.heading = { depth: node.depth, text: toString(node).trim() };
    else if (node.type === 'list') {
      const items = node.children.map((item) => ({ text: toString(item).trim(), ...at(item, block.start) }));
      block.texts = () => items;
    } else if (node.type === 'paragraph') {
      const items = [{ text: toString(node).trim(), ...at(node, block.start) }];
      block.texts = () => items;
    } else if ((node.type as string) === 'toml' && i === 0) block.toml = true;
    return block;
  });
}

/**
 * The blocks of a chunk read line by line when it is plain (plainBlocks.ts), else from micromark's
 * events (markdownBlocks.ts); what needs inline content, from remark when first asked for.
 */
function blocksOf(chunk: string, pieces = piecesOf(chunk)): Block[] {
  let full: Map<number, Block> | undefined;
  const remark = (start: number) => {
    full ??= new Map(remarkBlocks(chunk).map((b) => [b.start, b]));
    return full.get(start);
  };
  // Without a link definition, a heading's inline content reads the same alone: only it is parsed.
  const definitions = chunk.includes(']:');
  const headingText = (raw: RawBlock) => (definitions ? remark(raw.start) : remarkBlocks(chunk.slice(raw.start, raw.end))[0])?.heading?.text ?? '';
  return rawPieces(pieces).map((raw, i) => {
    const block: Block = { type: raw.type, start: raw.start, end: raw.end, content: isContent(raw.type, raw.html) };
    if (raw.type === 'heading') block.heading = { depth: raw.depth!, text: raw.headingSource?.trim() ?? headingText(raw) };
    else if (raw.type === 'list' || raw.type === 'paragraph') block.texts = () => remark(raw.start)?.texts?.() ?? [];
    else if (raw.type === 'toml' && i === 0) block.toml = true;
    return block;
  });
}

/** A chunk's blocks, piece by piece (chunks.ts): each read line by line when plain, else by micromark. */
function rawPieces(pieces: readonly Chunk[]): RawBlock[] {
  return pieces.flatMap(({ start, text }) => {
    const blocks = plainBlocks(text) ?? rawBlocks(text);
    return start === 0 ? blocks : blocks.map((b) => ({ ...b, start: b.start + start, end: b.end + start }));
  });
}

/**
 * Parses a Markdown body that starts at `offset` in the whole text, chunk by chunk (see chunks.ts);
 * chunks found in `previous` are not parsed again. Returns the analysis and this body's chunk cache.
 */
export function analyseBodyIncrementally(body: string, offset: number, previous?: ChunkCache): { analysis: BodyAnalysis; cache: ChunkCache } {
  const chunks = chunksOf(body);
  const { cache, missing } = reuse(chunks, previous);
  for (const [from, to] of groups(chunks, missing)) parseGroup(chunks, from, to, body, cache);
  return { analysis: assembleChunks(chunks, cache, offset, body.length), cache };
}

/** How a host lets long work pause: it yields when asked and says when the work is no longer wanted. */
export interface Slicing {
  /** Resolves on a later turn of the host's event loop. */
  yieldToHost(): Promise<void>;
  /** A newer version exists: the rest of the work is not wanted. */
  isStale(): boolean;
  /** The clock, in milliseconds. */
  now(): number;
  /** Work this long, then yield. */
  budgetMs: number;
  /** Parse runs of new chunks up to this many characters (default SLICE_CHARS); 1 parses each chunk alone. */
  groupChars?: number;
}

/**
 * The same analysis as analyseBodyIncrementally, parsed in slices of about SLICE_CHARS between
 * which the host's event loop runs: a long report just opened never blocks the host for long.
 * When the work goes stale it stops and returns the chunks parsed so far, for the next version.
 */
export async function analyseBodyInSlices(body: string, offset: number, previous: ChunkCache | undefined, slicing: Slicing):
  Promise<{ analysis: BodyAnalysis | null; cache: ChunkCache }> {
  const chunks = chunksOf(body);
  const { cache, missing } = reuse(chunks, previous);
  let since = slicing.now();
  // Before each piece of work and before the last stretch (sections, then the host's check), a
  // turn for the host once the budget is spent.
  const pause = async () => {
    if (slicing.now() - since < slicing.budgetMs) return true;
    await slicing.yieldToHost();
    since = slicing.now();
    return !slicing.isStale();
  };
  for (const [from, to] of groups(chunks, missing, slicing.groupChars)) {
    if (!(await pause())) return { analysis: null, cache };
    parseGroup(chunks, from, to, body, cache);
  }
  if (missing.length > 0 && !(await pause())) return { analysis: null, cache };
  return { analysis: assembleChunks(chunks, cache, offset, body.length), cache };
}

/**
 * A few milliseconds of parsing on a slow machine. Consecutive new chunks (a file just opened, a
 * paste) are parsed together up to this size: fewer calls than one per chunk, and never one huge
 * parse, whose cost grows faster than its length on list-heavy text (micromark's event arrays).
 */
const SLICE_CHARS = 4_000;

/** Runs [from, to) of consecutive missing chunks, each run up to SLICE_CHARS (or one bigger chunk). */
function* groups(chunks: Chunks, missing: readonly number[], limit = SLICE_CHARS): Generator<[number, number]> {
  for (let k = 0; k < missing.length;) {
    let end = k + 1;
    let size = chunks[missing[k]].text.length;
    while (end < missing.length && missing[end] === missing[end - 1] + 1 && size + chunks[missing[end]].text.length <= limit) {
      size += chunks[missing[end]].text.length;
      end++;
    }
    yield [missing[k], missing[end - 1] + 1];
    k = end;
  }
}

type Chunks = ReturnType<typeof chunksOf>;

/** The chunks already parsed in `previous`, and the indexes of those that are not. */
function reuse(chunks: Chunks, previous: ChunkCache | undefined): { cache: ChunkCache; missing: number[] } {
  const cache: ChunkCache = new Map();
  const missing: number[] = [];
  const wanted = new Set<string>();
  chunks.forEach((chunk, i) => {
    const known = previous?.get(chunk.text);
    if (known) cache.set(chunk.text, known);
    else if (!wanted.has(chunk.text)) {
      wanted.add(chunk.text);
      missing.push(i);
    }
  });
  return { cache, missing };
}

/** Parses chunks [from, to) of `body` as one text and shares its blocks out to them (none is cut through). */
function parseGroup(chunks: Chunks, from: number, to: number, body: string, cache: ChunkCache): void {
  const base = chunks[from].start;
  const text = to === from + 1 ? chunks[from].text : body.slice(base, chunks[to - 1].start + chunks[to - 1].text.length);
  // The chunks are the body's pieces, unless the body is one chunk (chunks.ts): not cut again.
  const pieces = chunks.length > 1 ? chunks.slice(from, to).map((c) => ({ start: c.start - base, text: c.text })) : undefined;
  const all = blocksOf(text, pieces);
  let b = 0;
  for (let c = from; c < to; c++) {
    const start = chunks[c].start - base;
    const end = start + chunks[c].text.length;
    const own: Block[] = [];
    for (; b < all.length && all[b].start < end; b++) own.push(relativeTo(all[b], -start));
    if (!cache.has(chunks[c].text)) cache.set(chunks[c].text, own);
  }
}

function assembleChunks(chunks: Chunks, cache: ChunkCache, offset: number, length: number): BodyAnalysis {
  return assemble(blocksOfChunks(chunks, cache, offset), offset + length);
}

function blocksOfChunks(chunks: Chunks, cache: ChunkCache, offset: number): Block[] {
  const blocks: Block[] = [];
  for (const chunk of chunks) {
    // No piece but the first starts with `+++` (chunks.ts), so only the body's first block can be TOML.
    for (const b of cache.get(chunk.text)!) blocks.push(relativeTo(b, offset + chunk.start));
  }
  return blocks;
}

/**
 * The body's top-level blocks as its chunk cache holds them, offsets relative to the body: what the
 * conformance suites hold to one parse of the whole body.
 */
export function bodyBlocks(body: string, cache: ChunkCache): Block[] {
  return blocksOfChunks(chunksOf(body), cache, 0);
}

function relativeTo(b: Block, by: number): Block {
  if (by === 0) return b;
  // A block's texts count from its own start: they move with it.
  return { ...b, start: b.start + by, end: b.end + by };
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
    const own: Block[] = [];
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
      if (next.texts) own.push(next);
    }
    const section = {
      text: node.heading.text,
      depth: node.heading.depth,
      start: node.start,
      end: node.end,
      contentEnd: j < blocks.length ? blocks[j].start : end,
      isEmpty,
    } as BodySection;
    let items: BodySection['items'] | undefined;
    Object.defineProperty(section, 'items', { enumerable: true, get: () => (items ??= itemsOf(own)) });
    sections.push(section);
  }
  return { sections, toml };
}

/** The list items among a section's own blocks, or its paragraphs when it has no list; offsets as the blocks'. */
function itemsOf(own: readonly Block[]): BodySection['items'] {
  const lists = own.filter((b) => b.type === 'list');
  return (lists.length > 0 ? lists : own).flatMap((b) => b.texts!().map((i) => ({ text: i.text, start: b.start + i.start, end: b.start + i.end })));
}
