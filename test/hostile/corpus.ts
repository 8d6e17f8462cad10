// The hostile-input corpus: files a tool meets in the wild (pasted from Word, merged in Git, made
// by other tools, made to hurt), each with what Casedoc must do with it. The files are made here,
// not committed, because several are megabytes; `writeCorpus` puts them on disk for the CLI and
// the extension. test/unit/hostile.test.ts and test/integration/hostile.test.ts hold each case to
// its expectation in the engine, the CLI and the extension.

export interface HostileCase {
  name: string;
  /** What a test explains when the case fails. */
  what: string;
  bytes: () => Uint8Array;
  /** Codes the engine must report (forced to treat the file as a case report); none beyond `allow`. */
  codes: string[];
  /** Codes that may appear besides `codes` (the outline's notes on a short report, say). */
  allow?: string[];
  /** Codes the hosts add: they read the bytes and load what `$schema` names, which the engine never sees. */
  cliCodes?: string[];
  /** The hosts (the CLI, and the editor for a file it reads from disk) skip the file with this code instead of checking it. */
  skippedByCli?: string;
  /** Too large to open in the in-host test (VS Code itself refuses or takes long). */
  large?: boolean;
}

const utf8 = (s: string) => new TextEncoder().encode(s);

/** A valid report, the base the cases break. */
export const VALID = [
  '---',
  'type: case-report',
  'title: "Fællesskabshuset"',
  'collaboration_type: co-production',
  'governance_paradigm: new-public-governance',
  'power_balance: equal',
  'actors:',
  '  - {name: "Roskilde Kommune", sector: municipality, roles: [initiator]}',
  '  - {name: "Foreningen", sector: civil-society-organisation, roles: [co-implementer]}',
  '---',
  '# Fællesskabshuset',
  '',
  '## Opmærksomhedspunkter',
  '',
  '- Kommunen bevarer myndighedsrollen.',
  '',
].join('\n');

/** The outline notes every short report gets; allowed in every case. */
const OUTLINE = ['missing-section', 'missing-attention-section'];


