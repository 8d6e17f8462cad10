import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkReport, parseReport, type ParsedReport } from '../../src/core/index';
import { analyseBody } from '../../src/core/parse/body';
import { chunksOf } from '../../src/core/parse/chunks';
import { parseYaml } from '../../src/core/parse/yaml';
import { isMap, type Document } from 'yaml';
import { ROOT } from '../helpers';
import { random } from '../conformance/shared';
import { shape } from '../conformance/yamlShape';

// Edits that change Markdown's block structure, not only its words.
const SNIPPETS = ['\n', '\n\n', '# ', '## Magt\n', '- ', '1. ', '> ', '```', '~~~', '\n```\n', '    ', '<!-- ', ' -->', '<div>', '</div>\n', '<pre>', '\n</pre>', '[x]: /u', '---', '===', '*', '`', ' ', 'æ', '\r\n', '\t', '<?', '?>', '+++'];

const BODIES = [
  ...readdirSync(join(ROOT, 'examples/anthology')).map((f) => readFileSync(join(ROOT, 'examples/anthology', f), 'utf8')),
  '# T\n\n## Opmærksomhedspunkter\n\n- a\n\n- b\n\n```\n# not a heading\n\n## nor this\n```\n\n## Kilder\n\n<!--\n# hidden\n\n-->\ntext\n',
  '# T\n\n<div>\n\n# inside html? no: a blank line ends it\n</div>\n\n> quote\n> # heading in quote\n\n    # indented code\n\n## Next\n',
  '+++\ntitle = "toml"\n+++\n# T\n\npara\n\n+++\nnot = "toml here"\n+++\n\n## Next\n',
];

function edit(text: string, rnd: () => number): string {
  const at = Math.floor(rnd() * (text.length + 1));
  if (rnd() < 0.3 && text.length > 0) {
    const end = Math.min(text.length, at + 1 + Math.floor(rnd() * 12));
    return text.slice(0, at) + text.slice(end);
  }
  return text.slice(0, at) + SNIPPETS[Math.floor(rnd() * SNIPPETS.length)] + text.slice(at);
}

