// Property-based tests (fast-check): for arbitrary text and for mutations of real reports, the
// engine never throws, every range lies inside the document, results do not depend on line endings,
// and every fix changes only what it names and removes its diagnostic. `npm test` runs a bounded
// number of cases; `npm run fuzz` (CASEDOC_FUZZ_RUNS) runs many more.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import {
  builtinSchema, checkReport, complete, fixesFor, hover, parseReport,
  type CheckResult, type Diagnostic, type Range,
} from '../../src/core/index';
import { applyEdits } from '../../src/core/features/edits';
import { lineLengths, outsideOf, ROOT } from '../helpers';

const RUNS = Number(process.env.CASEDOC_FUZZ_RUNS) || 60;
const SEED = process.env.CASEDOC_FUZZ_SEED ? Number(process.env.CASEDOC_FUZZ_SEED) : undefined;
const settings = { numRuns: RUNS, seed: SEED, endOnFailure: true };

const EXAMPLES = readdirSync(join(ROOT, 'examples/anthology'))
  .filter((f) => f.endsWith('.md'))
  .map((f) => readFileSync(join(ROOT, 'examples/anthology', f), 'utf8'));

// Pieces of reports and of the ways they break: YAML and Markdown syntax, line ends, odd characters.
const PIECES = [
  '---', '---\n', '+++\n', '\n', '\r\n', '\r', '\t', ' ', '  ', ': ', ':', '- ', '# ', '## Opmærksomhedspunkter\n', '#',
  '"', "'", '\\', '[', ']', '{', '}', ',', '&a ', '*a', '!!str ', '|', '>', '%YAML 1.2\n', '? ', '<<: ',
  'type: case-report\n', 'collaboration_type: samproduktion\n', 'governance_paradigm: npg\n', 'level: 42\n',
  'actors:\n  - name: X\n    sector: volunteer\n', 'title: ', '$schema: ./s.json\n', '$schema: https://x.org/s.json\n',
  '<<<<<<< HEAD\n', '=======\n', '>>>>>>> b\n', '```\n', '<!-- ', ' -->', '<div>', '[x]: /u\n',
  '\u0000', '\uFEFF', '\u00A0', '😀', 'e\u0301', '\uD800', '\u2028', 'æøå', '\x7F',
];

const piece = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...PIECES) },
  { weight: 1, arbitrary: fc.string({ maxLength: 12, unit: 'binary' }) },
  { weight: 1, arbitrary: fc.string({ maxLength: 12 }) },
);
/** Arbitrary text, often shaped like a report. */
const text = fc.tuple(fc.boolean(), fc.array(piece, { maxLength: 60 })).map(([fenced, ps]) => (fenced ? '---\n' : '') + ps.join(''));

/** A real report with a few random insertions and deletions. */
const mutated = fc.tuple(
  fc.constantFrom(...EXAMPLES),
  fc.array(fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.oneof(piece, fc.integer({ min: 1, max: 30 }))), { minLength: 1, maxLength: 4 }),
).map(([base, edits]) => {
  let t = base;
  for (const [where, what] of edits) {
    // Most edits in the frontmatter, where the checks are.
    const end = Math.max(1, t.indexOf('\n---', 3) + 4);
    const at = Math.floor(where * (where < 0.8 ? end : t.length));
    t = typeof what === 'number' ? t.slice(0, at) + t.slice(at + what) : t.slice(0, at) + what + t.slice(at);
  }
  return t;
});

function assertInside(t: string, range: Range, what: string): void {
  const problem = outsideOf(t, range);
  assert.equal(problem, null, `${what}: ${problem}`);
}

function checkAll(t: string): CheckResult {
  const result = checkReport(parseReport(t), { forceCaseReport: true });
  for (const d of result.diagnostics) assertInside(t, d.range, d.code);
  for (const p of result.attentionPoints) assertInside(t, p.range, p.id);
  return result;
}

const key = (d: Diagnostic) => `${d.code} ${d.path ?? ''} ${String(d.data?.section ?? '')}`;

describe('properties (fast-check)', function () {
  this.timeout(Math.max(60_000, RUNS * 200));

  it('never throws on arbitrary text, and every range lies inside the document', () => {
    fc.assert(fc.property(text, (t) => {
      checkAll(t);
      checkReport(parseReport(t));
    }), settings);
  });

  it('never throws on mutated reports, nor do completion and hover anywhere in them', () => {
    const schema = builtinSchema().json;
    fc.assert(fc.property(mutated, fc.double({ min: 0, max: 1, noNaN: true }), (t, where) => {
      checkAll(t);
      const report = parseReport(t);
      const lines = lineLengths(t);
      const line = Math.floor(where * lines.length);
      const position = { line, character: Math.floor(where * 997) % (lines[line] + 1) };
      for (const c of complete(report, position, schema, 'en')) assertInside(t, c.range, `completion ${c.label}`);
      const h = hover(report, position, schema, 'da');
      if (h) assertInside(t, h.range, 'hover');
    }), settings);
  });

  it('gives the same results with CRLF, lone CR or LF line ends', () => {
    fc.assert(fc.property(fc.oneof(mutated, text), (t) => {
      const lf = t.replace(/\r\n?/g, '\n');
      // Without a stray CR inside a line, every position is the same whatever ends the lines.
      const strip = (r: CheckResult) => JSON.parse(JSON.stringify(r, (k, v) => (k === 'eol' ? undefined : v)));
      const a = strip(checkAll(lf));
      assert.deepEqual(strip(checkAll(lf.replace(/\n/g, '\r\n'))), a, 'CRLF');
      assert.deepEqual(strip(checkAll(lf.replace(/\n/g, '\r'))), a, 'CR');
    }), settings);
  });

  it('applies any offered fix by changing only its range, and the diagnostic is gone after it', () => {
    const schema = builtinSchema().json;
    let applied = 0;
    fc.assert(fc.property(mutated, (t) => {
      const report = parseReport(t);
      const result = checkReport(report, { forceCaseReport: true });
      for (const d of result.diagnostics) {
        for (const fix of fixesFor(report, d, schema, 'en')) {
          const after = applyEdits(report, fix.edits);
          // Outside the edits, the text is byte for byte what it was.
          const spans = fix.edits.map((e) => [report.lines.offsetAt(e.range.start), report.lines.offsetAt(e.range.end), e.newText.length] as const).sort((x, y) => x[0] - y[0]);
          let shift = 0;
          let from = 0;
          for (const [start, end, length] of spans) {
            assert.equal(after.slice(from + shift, start + shift), t.slice(from, start), `${fix.title}: text before its edit`);
            shift += length - (end - start);
            from = end;
          }
          assert.equal(after.slice(from + shift), t.slice(from), `${fix.title}: text after its edit`);
          const again = checkAll(after);
          const same = again.diagnostics.filter((x) => key(x) === key(d) && (d.path !== null || x.range.start.line === d.range.start.line));
          assert.ok(same.length < result.diagnostics.filter((x) => key(x) === key(d)).length || same.length === 0,
            `${fix.title} left ${d.code} at ${d.path ?? JSON.stringify(d.range)}`);
          applied++;
        }
      }
    }), settings);
    assert.ok(applied > RUNS / 2, `only ${applied} fixes were tried`);
  });
});