export const CORPUS: HostileCase[] = [
  { name: 'empty.md', what: 'an empty file', bytes: () => utf8(''), codes: ['missing-frontmatter'], allow: OUTLINE },
  { name: 'only-dashes.md', what: 'a file that is only ---', bytes: () => utf8('---'), codes: ['frontmatter-unclosed'] },
  { name: 'unclosed.md', what: 'a frontmatter never closed', bytes: () => utf8('---\ntype: case-report\ntitle: "Et forløb"\n\n# Et forløb\n'), codes: ['frontmatter-unclosed'] },
  { name: 'bom.md', what: 'a byte order mark before the frontmatter', bytes: () => utf8('\uFEFF' + VALID), codes: [] , allow: OUTLINE },
  { name: 'crlf.md', what: 'CRLF line ends', bytes: () => utf8(VALID.replace(/\n/g, '\r\n')), codes: [], allow: OUTLINE },
  { name: 'lone-cr.md', what: 'lone CR line ends (old Mac, some exports)', bytes: () => utf8(VALID.replace(/\n/g, '\r')), codes: [], allow: OUTLINE },
  { name: 'nul.md', what: 'NUL bytes inside a value', bytes: () => utf8(VALID.replace('Fællesskabshuset"', 'Fælles\u0000skabshuset"')), codes: [], allow: OUTLINE, skippedByCli: 'file-binary' /* like git: a NUL early on means binary */ },
  { name: 'invalid-utf8.md', what: 'bytes that are not UTF-8 (Latin-1 æøå)', bytes: () => latin1(VALID), codes: [], cliCodes: ['invalid-encoding'], allow: OUTLINE },
  { name: 'utf16le-bom.md', what: 'UTF-16 little endian with its byte order mark (Notepad\'s "Unicode")', bytes: () => utf16le(VALID), codes: [], allow: OUTLINE },
  { name: 'utf16be-bom.md', what: 'UTF-16 big endian with its byte order mark', bytes: () => utf16le(VALID).map((_, i, a) => a[i ^ 1]), codes: [], allow: OUTLINE },
  { name: 'binary.md', what: 'a PNG with a .md name', bytes: () => new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, ...new Array(200).fill(0)]), codes: ['missing-frontmatter'], allow: OUTLINE, skippedByCli: 'file-binary' },
  { name: 'ten-megabytes.md', what: 'a 10 MB report', bytes: () => utf8(VALID + 'Afsnit om samarbejdet mellem kommunen og foreningen.\n\n'.repeat(190_000)), codes: [], allow: OUTLINE, skippedByCli: 'file-too-large', large: true },
  { name: 'ten-thousand-keys.md', what: '10,000 frontmatter keys', bytes: () => utf8(VALID.replace('power_balance: equal\n', 'power_balance: equal\n' + Array.from({ length: 10_000 }, (_, i) => `key${i}: value ${i}\n`).join(''))), codes: ['unknown-key', 'too-many-problems'], allow: OUTLINE, large: true },
  { name: 'deep-nesting.md', what: 'a value nested 1,000 levels deep', bytes: () => utf8(VALID.replace('power_balance: equal\n', `power_balance: equal\nx-deep: ${'['.repeat(1000)}${']'.repeat(1000)}\n`)), codes: [], allow: ['yaml-syntax', ...OUTLINE] /* read, or refused when the stack runs out: yaml-syntax says why */ },
  { name: 'alias-bomb.md', what: 'a "billion laughs" alias bomb', bytes: () => utf8(VALID.replace('power_balance: equal\n', 'power_balance: equal\n' + aliasBomb())), codes: ['yaml-alias-limit'], allow: OUTLINE },
  { name: 'merge-conflict.md', what: 'Git merge-conflict markers in the frontmatter', bytes: () => utf8(VALID.replace('power_balance: equal\n', '<<<<<<< HEAD\npower_balance: equal\n=======\npower_balance: civil-society-led\n>>>>>>> feature\n')), codes: ['merge-conflict'], allow: OUTLINE },
  { name: 'toml.md', what: 'a TOML frontmatter (+++)', bytes: () => utf8('+++\ntitle = "Et forløb"\n+++\n# Et forløb\n'), codes: ['frontmatter-toml'], allow: OUTLINE },
  { name: 'tabs.md', what: 'tabs used for indentation', bytes: () => utf8(VALID.replace('  - {name: "Roskilde', '\t- {name: "Roskilde')), codes: [], allow: ['yaml-syntax', ...OUTLINE] /* read, or refused when the stack runs out: yaml-syntax says why */ },
  { name: 'duplicate-keys.md', what: 'a key given twice', bytes: () => utf8(VALID.replace('power_balance: equal\n', 'power_balance: equal\npower_balance: equal\n')), codes: ['duplicate-key'], allow: OUTLINE },
  { name: 'windows-schema-path.md', what: 'a Windows path in $schema', bytes: () => utf8(VALID.replace('type: case-report\n', 'type: case-report\n$schema: ..\\\\schemas\\\\missing.json\n')), codes: [], cliCodes: ['schema-unusable'], allow: OUTLINE },
  { name: 'emoji-before-error.md', what: 'emoji and combining characters before an error on its line', bytes: () => utf8(VALID.replace('power_balance: equal\n', 'power_balance: equal\npolicy_area: [😀, e\u0301, socal]\n')), codes: ['invalid-value'], allow: OUTLINE },
];

function utf16le(s: string): Uint8Array {
  const out = new Uint8Array(2 + s.length * 2);
  out[0] = 0xff;
  out[1] = 0xfe;
  for (let i = 0; i < s.length; i++) {
    out[2 + 2 * i] = s.charCodeAt(i) & 0xff;
    out[3 + 2 * i] = s.charCodeAt(i) >> 8;
  }
  return out;
}

function latin1(s: string): Uint8Array {
  return Uint8Array.from([...s].map((c) => (c.charCodeAt(0) < 256 ? c.charCodeAt(0) : 63)));
}

function aliasBomb(): string {
  const lines = ['x-a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
  for (let i = 1; i < 9; i++) lines.push(`x-${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(9).fill('*' + String.fromCharCode(96 + i)).join(',')}]`);
  return lines.join('\n') + '\n';
}

/** Writes every case into `dir` (for the CLI and the extension), the large ones only when asked. */
export function writeCorpus(dir: string, write: (path: string, bytes: Uint8Array) => void, large = true): HostileCase[] {
  const cases = CORPUS.filter((c) => large || !c.large);
  for (const c of cases) write(`${dir}/${c.name}`, c.bytes());
  return cases;
}
