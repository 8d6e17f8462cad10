import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../src/cli/main';
import { terminalSafe } from '../../src/core/text/terminal';

// A title and a value holding what a terminal acts on: an OSC 8 hyperlink that hides its target,
// CSI "clear the screen", a C1 CSI, DEL, a lone CR, BEL, and the bidi override and isolate of
// "Trojan Source".
const TITLE = '\x1b]8;;http://x\x1b\\click\x1b]8;;\x1b\\ \x1b[2J \u202Eevil\u2066 \u009B1m \x7F \r bell\x07';
const VALUE = 'co\x1b[31mred\u202E';
const REPORT = `---\ntype: case-report\ntitle: ${JSON.stringify(TITLE)}\nauthors: ["A"]\nmunicipality: K\npolicy_area: [health]\ncollaboration_type: ${JSON.stringify(VALUE)}\n---\n# x\n`;
/** What a terminal acts on, besides tab, line feed and the CR of a CRLF. */
const RAW = /[\0-\x08\x0B\x0C\x0E-\x1F\x7F-\x9F\u202A-\u202E\u2066-\u2069]|\r(?!\n)/;
const SHOWN_VALUE = 'co\\u001B[31mred\\u202E';

/** `casedoc …` in a folder holding these files, as a terminal that does or does not show colours. */
async function run(files: Record<string, string>, args: string[], color = false) {
  const dir = mkdtempSync(join(tmpdir(), 'casedoc-terminal-'));
  try {
    for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
    let stdout = '';
    let stderr = '';
    const code = await main(args, { cwd: dir, env: { CASEDOC_WORKERS: '0' }, color, stdout: (s) => (stdout += s), stderr: (s) => (stderr += s) });
    const written = (name: string) => readFileSync(join(dir, name), 'utf8');
    return { code, stdout, stderr, written: args.includes('-o') ? written(args[args.indexOf('-o') + 1]) : '' };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('terminal-safe text', () => {
  it('shows C0 and C1 controls, DEL and the bidi overrides and isolates as \\uXXXX, and leaves the rest', () => {
    assert.equal(terminalSafe('\x1b[2J\x00\x08\x0b\x0c\x0e\x1f\x7f\u0080\u009b\u009f'), '\\u001B[2J\\u0000\\u0008\\u000B\\u000C\\u000E\\u001F\\u007F\\u0080\\u009B\\u009F');
    assert.equal(terminalSafe('\u202A\u202B\u202C\u202D\u202E\u2066\u2067\u2068\u2069'), '\\u202A\\u202B\\u202C\\u202D\\u202E\\u2066\\u2067\\u2068\\u2069');
    assert.equal(terminalSafe('a\rb'), 'a\\u000Db', 'a lone CR would overwrite the line');
    const plain = 'Fællesskabshuset\tÅrhus — “x” 🏠\r\nnext\nline \u200E\u00A0\u00A0';
    assert.equal(terminalSafe(plain), plain, 'tab, LF, CRLF, letters, marks and symbols as they are');
  });

  it('casedoc check: stylish shows a value\'s and a file name\'s control characters visibly, nothing raw', async () => {
    const { stdout } = await run({ 'r.md': REPORT, '\u202Eevil.md': '---\ntype: case-report\n' }, ['check', 'r.md', '\u202Eevil.md']);
    assert.doesNotMatch(stdout, RAW);
    const lines = stdout.split('\n');
    assert.ok(lines.includes(`  7:21  error    \`${SHOWN_VALUE}\` is not a valid value for \`collaboration_type\`. Allowed: voluntary-social-cooperation, co-creation, co-production, partnership, associational-support, user-involvement.  invalid-value`), stdout);
    assert.ok(lines.includes('\\u202Eevil.md'), 'the file name');
  });

  it('casedoc check in colour: the format\'s own colours, and the value\'s escape sequence only shown', async () => {
    const { stdout } = await run({ 'r.md': REPORT }, ['check', 'r.md'], true);
    const line = stdout.split('\n').find((l) => l.includes('invalid-value'))!;
    assert.equal(line, `  \x1b[2m7:21\x1b[22m  \x1b[31merror  \x1b[39m  \`${SHOWN_VALUE}\` is not a valid value for \`collaboration_type\`. Allowed: voluntary-social-cooperation, co-creation, co-production, partnership, associational-support, user-involvement.  \x1b[2minvalid-value\x1b[22m`);
    assert.doesNotMatch(stdout.replace(/\x1b\[(?:1|2|22|31|33|39)m/g, ''), RAW);
  });

  it('casedoc check --format json keeps the exact value (JSON escapes what it must)', async () => {
    const { stdout } = await run({ 'r.md': REPORT }, ['check', 'r.md', '--format', 'json']);
    const d = JSON.parse(stdout).files[0].diagnostics.find((x: { code: string }) => x.code === 'invalid-value');
    assert.equal(d.message.slice(0, VALUE.length + 2), `\`${VALUE}\``);
  });

  it('casedoc summary: the Markdown on the terminal shows them visibly; written with -o, exactly as the report has them', async () => {
    const shown = await run({ 'r.md': REPORT }, ['summary', 'r.md']);
    assert.doesNotMatch(shown.stdout, RAW);
    // A table cell has its backslashes doubled (Markdown's escape) and its CR as a space (a row is one line).
    const row = '| \\u001B]8;;http://x\\u001B\\\\click\\u001B]8;;\\u001B\\\\ \\u001B[2J \\u202Eevil\\u2066 \\u009B1m \\u007F   bell\\u0007 | A | K | co\\u001B[31mred\\u202E | (missing or invalid) | (missing or invalid) | 4 | 1 |  | r.md |';
    assert.ok(shown.stdout.split('\n').includes(row), shown.stdout);
    const file = await run({ 'r.md': REPORT }, ['summary', 'r.md', '-o', 's.md']);
    assert.ok(file.written.split('\n').includes('| \x1b]8;;http://x\x1b\\\\click\x1b]8;;\x1b\\\\ \x1b[2J \u202Eevil\u2066 \u009B1m \x7F   bell\x07 | A | K | co\x1b[31mred\u202E | (missing or invalid) | (missing or invalid) | 4 | 1 |  | r.md |'), file.written);
    const csv = await run({ 'r.md': REPORT }, ['summary', 'r.md', '--format', 'csv']);
    assert.ok(csv.stdout.includes(VALUE), 'CSV is data: exact');
  });

  it('usage errors and the other commands\' lines show a value\'s control characters visibly', async () => {
    const usage = await run({}, ['check', '--format', 'x\x1b[2J\u202E']);
    assert.equal(usage.stderr, 'casedoc: --format must be one of stylish, json, sarif, github, not "x\\u001B[2J\\u202E" (casedoc --help)\n');
    const replace = await run({ 'r.md': REPORT }, ['replace', 'collaboration_type', VALUE, 'x\x1b[2J', 'r.md', '--dry-run']);
    assert.equal(replace.stderr, 'casedoc: "x\\u001B[2J" is not a value of collaboration_type; its values are voluntary-social-cooperation, co-creation, co-production, partnership, associational-support, user-involvement (casedoc --help)\n');
    const moved = await run({ 'r.md': REPORT }, ['replace', 'collaboration_type', VALUE, 'co-creation', 'r.md', '--dry-run']);
    assert.equal(moved.stdout.split('\n')[0], `r.md:7:21  \`${SHOWN_VALUE}\` (collaboration_type) is written in a form that cannot be replaced in place (an alias or escapes): change it by hand`);
    assert.doesNotMatch(moved.stdout + moved.stderr, RAW);
  });
});

describe('casedoc check --format github: a value cannot end its annotation or start a command', () => {
  it('escapes line breaks, % and :: in the message and the file name, and shows control characters visibly', async () => {
    // A rules file's message and a file name with line breaks that would each start a command of their own.
    const message = 'Half\n::error file=x.md,line=1::injected %0A\r\n::stop-commands::t\x1b[2J\u202E';
    const rules = JSON.stringify({ rules: [{ id: 'ANT-01', severity: 'information', path: '/title', when: true, message: { en: message, da: 'Halvt' }, source: 'P' }] });
    const name = 'r\n::warning::x.md';
    const { stdout } = await run({ [name]: REPORT, 'r.json': rules }, ['check', '--format', 'github', '--rules', 'r.json', name]);
    const { stdout: json } = await run({ [name]: REPORT, 'r.json': rules }, ['check', '--format', 'json', '--rules', 'r.json', name]);
    const file = JSON.parse(json).files[0];
    const lines = stdout.trimEnd().split('\n');
    // One line per problem and attention point, then the summary line: none the text started.
    assert.equal(lines.length, file.diagnostics.length + file.attentionPoints.length + 1);
    assert.deepEqual(lines.slice(0, -1).filter((l) => !/^::(?:error|warning|notice) file=r%0A%3A%3Awarning%3A%3Ax\.md,line=\d+,endLine=\d+,col=\d+,endColumn=\d+,title=Casedoc [^:]+::/.test(l)), []);
    assert.ok(lines.includes("::notice file=r%0A%3A%3Awarning%3A%3Ax.md,line=3,endLine=3,col=1,endColumn=6,title=Casedoc ANT-01 (Casedoc's proposal%2C not a finding of the literature)::Half%0A::error file=x.md,line=1::injected %250A%0D%0A::stop-commands::t\\u001B[2J\\u202E"), stdout);
    const value = lines.find((l) => l.includes('invalid-value'))!;
    assert.equal(value.slice(value.indexOf('::', 2)), `::\`${SHOWN_VALUE}\` is not a valid value for \`collaboration_type\`. Allowed: voluntary-social-cooperation, co-creation, co-production, partnership, associational-support, user-involvement.`);
    assert.doesNotMatch(stdout, RAW);
  });
});
