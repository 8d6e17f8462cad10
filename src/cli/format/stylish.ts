import type { Lang } from '../../core/index';
import { terminalSafe } from '../../core/text/terminal';
import { totals, type FileReport } from '../report';
import { WORDS } from '../words';

export interface Paint {
  red(s: string): string;
  yellow(s: string): string;
  dim(s: string): string;
  bold(s: string): string;
}

export const NO_PAINT: Paint = { red: (s) => s, yellow: (s) => s, dim: (s) => s, bold: (s) => s };
export const ANSI: Paint = {
  red: (s) => `\x1b[31m${s}\x1b[39m`,
  yellow: (s) => `\x1b[33m${s}\x1b[39m`,
  dim: (s) => `\x1b[2m${s}\x1b[22m`,
  bold: (s) => `\x1b[1m${s}\x1b[22m`,
};

/**
 * Human output, like ESLint's stylish: a block per file with problems, 1-based line:column. Every
 * text from a report, a file name or a rules file is made terminal-safe before the colours are
 * added, so the format's own colours work and a value's escape sequences are only shown.
 */
export function stylish(reports: readonly FileReport[], lang: Lang, paint: Paint = NO_PAINT): string {
  const w = WORDS[lang];
  const out: string[] = [];
  for (const r of reports) {
    if (r.diagnostics.length === 0 && r.attentionPoints.length === 0) continue;
    out.push(paint.bold(terminalSafe(r.file)));
    const rows = [
      ...r.diagnostics.map((d) => ({ pos: `${d.range.start.line + 1}:${d.range.start.character + 1}`, sev: d.severity, label: w.severity[d.severity], text: d.message, id: d.code })),
      ...r.attentionPoints.map((p) => ({ pos: `${p.range.start.line + 1}:${p.range.start.character + 1}`, sev: p.severity, label: w.attention[p.severity], text: `${p.message} (${p.sourceText})`, id: p.id })),
    ];
    const posWidth = Math.max(...rows.map((x) => x.pos.length));
    const labelWidth = Math.max(...rows.map((x) => x.label.length));
    for (const row of rows) {
      const label = row.label.padEnd(labelWidth);
      const coloured = row.sev === 'error' ? paint.red(label) : row.sev === 'warning' ? paint.yellow(label) : paint.dim(label);
      out.push(`  ${paint.dim(row.pos.padEnd(posWidth))}  ${coloured}  ${terminalSafe(row.text)}  ${paint.dim(terminalSafe(row.id))}`);
    }
    out.push('');
  }
  const t = totals(reports);
  const line = summaryLine(reports, lang);
  out.push(t.errors ? paint.red(paint.bold(line)) : t.warnings ? paint.yellow(paint.bold(line)) : paint.bold(line));
  return out.join('\n') + '\n';
}

/** "Checked 12 files, 11 case reports: 28 problems (6 errors, 10 warnings, 12 info); 39 attention points." */
export function summaryLine(reports: readonly FileReport[], lang: Lang): string {
  const w = WORDS[lang];
  const t = totals(reports);
  const problems = t.errors + t.warnings + t.information + t.hints;
  const head = `${w.checked(t.files, t.caseReports)}${t.skipped ? `, ${w.skipped(t.skipped)}` : ''}: `;
  const tail = problems === 0 ? w.clean : `${w.problems(problems)} (${w.counts(t.errors, t.warnings, t.information + t.hints)})`;
  return `${head}${tail}; ${w.points(t.attentionPoints)}.`;
}
