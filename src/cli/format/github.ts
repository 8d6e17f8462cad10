import type { Lang, Range, Severity } from '../../core/index';
import { terminalSafe } from '../../core/text/terminal';
import type { FileReport } from '../report';
import { summaryLine } from './stylish';

// GitHub Actions workflow commands: each problem becomes an annotation on the pull request's diff,
// with no code-scanning (Advanced Security) needed. Escaping as GitHub's toolkit does it
// (actions/toolkit, command.ts): `%`, CR and LF in the message; also `:` and `,` in properties. A
// value can then neither end its annotation nor start a command of its own (which needs a line that
// starts with `::`). The log shows the text in a terminal's way: its control characters made visible first.
const COMMAND: Record<Severity, 'error' | 'warning' | 'notice'> = { error: 'error', warning: 'warning', information: 'notice', hint: 'notice' };

export const escapeData = (s: string) => terminalSafe(s).replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
export const escapeProperty = (s: string) => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

function annotation(kind: 'error' | 'warning' | 'notice', file: string, range: Range, title: string, message: string): string {
  // 1-based, as GitHub counts; the end column one past the last character, as the engine's ranges are.
  const props = {
    file, line: range.start.line + 1, endLine: range.end.line + 1, col: range.start.character + 1, endColumn: range.end.character + 1, title,
  };
  const list = Object.entries(props).map(([k, v]) => `${k}=${escapeProperty(String(v))}`).join(',');
  return `::${kind} ${list}::${escapeData(message)}`;
}

/** `--format github`: an annotation per problem and attention point (as notices), then the summary line. */
export function github(reports: readonly FileReport[], lang: Lang): string {
  const out: string[] = [];
  for (const r of reports) {
    for (const d of r.diagnostics) out.push(annotation(COMMAND[d.severity], r.file, d.range, `Casedoc ${d.code}`, d.message));
    for (const p of r.attentionPoints) out.push(annotation('notice', r.file, p.range, `Casedoc ${p.id} (${p.sourceText})`, p.message));
  }
  out.push(summaryLine(reports, lang));
  return out.join('\n') + '\n';
}
