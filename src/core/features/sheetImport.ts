// Importing a classification sheet (a row per case): each row updates the frontmatter of the report
// it names (its `file` column, else its title) through the least edits, or becomes a new report
// from the template. Bodies are never touched. A row with a cell that cannot be read is left as it
// is unless the import is partial; every such cell is said with its row and column.
import { classify, frontmatterData } from '../classify';
import { parseReport, type ParsedReport } from '../parse/report';
import { SUMMARY_COLUMNS } from '../summary/columns';
import type { SummaryCase } from '../summary/summarise';
import type { JsonSchema } from '../schema/compile';
import { reportSnippet } from '../templates';
import { columnLetter } from '../text/columnLetter';
import { relativeInside } from '../project/contain';
import type { Lang } from '../types';
import { applyEdits, type TextEdit } from './edits';
import { classificationEdits, type FieldValue } from './classificationEdits';
import { UNREADABLE } from './csvDecode';
import { cellValue, sheetColumns, type SheetCell, type SheetColumn } from './sheetColumns';

export interface CellProblem {
  /** 1-based, as a spreadsheet numbers them; `column` as a letter (A, B, … AA). */
  row: number;
  column: string;
  header: string;
  reason: string;
}

export interface RowPlan {
  row: number;
  /** The report's path as the reports are named (the `file` column, a title's match, or the new file's). */
  file: string | null;
  action: 'update' | 'create' | 'unchanged' | 'skipped';
  /** `update`: the edits to the report as it is now. */
  edits?: TextEdit[];
  /** `create`: the new report's text. */
  text?: string;
}

export interface ImportPlan {
  rows: RowPlan[];
  problems: CellProblem[];
  /** Columns that name no field of the classification: left out, said once. */
  ignored: { column: string; header: string }[];
}

export interface ImportOptions {
  schema: JsonSchema;
  lang: Lang;
  /** Write the cells that could be read even in a row with one that could not. */
  partial: boolean;
  /** Where a new report without a `file` cell goes, from its title. */
  newFile(title: string): string;
}

const WORDS = {
  en: {
    noTarget: 'the row has neither a file nor a title',
    ambiguous: (title: string, n: number) => `${n} reports are titled "${title}": give the file`,
    twice: (file: string, row: number) => `${file} is already given by row ${row}`,
    notSet: (field: string) => `the report's ${field} is not a single value or list; change it by hand`,
    noFrontmatter: 'the report has no frontmatter to update',
    unreadable: "the cell holds bytes that are not text in the sheet's encoding; the row is left out",
    absolute: (file: string) => `${file} is an absolute path: give the file relative to the anthology`,
    outside: (file: string) => `${file} lies outside the anthology`,
    notMarkdown: (file: string) => `${file} is not a Markdown file (.md)`,
  },
  da: {
    noTarget: 'rækken har hverken en fil eller en titel',
    ambiguous: (title: string, n: number) => `${n} rapporter har titlen "${title}": angiv filen`,
    twice: (file: string, row: number) => `${file} er allerede angivet i række ${row}`,
    notSet: (field: string) => `rapportens ${field} er ikke én værdi eller liste; ret den i hånden`,
    noFrontmatter: 'rapporten har ingen frontmatter at opdatere',
    unreadable: 'cellen indeholder bytes, som ikke er tekst i arkets tegnkodning; rækken springes over',
    absolute: (file: string) => `${file} er en absolut sti: angiv filen i forhold til antologien`,
    outside: (file: string) => `${file} ligger uden for antologien`,
    notMarkdown: (file: string) => `${file} er ikke en Markdown-fil (.md)`,
  },
} satisfies Record<Lang, unknown>;

/** A file name from a title: lower case, Danish letters spelt out, words joined by hyphens. */
export function slug(title: string): string {
  const s = title.toLowerCase().replace(/æ/g, 'ae').replace(/ø/g, 'oe').replace(/å/g, 'aa').normalize('NFKD').replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 60);
  return s || 'case';
}


