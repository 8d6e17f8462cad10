import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { isDeepStrictEqual } from 'node:util';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkFrontmatter from 'remark-frontmatter';
import { toString } from 'mdast-util-to-string';
import type { Root } from 'mdast';
import { parseReport, type ParsedReport } from '../../src/core/index';
import { analyseBody, bodyBlocks } from '../../src/core/parse/body';
import { chunksOf } from '../../src/core/parse/chunks';
import { plainBlocks } from '../../src/core/parse/plainBlocks';
import { EDITS, random, SEED, shrink } from './shared';

// Every example of the CommonMark spec (the `commonmark-spec` package, the version remark-parse 11
// follows), as a report's body in several contexts, parsed fresh and after chained edits, in one go
// and in slices: the top-level blocks and the outline must equal one remark-parse parse of the whole
// body. That is the promise of the chunked parse (src/core/parse/chunks.ts, body.ts).

const require = createRequire(import.meta.url);
// The spec writes a tab as `→`; its own runner puts the tab back, and so does this one.
const SPEC: { markdown: string; number: number; section: string }[] = (require('commonmark-spec').tests as { markdown: string; number: number; section: string }[])
  .map((t) => ({ ...t, markdown: t.markdown.replace(/→/g, '\t') }));

const FRONTMATTER = '---\ntitle: Huset\n---\n';
const remark = unified().use(remarkParse).use(remarkFrontmatter, ['toml']).freeze();

interface Shape { type: string; start: number; end: number; heading?: unknown; items?: unknown; paragraph?: unknown }

/** The top-level blocks of one remark parse of the whole body, in the shape the engine keeps. */
function reference(body: string): Shape[] {
  const tree = remark.parse(body) as Root;
  const bom = body.charCodeAt(0) === 0xfeff ? 1 : 0;
  const at = (n: { position?: { start: { offset?: number }; end: { offset?: number } } }) => ({ start: n.position!.start.offset! + bom, end: n.position!.end.offset! + bom });
  return tree.children.map((n) => {
    const shape: Shape = { type: n.type, ...at(n) };
    if (n.type === 'heading') shape.heading = { depth: n.depth, text: toString(n).trim() };
    if (n.type === 'list') shape.items = n.children.map((i) => ({ text: toString(i).trim(), ...at(i) }));
    if (n.type === 'paragraph') shape.paragraph = { text: toString(n).trim(), ...at(n) };
    return shape;
  });
}

function shapeOf(parsed: ParsedReport): Shape[] {
  const { text, chunks } = parsed.body();
  return bodyBlocks(text, chunks).map((b) => {
    const shape: Shape = { type: b.type, start: b.start, end: b.end };
    if (b.heading) shape.heading = b.heading;
    // A block's texts count from its start, and are read only when asked for.
    const texts = b.texts?.().map((i) => ({ text: i.text, start: b.start + i.start, end: b.start + i.end }));
    if (b.type === 'list') shape.items = texts;
    if (b.type === 'paragraph') shape.paragraph = texts?.[0];
    return shape;
  });
}

/** Each chunk parsed alone, in slices: the strictest test of where the chunker cuts. */
const EACH_ALONE = { budgetMs: 0, now: () => 0, isStale: () => false, yieldToHost: async () => {}, groupChars: 1 };

/** Where the engine's view of `body` differs from remark's, or null. */
async function divergence(body: string, how: 'one go' | 'slices', previous?: ParsedReport): Promise<{ parsed: ParsedReport; why: string | null }> {
  const parsed = parseReport(FRONTMATTER + body, previous);
  if (how === 'slices') await parsed.prepare(EACH_ALONE);
  const blocks = JSON.stringify(shapeOf(parsed));
  if (blocks !== JSON.stringify(reference(body))) return { parsed, why: `blocks ${blocks}\n  remark ${JSON.stringify(reference(body))}` };
  if (!isDeepStrictEqual(parsed.body().analysis, analyseBody(body, 0))) return { parsed, why: `outline ${JSON.stringify(parsed.body().analysis)}` };
  return { parsed, why: null };
}

