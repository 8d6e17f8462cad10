import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';
import { main } from '../../src/cli/main';
import { newAjv } from '../../src/core/schema/compile';
import { ROOT } from '../helpers';

// The official JSON-Schema-Test-Suite, draft 2020-12 (vendored with its licence beside this file):
// every test whose instance is an object becomes a report's frontmatter, checked by the CLI (in
// process, against the source) with `--schema`. "Has a schema diagnostic" must equal the suite's
// `valid`, and no schema the suite holds may crash the check or be refused.

const SUITE = join(ROOT, 'test/conformance/json-schema-test-suite/tests/draft2020-12');

/** The codes by which the schema speaks; the rest (sections, consistency) are Casedoc's own. */
const SCHEMA_CODES = new Set(['missing-key', 'unknown-key', 'invalid-value', 'wrong-type', 'empty-value', 'invalid-date', 'duplicate-item', 'schema-violation']);

// Where Ajv itself (set up as Casedoc sets it up, `newAjv`) cannot follow the suite: not Casedoc's to
// change, and each is listed with why. `newAjv` runs patterns on the linear-time engine (RE2's, with
// ECMA-262's meaning kept: src/core/text/regex.ts); no case of the suite comes out otherwise for it,
// so none is listed for that. The first test fails when a list is not exactly what is found,
// so the lists cannot go stale; the others hold Casedoc to what it does there.
const INHERITED = 'Ajv reads properties an object inherits (__proto__, toString, constructor) as present';
const IF_ANNOTATIONS = 'Ajv collects what `if` evaluated, for unevaluatedProperties, otherwise than the spec when `then` or `else` is absent';
const DYNAMIC = 'Ajv 8 implements only part of $dynamicRef (hash fragments, no dynamic scope across resources)';

/** Groups whose schema Ajv refuses to compile: Casedoc refuses them too, in one line, and checks nothing. */
const AJV_CANNOT_COMPILE: Record<string, string> = {
  'dynamicRef.json|A $dynamicRef that initially resolves to a schema with a matching $dynamicAnchor resolves to the first $dynamicAnchor in the dynamic scope': DYNAMIC,
  'dynamicRef.json|A $dynamicRef that initially resolves to a schema without a matching $dynamicAnchor behaves like a normal $ref to $anchor': DYNAMIC,
  'enum.json|empty enum': 'Ajv requires a non-empty enum (its meta-schema check)',
  'ref.json|refs with relative uris and defs': 'Ajv overflows its stack resolving relative URIs under nested $id',
  'ref.json|relative refs with absolute uris and defs': 'Ajv overflows its stack resolving relative URIs under nested $id',
};

/** Tests whose validation overflows Ajv's stack: Casedoc reports the schema as unusable on that report. */
const AJV_NEVER_ENDS: Record<string, string> = {
  'unevaluatedProperties.json|unevaluatedProperties with $dynamicRef|with no unevaluated properties': DYNAMIC,
  'unevaluatedProperties.json|unevaluatedProperties with $dynamicRef|with unevaluated properties': DYNAMIC,
};

/** Tests where Ajv's verdict is the opposite of the suite's: Casedoc follows Ajv. */
const AJV_DISAGREES: Record<string, string> = {
  'dynamicRef.json|multiple dynamic paths to the $dynamicRef keyword|number list with string values': DYNAMIC,
  'dynamicRef.json|multiple dynamic paths to the $dynamicRef keyword|string list with number values': DYNAMIC,
  'dynamicRef.json|$dynamicRef points to a boolean schema|follow $dynamicRef to a false schema': DYNAMIC,
  'dynamicRef.json|$dynamicRef skips over intermediate resources - direct reference|integer property passes': DYNAMIC,
  'properties.json|properties whose names are Javascript object property names|none of the properties mentioned': INHERITED,
  'required.json|required properties whose names are Javascript object property names|none of the properties mentioned': INHERITED,
  'required.json|required properties whose names are Javascript object property names|__proto__ present': INHERITED,
  'required.json|required properties whose names are Javascript object property names|toString present': INHERITED,
  'required.json|required properties whose names are Javascript object property names|constructor present': INHERITED,
  'unevaluatedProperties.json|unevaluatedProperties with if/then/else, then not defined|when if is true and has no unevaluated properties': IF_ANNOTATIONS,
  'unevaluatedProperties.json|unevaluatedProperties with if/then/else, then not defined|when if is false and has unevaluated properties': IF_ANNOTATIONS,
  'unevaluatedProperties.json|unevaluatedProperties can see annotations from if without then and else|valid in case if is evaluated': IF_ANNOTATIONS,
};

