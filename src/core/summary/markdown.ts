import type { Lang } from '../types';
import { SHOWN_COLUMNS } from './columns';
import { summaryLabel, type LabelledField, type SummaryField } from './labels';
import type { CrossTable, Summary } from './summarise';
import { SUMMARY_WORDS } from './words';

const cell = (s: string) => s.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/[\r\n]+/g, ' ');
const row = (cells: readonly string[]) => `| ${cells.map(cell).join(' | ')} |`;

/** The summary as a Markdown document: `casedoc summary` prints it, the overview exports it. */
export function summaryMarkdown(s: Summary, lang: Lang): string {
  const w = SUMMARY_WORDS[lang];
  const c = w.columns;
  const lines = [`# ${w.summaryTitle}`, '', `## ${w.casesTitle}`, ''];
  if (s.cases.length === 0) lines.push(w.noReports, '');
  else {
    lines.push(row(SHOWN_COLUMNS.map((col) => c[col.heading])));
    lines.push(`|${SHOWN_COLUMNS.map((col) => (col.right ? '--:' : '---')).join('|')}|`);
    const label = (field: LabelledField, id: string | null) => summaryLabel(s, field, id, lang);
    for (const r of s.cases) lines.push(row(SHOWN_COLUMNS.map((col) => col.text(r, label) || (col.key === 'title' ? w.none : ''))));
    lines.push('');
  }

  const table = (title: string, t: CrossTable, byRow: SummaryField, byColumn: SummaryField) => {
    lines.push(`## ${title}`, '');
    lines.push(row(['', ...t.columns.map((col) => summaryLabel(s, byColumn, col, lang)), w.total]));
    lines.push(`|---|${t.columns.map(() => '--:').join('|')}|--:|`);
    for (const r of t.rows) {
      const cells = t.columns.map((col) => t.counts[r][col]);
      lines.push(row([summaryLabel(s, byRow, r, lang), ...cells.map(String), String(sum(cells))]));
    }
    const colTotals = t.columns.map((col) => sum(t.rows.map((r) => t.counts[r][col])));
    lines.push(row([w.total, ...colTotals.map(String), String(sum(colTotals))]), '');
  };
  table(w.crossTitle, s.crossTable, 'collaboration_type', 'governance_paradigm');
  table(w.typePowerTitle, s.typeByPower, 'collaboration_type', 'power_balance');
  table(w.paradigmPowerTitle, s.paradigmByPower, 'governance_paradigm', 'power_balance');

  lines.push(`## ${w.selfLabelTitle}`, '');
  if (s.selfLabels.length === 0) lines.push(w.noSelfLabels);
  else {
    lines.push(row([w.selfLabel, c.type, w.reports]), '|---|---|--:|');
    for (const l of s.selfLabels) lines.push(row([l.selfLabel, summaryLabel(s, 'collaboration_type', l.collaboration_type, lang), String(l.count)]));
  }

  lines.push('', `## ${w.powerTitle}`, '', row([c.power, w.reports]), '|---|--:|');
  for (const p of s.powerBalance) lines.push(row([summaryLabel(s, 'power_balance', p.id, lang), String(p.count)]));

  lines.push('', `## ${w.attentionTitle}`, '');
  if (s.attention.length === 0) lines.push(w.noPoints);
  else {
    lines.push(row([w.point, w.reports, w.text, w.source]), '|---|--:|---|---|');
    for (const a of s.attention) lines.push(row([a.id, String(a.count), a.message, a.sourceText]));
  }
  return lines.join('\n') + '\n';
}

const sum = (ns: readonly number[]) => ns.reduce((a, b) => a + b, 0);
