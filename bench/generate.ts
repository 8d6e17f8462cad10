// Case reports for the benchmark: the same realistic frontmatter, a body of sections, subsections
// and paragraphs grown to the size asked for, valid or with 5 schema errors at known keys.
import { readFileSync } from 'node:fs';

const FRONTMATTER = readFileSync(new URL('../test/fixtures/reference-frontmatter.yaml', import.meta.url), 'utf8');

/** The 5 schema errors: each replaces one line of the valid frontmatter. */
export const ERRORS: { key: string; from: string; to: string }[] = [
  { key: 'collaboration_type', from: 'collaboration_type: co-production', to: 'collaboration_type: samproduktionn' },
  { key: 'governance_paradigm', from: 'governance_paradigm: new-public-governance', to: 'governance_paradigm: new-public-govrnance' },
  { key: 'power_balance', from: 'power_balance: temporary-municipal-dominance', to: 'power_balance: sometimes' },
  { key: 'level', from: 'level: group', to: 'level: 42' },
  { key: 'participation_level', from: 'participation_level: citizen-power', to: 'participation_level: [citizen-power]' },
];

const SECTIONS = ['Baggrund og problemstilling', 'Formål', 'Aktører og roller', 'Organisering, styring og aftalegrundlag', 'Forløb og faser', 'Magt og ligeværdighed', 'Værdiskabelse', 'Resultater', 'Opmærksomhedspunkter', 'Kilder'];
const WORDS = 'kommunen foreningen frivillige borgerne samarbejdet styregruppen aftalen værdien magten processen medarbejderne brugerrådet huset indsatsen evalueringen partnerskabet'.split(' ');

function paragraph(seed: number): string {
  const words: string[] = [];
  for (let i = 0; i < 70; i++) words.push(WORDS[(seed * 7 + i * 13 + (i * i) % 11) % WORDS.length]);
  words[0] = words[0][0].toUpperCase() + words[0].slice(1);
  return words.join(' ') + '.';
}

/**
 * A report of about `bytes` UTF-16 code units. `lists`: each subsection is a loose list (items
 * apart by blank lines, one of them holding indented code) before its paragraph, the shape where
 * the body's chunks must be widest to stay exact.
 */
export function report(bytes: number, withErrors: boolean, shape: 'prose' | 'lists' = 'prose'): string {
  let fm = FRONTMATTER;
  if (withErrors) for (const e of ERRORS) fm = fm.replace(e.from, e.to);
  const head = `---\n${fm.trimEnd()}\n---\n# Fællesskabshuset\n\n`;
  const lines: string[] = [];
  let size = head.length;
  const push = (...ls: string[]) => {
    for (const l of ls) {
      lines.push(l);
      size += l.length + 1;
    }
  };
  // Each top-level section holds subsections of a few paragraphs, as long reports do.
  for (let s = 0, n = 0; size < bytes; s++) {
    const title = SECTIONS[s % SECTIONS.length];
    push(`## ${s < SECTIONS.length ? title : `${title} (${Math.floor(s / SECTIONS.length) + 1})`}`, '');
    if (title === 'Opmærksomhedspunkter') push('- Kommunen bevarer myndighedsrollen.', '- Formålet er ikke genforhandlet.', '');
    for (let sub = 0; sub < 4 && size < bytes; sub++) {
      push(`### Episode ${s + 1}.${sub + 1}`, '');
      if (shape === 'lists') {
        for (let i = 0; i < 5 && size < bytes; i++) push(`- ${paragraph(n++)}`, '');
        push('-   Citat fra interview:', '', '        kommunen og foreningen', '');
      }
      for (let p = 0; p < 3 && size < bytes; p++) push(paragraph(n++), '');
    }
  }
  return head + lines.join('\n');

}

/** Where a one-character edit goes: in a frontmatter value, or in the middle paragraph of the body. */
export function editPoint(text: string, where: 'frontmatter' | 'body'): number {
  if (where === 'frontmatter') return text.indexOf('Fællesskabshuset"') + 3;
  const bodyStart = text.indexOf('\n---\n') + 5;
  const middle = bodyStart + Math.floor((text.length - bodyStart) / 2);
  // Inside a word of a paragraph, not on a heading line.
  let at = text.indexOf('\n\n', middle) + 2;
  if (text[at] === '#') at = text.indexOf('\n\n', at) + 2;
  return at + 5;
}
