import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { casedoc } from '../cli';

const REPORT = '---\ntype: case-report\ntitle: "x"\n---\n# x\n';

describe('which files casedoc checks (as markdownlint-cli2 selects them)', () => {
  let dir = '';
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'casedoc-select-'));
    const files: Record<string, string> = {
      '.gitignore': 'build/\n*.draft.md\n!keep.draft.md\n',
      'chapters/.gitignore': 'private.md\n',
      'a.md': REPORT, 'keep.draft.md': REPORT, 'x.draft.md': REPORT,
      'build/out.md': REPORT, 'chapters/one.md': REPORT, 'chapters/private.md': REPORT, 'chapters/drafts/two.md': REPORT,
    };
    mkdirSync(join(dir, '.git'));
    for (const [name, text] of Object.entries(files)) {
      mkdirSync(dirname(join(dir, name)), { recursive: true });
      writeFileSync(join(dir, name), text);
    }
  });
  after(() => rmSync(dir, { recursive: true, force: true }));
  const checked = async (...args: string[]) =>
    JSON.parse((await casedoc(['check', '--format', 'json', ...args], dir, { CASEDOC_WORKERS: '0' })).stdout).files.map((f: { file: string }) => f.file);

  it('respects the repository\'s .gitignore files, each below its own folder, ! included', async () => {
    assert.deepEqual(await checked(), ['a.md', 'chapters/drafts/two.md', 'chapters/one.md', 'keep.draft.md']);
    assert.deepEqual(await checked('**/*.md'), ['a.md', 'chapters/drafts/two.md', 'chapters/one.md', 'keep.draft.md'], 'a glob too');
    assert.deepEqual(await checked('build/out.md', 'x.draft.md'), ['build/out.md', 'x.draft.md'], 'a file named as such is checked');
  });

  it('leaves out --ignore globs and !-negated arguments; reads Windows back-slashes', async () => {
    assert.deepEqual(await checked('--ignore', 'chapters/drafts/**'), ['a.md', 'chapters/one.md', 'keep.draft.md']);
    assert.deepEqual(await checked('.', '!chapters/**', '!keep.draft.md'), ['a.md']);
    assert.deepEqual(await checked('chapters\\one.md', 'chapters\\drafts'), ['chapters/drafts/two.md', 'chapters/one.md']);
    assert.deepEqual(await checked('--ignore', 'chapters\\drafts\\**', 'chapters'), ['chapters/one.md']);
  });
});
