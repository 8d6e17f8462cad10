import assert from 'node:assert/strict';
import { matchHeading } from '../../src/core/index';
import { check, COMPLETE_BODY_EN, report } from '../helpers';

const bodyCodes = (text: string) => check(text).diagnostics.filter((d) => /section/.test(d.code));

const COMPLETE_BODY_DA = `# En case

## 1. Resumé

Tekst.

## 2. Baggrund og problemstilling

Tekst.

## 3. AKTØRER OG ROLLER

Tekst.

## 4. Formål (og hvem der definerede det)

Tekst.

## 5. Organisering, styring og aftalegrundlag

Tekst.

## 6. Forløb og faser

Tekst.

## 7. Den samlede cyklus

Tekst.

## 8. Kontinuitet og forankring

Tekst.

## 9. Magt og ligeværdighed

Tekst.

## 10. Værdiskabelse

Tekst.

## 11. Opmærksomhedspunkter

Tekst.

## 12. Metode og data

Tekst.

## 13. Referencer

Tekst.
`;

describe('body outline', () => {
  it('recognises headings in Danish and English, numbered or not, in any case', () => {
    for (const [heading, id] of [['Resumé', 'summary'], ['2.1 Baggrund', 'background'], ['IV. Power and Equality', 'power'], ['OPMÆRKSOMHEDSPUNKTER', 'attention'],
      ['Attention points:', 'attention'], ['Purpose (and who defined it)', 'purpose'], ['a) Metode og data', 'method'], ['Division of labor', 'division']] as const) {
      assert.equal(matchHeading(heading)?.section.id, id, heading);
    }
    assert.equal(matchHeading('Conclusions'), null);
  });

  it('gives a complete report no body diagnostics, in English and in Danish', () => {
    assert.deepEqual(bodyCodes(report()), []);
    assert.deepEqual(bodyCodes(report(undefined, COMPLETE_BODY_DA)), []);
  });

  it('warns when the attention-points section is missing, on the title heading, in the report\'s language', () => {
    const body = COMPLETE_BODY_DA.replace('## 11. Opmærksomhedspunkter\n\nTekst.\n\n', '');
    const text = report(undefined, body);
    const [d] = bodyCodes(text);
    assert.equal(d.code, 'missing-attention-section');
    assert.equal(d.severity, 'warning');
    assert.match(d.message, /"Opmærksomhedspunkter"/, 'a Danish report is told the Danish heading');
    const line = text.split('\n')[d.range.start.line];
    assert.equal(line, '# En case');
    // The fix data says where the heading goes: after the section before it in the outline (Værdiskabelse).
    const insert = d.data?.insert as { at: { line: number }; heading: string };
    assert.equal(insert.heading, '## Opmærksomhedspunkter');
    assert.equal(text.split('\n')[insert.at.line], '## 12. Metode og data');
  });

  it('warns when the attention-points section is empty or holds only a comment', () => {
    for (const filler of ['', '<!-- write here -->\n\n', '### Sub heading\n\nText under a subheading only.\n\n']) {
      const text = report(undefined, COMPLETE_BODY_EN.replace('## Attention points\n\n- A point.\n', `## Attention points\n\n${filler}`));
      const codes = bodyCodes(text).map((d) => d.code);
      assert.deepEqual(codes, ['empty-attention-section'], JSON.stringify(filler));
    }
  });

  it('notes missing recommended sections for the collaboration type at information level', () => {
    const text = report(undefined, COMPLETE_BODY_EN.replace('## The full cycle\n\nText.\n\n', ''));
    const ds = bodyCodes(text);
    assert.deepEqual(ds.map((d) => [d.code, d.severity, d.data?.section]), [['missing-section', 'information', 'cycle']]);
    assert.match(ds[0].message, /co-production/);
    // A partnership needs its own sections instead.
    const partnership = report((fm) => fm.replace('collaboration_type: co-production\ncoproduction_mode: co-management', 'collaboration_type: partnership'));
    assert.deepEqual(bodyCodes(partnership).map((d) => d.data?.section), ['agreement', 'synergy']);
  });

  it('lists the author\'s own attention points', async () => {
    const { parseReport } = await import('../../src/core/index');
    const parsed = parseReport(report(undefined, '# T\n\n## Attention points\n\n- First point.\n- Second *point*.\n'));
    const section = parsed.body().analysis.sections.find((s) => s.text === 'Attention points')!;
    assert.deepEqual(section.items.map((i) => i.text), ['First point.', 'Second point.']);
  });
});
