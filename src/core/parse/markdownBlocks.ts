// A chunk's top-level blocks from micromark's events, without the syntax tree: remark-parse runs
// micromark and then builds a node for every word (mdast-util-from-markdown), and the checks read
// only the outline. Inline content is never tokenized here: a heading's text is its source when that
// holds no inline syntax, and otherwise (or for a list's or paragraph's text, which only the editor's
// panel reads) one remark parse of the chunk gives it, on first use. The conformance suites hold
// every block to one remark parse (test/conformance/commonmark.test.ts).
import { parse, preprocess } from 'micromark';
import { frontmatter } from 'micromark-extension-frontmatter';
import { subtokenize } from 'micromark-util-subtokenize';
import type { Event, Token } from 'micromark-util-types';

// One parser for every text: `parse()` merges the construct tables each time it is called. Its two
// pieces of state (the link labels defined, which lines are lazy) are reset per text.
const parser = parse({ extensions: [frontmatter(['toml'])] });

const TYPES: Record<string, string> = {
  atxHeading: 'heading',
  setextHeading: 'heading',
  paragraph: 'paragraph',
  definition: 'definition',
  listOrdered: 'list',
  listUnordered: 'list',
  blockQuote: 'blockquote',
  htmlFlow: 'html',
  codeFenced: 'code',
  codeIndented: 'code',
  thematicBreak: 'thematicBreak',
  toml: 'toml',
};

/** A top-level block as micromark's events give it; offsets relative to the text, after a byte order mark. */
export interface RawBlock {
  type: string;
  start: number;
  end: number;
  /** A heading's depth, and the source of its text: `''` when empty, absent when inline syntax would change it. */
  depth?: number;
  headingSource?: string;
  /** An HTML block's value. */
  html?: string;
}

/** The events of `text`'s block structure: block, content and container tokens; text chunks left whole. */
function blockEvents(text: string): Event[] {
  parser.defined = [];
  parser.lazy = {};
  const events = parser.document().write(preprocess()(text, undefined, true));
  // micromark's postprocess, less the inline level: a chunk of text or string that loses its
  // content type is left as one token instead of being tokenized.
  do {
    for (const event of events) {
      const token = event[1];
      if (token.contentType === 'text' || token.contentType === 'string') token.contentType = undefined;
    }
  } while (!subtokenize(events));
  return events;
}

/** The top-level blocks of `text`, offsets in `text` (micromark counts from after a byte order mark). */
export function rawBlocks(text: string): RawBlock[] {
  const bom = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  // micromark drops the first byte order mark itself; handing it the text without it would drop a second.
  const events = blockEvents(text);
  const source = bom ? text.slice(1) : text;
  const blocks: RawBlock[] = [];
  // The types of the tokens the current event is in.
  const open: string[] = [];
  for (let i = 0; i < events.length; i++) {
    const [kind, token] = events[i];
    if (kind === 'exit') {
      open.pop();
      continue;
    }
    // Paragraphs and definitions sit in a `content` token at the top level; every other block is top-level itself.
    const topLevel = open.length === 0 || (open.length === 1 && open[0] === 'content');
    open.push(token.type);
    const type = topLevel ? TYPES[token.type] : undefined;
    if (!type) continue;
    const block: RawBlock = { type, start: token.start.offset + bom, end: token.end.offset + bom };
    if (token.type === 'atxHeading') atx(events, i, block, source);
    else if (token.type === 'setextHeading') setext(events, i, block, source);
    else if (token.type === 'htmlFlow') block.html = htmlValue(events, i, source);
    blocks.push(block);
  }
  return blocks;
}

// What inline syntax can change of a text: escapes, references, code, emphasis, links and images,
// autolinks and HTML. Without them, a heading's text is its source (micromark has stripped the
// marks, the indentation and the closing sequence).
const INLINE = /[\\&`*_[\]<\0\t]/;

function atx(events: Event[], i: number, block: RawBlock, text: string): void {
  let sequence: Token | undefined;
  let content: Token | undefined;
  for (let j = i + 1; events[j][1] !== events[i][1]; j++) {
    const token = events[j][1];
    if (events[j][0] !== 'enter') continue;
    if (token.type === 'atxHeadingSequence' && !sequence) sequence = token;
    else if (token.type === 'atxHeadingText') content = token;
  }
  block.depth = sequence ? sequence.end.offset - sequence.start.offset : 1;
  const source = content ? text.slice(content.start.offset, content.end.offset) : '';
  if (!INLINE.test(source)) block.headingSource = source;
}

function setext(events: Event[], i: number, block: RawBlock, text: string): void {
  let content: Token | undefined;
  for (let j = i + 1; events[j][1] !== events[i][1]; j++) {
    const token = events[j][1];
    if (events[j][0] !== 'enter') continue;
    if (token.type === 'setextHeadingText') content = token;
    else if (token.type === 'setextHeadingLineSequence') block.depth = text.charCodeAt(token.start.offset) === 61 /* = */ ? 1 : 2;
  }
  const source = content ? text.slice(content.start.offset, content.end.offset) : '';
  // Lines of a setext heading lose their indentation and trailing spaces (a hard break): only one line is read as it is.
  if (!INLINE.test(source) && !source.includes('\n') && !source.includes('\r')) block.headingSource = source;
}

function htmlValue(events: Event[], i: number, text: string): string {
  let value = '';
  for (let j = i + 1; events[j][1] !== events[i][1]; j++) {
    const [kind, token] = events[j];
    if (kind === 'enter' && (token.type === 'htmlFlowData' || token.type === 'lineEnding')) value += text.slice(token.start.offset, token.end.offset);
  }
  return value;
}
