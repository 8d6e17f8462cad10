// `npm run bench`: Casedoc's engine and CLI against the reference pipeline on the same generated
// reports, in one run. Prints a table, writes bench/results.json; BENCHMARKS.md explains it.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { build } from 'esbuild';
import type { ParsedReport } from '../src/core/index';
// @ts-expect-error: a JavaScript module without types
import { common, esmRequire } from '../scripts/buildOptions.mjs';
import remarkFrontmatter from 'remark-frontmatter';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { docsCorpus } from './docs';
import { ERRORS, editPoint, report } from './generate';
import { referenceCheck } from './reference.mjs';

const ROOT = new URL('..', import.meta.url).pathname;

// The engine as it ships: bundled and minified with the extension's and the CLI's options (yaml's
// ESM build among them), not the sources tsx would run.
await build({ ...common, sourcemap: false, entryPoints: { core: 'src/core/index.ts' }, outdir: join(ROOT, 'bench/.engine'), format: 'esm', banner: esmRequire });
const { checkReport, parseReport } = (await import(join(ROOT, 'bench/.engine/core.js'))) as typeof import('../src/core/index');
const quick = process.argv.includes('--quick');
const SIZES = [2_000, 50_000, 500_000];
const label = (n: number) => `${Math.round(n / 1000)} KB`;

interface Stat { median: number; p95: number; n: number }
function stat(samples: number[]): Stat {
  const s = [...samples].sort((a, b) => a - b);
  return { median: s[Math.floor(s.length / 2)], p95: s[Math.min(s.length - 1, Math.floor(s.length * 0.95))], n: s.length };
}

/** Alternates the text between its two versions, as typing and undoing a character does. */
function variants(text: string, at: number): [string, string] {
  const c = text[at] === 'x' ? 'y' : 'x';
  return [text, text.slice(0, at) + c + text.slice(at + 1)];
}

/** Casedoc on a keystroke: parse with the previous version's parse, check. */
function casedocKeystroke(text: string, at: number, runs: number): Stat {
  const [a, b] = variants(text, at);
  let previous: ParsedReport = parseReport(a);
  checkReport(previous);
  const times: number[] = [];
  for (let i = 0; i < runs + 50; i++) {
    const t = i % 2 ? a : b;
    const start = performance.now();
    const parsed = parseReport(t, previous);
    checkReport(parsed);
    const ms = performance.now() - start;
    previous = parsed;
    if (i >= 50) times.push(ms);
  }
  return stat(times);
}

async function referenceKeystroke(text: string, at: number, runs: number): Promise<Stat> {
  const [a, b] = variants(text, at);
  const times: number[] = [];
  for (let i = 0; i < runs + 3; i++) {
    const start = performance.now();
    await referenceCheck(i % 2 ? a : b);
    const ms = performance.now() - start;
    if (i >= 3) times.push(ms);
  }
  return stat(times);
}

/** Errors found by both, by (line, column) of their start; 1-based like the reference. */
async function sameErrors(text: string): Promise<{ casedoc: string[]; reference: string[]; same: boolean }> {
  const key = (line: number, column: number) => `${line}:${column}`;
  const order = (a: string, b: string) => a.localeCompare(b, 'en', { numeric: true });
  const ours = [...new Set(checkReport(parseReport(text)).diagnostics.filter((d) => d.severity === 'error').map((d) => key(d.range.start.line + 1, d.range.start.character + 1)))].sort(order);
  const theirs = [...new Set((await referenceCheck(text)).map((m: { line: number; column: number }) => key(m.line, m.column)))].sort(order);
  return { casedoc: ours, reference: theirs, same: ours.length === ERRORS.length && ours.join() === theirs.join() };
}

/** A command from process start to exit, with the process's peak memory (threads included). */
function timed(args: string[], cwd = ROOT): { ms: number; rssMb: number; status: number | null; stdout: string } {
  const probe = "data:text/javascript,process.on('exit',()=>process.stderr.write('\\nBENCH_RSS '+process.resourceUsage().maxRSS+'\\n'))";
  const start = performance.now();
  const r = spawnSync(process.execPath, ['--import', probe, ...args], { cwd, encoding: 'utf8', maxBuffer: 1 << 28 });
  const ms = performance.now() - start;
  const rss = Number(/BENCH_RSS (\d+)/.exec(r.stderr)?.[1] ?? 0) / 1024;
  if (r.status === null || r.status > 1) throw new Error(`${args.join(' ')} failed: ${r.stderr}`);
  return { ms, rssMb: rss, status: r.status, stdout: r.stdout };
}

