import { builtinSchema, NONE, valueLabel as labelOf, type Lang, type Summary } from '../../core/index';
import { WORDS } from '../words';

function valueLabel(field: string, id: string | null, lang: Lang): string {
  if (!id || id === NONE) return WORDS[lang].none;
  // A value outside the vocabulary is shown as the writer wrote it.
  return labelOf(builtinSchema().json, [field], id, lang) ?? id;
}

const mdCell = (s: string) => s.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/[\r\n]+/g, ' ');

export function summaryMarkdown(s: Summary, lang: Lang): string {
  const w = WORDS[lang];
  const c = w.columns;
  const lines = [`# ${w.summaryTitle}`, '', `## ${w.casesTitle}`, ''];
  if (s.cases.length === 0) lines.push(w.noReports, '');
  else {
    lines.push(`| ${c.title} | ${c.authors} | ${c.type} | ${c.paradigm} | ${c.power} | ${c.errors} | ${c.warnings} | ${c.attention} | ${c.file} |`);
    lines.push('|---|---|---|---|---|--:|--:|---|---|');
    for (const r of s.cases) {
      lines.push('| ' + [
        r.title ?? w.none, r.authors.join(', '),
        valueLabel('collaboration_type', r.collaboration_type, lang), valueLabel('governance_paradigm', r.governance_paradigm, lang),
        valueLabel('power_balance', r.power_balance, lang), String(r.errors), String(r.warnings), r.attentionPoints.join(', '), r.file,
      ].map(mdCell).join(' | ') + ' |');
    }
    lines.push('');
  }
  const t = s.crossTable;
  lines.push(`## ${w.crossTitle}`, '');
  lines.push(`| | ${t.columns.map((col) => mdCell(valueLabel('governance_paradigm', col, lang))).join(' | ')} | ${w.total} |`);
  lines.push(`|---|${t.columns.map(() => '--:').join('|')}|--:|`);
  for (const row of t.rows) {
    const cells = t.columns.map((col) => t.counts[row][col]);
    lines.push(`| ${mdCell(valueLabel('collaboration_type', row, lang))} | ${cells.join(' | ')} | ${cells.reduce((a, b) => a + b, 0)} |`);
  }
  const colTotals = t.columns.map((col) => t.rows.reduce((a, row) => a + t.counts[row][col], 0));
  lines.push(`| ${w.total} | ${colTotals.join(' | ')} | ${colTotals.reduce((a, b) => a + b, 0)} |`);
  return lines.join('\n') + '\n';
}

/** RFC 4180 quoting; a cell that a spreadsheet would run as a formula is prefixed with `'`. */
export function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function summaryCsv(s: Summary, table: 'cases' | 'crosstab'): string {
  const rows: string[][] = [];
  if (table === 'cases') {
    rows.push(['file', 'title', 'authors', 'collaboration_type', 'governance_paradigm', 'power_balance', 'errors', 'warnings', 'attention_points']);
    for (const r of s.cases) {
      rows.push([r.file, r.title ?? '', r.authors.join('; '), r.collaboration_type ?? '', r.governance_paradigm ?? '', r.power_balance ?? '',
        String(r.errors), String(r.warnings), r.attentionPoints.join(' ')]);
    }
  } else {
    const t = s.crossTable;
    rows.push(['collaboration_type', ...t.columns]);
    for (const row of t.rows) rows.push([row, ...t.columns.map((c) => String(t.counts[row][c]))]);
  }
  return rows.map((r) => r.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

export function summaryJson(s: Summary): string {
  return JSON.stringify({ version: 1, ...s }, null, 2) + '\n';
}