const fieldName = (path: readonly string[]) => path.join('.');

/** A cell as text, as the export writes it: a date as YYYY-MM-DD. */
const cellText = (cell: SheetCell) => (cell === null || cell === undefined ? '' : cell instanceof Date ? cell.toISOString().slice(0, 10) : String(cell).trim());

/**
 * What the export writes for a report's field: a cell holding exactly that is the report's own value,
 * left alone whatever it is (an export followed by an import changes nothing, a typo included).
 */
export function fieldText(report: ParsedReport, path: readonly string[]): string {
  const header = path[0] === 'period' ? `period_${path[1]}` : path[0];
  const cell = SUMMARY_COLUMNS.flatMap((c) => c.csv).find((c) => c.header === header);
  if (cell) return cell.value(caseOf(report));
  let v: unknown = frontmatterData(report);
  // Own keys only: a field named `toString` is no value of a report.
  for (const seg of path) v = v && typeof v === 'object' && Object.hasOwn(v, seg) ? (v as Record<string, unknown>)[seg] : undefined;
  return valueText(v);
}

/** A frontmatter value as the export writes it: a list's items joined by `; `, nothing for none. */
export const valueText = (v: unknown): string => (Array.isArray(v) ? v.map(String).join('; ') : v === undefined || v === null ? '' : typeof v === 'object' ? JSON.stringify(v) : String(v));

// A report's classification, made once per parse: an import asks for it for every cell of its row.
const cases = new WeakMap<ParsedReport, SummaryCase>();
function caseOf(report: ParsedReport): SummaryCase {
  let c = cases.get(report);
  if (!c) cases.set(report, (c = { ...classify(report), file: '', errors: 0, warnings: 0, attentionPoints: [], groups: {} } as unknown as SummaryCase));
  return c;
}

/**
 * A new report from the template in `lang`: its text placeholders kept as guidance, every choice left
 * empty for the author (never a classification the sheet did not give), the title as its heading.
 */
export function newReportText(type: string | null, title: string | null, lang: Lang): string {
  const snippet = reportSnippet(type ?? 'co-creation', lang).join('\n') + '\n';
  let text = snippet
    .replace(/\$\{\d+\|[^|]*\|\}/g, '')
    .replace(/\$\{\d+:((?:\\.|[^}\\])*)\}/g, (_, d: string) => d.replace(/\\(.)/g, '$1'))
    .replace(/\$\{\d+\}|\$0/g, '')
    .replace(/\[, /g, '[').replace(/, \]/g, ']');
  if (!type) text = text.replace(/^collaboration_type: .*$/m, 'collaboration_type:');
  // A function, so that `$&` or `$'` in a title is text, not a replacement pattern.
  // A heading is one line: a title's line breaks become spaces there (the frontmatter keeps them).
  if (title) text = text.replace(/^# .*$/m, () => `# ${title.replace(/[ \t]*(?:\r\n|[\r\n\u2028\u2029])[ \t]*/g, ' ')}`);
  return text;
}