const results: Record<string, unknown> = {
  date: new Date().toISOString(),
  machine: { cpus: availableParallelism(), model: cpus()[0]?.model, memoryGb: Math.round(totalmem() / 2 ** 30), node: process.version },
  sizes: {} as Record<string, unknown>,
};
const rows: string[][] = [];

// A warm engine, as after a minute of typing: the first size measured is not charged for the JIT.
{
  const warm = report(2_000, true);
  casedocKeystroke(warm, editPoint(warm, 'frontmatter'), 500);
  casedocKeystroke(warm, editPoint(warm, 'body'), 500);
}

for (const size of SIZES) {
  const valid = report(size, false);
  const broken = report(size, true);
  const runs = quick ? 20 : size >= 500_000 ? 60 : 200;
  const refRuns = quick ? 3 : size >= 500_000 ? 10 : 30;
  const fm = casedocKeystroke(broken, editPoint(broken, 'frontmatter'), runs);
  const body = casedocKeystroke(broken, editPoint(broken, 'body'), runs);
  const refFm = await referenceKeystroke(broken, editPoint(broken, 'frontmatter'), refRuns);
  const refBody = await referenceKeystroke(broken, editPoint(broken, 'body'), refRuns);
  const errors = await sameErrors(broken);
  const validClean = checkReport(parseReport(valid)).diagnostics.filter((d) => d.severity === 'error').length === 0 && (await referenceCheck(valid)).length === 0;
  (results.sizes as Record<string, unknown>)[label(size)] = { bytes: broken.length, frontmatterKeystroke: fm, bodyKeystroke: body, reference: { frontmatterKeystroke: refFm, bodyKeystroke: refBody }, errors, validHasNoErrors: validClean };
  rows.push([`frontmatter keystroke, ${label(size)}`, ms(fm), ms(refFm), ratio(refFm, fm)]);
  rows.push([`body keystroke, ${label(size)}`, ms(body), ms(refBody), ratio(refBody, body)]);
  if (!errors.same) console.warn(`! ${label(size)}: Casedoc found errors at ${errors.casedoc.join(' ')}, the reference at ${errors.reference.join(' ')}`);
}

// Loose lists (the shape where the chunks must be widest to stay exact), 500 KB, keystroke in a list item.
{
  const lists = report(500_000, true, 'lists');
  const at = lists.indexOf('\n- ', Math.floor(lists.length / 2)) + 8;
  const runs = quick ? 20 : 60;
  const body = casedocKeystroke(lists, at, runs);
  const refBody = await referenceKeystroke(lists, at, quick ? 3 : 10);
  rows.push(['body keystroke, 500 KB of loose lists', ms(body), ms(refBody), ratio(refBody, body)]);
  results.looseLists = { bytes: lists.length, bodyKeystroke: body, reference: { bodyKeystroke: refBody } };
}

// Documentation-shaped Markdown (issue 18): per MB, on one thread, warm, against the bare parse a
// remark pipeline starts with (remark-parse + remark-frontmatter), as plain Markdown (not case
// reports: the frontmatter is read, the body is not needed) and as `--include` makes them (checked
// as case reports, bodies and all).
{
  const pages = docsCorpus(quick ? 2_000_000 : 10_000_000);
  const mb = pages.reduce((n, p) => n + p.length, 0) / 1e6;
  const bare = unified().use(remarkParse).use(remarkFrontmatter);
  const perMb = (f: (page: string) => unknown) => {
    for (const p of pages.slice(0, 20)) f(p);
    const start = performance.now();
    for (const p of pages) f(p);
    return (performance.now() - start) / mb;
  };
  const reference = perMb((p) => bare.parse(p));
  const plain = perMb((p) => checkReport(parseReport(p)));
  const included = perMb((p) => checkReport(parseReport(p), { forceCaseReport: true }));
  const f = (n: number) => `${n.toFixed(0)} ms/MB`;
  rows.push([`documentation Markdown, ${mb.toFixed(1)} MB: plain`, f(plain), f(reference), ratio({ median: reference } as Stat, { median: plain } as Stat)]);
  rows.push(['  the same with --include (as case reports)', f(included), f(reference), ratio({ median: reference } as Stat, { median: included } as Stat)]);
  results.docs = { megabytes: Number(mb.toFixed(2)), pages: pages.length, plainMsPerMb: Math.round(plain), includeMsPerMb: Math.round(included), bareRemarkMsPerMb: Math.round(reference) };
}