interface Case { file: string; group: string; test: string; schema: unknown; data: Record<string, unknown>; valid: boolean }

function suiteCases(): { judged: Case[]; skipped: Map<string, string>; schemas: { file: string; group: string; schema: unknown }[] } {
  const judged: Case[] = [];
  const skipped = new Map<string, string>();
  const schemas: { file: string; group: string; schema: unknown }[] = [];
  for (const file of readdirSync(SUITE).sort()) {
    for (const g of JSON.parse(readFileSync(join(SUITE, file), 'utf8')) as { description: string; schema: unknown; tests: { description: string; data: unknown; valid: boolean }[] }[]) {
      const remote = JSON.stringify(g.schema).includes('localhost:1234');
      if (!remote) schemas.push({ file, group: g.description, schema: g.schema });
      for (const t of g.tests) {
        const id = `${file}|${g.description}|${t.description}`;
        if (!t.data || typeof t.data !== 'object' || Array.isArray(t.data)) continue; // a frontmatter is a mapping
        if (remote) skipped.set(id, 'needs the suite\'s remote schemas (localhost:1234), which Casedoc never fetches');
        else if (!roundTrips(t.data)) skipped.set(id, 'the instance has no YAML form that reads back as the same data');
        else judged.push({ file, group: g.description, test: t.description, schema: g.schema, data: t.data as Record<string, unknown>, valid: t.valid });
      }
    }
  }
  return { judged, skipped, schemas };
}

function roundTrips(data: unknown): boolean {
  try {
    return JSON.stringify(parse(stringify(data))) === JSON.stringify(data);
  } catch {
    return false;
  }
}

const id = (c: Case) => `${c.file}|${c.group}|${c.test}`;

/** Runs `casedoc check DIR --schema schema.json --include '**' --format json` in process. */
async function checkWithSchema(dir: string): Promise<{ code: number; out: { files: { file: string; diagnostics: { code: string; message: string }[] }[] }; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await main(['check', 'reports', '--schema', 'schema.json', '--include', '**', '--format', 'json'], {
    cwd: dir, env: { CASEDOC_WORKERS: '0' }, color: false, stdout: (s) => (stdout += s), stderr: (s) => (stderr += s),
  });
  return { code, out: stdout ? JSON.parse(stdout) : { files: [] }, stderr };
}

type Verdict = { kind: 'refused' } | { kind: 'throws' } | { kind: 'valid'; valid: boolean };

/** What Ajv alone says of each case, and of each group's schema. */
function ajvVerdicts(judged: Case[]): Map<Case, Verdict> {
  const out = new Map<Case, Verdict>();
  const compiled = new Map<unknown, ((d: unknown) => boolean) | null>();
  for (const c of judged) {
    if (!compiled.has(c.schema)) {
      try {
        compiled.set(c.schema, newAjv().compile(c.schema as object));
      } catch {
        compiled.set(c.schema, null);
      }
    }
    const validate = compiled.get(c.schema);
    if (!validate) out.set(c, { kind: 'refused' });
    else {
      try {
        out.set(c, { kind: 'valid', valid: validate(c.data) });
      } catch {
        out.set(c, { kind: 'throws' });
      }
    }
  }
  return out;
}