/** A failing body, shrunk to the smallest whose chunks, each parsed alone by remark, differ from the whole. */
function minimal(body: string): string {
  const fails = (b: string) => {
    const pieces = chunksOf(b).flatMap((c) => reference(c.text).map((x) => shifted(x, c.start)));
    return JSON.stringify(pieces) !== JSON.stringify(reference(b));
  };
  return fails(body) ? shrink(body, fails) : `${JSON.stringify(body)} (each chunk alone agrees: the difference is in reuse)`;
}

function shifted(x: Shape, by: number): Shape {
  const move = <T,>(o: T): T => JSON.parse(JSON.stringify(o), (k, v) => (k === 'start' || k === 'end' ? v + by : v));
  return move(x);
}

const CONTEXTS: [string, (md: string, i: number) => string][] = [
  ['alone', (md) => md],
  ['after a heading and a paragraph', (md) => '# Case\n\nSome text.\n\n' + md],
  ['before a heading and a paragraph', (md) => md + '\n\n## Next\n\nMore text.\n'],
  ['followed by the next example', (md, i) => md + SPEC[(i + 1) % SPEC.length].markdown],
  ['with CRLF line ends', (md) => ('# Case\n\n' + md + '\n## Next\n\ntext\n').replace(/\n/g, '\r\n')],
  // Markdown drops one byte order mark at the start; a second is text (a copy-paste between editors makes it).
  ['behind two byte order marks', (md) => '\uFEFF\uFEFF# Case\n\n' + md],
];

// Edits that change Markdown's block structure, not only its words.
const SNIPPETS = ['\n', '\n\n', '# ', '## Magt\n', '- ', '1. ', '2) ', '* ', '> ', '```', '~~~', '\n```\n', '    ', '  ', '\t', '<!-- ', ' -->', '<div>', '</div>\n', '[x]: /u', '---', '===', '*', '`', ' ', 'x', '+++', '\n# I\n', '\r\n'];

function edit(text: string, rnd: () => number): string {
  const at = Math.floor(rnd() * (text.length + 1));
  if (rnd() < 0.3 && text.length > 0) return text.slice(0, at) + text.slice(Math.min(text.length, at + 1 + Math.floor(rnd() * 8)));
  return text.slice(0, at) + SNIPPETS[Math.floor(rnd() * SNIPPETS.length)] + text.slice(at);
}

describe(`conformance: the CommonMark spec's ${SPEC.length} examples as report bodies, against one remark-parse parse`, function () {
  this.timeout(600_000);

  for (const [name, make] of CONTEXTS) {
    it(`${name}: fresh, in one go and with each chunk parsed alone`, async () => {
      const wrong: string[] = [];
      for (const [i, t] of SPEC.entries()) {
        const body = make(t.markdown, i);
        for (const how of ['one go', 'slices'] as const) {
          const { why } = await divergence(body, how);
          if (why) wrong.push(`example ${t.number} (${how}): minimal ${JSON.stringify(minimal(body))}\n  ${why}`);
        }
      }
      assert.deepEqual(wrong, []);
    });
  }

  it(`after ${EDITS} chained random edits of each example, the previous version passed in (seed ${SEED})`, async () => {
    const rnd = random(SEED);
    const wrong: string[] = [];
    let edits = 0;
    for (const [i, t] of SPEC.entries()) {
      let body = '# H\n\n' + t.markdown + '\n' + SPEC[(i + 7) % SPEC.length].markdown;
      let previous = (await divergence(body, 'one go')).parsed;
      for (let e = 0; e < EDITS; e++) {
        const before = body;
        body = edit(body, rnd);
        // Half the versions are parsed in slices, as the extension does with a long report.
        const { parsed, why } = await divergence(body, rnd() < 0.5 ? 'slices' : 'one go', previous);
        edits++;
        if (why) {
          wrong.push(`example ${t.number}, edit ${e}: ${JSON.stringify(before)} → ${JSON.stringify(body)}; minimal fresh case ${JSON.stringify(minimal(body))}\n  ${why}`);
          break;
        }
        previous = parsed;
      }
    }
    assert.deepEqual(wrong.slice(0, 20), []);
    assert.equal(edits, SPEC.length * EDITS);
  });
});

