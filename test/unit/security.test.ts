// No code and no network from content: a report or a workspace's schema never makes Casedoc fetch
// a URL or run what it contains, and a schema that is broken, huge or cyclic is reported, not thrown.
import assert from 'node:assert/strict';
import http from 'node:http';
import https from 'node:https';
import net from 'node:net';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkReport, loadSchema, parseReport } from '../../src/core/index';
import { MAX_SCHEMA_CHARS } from '../../src/core/schema/compile';
import { VALID } from '../hostile/corpus';
import { casedocProcess } from '../cli';

/** Any attempt to reach the network, recorded and refused, while `f` runs. */
function withoutNetwork(f: () => void): string[] {
  const attempts: string[] = [];
  const trap = (what: string) => (...args: unknown[]) => {
    attempts.push(`${what} ${JSON.stringify(args[0])}`);
    throw new Error('network refused by the test');
  };
  const saved = { connect: net.Socket.prototype.connect, http: http.request, https: https.request, fetch: globalThis.fetch };
  net.Socket.prototype.connect = trap('connect') as never;
  http.request = trap('http') as never;
  https.request = trap('https') as never;
  globalThis.fetch = trap('fetch') as never;
  try {
    f();
  } finally {
    net.Socket.prototype.connect = saved.connect;
    http.request = saved.http;
    https.request = saved.https;
    globalThis.fetch = saved.fetch;
  }
  return attempts;
}

const report = (extra: string) => VALID.replace('type: case-report\n', `type: case-report\n${extra}`);