describe('incremental parsing equals a full parse', () => {
  it('cuts a body into chunks that join to the body, at block starts only', () => {
    const body = '# A\n\npara\n\n## B\n```\n# in code\n\nx\n```\n\n- item\n\n  more\n\ntext\n';
    const chunks = chunksOf(body);
    assert.equal(chunks.map((c) => c.text).join(''), body);
    // Never before a list item: the list before it may go on (`- a` ⏎⏎ `- b` is one list).
    assert.deepEqual(chunks.map((c) => c.text.split('\n')[0]), ['# A', 'para', '## B', 'text']);
    assert.equal(chunksOf('[a]: /x\n\n# A\n\n# B\n').length, 1, 'a link definition keeps the body whole');
    assert.deepEqual(chunksOf('# A\n\n+++\nx = 1\n+++\n').map((c) => c.start), [0], 'no piece starts with +++ (it would read as TOML)');
  });

  // Issue 13, findings 1–3: cuts that micromark does not read as the whole body does.
  const outline = (p: ParsedReport) => p.body().analysis.sections.map((s) => [s.text, s.items.map((i) => [i.text, i.start, i.end])]);

  it('keeps a loose list whole across a blank line, fresh and after edits', () => {
    const text = '# H\n\n- a\n\n- b\n\n# G\n\n- a\n\nc\n';
    const fresh = parseReport(text);
    assert.deepEqual(outline(fresh), [['H', [['a', 5, 8], ['b', 10, 13]]], ['G', [['a', 20, 23]]]]);
    assert.deepEqual(outline(parseReport(text.replace('- b', '- bx'), fresh)), [['H', [['a', 5, 8], ['bx', 10, 14]]], ['G', [['a', 21, 24]]]]);
    assert.deepEqual(outline(parseReport(text.replace('- a', '- ax'), fresh)), [['H', [['ax', 5, 9], ['b', 11, 14]]], ['G', [['a', 21, 24]]]]);
  });

  it('ends a list item holding an unclosed fence where one parse ends it', () => {
    const before = parseReport('# H\n\n1. ```\n# I\n');
    assert.deepEqual(outline(before), [['H', [['', 5, 11]]], ['I', []]]);
    assert.deepEqual(outline(parseReport('# H\n\n1. ```1\n# I\n', before)), [['H', [['', 5, 12]]], ['I', []]]);
  });

  it('reads a list-like line after indented code as one parse does (paragraph text)', () => {
    const before = parseReport('# H\n\n    code\n\n2) two\n');
    assert.deepEqual(outline(before), [['H', [['2) two', 15, 21]]]]);
    assert.deepEqual(outline(parseReport('# H\n\n    code\n\n2) twoo\n', before)), [['H', [['2) twoo', 15, 22]]]]);
    assert.deepEqual(outline(parseReport('# H\n\n    code\n\n>-\n')), [['H', []]], 'nor a quote holding a list marker');
  });

  it('gives the same sections and items as one parse of the whole body, on 1,200 random edits', () => {
    let checked = 0;
    BODIES.forEach((start, b) => {
      const rnd = random(1000 + b);
      let text = start;
      let previous: ParsedReport = parseReport(text);
      previous.body(); // parsed now, as the extension does before the next keystroke
      for (let i = 0; i < 1200 / BODIES.length; i++) {
        text = edit(text, rnd);
        const parsed = parseReport(text, previous);
        const full = analyseBody(text.slice(parsed.bodyStart), 0);
        assert.deepEqual(parsed.body().analysis, full, `body ${b}, edit ${i}: ${JSON.stringify(text.slice(0, 200))}`);
        previous = parsed;
        checked++;
      }
    });
    assert.ok(checked >= 1100);
  });

  it('checks an edited report exactly as a fresh parse does, frontmatter edits included', () => {
    const rnd = random(7);
    let text = readFileSync(join(ROOT, 'examples/anthology/09-naboskab-i-vest.md'), 'utf8');
    let previous = parseReport(text);
    checkReport(previous);
    for (let i = 0; i < 400; i++) {
      text = edit(text, rnd);
      const parsed = parseReport(text, previous);
      assert.deepEqual(checkReport(parsed, { lang: 'da' }), checkReport(parseReport(text), { lang: 'da' }), `edit ${i}`);
      previous = parsed;
    }
  });

  it('reuses the frontmatter document on a body edit, and the unchanged chunks', () => {
    const text = readFileSync(join(ROOT, 'examples/anthology/01-faellesskabshuset.md'), 'utf8');
    const before = parseReport(text);
    before.body(); // parse the body, so its chunks can be reused
    const at = text.lastIndexOf('\n\n') - 3;
    const after = parseReport(text.slice(0, at) + 'x' + text.slice(at), before);
    assert.equal(after.yaml, before.yaml);
    after.body();
    const reused = [...after.body().chunks.values()].filter((blocks) => [...before.body().chunks.values()].includes(blocks));
    assert.equal(reused.length, after.body().chunks.size - 1, 'every chunk but the edited one');
  });

  it('updates the frontmatter document on a keystroke inside a scalar exactly as a fresh parse, on 1,200 random edits', function () {
    this.timeout(60_000);
    // Characters that keep a scalar a scalar, and ones that end it, quote it, comment it or retype it.
    const TYPED = ['a', 'Z', 'æ', 'ø', ' ', '  ', '-', '.', '1', '42', ':', ': ', ' #', '#', '"', "'", '\\', ',', '[', ']', '{', '&', '*', '!', '\n', '\t', '\r\n', '😀', 'e\u0301', 'true', '~'];
    let incremental = 0;
    let checked = 0;
    for (const file of ['01-faellesskabshuset.md', '09-naboskab-i-vest.md', '03-homework-cafe-partnership.md']) {
      const rnd = random(file.length * 31);
      let text = readFileSync(join(ROOT, 'examples/anthology', file), 'utf8');
      let previous = parseReport(text);
      checkReport(previous);
      for (let i = 0; i < 400; i++) {
        // Most edits land inside the frontmatter, as typing a value does.
        const fmEnd = Math.max(4, text.indexOf('\n---', 4));
        const at = 4 + Math.floor(rnd() * (fmEnd - 4));
        text = rnd() < 0.25 && at < fmEnd - 1
          ? text.slice(0, at) + text.slice(at + 1 + Math.floor(rnd() * 3))
          : text.slice(0, at) + (rnd() < 0.5 ? 'eæ s'[Math.floor(rnd() * 4)] : TYPED[Math.floor(rnd() * TYPED.length)]) + text.slice(at);
        const parsed = parseReport(text, previous);
        const fresh = parseReport(text);
        if (parsed.yaml && fresh.yaml) {
          const shared = firstKey(parsed.yaml.doc) !== undefined && firstKey(parsed.yaml.doc) === firstKey(previous.yaml?.doc);
          if (shared && parsed.yaml.doc !== previous.yaml?.doc) incremental++;
          assert.deepEqual(shape(parsed.yaml.doc), shape(fresh.yaml.doc), `${file}, edit ${i}: ${JSON.stringify(text.slice(0, fmEnd))}`);
          assert.deepEqual(parsed.yaml.data, fresh.yaml.data);
          assert.deepEqual(parsed.yaml.doc.errors.map((e) => e.pos), fresh.yaml.doc.errors.map((e) => e.pos));
        } else assert.equal(parsed.yaml, fresh.yaml);
        // The whole check too, on every fifth edit (it parses the body afresh, which is slow).
        if (i % 5 === 0) assert.deepEqual(checkReport(parsed), checkReport(fresh), `${file}, edit ${i}`);
        else checkReport(parsed);
        previous = parsed;
        checked++;
        // Keep the frontmatter readable: start again when edits have broken it beyond typing.
        if (fresh.yaml === null || (fresh.yaml.doc.errors.length > 0 && rnd() < 0.2)) {
          text = readFileSync(join(ROOT, 'examples/anthology', file), 'utf8');
          previous = parseReport(text);
        }
      }
    }
    assert.equal(checked, 1200);
    assert.ok(incremental > 150, `only ${incremental} edits took the incremental path`);
  });

  it('parses in full when an edit could change more than one scalar', () => {
    const source = 'title: "Huset"\nlevel: group\ntags: [a, b]\n';
    const before = parseYaml(source, 4);
    const cases: [string, string][] = [
      ['title: "Hus"et"\nlevel: group\ntags: [a, b]\n', 'a quote typed inside a quoted value'],
      ['title: "Huset"\nlevel: 42\ntags: [a, b]\n', 'a plain value that becomes a number'],
      ['title: "Huset"\nlevel: gr: oup\ntags: [a, b]\n', '`: ` typed in a plain value'],
      ['title: "Huset"\nlevel: group #x\ntags: [a, b]\n', 'a comment started'],
      ['title: "Huset"\nlevel: group\ntags: [a, bc]\n', 'a flow sequence'],
    ];
    for (const [after, why] of cases) {
      const edited = parseYaml(after, 4, { source, yaml: before });
      assert.notEqual(firstKey(edited.doc), firstKey(before.doc), why);
      assert.deepEqual(shape(edited.doc), shape(parseYaml(after, 4).doc), why);
    }
    // Issue 13, finding 6: keystrokes in one scalar that a fresh parse reads otherwise.
    const pairs: [string, string, string][] = [
      ['title: x\n.. : x\n', 'title: x\n... : x\n', 'a third dot: `...` at a line start ends the document'],
      [`title: x\nlevel${' '.repeat(1019)}: group\n`, `title: x\nlevelx${' '.repeat(1019)}: group\n`, 'an implicit key past 1,024 characters to its `:`'],
    ];
    for (const [from, to, why] of pairs) {
      const was = parseYaml(from, 4);
      assert.deepEqual(was.doc.errors, [], why);
      const edited = parseYaml(to, 4, { source: from, yaml: was });
      const fresh = parseYaml(to, 4);
      assert.ok(fresh.doc.errors.length > 0, `${why}: a fresh parse reports it`);
      assert.deepEqual(edited.doc.errors.map((e) => e.code), fresh.doc.errors.map((e) => e.code), why);
      assert.deepEqual(edited.data, fresh.data, why);
    }
    const typed = parseYaml('title: "Husets"\nlevel: group\ntags: [a, b]\n', 4, { source, yaml: before });
    assert.equal(firstKey(typed.doc), firstKey(before.doc), 'a letter in a quoted value updates the document');
    assert.deepEqual((typed.data as { title: string }).title, 'Husets');
  });
});

