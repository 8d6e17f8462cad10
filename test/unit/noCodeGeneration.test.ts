// A browser may forbid generated code (a Content-Security-Policy without 'unsafe-eval'). The engine
// must still check every report against the built-in schema and rules (compiled ahead of time), and
// say plainly why a custom schema cannot be used there. V8 forbids it here the way such a page would: a
// context whose code generation from strings is off throws EvalError on `new Function`.
import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import vm from 'node:vm';
import { build } from 'esbuild';
import * as core from '../../src/core/index';

const ROOT = join(__dirname, '../..');
const EXAMPLES = join(ROOT, 'examples/anthology');
type Core = typeof core;

/** The engine bundled for the browser, loaded into a context with no eval and only a worker's globals. */
async function engineWithoutEval(): Promise<{ engine: Core; run: (code: string) => unknown }> {
  const out = await build({
    entryPoints: [join(ROOT, 'src/core/index.ts')], bundle: true, write: false, platform: 'browser', conditions: ['worker'],
    format: 'iife', globalName: 'casedocCore', target: 'es2022', logLevel: 'silent',
  });
  const context = vm.createContext({ TextEncoder, TextDecoder, URL, console }, { codeGeneration: { strings: false, wasm: false } });
  vm.runInContext(out.outputFiles[0].text, context);
  return { engine: context.casedocCore as Core, run: (code) => vm.runInContext(code, context) };
}

describe('Where the host forbids generated code (a browser without unsafe-eval)', () => {
  let engine: Core;
  before(async () => {
    const sandbox = await engineWithoutEval();
    engine = sandbox.engine;
    assert.throws(() => sandbox.run('new Function("return 1")'), (e: Error) => e.name === 'EvalError', 'the context really forbids it');
  });

  it('checks every example report exactly as in Node: diagnostics and attention points', () => {
    const files = readdirSync(EXAMPLES).filter((f) => f.endsWith('.md'));
    let compared = 0;
    for (const f of files) {
      const text = readFileSync(join(EXAMPLES, f), 'utf8');
      const here = core.checkReport(core.parseReport(text), { lang: 'en' });
      const there = engine.checkReport(engine.parseReport(text), { lang: 'en' });
      // Across contexts objects have other prototypes: compare as JSON.
      assert.equal(JSON.stringify(there), JSON.stringify(here), f);
      compared += here.diagnostics.length + here.attentionPoints.length;
    }
    assert.ok(compared >= 40, `diagnostics and attention points compared: ${compared}`);
  });

  it('refuses a custom schema with a plain reason on $schema, and checks the rest of the report', () => {
    const schema = readFileSync(join(ROOT, 'test/fixtures/parity/anthology.schema.json'), 'utf8');
    const load = engine.loadSchema(schema);
    assert.equal(load.ok, false);
    // Said in the writer's language: the extension asks in casedoc.language.
    assert.match((engine.loadSchema(schema, 'da') as { reason: string }).reason, /^denne editor tillader ikke at oversætte et skema, mens den kører/);
    assert.match((load as { reason: string }).reason, /does not allow compiling a schema while it runs .*; check against it in desktop VS Code or with `casedoc check`$/);
    const text = readFileSync(join(ROOT, 'test/fixtures/parity/own-schema-report.md'), 'utf8');
    const result = engine.checkReport(engine.parseReport(text), { lang: 'en', schema: { load, label: './anthology.schema.json' } });
    const unusable = result.diagnostics.find((d) => d.code === 'schema-unusable')!;
    assert.equal(unusable.message, `The schema \`./anthology.schema.json\` cannot be used: ${(load as { reason: string }).reason}.`);
    assert.equal(JSON.stringify(unusable.range), JSON.stringify({ start: { line: 1, character: 9 }, end: { line: 1, character: 32 } }), 'on the value of $schema');
    // As with any schema that cannot be used: no schema verdicts (neither its own nor the built-in
    // one's, which would judge another vocabulary), but the body is checked.
    assert.ok(!result.diagnostics.some((d) => d.code === 'invalid-value' || d.code === 'missing-key' || d.code === 'schema-violation'));
    assert.ok(result.diagnostics.some((d) => d.code === 'missing-section'));
  });

  it('in Node, where code generation is allowed, compiles the same schema', () => {
    const schema = readFileSync(join(ROOT, 'test/fixtures/parity/anthology.schema.json'), 'utf8');
    assert.equal(core.loadSchema(schema).ok, true);
  });
});