describe('conformance: the JSON-Schema-Test-Suite, draft 2020-12, through casedoc check --schema', function () {
  this.timeout(300_000);
  const { judged, skipped } = suiteCases();
  const verdicts = ajvVerdicts(judged);

  it(`Ajv follows the suite except where listed (of ${judged.length} object instances)`, () => {
    const refused: Record<string, string> = {};
    const throws: Record<string, string> = {};
    const disagrees: Record<string, string> = {};
    for (const [c, v] of verdicts) {
      if (v.kind === 'refused') refused[`${c.file}|${c.group}`] = AJV_CANNOT_COMPILE[`${c.file}|${c.group}`] ?? 'NOT LISTED';
      else if (v.kind === 'throws') throws[id(c)] = AJV_NEVER_ENDS[id(c)] ?? 'NOT LISTED';
      else if (v.valid !== c.valid) disagrees[id(c)] = AJV_DISAGREES[id(c)] ?? 'NOT LISTED';
    }
    assert.deepEqual(refused, AJV_CANNOT_COMPILE);
    assert.deepEqual(throws, AJV_NEVER_ENDS);
    assert.deepEqual(disagrees, AJV_DISAGREES);
  });

  it('a report has a schema diagnostic exactly where the instance is invalid, and no schema crashes the check', async () => {
    const byGroup = new Map<string, Case[]>();
    for (const c of judged) byGroup.set(`${c.file}|${c.group}`, [...(byGroup.get(`${c.file}|${c.group}`) ?? []), c]);
    const wrong: string[] = [];
    let compared = 0;
    for (const cases of byGroup.values()) {
      const dir = mkdtempSync(join(tmpdir(), 'casedoc-jsts-'));
      try {
        mkdirSync(join(dir, 'reports'));
        writeFileSync(join(dir, 'schema.json'), JSON.stringify(cases[0].schema));
        cases.forEach((c, i) => writeFileSync(join(dir, 'reports', `${String(i).padStart(3, '0')}.md`), `---\n${stringify(c.data)}---\n\n# Case\n`));
        const { code, out, stderr } = await checkWithSchema(dir);
        const group = `${cases[0].file} | ${cases[0].group}`;
        if (verdicts.get(cases[0])!.kind === 'refused') {
          // Refused as a usage error: one plain line, no stack, nothing checked.
          assert.equal(code, 2, group);
          assert.match(stderr, /^casedoc: the schema schema\.json cannot be used: [^\n]+\n$/, group);
          compared += cases.length;
          continue;
        }
        assert.notEqual(code, 2, `${group}: the schema was refused: ${stderr}`);
        assert.equal(out.files.length, cases.length, group);
        out.files.forEach((f, i) => {
          const c = cases[i];
          const v = verdicts.get(c)!;
          assert.deepEqual(f.diagnostics.filter((d) => d.code === 'check-failed'), [], `${id(c)} crashed the check`);
          for (const d of f.diagnostics) assert.doesNotMatch(d.message, /should be , |undefined|\[object Object\]|``/, `${id(c)}: a garbled message: ${d.message}`);
          const codes = f.diagnostics.map((d) => d.code);
          if (v.kind === 'throws') {
            if (!codes.includes('schema-unusable')) wrong.push(`${id(c)}: a validation that never ends is not reported as such (${codes.join(',')})`);
          } else {
            const diagnosed = codes.some((code) => SCHEMA_CODES.has(code));
            const expected = v.kind === 'valid' && !v.valid;
            if (diagnosed !== expected) wrong.push(`${id(c)}: suite says ${c.valid ? 'valid' : 'invalid'}, Casedoc reports ${codes.join(',') || 'nothing'}`);
          }
          compared++;
        });
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    }
    assert.deepEqual(wrong, []);
    assert.equal(compared, judged.length);
  });

  it(`skips only instances a frontmatter cannot hold or that need remote schemas (${skipped.size} skipped)`, () => {
    const reasons = new Set(skipped.values());
    assert.ok([...reasons].every((r) => /remote schemas|no YAML form/.test(r)), [...reasons].join('; '));
    assert.ok(skipped.size < 40, `${skipped.size} skipped`);
  });
});
