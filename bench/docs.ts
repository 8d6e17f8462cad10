// Markdown shaped like a documentation repository's (issue 18): pages with long frontmatter (dates,
// multi-line strings, nested keys), tables, HTML blocks, link reference definitions, code fences,
// nested and loose lists, block quotes. Generated from a seed, so every run checks the same text;
// written for this benchmark, copied from no one.

/** A small deterministic generator (mulberry32): the same seed, the same pages. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS = 'the a configuration module option value returns parameter example default server client request response file path build release install update command output error warning version support feature documentation guide reference page section table list item note'.split(' ');

export function docsPage(seed: number, targetBytes: number): string {
  const r = random(seed);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(r() * xs.length)];
  const words = (n: number) => Array.from({ length: n }, () => pick(WORDS)).join(' ');
  const sentence = () => {
    const s = words(6 + Math.floor(r() * 14));
    return s[0].toUpperCase() + s.slice(1) + (r() < 0.2 ? ` with \`${pick(WORDS)}()\`` : '') + (r() < 0.2 ? ` (see [${pick(WORDS)}][ref${Math.floor(r() * 5)}])` : '') + '.';
  };
  const paragraph = () => Array.from({ length: 2 + Math.floor(r() * 5) }, sentence).join(' ');
  const day = () => `20${10 + Math.floor(r() * 15)}-0${1 + Math.floor(r() * 9)}-1${Math.floor(r() * 9)}`;
  const out: string[] = [
    '---',
    `title: "${words(4)}"`,
    `description: >-`,
    `  ${sentence()}`,
    `  ${sentence()}`,
    `date: ${day()}`,
    `lastmod: ${day()}T10:${10 + Math.floor(r() * 49)}:00Z`,
    `weight: ${Math.floor(r() * 100)}`,
    `tags: [${words(4).split(' ').join(', ')}]`,
    'params:',
    `  author: "${words(2)}"`,
    `  toc: ${r() < 0.5}`,
    'summary: |',
    `  ${sentence()}`,
    `  ${sentence()}`,
    '---',
    '',
    `# ${words(3)}`,
    '',
  ];
  let size = out.join('\n').length;
  for (let block = 0; size < targetBytes; block++) {
    const parts: string[] = [];
    switch (block % 9) {
      case 0: parts.push(`## ${words(3)}`, '', paragraph()); break;
      case 1: {
        const cols = 3 + Math.floor(r() * 3);
        parts.push(`| ${Array.from({ length: cols }, () => pick(WORDS)).join(' | ')} |`, `|${' --- |'.repeat(cols)}`);
        for (let i = 0; i < 4 + Math.floor(r() * 8); i++) parts.push(`| ${Array.from({ length: cols }, () => words(1 + Math.floor(r() * 3))).join(' | ')} |`);
        break;
      }
      case 2: parts.push('```' + pick(['js', 'yaml', 'bash', 'json']), ...Array.from({ length: 3 + Math.floor(r() * 10) }, () => `${'  '.repeat(Math.floor(r() * 3))}${words(4)} = ${Math.floor(r() * 1000)};`), '```'); break;
      case 3: parts.push(`<div class="note">`, `<p>${sentence()}</p>`, '</div>'); break;
      case 4:
        // A loose list, with a nested tight one.
        for (let i = 0; i < 3 + Math.floor(r() * 3); i++) parts.push(`- ${sentence()}`, '', ...(r() < 0.5 ? [`  - ${words(5)}`, `  - ${words(5)}`, ''] : []));
        break;
      case 5: for (let i = 1; i <= 3 + Math.floor(r() * 4); i++) parts.push(`${i}. ${sentence()}`); break;
      case 6: parts.push(`> ${sentence()}`, `> ${sentence()}`); break;
      case 7: parts.push(`### ${words(2)}`, '', paragraph(), '', paragraph()); break;
      default: for (let i = 0; i < 5; i++) parts.push(`[ref${i}]: https://example.org/${pick(WORDS)}/${i} "${pick(WORDS)}"`);
    }
    const text = parts.join('\n');
    out.push(text, '');
    size += text.length + 1;
  }
  return out.join('\n');
}

/** Pages of about 2–40 KB, about `totalBytes` in all. */
export function docsCorpus(totalBytes: number): string[] {
  const r = random(7);
  const pages: string[] = [];
  for (let total = 0, seed = 1; total < totalBytes; seed++) {
    const page = docsPage(seed, 2_000 + Math.floor(r() * 38_000));
    pages.push(page);
    total += page.length;
  }
  return pages;
}
