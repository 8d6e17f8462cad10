import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { main } from '../../src/cli/main';
import { formatBytes } from '../../src/core/index';
import { ROOT } from '../helpers';

// How the CLI finds, reads and names files (issue 13, findings 8–10), run in process on real files.

async function casedoc(args: string[], cwd: string) {
  let stdout = '';
  let stderr = '';
  const code = await main(args, { cwd, env: { CASEDOC_WORKERS: '0' }, color: false, stdout: (s) => (stdout += s), stderr: (s) => (stderr += s) });
  return { code, stdout, stderr };
}

const REPORT = readFileSync(join(ROOT, 'examples/anthology/07-job-mentor-network.md'), 'utf8');

describe('files as the CLI finds, reads and names them', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'casedoc-files-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('SARIF links resolve to the file for names with #, ?, % and spaces', async () => {
    const names = ['escape-+ #%20[].md', 'what?.md', 'æøå 100%.md'];
    for (const n of names) writeFileSync(join(dir, n), REPORT);
    const { stdout } = await casedoc(['check', '.', '--format', 'sarif'], dir);
    const run = JSON.parse(stdout).runs[0];
    const base = run.originalUriBaseIds['%SRCROOT%'].uri;
    const resolved = new Set(run.results.map((r: { locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }) =>
      fileURLToPath(new URL(r.locations[0].physicalLocation.artifactLocation.uri, base))));
    assert.deepEqual([...resolved].sort(), names.map((n) => join(dir, n)).sort());
  });

  it('reads UTF-16 (little and big endian) with a byte order mark as text, with the same results as UTF-8', async () => {
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(REPORT, 'utf16le')]);
    const be = Buffer.from(le);
    be.swap16();
    writeFileSync(join(dir, 'utf8.md'), REPORT);
    writeFileSync(join(dir, 'utf16le.md'), le);
    writeFileSync(join(dir, 'utf16be.md'), be);
    const { stdout } = await casedoc(['check', '.', '--format', 'json'], dir);
    const files = new Map(JSON.parse(stdout).files.map((f: { file: string }) => [f.file, f]));
    const utf8 = files.get('utf8.md') as { diagnostics: unknown[]; attentionPoints: unknown[] };
    assert.ok(utf8.diagnostics.length > 0 && utf8.attentionPoints.length > 0, 'the report has something to compare');
    for (const name of ['utf16le.md', 'utf16be.md']) {
      const f = files.get(name) as { skipped?: string; diagnostics: unknown[]; attentionPoints: unknown[] };
      assert.equal(f.skipped, undefined, name);
      assert.deepEqual(f.diagnostics, utf8.diagnostics, name);
      assert.deepEqual(f.attentionPoints, utf8.attentionPoints, name);
    }
  });

  it('still calls a file with NUL bytes and no UTF-16 mark binary', async () => {
    writeFileSync(join(dir, 'x.md'), Buffer.from('---\ntitle: a\u0000b\n---\n'));
    const { stdout } = await casedoc(['check', '.', '--format', 'json'], dir);
    assert.equal(JSON.parse(stdout).files[0].skipped, 'file-binary');
  });

  it('says a size the same way in every host (5 MB, 1.5 KB)', () => {
    assert.deepEqual([5 * 1024 * 1024, 1536, 1024, 812].map(formatBytes), ['5 MB', '1.5 KB', '1 KB', '812 bytes']);
  });

  it('searches dot folders such as .github, and skips only node_modules and .git', async () => {
    for (const sub of ['.github', '.changeset', 'node_modules/pkg', '.git/x', 'chapters']) {
      mkdirSync(join(dir, sub), { recursive: true });
      writeFileSync(join(dir, sub, 'case.md'), REPORT);
    }
    const folder = await casedoc(['check', '.', '--format', 'json'], dir);
    assert.deepEqual(JSON.parse(folder.stdout).files.map((f: { file: string }) => f.file), ['.changeset/case.md', '.github/case.md', 'chapters/case.md']);
    const globbed = await casedoc(['check', '**/*.md', '--format', 'json'], dir);
    assert.deepEqual(JSON.parse(globbed.stdout).files.map((f: { file: string }) => f.file), ['.changeset/case.md', '.github/case.md', 'chapters/case.md']);
  });
});
