import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { NONE, summarise } from '../../src/core/index';
import { check, ROOT } from '../helpers';

describe('anthology summary (shared by the CLI and the editor)', () => {
  const dir = join(ROOT, 'examples/anthology');
  const inputs = readdirSync(dir).filter((f) => f.endsWith('.md')).map((f) => ({ file: f, ...check(readFileSync(join(dir, f), 'utf8')) }));
  const s = summarise(inputs);

  it('has a row per case report only', () => {
    assert.equal(s.cases.length, 9);
    assert.ok(!s.cases.some((c) => c.file === '00-introduction.md'));
    const naboskab = s.cases.find((c) => c.file === '09-naboskab-i-vest.md')!;
    assert.deepEqual(naboskab.attentionPoints, ['AP10', 'AP11', 'AP12', 'AP13']);
    assert.deepEqual([naboskab.errors, naboskab.warnings], [0, 0]);
  });

  it('counts the cross-table in the vocabulary\'s order, with invalid values apart', () => {
    assert.deepEqual(s.crossTable.rows, ['voluntary-social-cooperation', 'co-creation', 'co-production', 'partnership', 'associational-support', NONE]);
    assert.deepEqual(s.crossTable.columns, ['traditional-public-administration', 'new-public-management', 'new-public-governance', 'hybrid', NONE]);
    assert.deepEqual(s.crossTable.counts['co-production'], { 'traditional-public-administration': 0, 'new-public-management': 0, 'new-public-governance': 2, hybrid: 0, [NONE]: 0 });
    assert.equal(s.crossTable.counts[NONE][NONE], 1);
  });
});