describe('a body parsed in slices', () => {
  const slicing = (onYield: () => void = () => {}, stale = () => false) => ({
    budgetMs: 0, now: () => 0, isStale: stale,
    yieldToHost: async () => onYield(),
  });

  it('yields to the host between slices of a long report and ends with what one parse gives', async () => {
    const text = longReport();
    const parsed = parseReport(text);
    let yields = 0;
    assert.equal(await parsed.prepare(slicing(() => yields++)), true);
    assert.ok(yields >= text.length / 20_000, `${yields} yields for ${text.length} characters`);
    assert.deepEqual(parsed.body().analysis, analyseBody(text.slice(parsed.bodyStart), 0));
    assert.deepEqual(checkReport(parsed), checkReport(parseReport(text)));
  });

  it('stops when a newer version exists, and the next version reuses the slices already parsed', async () => {
    const text = longReport();
    let whole = 0;
    await parseReport(text).prepare(slicing(() => whole++));
    const first = parseReport(text);
    let yields = 0;
    assert.equal(await first.prepare(slicing(() => yields++, () => yields >= 5)), false);
    const done = first.parsedSoFar();
    assert.equal(done.whole, undefined);
    assert.ok(done.chunks && done.chunks.size > 10);
    const at = text.length - 100;
    const next = text.slice(0, at) + 'x' + text.slice(at);
    const second = parseReport(next, first);
    let more = 0;
    assert.equal(await second.prepare(slicing(() => more++)), true);
    // The first version's 4 finished slices are not parsed again (the edited chunk is new).
    assert.ok(more <= whole - 4 + 1, `${more} slices after 5, ${whole} for the whole`);
    assert.deepEqual(second.body().analysis, analyseBody(next.slice(second.bodyStart), 0));
  });

  it('equals a full parse after random edits, each prepared in slices', async () => {
    const rnd = random(99);
    let text = BODIES[0];
    let previous = parseReport(text);
    for (let i = 0; i < 300; i++) {
      text = edit(text, rnd);
      const parsed = parseReport(text, previous);
      // Every third version goes stale half-way, as a fast typist's do.
      let n = 0;
      await parsed.prepare(slicing(() => n++, () => i % 3 === 0 && n > 1));
      assert.deepEqual(parsed.body().analysis, analyseBody(text.slice(parsed.bodyStart), 0), `edit ${i}`);
      previous = parsed;
    }
  });
});

/** A report of about 120 KB whose paragraphs all differ. */
function longReport(): string {
  const text = readFileSync(join(ROOT, 'examples/anthology/01-faellesskabshuset.md'), 'utf8');
  const parts = [text];
  for (let i = 0, size = text.length; size < 120_000; i++) {
    const part = i % 5 === 0 ? `## Forløb ${i}\n\n` : `Afsnit ${i}: kommunen og foreningen aftalte en ny fordeling af opgaverne, runde ${i}.\n\n${i % 3 ? '' : `- punkt ${i}\n- punkt ${i + 1}\n\n`}`;
    parts.push(part);
    size += part.length;
  }
  return parts.join('');
}

function firstKey(doc: Document | undefined): unknown {
  const c = doc?.contents;
  return isMap(c) && c.items[0] ? c.items[0].key : undefined;
}
