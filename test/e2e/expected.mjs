// What `casedoc check` and `casedoc summary` (the engine on Node) say of a workspace folder, written
// into it before a VS Code session as .casedoc-expected/ (no .md there, so nothing in it is a report).
// The in-host suites compare what the user sees against it, in the desktop and in the web build.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
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
  // A report with the anthology's own schema: checked in a folder of its own, the way the test
  // writes it into the workspace (own-schema/…), and carried as text.
  const scratch = mkdtempSync(join(tmpdir(), 'casedoc-own-schema-'));
  cpSync(join(ROOT, 'test/fixtures/parity'), join(scratch, 'own-schema'), { recursive: true });
  const texts = Object.fromEntries(readdirSync(join(scratch, 'own-schema')).sort().map((n) => [`own-schema/${n}`, readFileSync(join(scratch, 'own-schema', n), 'utf8')]));
  const check = JSON.parse(casedoc(scratch, 'check', '.', '--format', 'json'));
  writeFileSync(join(dir, 'own-schema.json'), JSON.stringify({ texts, check }, null, 2));
}
