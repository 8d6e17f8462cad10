// The pre-commit hook (.pre-commit-hooks.yaml) as a repository uses it: `pre-commit try-repo` on a
// temporary Git repository, with Debian's pre-commit and the system's Node. It installs Casedoc from
// this repository the way pre-commit does (npm pack, then a global install), so it takes a minute.
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { debianTool } from '../debian';
import { ROOT } from '../helpers';

describe('the pre-commit hook', function () {
  this.timeout(600_000);

  it('checks the case reports a commit touches, from this repository, and fails on errors', () => {
    const bin = debianTool('pre-commit', 'pre-commit');
    const repo = mkdtempSync(join(tmpdir(), 'casedoc-precommit-'));
    const home = mkdtempSync(join(tmpdir(), 'casedoc-precommit-home-'));
    try {
      execFileSync('git', ['init', '-q'], { cwd: repo });
      for (const f of ['01-faellesskabshuset.md', '06-sundhedsmakkere.md']) copyFileSync(join(ROOT, 'examples/anthology', f), join(repo, f));
      execFileSync('git', ['add', '.'], { cwd: repo });
      const run = (...files: string[]) => spawnSync(bin, ['try-repo', ROOT, 'casedoc', '--files', ...files], { cwd: repo, encoding: 'utf8', env: { ...process.env, PRE_COMMIT_HOME: home } });
      const bad = run('01-faellesskabshuset.md', '06-sundhedsmakkere.md');
      assert.equal(bad.status, 1, bad.stdout + bad.stderr);
      assert.match(bad.stdout, /casedoc \(case reports\)\.+Failed/);
      assert.match(bad.stdout, /\n {2}8:21 {3}error {8}`samproduktion` is not a valid value for `collaboration_type`; did you mean `co-production` \(Samproduktion\)\? {2}invalid-value\n/);
      assert.match(bad.stdout, /Checked 2 files, 2 case reports: 11 problems \(3 errors, 2 warnings, 6 info\); 8 attention points\./);
      const good = run('01-faellesskabshuset.md');
      assert.equal(good.status, 0, good.stdout + good.stderr);
      assert.match(good.stdout, /casedoc \(case reports\)\.+Passed/);
    } finally {
      rmSync(repo, { recursive: true, force: true });
      rmSync(home, { recursive: true, force: true });
    }
  });
});
