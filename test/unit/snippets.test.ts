import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { allSnippets } from '../../src/core/index';
import { render, SNIPPETS_FILE } from '../../scripts/gen-snippets';
import { check, report, ROOT } from '../helpers';

/** Expands a snippet body as VS Code does when every placeholder keeps its default (first choice). */
export function expand(body: string[]): string {
  const text = body.join('\n');
  const values = new Map<string, string>();
  const resolved = text.replace(/\\([\\$}])|\$\{(\d+)(?::((?:\\.|[^}\\])*)|\|([^|]*)\|)?\}|\$(\d+)/g, (_m, escaped, n, placeholder, choices, bare) => {
    if (escaped) return escaped;
    const id = n ?? bare;
    if (placeholder !== undefined) values.set(id, placeholder.replace(/\\(.)/g, '$1'));
    else if (choices !== undefined) values.set(id, choices.split(',')[0]);
    return `\u0000${id}\u0000`;
  });
  return resolved.replace(/\u0000(\d+)\u0000/g, (_m, id) => values.get(id) ?? '');
}

describe('snippets', () => {
  it('the committed snippet file is what the templates generate', () => {
    assert.equal(readFileSync(`${ROOT}/${SNIPPETS_FILE}`, 'utf8'), render(), 'run `npm run snippets` and commit the result');
  });

  it('has a complete report per collaboration type in Danish and English, and the parts', () => {
    const prefixes = Object.values(allSnippets()).map((s) => s.prefix).sort();
    for (const type of ['voluntary-social-cooperation', 'co-creation', 'co-production', 'partnership', 'associational-support', 'user-involvement']) {
      assert.ok(prefixes.includes(`casereport-${type}-en`) && prefixes.includes(`caserapport-${type}-da`), type);
    }
    for (const p of ['caseactor', 'caseaktoer', 'casephase', 'caseattention', 'caseopmaerksomhed']) assert.ok(prefixes.includes(p), p);
  });

  for (const [name, snippet] of Object.entries(allSnippets()).filter(([, s]) => s.prefix.startsWith('caser'))) {
    it(`"${name}" expands to a report that validates once its placeholders are filled`, () => {
      const text = expand(snippet.body);
      const r = check(text);
      assert.equal(r.isCaseReport, true);
      assert.deepEqual(r.diagnostics.map((d) => `${d.code}: ${d.message}`), []);
      const type = /collaboration_type: (\S+)/.exec(text)![1];
      assert.ok(snippet.prefix.includes(type));
      assert.match(text, snippet.prefix.endsWith('-da') ? /## Opmærksomhedspunkter/ : /## Attention points/);
    });
  }

  it('the actor and phase entries fit into a report\'s lists', () => {
    const s = allSnippets();
    const actor = expand(s['Case report: actor'].body);
    const phase = expand(s['Case report: phase'].body);
    const text = report((fm) => fm.replace('municipal_staff_roles:', `  ${actor}\nmunicipal_staff_roles:`).replace('initiated_by:', `  ${phase}\ninitiated_by:`));
    assert.deepEqual(check(text).diagnostics.filter((d) => d.severity === 'error'), []);
    assert.match(expand(s['Caserapport: opmærksomhedspunkt'].body), /^- \*\*Kort overskrift\*\*: Hvad bør læseren/);
  });
});
