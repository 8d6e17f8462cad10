import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseReport } from '../../src/core/index';
import { encodingDiagnostics, gateDiagnostics, utf8Length } from '../../src/core/project/gates';
import { reportBytes } from '../../src/core/text/decode';
import { casedoc } from '../cli';
import { report } from '../helpers';

// Issue 27 (drift between the hosts): a file's gates — too large (in bytes), binary, invalid bytes —
// decided once in core and said through the configuration's severities in the CLI and the editor.

describe('the gates a file passes before it is checked', () => {
  it('reads bytes as the hosts do: binary by an early NUL, UTF-16 by its mark, invalid bytes said', () => {
    assert.deepEqual(reportBytes(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0])), { binary: true });
    assert.deepEqual(reportBytes(new Uint8Array([0xff, 0xfe, 0x41, 0, 0x42, 0])), { binary: false, text: 'AB', encoding: 'UTF-16', invalid: false });
    assert.deepEqual(reportBytes(new Uint8Array([0x46, 0xe6, 0x6c])), { binary: false, text: 'F\uFFFDl', encoding: 'UTF-8', invalid: true });
  });

  it('says each gate on the first line, through the severities (off drops it), and invalid bytes where they are', () => {
    const [big] = gateDiagnostics({ code: 'file-too-large', limit: 5 * 1024 * 1024 }, 'da', undefined);
    assert.deepEqual([big.code, big.severity, big.message, big.range], ['file-too-large', 'warning', 'Filen er større end 5 MB og blev sprunget over.', { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }]);
    assert.deepEqual(gateDiagnostics({ code: 'file-binary' }, 'en', { 'file-binary': 'off' }), []);
    assert.equal(gateDiagnostics({ code: 'file-binary' }, 'en', { 'file-binary': 'error' })[0].severity, 'error');
    const [bad] = encodingDiagnostics(parseReport('---\ntitle: F\uFFFDlles\n---\n'), 'UTF-8', 'en', undefined);
    assert.deepEqual(bad.range, { start: { line: 1, character: 8 }, end: { line: 1, character: 9 } });
  });

  it('measures a text in UTF-8 bytes', () => {
    for (const s of ['', 'abc', 'æøå', '€', '😀', 'a\uD800b', 'x'.repeat(1000) + 'Ærø😀']) assert.equal(utf8Length(s), Buffer.byteLength(s, 'utf8'), JSON.stringify(s));
  });

  it('in the CLI: the configuration\'s severities apply to a binary file and to invalid bytes, as in the editor', async function () {
    this.timeout(60_000);
    const dir = mkdtempSync(join(tmpdir(), 'casedoc-gates-'));
    try {
      mkdirSync(join(dir, '.git'));
      writeFileSync(join(dir, 'png.md'), new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13]));
      writeFileSync(join(dir, 'latin1.md'), Buffer.from(report((fm) => fm.replace('title: "', 'title: "F\u00e6lles ')), 'latin1'));
      const codes = async () => {
        const r = await casedoc(['check', '.', '--format', 'json'], dir, { CASEDOC_WORKERS: '0' });
        return (JSON.parse(r.stdout).files as { file: string; diagnostics: { code: string }[] }[]).map((f) => [f.file, f.diagnostics.filter((d) => d.code === 'file-binary' || d.code === 'invalid-encoding').map((d) => d.code)]);
      };
      assert.deepEqual(await codes(), [['latin1.md', ['invalid-encoding']], ['png.md', ['file-binary']]]);
      writeFileSync(join(dir, '.casedoc.jsonc'), '{ "severity": { "invalid-encoding": "off", "file-binary": "off" } }\n');
      assert.deepEqual(await codes(), [['latin1.md', []], ['png.md', []]]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
