// Where a Markdown body can be cut into pieces that parse exactly as they do in the whole: before
// a line at column 0 that starts a new top-level block no earlier construct can hold. Parsing
// piece by piece, and keeping the pieces that did not change, makes a keystroke in a long report
// cost the piece it falls in. Where the structure is not certain (HTML blocks of raw text or
// comments, indented fences,
// link definitions), no further cut is made: fewer pieces are always correct.

export interface Chunk {
  start: number;
  text: string;
}

export const BLANK = /^[ \t]*$/;
const ATX = /^#{1,6}(?:[ \t]|$)/;
const FENCE = /^( {0,3})(`{3,}|~{3,})(.*)$/;
const HTML = /^ {0,3}</;
// The HTML blocks that may hold blank lines (CommonMark's kinds 1–5: raw text elements, comments,
// processing instructions, declarations, CDATA). Every other kind, and a `<` line that is no HTML
// block at all, ends at the next blank line, as a paragraph does.
const HTML_OVER_BLANKS = /^ {0,3}<(?:(?:pre|script|style|textarea)(?:[ \t>]|$)|!--|\?|![A-Za-z]|!\[CDATA\[)/i;
// A list item may go on after a blank line (`- a` ⏎⏎ `- b` is one loose list), and micromark reads a
// list-like line after indented code as paragraph text: no piece starts with a list marker.
const LIST_MARKER = /^(?:[-+*]|\d{1,9}[.)])(?:[ \t]|$)/;
// What a line opens inside a container: list markers, `>` and indentation, then a fence or HTML.
const CONTAINER_PREFIX = /^(?:[ \t>]|(?:[-+*]|\d{1,9}[.)])(?=[ \t]|$))+/;
const FENCE_OR_HTML = /^(?:`{3}|~{3}|<)/;
// After a line indented as code, micromark reads the next block as if it interrupted a paragraph
// (`>-` is then no list): only a heading, which interrupts anything, starts a piece there.
const INDENTED = /^(?: {4}|\t| {1,3}\t)/;
// An HTML comment or processing instruction closed on its own line changes nothing after it.
const ONE_LINE_HTML = /^ {0,3}(?:<!--[\s\S]*?-->|<\?[\s\S]*?\?>)[ \t]*$/;

function opensInContainer(line: string): boolean {
  const prefix = CONTAINER_PREFIX.exec(line);
  if (prefix === null) return false;
  const rest = line.slice(prefix[0].length);
  return FENCE_OR_HTML.test(rest) && !ONE_LINE_HTML.test(rest);
}

/**
 * The body's pieces, or the whole body as one piece when it holds a link reference definition
 * (`[label]: url`: a definition anywhere changes how `[label]` reads everywhere) or a lone CR.
 */
export function chunksOf(body: string): Chunk[] {
  return body.includes(']:') ? [{ start: 0, text: body }] : piecesOf(body);
}

/**
 * Where the body's block structure can be cut, whatever its link definitions: a definition changes
 * how inline text reads, never where a block starts or ends. What is parsed in pieces, but cached whole.
 */
export function piecesOf(body: string): Chunk[] {
  // A lone CR breaks lines for Markdown but not for this scanner: such a body stays whole.
  if (/\r(?!\n)/.test(body)) return [{ start: 0, text: body }];
  const cuts: number[] = [0];
  let fence: { char: string; length: number } | null = null;
  let previousBlank = true;
  // In an HTML block (or a paragraph) that only a blank line ends: no line in it starts a piece.
  let html = false;
  let afterIndented = false;
  // A TOML frontmatter (`+++` … `+++`) at the body's start is one block, whatever lines it holds.
  let toml = body.startsWith('+++');
  let offset = 0;
  while (offset < body.length) {
    const newline = body.indexOf('\n', offset);
    const end = newline === -1 ? body.length : newline + 1;
    const line = body.slice(offset, newline === -1 ? body.length : newline).replace(/\r$/, '');
    const blank = BLANK.test(line);
    const marker = FENCE.exec(line);
    if (toml) {
      if (offset > 0 && line.startsWith('+++')) toml = false;
    } else if (fence) {
      if (marker && marker[2][0] === fence.char && marker[2].length >= fence.length && marker[3].trim() === '') fence = null;
    } else if (html) {
      // The `<` line may have been a paragraph, which a fence, a container's fence or an HTML block
      // of the kinds above interrupts, and which then need not end at a blank line: not followed.
      if (marker || opensInContainer(line) || HTML_OVER_BLANKS.test(line)) break;
      if (blank) html = false;
    } else if (opensInContainer(line) || (HTML_OVER_BLANKS.test(line) && !ONE_LINE_HTML.test(line))) {
      // A fence or HTML block in a list item, quote or indentation ends with its container (and
      // micromark ends the container differently at the end of its input than before a next line);
      // an HTML block of these kinds ends at its own closing text. Neither is followed: the rest stays one piece.
      break;
    } else {
      // A heading interrupts anything; any other column-0 line after a blank line starts afresh
      // (a list, quote or indented code ends at a blank line followed by an unindented line).
      // Never before `+++`: at a piece's start it would read as a TOML frontmatter. Nor before a
      // byte order mark, which Markdown drops at a document's start only.
      const startsPiece = line.length > 0 && line[0] !== ' ' && line[0] !== '\t' && line[0] !== '\uFEFF' && !line.startsWith('+++')
        && !LIST_MARKER.test(line);
      if (offset > 0 && startsPiece && (ATX.test(line) || (previousBlank && !afterIndented))) cuts.push(offset);
      if (marker && !(marker[2][0] === '`' && marker[3].includes('`'))) fence = { char: marker[2][0], length: marker[2].length };
      else if (HTML.test(line) && !ONE_LINE_HTML.test(line)) html = !blank;
    }
    previousBlank = blank;
    if (!blank) afterIndented = INDENTED.test(line);
    offset = end;
  }
  return cuts.map((start, i) => ({ start, text: body.slice(start, cuts[i + 1] ?? body.length) }));
}
