// What `casedoc check` and `casedoc summary` (the engine on Node) say of a workspace folder, written
// into it before a VS Code session as .casedoc-expected/ (no .md there, so nothing in it is a report).
// The in-host suites compare what the user sees against it, in the desktop and in the web build.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { ROOT } from './codeServer.mjs';

function casedoc(cwd, ...args) {
  const r = spawnSync(process.execPath, [join(ROOT, 'bin/casedoc.js'), ...args, '--lang', 'en'], { cwd, encoding: 'utf8' });
  // Exit 1 only says the reports have errors, which the examples have on purpose.
  if (r.status !== 0 && r.status !== 1) throw new Error(`casedoc ${args.join(' ')} failed (${r.status}): ${r.stderr}`);
  return r.stdout;
}

export function writeExpected(folder) {
  const dir = join(folder, '.casedoc-expected');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'check.json'), casedoc(folder, 'check', '.', '--format', 'json'));
  writeFileSync(join(dir, 'summary.json'), casedoc(folder, 'summary', '.', '--format', 'json'));
  writeFileSync(join(dir, 'summary-md.txt'), casedoc(folder, 'summary', '.'));
  writeFileSync(join(dir, 'summary-csv.txt'), casedoc(folder, 'summary', '.', '--format', 'csv'));
  // The REFI-QDA export is the same bytes for the same anthology: the editor's must be the CLI's.
  casedoc(folder, 'export', '.', '--format', 'qdpx', '-o', join(dir, 'anthology.qdpx.bin'));
  // Reports the suites write into the workspace themselves, each checked in a folder of its own the
  // way the test writes it (NAME/…), and carried as text.
  const fixture = join(ROOT, 'test/fixtures/parity');
  writeFileSync(join(dir, 'own-schema.json'), JSON.stringify(checkedTexts('own-schema', Object.fromEntries(readdirSync(fixture).sort().map((n) => [n, readFileSync(join(fixture, n), 'utf8')])))));
  // A folder with its own configuration file (a code off, another made a warning, a rules file, a
  // folder excluded): the editor must make of it what the CLI makes.
  writeFileSync(join(dir, 'configured.json'), JSON.stringify(checkedTexts('configured', filesUnder(join(ROOT, 'test/fixtures/configured')))));
  writeFileSync(join(dir, 'long-report.json'), JSON.stringify(checkedTexts('long-report', { 'long-report.md': longReport(join(folder, '08-parkour-co-design.md')) })));
}

/** Every file under a folder (dot files too), by its path relative to it with `/`. */
function filesUnder(root) {
  return Object.fromEntries(readdirSync(root, { recursive: true, withFileTypes: true }).filter((e) => e.isFile())
    .map((e) => [relative(root, join(e.parentPath ?? e.path, e.name)).split('\\').join('/'), readFileSync(join(e.parentPath ?? e.path, e.name), 'utf8')]).sort());
}

function checkedTexts(name, texts) {
  const scratch = mkdtempSync(join(tmpdir(), 'casedoc-expected-'));
  mkdirSync(join(scratch, name));
  for (const [file, text] of Object.entries(texts)) {
    mkdirSync(dirname(join(scratch, name, file)), { recursive: true });
    writeFileSync(join(scratch, name, file), text);
  }
  const check = JSON.parse(casedoc(scratch, 'check', '.', '--format', 'json'));
  return { texts: Object.fromEntries(Object.entries(texts).map(([file, text]) => [`${name}/${file}`, text])), check };
}

/** A report with about 400 KB of body: the extension parses it in slices, with turns of the event loop between them. */
function longReport(from) {
  const [fence, ...rest] = readFileSync(from, 'utf8').split(/(?<=\n---\n)/);
  const sections = Array.from({ length: 400 }, (_, i) => `## Observation ${i + 1}\n\n${'Kommunen og foreningen mødes, taler og aftaler næste skridt. '.repeat(16)}\n\n- punkt *${i}*\n- [kilde](https://example.org/${i})\n`);
  return fence + rest.join('') + '\n' + sections.join('\n');
}