/** What importing `rows` (the header first) does to `reports` (by path as the sheet names them). */
export function planImport(rows: readonly (readonly SheetCell[])[], reports: ReadonlyMap<string, ParsedReport>, options: ImportOptions): ImportPlan {
  const w = WORDS[options.lang];
  const header = rows[0] ?? [];
  const columns = sheetColumns(header, options.schema);
  const ignored = columns.flatMap((c, i) => (c === null && String(header[i] ?? '').trim() !== '' ? [{ column: columnLetter(i), header: String(header[i]) }] : []));
  const problems: CellProblem[] = [];
  const plans: RowPlan[] = [];
  // Titles to files, for rows that give no file.
  const byTitle = new Map<string, string[]>();
  for (const [file, r] of reports) {
    const t = r.yaml && typeof (r.yaml.data as Record<string, unknown> | null)?.title === 'string' ? String((r.yaml.data as Record<string, unknown>).title) : null;
    if (t) byTitle.set(t, [...(byTitle.get(t) ?? []), file]);
  }
  const claimed = new Map<string, number>();
  for (let i = 1; i < rows.length; i++) {
    const cells = rows[i];
    const rowNo = i + 1;
    if (cells.every((c) => c === null || c === undefined || String(c).trim() === '')) continue;
    // Bytes the sheet's encoding does not define: the whole row is refused, `--partial` or not.
    const unreadable = cells.findIndex((c) => typeof c === 'string' && c.includes(UNREADABLE));
    if (unreadable >= 0) {
      problems.push({ row: rowNo, column: columnLetter(unreadable), header: String(header[unreadable] ?? ''), reason: w.unreadable });
      plans.push({ row: rowNo, file: null, action: 'skipped' });
      continue;
    }
    const here: CellProblem[] = [];
    const say = (col: number, reason: string) => here.push({ row: rowNo, column: columnLetter(col), header: String(header[col] ?? ''), reason });
    const values: FieldValue[] = [];
    // The file first: a cell that repeats its report's own value is not read at all.
    const fileColumn = columns.findIndex((c) => c?.kind === 'file');
    let file: string | null = fileColumn >= 0 && cellText(cells[fileColumn]) ? cellText(cells[fileColumn]).replace(/\\/g, '/') : null;
    // A file no report has yet is written only inside the anthology, and only as a Markdown file.
    let refused = false;
    if (file !== null && !reports.has(file)) {
      const inside = relativeInside(file);
      const why = !inside.ok ? w[inside.why](file) : /\.(md|markdown)$/i.test(inside.path) ? null : w.notMarkdown(file);
      if (why) {
        say(fileColumn, why);
        refused = true;
      } else if (inside.ok) file = inside.path;
    }
    columns.forEach((c: SheetColumn | null, j) => {
      if (!c || c.kind !== 'field') return;
      const cell = cells[j];
      const own = file !== null ? reports.get(file) : undefined;
      if (own && cellText(cell) === fieldText(own, c.path)) return;
      const v = cellValue(c, cell, fieldName(c.path));
      if (!v.ok) say(j, v.reason(options.lang));
      else if (v.value !== null) values.push({ path: c.path, value: v.value });
    });
    const title = values.find((v) => v.path.length === 1 && v.path[0] === 'title')?.value as string | undefined;
    if (!file && title) {
      const matches = byTitle.get(title) ?? [];
      if (matches.length === 1) file = matches[0];
      else if (matches.length > 1) say(0, w.ambiguous(title, matches.length));
    }
    const exists = file !== null && reports.has(file);
    if (refused) {
      problems.push(...here);
      plans.push({ row: rowNo, file: null, action: 'skipped' });
      continue;
    }
    if (!file && (!here.length || options.partial)) {
      if (title) file = options.newFile(title);
      else say(0, w.noTarget);
    }
    if (file && claimed.has(file)) say(0, w.twice(file, claimed.get(file)!));
    if (file) claimed.set(file, rowNo);
    problems.push(...here);
    if (!file || (here.length && !options.partial)) {
      plans.push({ row: rowNo, file, action: 'skipped' });
      continue;
    }
    if (exists) {
      const report = reports.get(file)!;
      const { edits, left } = classificationEdits(report, values);
      for (const l of left) problems.push({ row: rowNo, column: columnLetter(Math.max(0, columns.findIndex((c) => c?.kind === 'field' && fieldName(c.path) === fieldName(l.path)))), header: fieldName(l.path), reason: l.reason === 'no-frontmatter' ? w.noFrontmatter : w.notSet(fieldName(l.path)) });
      plans.push({ row: rowNo, file, action: edits.length ? 'update' : 'unchanged', edits });
    } else {
      const type = values.find((v) => v.path[0] === 'collaboration_type')?.value as string | undefined;
      const template = parseReport(newReportText(type ?? null, title ?? null, options.lang));
      const { edits } = classificationEdits(template, values);
      plans.push({ row: rowNo, file, action: 'create', text: applyEdits(template, edits) });
    }
  }
  return { rows: plans, problems, ignored };
}