// Cold: a new process checks one 2 KB report (module loading and schema compile included).
const dir = mkdtempSync(join(tmpdir(), 'casedoc-bench-'));
try {
  writeFileSync(join(dir, 'report.md'), report(2_000, true));
  const cli = join(ROOT, 'bin/casedoc.js');
  const reference = join(ROOT, 'bench/reference.mjs');
  const coldRuns = quick ? 2 : 5;
  const cold = stat(Array.from({ length: coldRuns }, () => timed([cli, 'check', 'report.md', '--format', 'json'], dir).ms));
  const refCold = stat(Array.from({ length: coldRuns }, () => timed([reference, 'report.md'], dir).ms));
  rows.push(['cold first check, 2 KB (process start to result)', ms(cold), ms(refCold), ratio(refCold, cold)]);
  results.cold = { casedoc: cold, reference: refCold };

  // The batch: 1,000 reports of about 10 KB.
  const batch = join(dir, 'anthology');
  mkdirSync(batch);
  const count = quick ? 200 : 1000;
  for (let i = 0; i < count; i++) writeFileSync(join(batch, `case-${String(i).padStart(4, '0')}.md`), report(10_000, i % 10 === 0));
  const ours = timed([cli, 'check', 'anthology', '--format', 'json'], dir);
  const files = JSON.parse(ours.stdout).files.length;
  if (files !== count) throw new Error(`casedoc checked ${files} of ${count} files`);
  const theirs = timed([reference, ...Array.from({ length: count }, (_, i) => join('anthology', `case-${String(i).padStart(4, '0')}.md`))], dir);
  const perSecond = (t: { ms: number }) => Math.round(count / (t.ms / 1000));
  rows.push([`casedoc check, ${count} × 10 KB: wall`, `${(ours.ms / 1000).toFixed(2)} s`, `${(theirs.ms / 1000).toFixed(2)} s`, `${(theirs.ms / ours.ms).toFixed(1)}×`]);
  rows.push([`  files per second`, String(perSecond(ours)), String(perSecond(theirs)), '']);
  rows.push([`  peak memory`, `${Math.round(ours.rssMb)} MB`, `${Math.round(theirs.rssMb)} MB`, '']);
  results.batch = { files: count, casedoc: { wallMs: Math.round(ours.ms), filesPerSecond: perSecond(ours), peakRssMb: Math.round(ours.rssMb) }, reference: { wallMs: Math.round(theirs.ms), filesPerSecond: perSecond(theirs), peakRssMb: Math.round(theirs.rssMb) } };

  // --cache: the first run fills .casedoccache, the second finds every file unchanged.
  const filling = timed([cli, 'check', 'anthology', '--format', 'json', '--cache'], dir);
  // The second run is short, so this machine's noise is a large part of it: the median of three.
  const seconds = [0, 1, 2].map(() => timed([cli, 'check', 'anthology', '--format', 'json', '--cache'], dir)).sort((a, b) => a.ms - b.ms);
  const cached = seconds[1];
  if (seconds.some((r) => r.stdout !== filling.stdout)) throw new Error('the cached run printed something else');
  rows.push([`casedoc check --cache, ${count} × 10 KB: first run`, `${(filling.ms / 1000).toFixed(2)} s`, '', '']);
  rows.push([`  second run, nothing changed (median of 3)`, `${(cached.ms / 1000).toFixed(2)} s`, '', `${(filling.ms / cached.ms).toFixed(1)}× faster`]);
  results.cache = { files: count, firstMs: Math.round(filling.ms), secondMs: Math.round(cached.ms), ratio: Number((cached.ms / filling.ms).toFixed(3)) };
} finally {
  rmSync(dir, { recursive: true, force: true });
}

function ms(s: Stat): string {
  return `${s.median < 10 ? s.median.toFixed(2) : s.median.toFixed(1)} ms (p95 ${s.p95 < 10 ? s.p95.toFixed(2) : s.p95.toFixed(1)})`;
}
function ratio(ref: Stat, ours: Stat): string {
  return `${(ref.median / ours.median).toFixed(ref.median / ours.median < 10 ? 1 : 0)}×`;
}

const head = ['measure', 'Casedoc', 'reference pipeline', 'speed-up'];
const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
const line = (r: string[]) => r.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
console.log(`\n${line(head)}\n${widths.map((w) => '-'.repeat(w)).join('  ')}\n${rows.map(line).join('\n')}`);
const m = results.machine as { cpus: number; model: string; node: string };
console.log(`\n${m.cpus} cores (${m.model}), Node ${m.node}${quick ? ' (quick run: fewer samples)' : ''}`);
if (!quick) writeFileSync(join(ROOT, 'bench/results.json'), JSON.stringify(results, null, 2) + '\n');
