// The blocks of a chunk written in the plainest Markdown — ATX headings, paragraphs of plain lines,
// fenced code at the margin, blank lines — read line by line, a tenth of micromark's time per character. Most of a case report
// is that. Anything else (a list, a quote, code, HTML, a line a paragraph could end at or turn into a
// heading at, inline syntax in a heading, a link definition, a byte order mark) returns null, and
// micromark reads the chunk (markdownBlocks.ts). The conformance suites hold both to remark.
import { BLANK } from './chunks';
import type { RawBlock } from './markdownBlocks';

const FENCE_OPEN = /^(`{3,}|~{3,})(.*)$/;
const FENCE_CLOSE = /^ {0,3}(`{3,}|~{3,})[ \t]*$/;
const HEADING = /^(#{1,6})(?:[ \t]+(.*))?$/;
const TRIM = /^[ \t]+|[ \t]+$/g;
// A heading text whose inline syntax would change it, or whose closing `#`s would be cut.
const INLINE = /[\\&`*_[\]<#\t]/;
// What can start a block other than a paragraph at a line's start (with indentation: code).
const NOT_PARAGRAPH = /^(?:[ \t#>\-+*=_~`<]|\d{1,9}[.)](?:[ \t]|$))/;
// What can end a paragraph or turn it into a setext heading at a continuation line, after any indentation.
const INTERRUPTS = /^[ \t]*(?:[#>\-+*=_~`<]|\d{1,9}[.)](?:[ \t]|$))/;

export function plainBlocks(text: string): RawBlock[] | null {
  // A definition (`[label]: …`) changes how the rest reads; micromark drops a leading byte order
  // mark and replaces NUL; a lone CR ends a line for Markdown but not for this scan.
  if (text.includes(']:') || text.charCodeAt(0) === 0xfeff || text.includes('\0') || /\r(?!\n)/.test(text)) return null;
  const blocks: RawBlock[] = [];
  let paragraph: RawBlock | null = null;
  let fence: { block: RawBlock; marker: string } | null = null;
  for (let offset = 0; offset < text.length;) {
    const newline = text.indexOf('\n', offset);
    const next = newline === -1 ? text.length : newline + 1;
    let end = newline === -1 ? text.length : newline;
    if (end > offset && text.charCodeAt(end - 1) === 13) end--;
    const line = text.slice(offset, end);
    if (fence) {
      const close = FENCE_CLOSE.exec(line);
      if (close && close[1][0] === fence.marker[0] && close[1].length >= fence.marker.length) {
        fence.block.end = end;
        fence = null;
      }
      offset = next;
      continue;
    }
    const heading = HEADING.exec(line);
    const open = FENCE_OPEN.exec(line);
    if (BLANK.test(line)) paragraph = null;
    else if (open) {
      // A backtick in a backtick fence's info string makes the line inline code, not a fence.
      if (open[1][0] === '`' && open[2].includes('`')) return null;
      fence = { block: { type: 'code', start: offset, end }, marker: open[1] };
      blocks.push(fence.block);
      paragraph = null;
    }
    else if (heading) {
      const source = (heading[2] ?? '').replace(TRIM, '');
      if (INLINE.test(source)) return null;
      blocks.push({ type: 'heading', start: offset, end, depth: heading[1].length, headingSource: source });
      paragraph = null;
    } else if (paragraph) {
      if (INTERRUPTS.test(line)) return null;
      paragraph.end = end;
    } else {
      if (NOT_PARAGRAPH.test(line)) return null;
      paragraph = { type: 'paragraph', start: offset, end };
      blocks.push(paragraph);
    }
    offset = next;
  }
  // An unclosed fence runs to the end of the document, not of the chunk: micromark reads it.
  return fence ? null : blocks;
}
