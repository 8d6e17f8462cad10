import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkReport, decodeText, parseReport } from '../../src/core/index';
import { CORPUS, VALID, writeCorpus, type HostileCase } from '../hostile/corpus';
import { outsideOf } from '../helpers';
import { casedoc } from '../cli';

// As the hosts read a file: UTF-16 by its byte order mark, else UTF-8.
const decode = (bytes: Uint8Array) => decodeText(bytes).text;
function expectCodes(c: HostileCase, codes: string[], extra: string[] = []): void {
  const wanted = [...c.codes, ...extra];
  for (const code of wanted) assert.ok(codes.includes(code), `${c.name} (${c.what}): ${code} expected, got ${[...new Set(codes)].join(', ') || 'nothing'}`);
  const allowed = new Set([...wanted, ...(c.allow ?? [])]);
  const stray = codes.filter((x) => !allowed.has(x));
  assert.deepEqual([...new Set(stray)], [], `${c.name} (${c.what}): unexpected ${stray.join(', ')}`);
}

describe('hostile input', function () {
  this.timeout(120_000);

  describe('in the engine', () => {
    for (const c of CORPUS) {
      it(`${c.what} (${c.name})`, () => {
        const text = decode(c.bytes());
        // Read as the host reads it, whether or not the file is taken for a case report.
        const plain = checkReport(parseReport(text));
        const forced = checkReport(parseReport(text), { forceCaseReport: true });
        for (const d of [...plain.diagnostics, ...forced.diagnostics]) assert.equal(outsideOf(text, d.range), null, d.code);
        for (const d of forced.diagnostics) assert.ok(d.message.length > 20 && !/\bat line \d+|Error:|undefined|\[object/.test(d.message), `${d.code}: a plain message, got "${d.message}"`);
        expectCodes(c, forced.diagnostics.map((d) => d.code));
      });
    }

    it('places diagnostics the same with a byte order mark, CRLF or lone CR as without', () => {
      const base = checkReport(parseReport(VALID.replace('level', 'x')), { forceCaseReport: true }).diagnostics;
      for (const name of ['bom.md', 'crlf.md', 'lone-cr.md']) {
        const got = checkReport(parseReport(decode(CORPUS.find((c) => c.name === name)!.bytes())), { forceCaseReport: true }).diagnostics;
        assert.deepEqual(got.map((d) => [d.code, d.range]), base.map((d) => [d.code, d.range]), name);
      }
    });

    it('counts a column in UTF-16 code units after emoji and combining characters', () => {
      const text = decode(CORPUS.find((c) => c.name === 'emoji-before-error.md')!.bytes());
      const d = checkReport(parseReport(text)).diagnostics.find((x) => x.code === 'invalid-value' && x.path === '/policy_area/2')!;
      const line = text.split('\n')[d.range.start.line];
      assert.equal(line.slice(d.range.start.character, d.range.end.character), 'socal');
      assert.equal(d.range.start.character, 'policy_area: [😀, e\u0301, '.length);
    });

    it('refuses an alias bomb without expanding it, and says so', () => {
      const text = decode(CORPUS.find((c) => c.name === 'alias-bomb.md')!.bytes());
      const before = process.memoryUsage().heapUsed;
      const d = checkReport(parseReport(text)).diagnostics.find((x) => x.code === 'yaml-alias-limit')!;
      assert.match(d.message, /alias bomb/);
      assert.ok(process.memoryUsage().heapUsed - before < 50e6, 'not expanded into memory');
    });

    it('shows the first 500 of 10,000 problems and says how many more there are', () => {
      const text = decode(CORPUS.find((c) => c.name === 'ten-thousand-keys.md')!.bytes());
      const ds = checkReport(parseReport(text)).diagnostics;
      assert.equal(ds.length, 501);
      assert.equal(ds[0].code, 'too-many-problems');
      assert.match(ds[0].message, /^9512 more problems are not shown/);
      assert.equal(ds[1].code, 'unknown-key');
      assert.equal(ds[1].range.start.line, 6);
    });
  });

  describe('in the CLI', () => {
    it('checks every file of the corpus, skips what it must with a reason, and never fails a file', async () => {
      const dir = mkdtempSync(join(tmpdir(), 'casedoc-hostile-'));
      try {
        const cases = writeCorpus(dir, (path, bytes) => writeFileSync(path, bytes));
        const run = await casedoc(['check', '.', '--include', '**/*.md', '--format', 'json'], dir, { CASEDOC_WORKERS: '0' });
        assert.equal(run.code, 1, run.stderr);
        assert.equal(run.stderr, '');
        const out = JSON.parse(run.stdout) as { files: { file: string; skipped?: string; diagnostics: { code: string; message: string }[] }[] };
        assert.deepEqual(out.files.map((f) => f.file).sort(), cases.map((c) => c.name).sort());
        for (const c of cases) {
          const f = out.files.find((x) => x.file === c.name)!;
          const codes = f.diagnostics.map((d) => d.code);
          assert.ok(!codes.includes('check-failed'), `${c.name}: ${f.diagnostics.find((d) => d.code === 'check-failed')?.message}`);
          if (c.skippedByCli) {
            assert.equal(f.skipped, c.skippedByCli, c.name);
            assert.ok(f.diagnostics[0].message.length > 20, `${c.name}: a reason is given`);
          } else expectCodes(c, codes, c.cliCodes);
        }
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    });
  });
});
