import assert from 'node:assert/strict';
import { LineIndex, parseReport } from '../../src/core/index';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseYaml } from '../../src/core/parse/yaml';
import { check, report, ROOT } from '../helpers';

const codes = (text: string) => check(text).diagnostics.map((d) => d.code);
const frontmatterCodes = (text: string) => codes(text).filter((c) => !/section/.test(c));

describe('LineIndex', () => {
  it('breaks lines at \\n, \\r\\n and a lone \\r and counts UTF-16 units', () => {
    const idx = new LineIndex('a\nbø\r\nc🏠d\re');
    assert.deepEqual(idx.positionAt(0), { line: 0, character: 0 });
    assert.deepEqual(idx.positionAt(3), { line: 1, character: 1 });
    assert.deepEqual(idx.positionAt(4), { line: 1, character: 2 }); // the \r of \r\n ends line 1
    assert.deepEqual(idx.positionAt(6), { line: 2, character: 0 });
    assert.deepEqual(idx.positionAt(9), { line: 2, character: 3 }); // after a surrogate pair
    assert.deepEqual(idx.positionAt(11), { line: 3, character: 0 });
    for (let o = 0; o <= idx.text.length; o++) {
      const p = idx.positionAt(o);
      if (idx.text[o - 1] !== '\r' || idx.text[o] !== '\n') assert.equal(idx.offsetAt(p), o, `round trip at ${o}`);
    }
  });

  it('clamps positions past a line or the text', () => {
    const idx = new LineIndex('ab\ncd');
    assert.equal(idx.offsetAt({ line: 0, character: 99 }), 2);
    assert.equal(idx.offsetAt({ line: 9, character: 0 }), 5);
    assert.deepEqual(idx.positionAt(99), { line: 1, character: 2 });
  });
});