describe('no code and no network from content', () => {
  it('reports a $schema URL and a $ref to a URL without fetching either', () => {
    const attempts = withoutNetwork(() => {
      const r = checkReport(parseReport(report('$schema: https://evil.example/schema.json\n')));
      assert.deepEqual(r.diagnostics.filter((d) => d.code.startsWith('schema')).map((d) => d.code), ['schema-url']);
      const refs = [
        '{"$ref": "https://evil.example/s.json"}',
        '{"properties": {"a": {"$ref": "http://evil.example/a.json#/x"}}}',
        '{"$schema": "https://evil.example/meta.json", "type": "object"}',
        '{"$id": "https://evil.example/root.json", "allOf": [{"$ref": "other.json"}]}',
      ];
      for (const text of refs) {
        const load = loadSchema(text);
        assert.equal(load.ok, false, text);
        assert.ok(!load.ok && load.reason.length > 10, text);
      }
    });
    assert.deepEqual(attempts, []);
  });

  it('reports a schema that is not JSON, not a schema, too large or cyclic, on the schema, without throwing', () => {
    const reasons = [
      ['{"type": "object",', /not valid JSON/],
      ['[1, 2]', /neither a JSON object nor true or false/],
      ['{"type": 42}', /not a valid JSON Schema/],
      [`{"description": "${'x'.repeat(MAX_SCHEMA_CHARS)}"}`, /larger than 2 MB/],
      ['{"$defs": {"a": {"$ref": "#/$defs/b"}, "b": {"$ref": "#/$defs/a"}}, "$ref": "#/$defs/a"}', /cycle|cannot be resolved/],
    ] as const;
    for (const [text, reason] of reasons) {
      const load = loadSchema(text);
      assert.ok(!load.ok, text.slice(0, 40));
      assert.match((load as { reason: string }).reason, reason);
      // The report says so, on `$schema`, and the check goes on.
      const r = checkReport(parseReport(report('$schema: ./mine.json\n')), { schema: { load, label: './mine.json' } });
      const d = r.diagnostics.find((x) => x.code === 'schema-unusable')!;
      assert.equal(d.range.start.line, 2);
      assert.match(d.message, reason);
    }
  });

  it('runs nothing a schema or a report contains', () => {
    const g = globalThis as { pwned?: number };
    // Property names, patterns and defaults crafted to break out of generated code.
    const hostile = JSON.stringify({
      type: 'object',
      properties: {
        "a'); globalThis.pwned = 1; ('": { type: 'string' },
        'b"]; globalThis.pwned = 2; //': { default: "'); globalThis.pwned = 3; ('" },
        __proto__: { type: 'string' },
        constructor: { const: 'x\u2028y' },
      },
      patternProperties: { "^x-'\\);globalThis\\.pwned=4;//": {} },
    });
    const load = loadSchema(hostile);
    assert.ok(load.ok, !load.ok ? load.reason : '');
    // A pattern that is not a valid regular expression is a reported problem, not a crash.
    assert.match((loadSchema('{"patternProperties": {"^a)": {}}}') as { reason: string }).reason, /not a valid regular expression/);
    load.schema.validate({ "a'); globalThis.pwned = 1; ('": 'v', constructor: 'z' });
    // YAML tags that other parsers turn into code are unknown tags here, never functions.
    const r = checkReport(parseReport(report('x-f: !!js/function "function () { globalThis.pwned = 5 }"\nx-r: !!js/regexp /x/\n')));
    assert.ok(r.diagnostics.length >= 0);
    assert.equal(g.pwned, undefined);
  });

  it('the CLI never reaches the network, whatever the reports and schemas say', () => {
    const dir = mkdtempSync(join(tmpdir(), 'casedoc-offline-'));
    try {
      writeFileSync(join(dir, 'url.md'), report('$schema: https://evil.example/schema.json\n'));
      writeFileSync(join(dir, 'ref.md'), report('$schema: ./ref.schema.json\n'));
      writeFileSync(join(dir, 'ref.schema.json'), '{"$ref": "https://evil.example/s.json"}');
      writeFileSync(join(dir, 'cycle.md'), report('$schema: ./cycle.schema.json\n'));
      writeFileSync(join(dir, 'cycle.schema.json'), '{"$defs": {"a": {"$ref": "#/$defs/b"}, "b": {"$ref": "#/$defs/a"}}, "$ref": "#/$defs/a"}');
      // Every way out of the process is trapped and reported on stderr.
      const trap = "data:text/javascript,import net from 'node:net';import http from 'node:http';import https from 'node:https';" +
        "const no=(w)=>function(){process.stderr.write('NETWORK '+w+'\\n');throw new Error('no network')};" +
        "net.Socket.prototype.connect=no('connect');http.request=no('http');https.request=no('https');globalThis.fetch=no('fetch');";
      const run = casedocProcess(['check', '.', '--format', 'json'], dir, ['--import', trap]);
      assert.doesNotMatch(run.stderr, /NETWORK/);
      const files = JSON.parse(run.stdout).files as { file: string; diagnostics: { code: string; message: string }[] }[];
      const codes = (name: string) => files.find((f) => f.file === name)!.diagnostics.filter((d) => d.code.startsWith('schema')).map((d) => d.code);
      assert.deepEqual(codes('url.md'), ['schema-url']);
      assert.deepEqual(codes('ref.md'), ['schema-unusable']);
      assert.deepEqual(codes('cycle.md'), ['schema-unusable']);
      assert.match(files.find((f) => f.file === 'ref.md')!.diagnostics.find((d) => d.code === 'schema-unusable')!.message, /never fetched/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('edits never lose text', () => {
  // Comments, blank lines, every quoting style, an odd key order, CRLF: what a fix must leave alone.
  const TEXT = [
    '---',
    '# Casedoc case report — do not reorder: the editors rely on this order',
    'title: \'Naboskab\'   # single quotes',
    'type: case-report',
    '',
    'collaboration_type: samproduktionn  # a typo',
    'governance_paradigm: "new-public-govrnance"',
    'power_balance: >-',
    '  equal',
    'level: group',
    'levle: group',
    'participation_level: citizen-power',
    'target_group: Beboere',
    'target_group: Beboere i Vest',
    'actors:',
    '  # the municipality first',
    '  - {name: "Odense", sector: municipality}',
    '---',
    '# Naboskab',
    '',
  ].join('\r\n');

  it('changes only the edited span of each fix, with comments, blank lines, quotes, order and CRLF kept', async () => {
    const { builtinSchema, fixesFor } = await import('../../src/core/index');
    const { applyEdits } = await import('../../src/core/features/edits');
    const parsed = parseReport(TEXT);
    const result = checkReport(parsed);
    let fixes = 0;
    for (const d of result.diagnostics) {
      for (const fix of fixesFor(parsed, d, builtinSchema().json, 'en')) {
        const after = applyEdits(parsed, fix.edits);
        // What is left when the edit's span is cut out of both is the same, byte for byte.
        const [first] = fix.edits;
        const start = parsed.lines.offsetAt(first.range.start);
        const end = parsed.lines.offsetAt(first.range.end);
        const tail = TEXT.length - end;
        assert.equal(after.slice(0, start), TEXT.slice(0, start), fix.title);
        assert.equal(after.slice(after.length - tail), TEXT.slice(end), fix.title);
        for (const kept of ['# Casedoc case report', '# single quotes', "'Naboskab'", '"new-public-govrnance"'.replace('govrnance', d.code === 'invalid-value' && d.path === '/governance_paradigm' ? 'governance' : 'govrnance'), '# the municipality first', '\r\n\r\ncollaboration_type']) {
          if (!(d.path === '/collaboration_type' && kept.includes('collaboration_type'))) assert.ok(after.includes(kept), `${fix.title} kept ${kept}`);
        }
        assert.ok(!/[^\r]\n/.test(after), `${fix.title} writes CRLF line ends`);
        fixes++;
      }
    }
    assert.ok(fixes >= 5, `${fixes} fixes`);
  });
});
