// A classification sheet's columns and cells read as frontmatter: a column by its field id or its
// English or Danish label, a value by its id, label or alias (as the quick fixes match them). What
// cannot be read says why, for the import to list with its row and column.
import { SUMMARY_COLUMNS } from '../summary/columns';
import { SUMMARY_WORDS } from '../summary/words';
import type { JsonSchema } from '../schema/compile';
import { fieldAt, label, type VocabularyValue } from '../schema/vocabulary';
import { closestValue, normalise } from '../validate/suggest';
import type { Lang } from '../types';
import { vocabularyFields } from './replace';

/** What a column holds: a frontmatter field (its path), the file it names, or a count the export adds (read-only). */
export type SheetColumn =
  | { kind: 'field'; path: string[]; list: boolean; values: VocabularyValue[] | null; date: boolean }
  | { kind: 'file' }
  | { kind: 'derived' };

/** A cell as a reader gives it: text, a number, a date, or nothing. */
export type SheetCell = string | number | boolean | Date | null | undefined;

export type CellValue = { ok: true; value: string | string[] | null } | { ok: false; reason: (lang: Lang) => string };

const CELL_WORDS = {
  en: {
    notValue: (v: string, field: string, hint: string | null) => `"${v}" is not a value of ${field}${hint ? `; did you mean ${hint}?` : ''}`,
    deprecated: (v: string, field: string) => `"${v}" is no longer used in ${field}`,
    notDate: (v: string) => `"${v}" is not a date (YYYY-MM-DD)`,
  },
  da: {
    notValue: (v: string, field: string, hint: string | null) => `"${v}" er ikke en værdi i ${field}${hint ? `; mente du ${hint}?` : ''}`,
    deprecated: (v: string, field: string) => `"${v}" bruges ikke længere i ${field}`,
    notDate: (v: string) => `"${v}" er ikke en dato (ÅÅÅÅ-MM-DD)`,
  },
} satisfies Record<Lang, unknown>;

const LISTS = new Set(['authors', 'policy_area']);

/** Every name a column may have for each field: its id, the summary's headings and the schema's titles, in both languages. */
function namesOf(schema: JsonSchema): Map<string, SheetColumn> {
  const names = new Map<string, SheetColumn>();
  const add = (column: SheetColumn, ...all: (string | null | undefined)[]) => {
    for (const n of all) if (n) names.set(normalise(n), column);
  };
  const field = (path: string[]): SheetColumn => {
    const info = fieldAt(schema, LISTS.has(path[0]) ? [...path, '0'] : path);
    return { kind: 'field', path, list: LISTS.has(path[0]), values: info.values.length > 1 ? info.values : null, date: path[0] === 'period' };
  };
  for (const f of vocabularyFields(schema)) if (!/[.[]/.test(f.name)) {
    const info = fieldAt(schema, [f.name]);
    add(field([f.name]), f.name, info.title, info.titleDa);
  }
  for (const c of SUMMARY_COLUMNS) {
    for (const cell of c.csv) {
      const headings = [SUMMARY_WORDS.en.columns[c.heading], SUMMARY_WORDS.da.columns[c.heading]];
      if (c.key === 'file') add({ kind: 'file' }, cell.header, ...headings);
      else if (c.key === 'errors' || c.key === 'warnings' || c.key === 'attentionPoints') add({ kind: 'derived' }, cell.header, ...headings);
      else if (c.key === 'period') {
        const end = cell.header === 'period_end';
        add(field(['period', end ? 'end' : 'start']), cell.header, end ? 'Period end' : 'Period start', end ? 'Periodens slutning' : 'Periodens start', end ? 'Slut' : 'Start', end ? 'End' : '');
      } else {
        const info = fieldAt(schema, [c.key]);
        add(field([c.key]), cell.header, ...headings, info.title, info.titleDa);
      }
    }
  }
  return names;
}

/** The columns of a header row; null for a column that is no field of the classification. */
export function sheetColumns(header: readonly SheetCell[], schema: JsonSchema): (SheetColumn | null)[] {
  const names = namesOf(schema);
  return header.map((h) => names.get(normalise(String(h ?? ''))) ?? null);
}

const isoDate = (d: Date) => d.toISOString().slice(0, 10);

/** One cell as the frontmatter value it stands for; an empty cell is null (it changes nothing). */
export function cellValue(column: Extract<SheetColumn, { kind: 'field' }>, cell: SheetCell, fieldName: string): CellValue {
  if (cell === null || cell === undefined || (typeof cell === 'string' && cell.trim() === '')) return { ok: true, value: null };
  if (column.date) {
    const text = cell instanceof Date ? isoDate(cell) : String(cell).trim();
    const d = /^\d{4}-\d{2}-\d{2}$/.test(text) ? new Date(`${text}T00:00:00Z`) : null;
    return d && !Number.isNaN(d.getTime()) && isoDate(d) === text ? { ok: true, value: text } : { ok: false, reason: (lang) => CELL_WORDS[lang].notDate(text) };
  }
  const text = cell instanceof Date ? isoDate(cell) : String(cell).trim();
  const parts = column.list ? text.split(';').map((p) => p.trim()).filter(Boolean) : [text];
  const out: string[] = [];
  for (const part of parts) {
    if (!column.values) {
      out.push(part);
      continue;
    }
    const found = matchValue(part, column.values);
    if (found && found.deprecated) return { ok: false, reason: (lang) => CELL_WORDS[lang].deprecated(part, fieldName) };
    if (!found || !exact(part, found)) {
      return { ok: false, reason: (lang) => CELL_WORDS[lang].notValue(part, fieldName, found ? `${found.id} (${label(found, lang) ?? found.id})` : null) };
    }
    out.push(found.id);
  }
  return { ok: true, value: column.list ? out : out[0] };
}

const matchValue = (text: string, values: readonly VocabularyValue[]) => values.find((v) => v.id === text) ?? closestValue(text, values);

/** An id, a label in either language or an alias: not merely the nearest spelling. */
function exact(text: string, v: VocabularyValue): boolean {
  const n = normalise(text);
  return [v.id, v.title, v.titleDa, ...v.aliases].some((name) => name !== null && normalise(name) === n);
}