describe('one parse per text', () => {
  it('finds frontmatter, YAML and body once, and the body only when asked', () => {
    const parsed = parseReport(report());
    assert.equal(parsed.frontmatter?.kind, 'yaml');
    assert.equal((parsed.yaml?.data as { title: string }).title, 'Fællesskabshuset');
    assert.ok(parsed.body().analysis.sections.length > 10);
    assert.equal(parsed.body().analysis, parsed.body().analysis, 'the body analysis is cached');
  });

  it('reuses the previous body analysis when only the frontmatter changed, and gets the same result', () => {
    const before = parseReport(report());
    before.body();
    const text = report((fm) => fm.replace('level: group', 'level: groupx'));
    const after = parseReport(text, before);
    assert.equal(after.body(), before.body(), 'the body was not parsed again');
    assert.deepEqual(after.body().analysis, parseReport(text).body().analysis, 'the same sections, relative to the body');
    const bodyEdit = parseReport(text.replace('- A point.', '- A changed point.'), after);
    assert.notEqual(bodyEdit.body(), after.body());
  });

  it('reads a BOM before the opening ---', () => {
    const text = '\uFEFF' + report();
    const r = check(text);
    assert.equal(r.isCaseReport, true);
    assert.deepEqual(r.diagnostics, []);
    const withError = '\uFEFF' + report((fm) => fm.replace('level: group', 'level: grp'));
    const d = check(withError).diagnostics[0];
    assert.equal(d.code, 'invalid-value');
    assert.deepEqual(d.range.start, { line: 14, character: 7 });
  });

  it('reads CRLF reports exactly like LF reports', () => {
    const lf = report((fm) => fm.replace('level: group', 'level: grp'));
    const crlf = lf.replace(/\n/g, '\r\n');
    assert.deepEqual(check(crlf).diagnostics, check(lf).diagnostics);
    assert.deepEqual(check(crlf).attentionPoints, check(lf).attentionPoints);
  });

  it('reports a frontmatter that is never closed on its opening ---, and nothing built on it', () => {
    const r = check('---\ntype: case-report\ntitle: T\n\n# T\n');
    assert.deepEqual(r.diagnostics.map((d) => [d.code, d.range]), [['frontmatter-unclosed', { start: { line: 0, character: 0 }, end: { line: 0, character: 3 } }]]);
  });

  it('treats an empty frontmatter as one with no keys (when the path says it is a case report)', () => {
    const r = check('---\n---\n# T\n', { forceCaseReport: true });
    const missing = r.diagnostics.filter((d) => d.code === 'missing-key').map((d) => d.data?.key);
    assert.deepEqual(missing, ['type', 'title', 'collaboration_type', 'governance_paradigm', 'power_balance', 'actors']);
    assert.ok(r.diagnostics.filter((d) => d.code === 'missing-key').every((d) => d.range.start.line === 0));
  });

  it('is not confused by --- thematic breaks later in the body', () => {
    const text = report(undefined, '# T\n\n---\n\nText\n\n---\n\n## Attention points\n\n- x\n');
    const r = check(text);
    assert.deepEqual(frontmatterCodes(text), []);
    assert.ok(!r.diagnostics.some((d) => d.code === 'missing-attention-section'));
  });

  it('reports a tab used for indentation at the tab', () => {
    const text = report((fm) => fm.replace('value_creation:\n  intended', 'value_creation:\n\tintended'));
    const d = check(text).diagnostics.find((x) => x.code === 'yaml-syntax')!;
    assert.equal(d.data?.yamlCode, 'TAB_AS_INDENT');
    const line = text.split('\n')[d.range.start.line];
    assert.equal(line[d.range.start.character], '\t');
    assert.match(d.message, /tabs/);
  });

  it('reports a duplicate key on its second occurrence and still validates the rest', () => {
    const text = report((fm) => fm + 'level: group\n');
    const dups = check(text).diagnostics.filter((d) => d.code === 'duplicate-key');
    assert.equal(dups.length, 1);
    assert.equal(dups[0].range.start.line, text.split('\n').lastIndexOf('level: group'));
    assert.equal(dups[0].data?.firstLine, 15);
  });

  it('reports YAML syntax errors at their own position and skips schema checks built on broken data', () => {
    const text = report((fm) => fm.replace('title: "Fællesskabshuset"', 'title: "Fællesskabshuset'));
    const r = check(text);
    assert.deepEqual(r.diagnostics.filter((d) => d.code !== 'missing-section').map((d) => d.code), ['yaml-syntax']);
    assert.deepEqual(r.diagnostics[0].range.start, { line: 2, character: 7 });
  });

  it('refuses an alias bomb with a clear error instead of expanding it', () => {
    const bomb = ['a: &a [x,x,x,x,x,x,x,x,x]'];
    for (const [n, p] of [['b', 'a'], ['c', 'b'], ['d', 'c'], ['e', 'd'], ['f', 'e'], ['g', 'f'], ['h', 'g']]) bomb.push(`${n}: &${n} [*${p},*${p},*${p},*${p},*${p},*${p},*${p},*${p},*${p}]`);
    const text = `---\ntype: case-report\n${bomb.join('\n')}\n---\n`;
    const r = check(text); // expanding would be 9^8 values: the test would not finish
    assert.equal(r.isCaseReport, true);
    assert.deepEqual(r.diagnostics.filter((d) => d.code.startsWith('yaml')).map((d) => d.code), ['yaml-alias-limit']);
    assert.match(r.diagnostics.find((d) => d.code === 'yaml-alias-limit')!.message, /alias/);
  });

  it('accepts a few ordinary anchors and aliases', () => {
    const text = report((fm) => fm.replace('initiated_by: [municipality]', 'initiated_by: &m [municipality]').replace('funded_by: [municipality]', 'funded_by: *m'));
    assert.deepEqual(frontmatterCodes(text), []);
  });

  it('reports TOML frontmatter and a report without any frontmatter', () => {
    assert.deepEqual(codes('+++\ntype = "case-report"\n+++\n# T\n').slice(0, 1), ['frontmatter-toml']);
    assert.deepEqual(check('# Just a heading\n', { forceCaseReport: true }).diagnostics[0].code, 'missing-frontmatter');
  });

  it('gives other Markdown files no diagnostics at all', () => {
    for (const text of ['# README\n', '---\ntitle: A README\n---\n# R\n', '---\ntype: chapter\n---\n', '', '---\n', 'plain text']) {
      const r = check(text);
      assert.equal(r.isCaseReport, false, JSON.stringify(text));
      assert.deepEqual(r.diagnostics, []);
      assert.deepEqual(r.attentionPoints, []);
    }
  });

  it('names Git merge-conflict markers instead of reporting YAML syntax', () => {
    const text = report((fm) => fm.replace('level: group\n', '<<<<<<< HEAD\nlevel: group\n=======\nlevel: collective\n>>>>>>> review\n'));
    const ds = check(text).diagnostics.filter((d) => !d.code.includes('section'));
    assert.deepEqual(ds.map((d) => [d.code, d.range.start.line, d.range.end.character]), [
      ['merge-conflict', 14, 12], ['merge-conflict', 16, 7], ['merge-conflict', 18, 14],
    ]);
  });

  it('stays bounded on hostile frontmatter: deep nesting, thousands of keys, endless brackets', () => {
    const deep = check('---\ntype: case-report\nx-deep: ' + '['.repeat(1000) + ']'.repeat(1000) + '\n---\n');
    assert.equal(deep.isCaseReport, true);
    const keys = check('---\ntype: case-report\n' + Array.from({ length: 3000 }, (_, i) => `k${i}: ${i}`).join('\n') + '\n---\n');
    // Every key is checked; the first 500 problems are shown, with a note on how many more there are.
    assert.equal(keys.diagnostics.length, 501);
    assert.ok(keys.diagnostics.filter((d) => d.code === 'unknown-key').length > 490);
    assert.equal(keys.diagnostics[0].code, 'too-many-problems');
    assert.ok(Number(keys.diagnostics[0].data?.count) >= 2500);
    const brackets = check('---\ntype: case-report\ntitle: ' + '['.repeat(3000) + '\n---\n');
    assert.ok(brackets.diagnostics.filter((d) => d.code === 'yaml-syntax').length <= 10, 'at most the first 10 YAML errors');
  });

  it('reports a frontmatter that is a list instead of keys', () => {
    assert.deepEqual(check('---\n- a\n- b\n---\n# T\n', { forceCaseReport: true }).diagnostics[0].code, 'frontmatter-not-mapping');
  });
});

describe('frontmatter data', () => {
  const fixtures = (dir: string) => readdirSync(join(ROOT, dir)).filter((f) => f.endsWith('.md')).map((f) => readFileSync(join(ROOT, dir, f), 'utf8'));

  it('is what yaml\'s own conversion gives, for every example and fixture and for the keys it hands back to it', () => {
    const extra = ['a: 1\n"": 2\nb: [x, {c: null}]\n', ': no key\n', '? [a, b]\n: complex key\n', 'x: !!str 3\n', 'a: &x 1\nb: *x\n', '__proto__: {polluted: true}\n', '1: one\ntrue: yes\n'];
    const sources = [...fixtures('examples/anthology'), ...fixtures('test/fixtures/reports')]
      .map((t) => parseReport(t))
      .filter((p) => p.yaml)
      .map((p) => p.text.slice(p.frontmatter!.contentStart, p.frontmatter!.contentEnd));
    for (const source of [...sources, ...extra]) {
      const y = parseYaml(source, 0);
      assert.deepEqual(y.data, y.doc.toJS({ maxAliasCount: 100 }), source.slice(0, 60));
    }
    assert.equal(Object.getPrototypeOf(parseYaml('__proto__: {polluted: true}\n', 0).data), Object.prototype);
  });
});