// The line-by-line reading of plain chunks (src/core/parse/plainBlocks.ts) decides alone what a line
// is; random texts of lines that look like paragraphs, headings and their near misses hold each
// answer it gives to remark's.
const LINE_STARTS = ['', '', '', ' ', '  ', '   ', '    ', '\t', '# ', '## ', '###### ', '####### ', '#', '#\t', '- ', '-', '* ', '+ ', '1. ', '1) ', '2. ', '10.', '> ', '<div>', '<!-- ', '```', '~~~', '```js', '````', '~~~~ x', '``` `x`', '  ```', '   ~~~', '===', '---', '___', '***', '[a]', '[a]: /u', '|', '\\', '&amp; ', '\uFEFF', '\u00A0'];
const WORDS = ['Borgerne', 'kommunen', 'og', 'foreningen', '*fælles*', '`kode`', '[link](/u)', '&copy;', '#', '##', ' #', '\\#', '_', '<b>', 'a\\', '  ', '\t', ' ', '=', '-', '!'];
const FENCES = ['```', '````', '~~~', '~~~~', '  ```', '    ```', '``', '```  '];
const ENDS = ['\n', '\n', '\n', '\n\n', '  \n', ' \t\n', '\r\n', '\\\n', ''];

function plainLooking(rnd: () => number): string {
  const pick = <T,>(xs: readonly T[]) => xs[Math.floor(rnd() * xs.length)];
  let text = '';
  for (let l = 1 + Math.floor(rnd() * 8); l > 0; l--) {
    // Mostly plain lines, so that the plain reading answers often.
    // Now and then a fence, closed or not by a fence of either kind and any length.
    if (rnd() < 0.1) text += pick(FENCES) + pick(['', '', 'js', ' bash', ' `x`']) + pick(ENDS);
    text += rnd() < 0.85 ? pick(['', '', '# ', '## ', '### ']) : pick(LINE_STARTS);
    for (let w = Math.floor(rnd() * 5); w > 0; w--) text += (rnd() < 0.75 ? pick(WORDS.slice(0, 4)) : pick(WORDS)) + (rnd() < 0.8 ? ' ' : '');
    text += pick(ENDS);
  }
  return text;
}

describe('conformance: the plain line-by-line reading against remark-parse', () => {
  it(`random texts of plain and nearly plain lines (seed ${SEED}): every answer it gives equals remark's blocks`, () => {
    const rnd = random(SEED);
    const wrong: string[] = [];
    let answered = 0;
    const runs = 20_000;
    for (let i = 0; i < runs && wrong.length < 10; i++) {
      const text = plainLooking(rnd);
      const plain = plainBlocks(text);
      if (!plain) continue;
      answered++;
      const mine = plain.map((b) => ({ type: b.type, start: b.start, end: b.end, ...(b.type === 'heading' ? { depth: b.depth, text: b.headingSource!.trim() } : {}) }));
      const theirs = reference(text).map((b) => ({ type: b.type, start: b.start, end: b.end, ...(b.heading as object | undefined) }));
      if (!isDeepStrictEqual(mine, theirs)) wrong.push(`${JSON.stringify(text)}\n  plain  ${JSON.stringify(mine)}\n  remark ${JSON.stringify(theirs)}`);
    }
    assert.deepEqual(wrong, []);
    // The reading must answer for a good share of them, or this test would hold nothing to remark.
    assert.ok(answered > runs / 6, `answered ${answered} of ${runs}`);
  });
});
