// The writers under fire (issue 26): random reports, random saves by their author at random moments
// of a run (before the plan, between the plan and the rename, on every attempt), and random write
// failures. After every run each report holds its author's last save, or the command's intended
// result on that save — never anything else — and no temporary file is left.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { checkFiles } from '../../src/cli/checkFiles';
import { fixFiles } from '../../src/cli/fix';
import { migrate } from '../../src/cli/migrate';
import { replace } from '../../src/cli/replace';
import type { FileReport, RunOptions } from '../../src/cli/report';
import { vocabularyFields } from '../../src/core/index';
import { builtinSchema } from '../../src/core/builtin';
import { report } from '../helpers';
import { MemoryFiles } from '../memoryFiles';

const RUNS = Number(process.env.CASEDOC_FUZZ_RUNS) || 60;
const SEED = process.env.CASEDOC_FUZZ_SEED ? Number(process.env.CASEDOC_FUZZ_SEED) : undefined;

/** A report with what each writer changes: a deprecated value (migrate), a fixable typo (--fix), a value to replace. */
const reportArb = fc.record({
  deprecated: fc.boolean(),
  typo: fc.boolean(),
  crlf: fc.boolean(),
  bom: fc.boolean(),
  note: fc.constantFrom('', '# noter\n', 'keywords: [a, b]\n', 'status: draft   # æøå\n'),
}).map(({ deprecated, typo, crlf, bom, note }) => {
  let text = report((fm) => note + fm
    .replace('coproduction_mode: co-management', `coproduction_mode: ${deprecated ? 'co-delivery' : 'co-management'}`)
    .replace('governance_paradigm: new-public-governance', `governance_paradigm: ${typo ? 'new-public-governence' : 'new-public-governance'}`));
  if (crlf) text = text.replace(/\n/g, '\r\n');
  return (bom ? '\uFEFF' : '') + text;
});

/** What the author saves: text put in at a place (a fraction of the length), as an editor's save does. */
const editArb = fc.record({
  at: fc.double({ min: 0, max: 1, noNaN: true }),
  text: fc.constantFrom('x', '\n', '# a note\n', 'ø', '---', ': ', 'co-delivery', '\r\n', 'title: Ny titel\n', ''),
  cut: fc.nat({ max: 12 }),
});
const applyEdit = (text: string, e: { at: number; text: string; cut: number }) => {
  const at = Math.floor(e.at * text.length);
  return text.slice(0, at) + e.text + text.slice(at + e.cut);
};

const WRITERS = ['migrate', 'fix', 'replace'] as const;
type Writer = (typeof WRITERS)[number];

/** Runs a writer over `files` through `port`, reports checked as they were first on disk. */
async function run(writer: Writer, reports: FileReport[], options: RunOptions, port: MemoryFiles): Promise<void> {
  if (writer === 'migrate') await migrate(reports, options, false, port);
  else if (writer === 'fix') await fixFiles(reports, options, false, port);
  else {
    const field = vocabularyFields(builtinSchema().json).find((f) => f.name === 'governance_paradigm')!;
    await replace(reports, options, field, 'new-public-governance', 'hybrid', false, port);
  }
}

describe('the writers under random saves and failures (fast-check)', function () {
  this.timeout(600_000);
  let dir = '';
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'casedoc-writers-'));
    mkdirSync(join(dir, '.git'));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  for (const writer of WRITERS) {
    it(`${writer}: every report ends as its author last saved it, or as the intended result on that`, async () => {
      await fc.assert(fc.asyncProperty(
        fc.array(fc.record({
          text: reportArb,
          // After which read the author saves, and what (several saves: one after each of those reads).
          saves: fc.array(fc.tuple(fc.integer({ min: 1, max: 4 }), editArb), { maxLength: 3 }),
          fail: fc.constantFrom(null, null, null, 'write', 'rename'),
        }), { minLength: 1, maxLength: 3 }),
        async (cases) => {
          const options: RunOptions = { cwd: dir, lang: 'en', maxBytes: 5 * 1024 * 1024, include: [], config: { kind: 'auto' }, workers: '0' };
          const paths = cases.map((_, i) => join(dir, `r${i}.md`));
          cases.forEach((c, i) => writeFileSync(paths[i], c.text));
          const reports = await checkFiles(paths, options);
          const port = new MemoryFiles(Object.fromEntries(cases.map((c, i) => [paths[i], c.text])));
          // The author's saves, each just before the n-th read of the run: the versions in order.
          const versions = cases.map((c) => {
            const v = [c.text];
            for (const [, e] of [...c.saves].sort((a, b) => a[0] - b[0])) v.push(applyEdit(v[v.length - 1], e));
            return v;
          });
          const saved = cases.map(() => 0);
          port.beforeRead = (path, n) => {
            const i = paths.indexOf(path);
            const k = [...cases[i].saves].sort((a, b) => a[0] - b[0]).findIndex(([before]) => before === n);
            if (k >= 0) {
              port.files.set(path, Buffer.from(versions[i][k + 1], 'utf8'));
              saved[i] = k + 1;
            }
          };
          port.failWrite = (path) => (cases[paths.indexOf(path)].fail === 'write' ? 'disk-full' : null);
          port.failReplace = (path) => (cases[paths.indexOf(path)].fail === 'rename' ? 'permission' : null);
          await run(writer, reports, options, port);
          assert.deepEqual(port.leftovers(), []);
          // The author's last save is never lost: the report holds it, or the intended result on it.
          for (let i = 0; i < cases.length; i++) {
            const last = versions[i][saved[i]];
            // The oracle: the save checked afresh, then written without interference.
            writeFileSync(paths[i], last);
            const quiet = new MemoryFiles({ [paths[i]]: last });
            await run(writer, await checkFiles([paths[i]], options), options, quiet);
            const now = port.text(paths[i]);
            assert.ok(now === last || now === quiet.text(paths[i]), `r${i}.md holds something else:\n${now}\n--- the author's last save:\n${last}`);
          }
        },
      ), { numRuns: RUNS, seed: SEED, endOnFailure: true });
    });
  }
});
