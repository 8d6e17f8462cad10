import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { check, ROOT } from '../helpers';

/**
 * Real report files with their expected results beside them (`NAME.expected`): one line per
 * diagnostic, `line:col-line:col severity code` (1-based, as an editor shows them), then one line
 * per attention point, `attention ID`. The harness reads the file's bytes as a host would.
 */
const FOLDERS = ['test/fixtures/reports', 'examples/anthology'];

function render(text: string): string {
  const r = check(text);
  const lines = r.diagnostics.map((d) => `${d.range.start.line + 1}:${d.range.start.character + 1}-${d.range.end.line + 1}:${d.range.end.character + 1} ${d.severity} ${d.code}`);
  lines.push(...r.attentionPoints.map((p) => `attention ${p.id}`));
  return lines.join('\n') + (lines.length ? '\n' : '');
}

describe('fixture reports', () => {
  for (const folder of FOLDERS) {
    for (const name of readdirSync(join(ROOT, folder)).filter((f) => f.endsWith('.md') && f !== 'README.md')) {
      const expectedFile = join(ROOT, 'test/fixtures/expected', folder.split('/').pop()!, name.replace(/\.md$/, '.expected'));
      it(`${folder}/${name}`, () => {
        assert.ok(existsSync(expectedFile), `${expectedFile} exists`);
        const text = new TextDecoder().decode(readFileSync(join(ROOT, folder, name)));
        assert.equal(render(text), readFileSync(expectedFile, 'utf8'));
      });
    }
  }
});
