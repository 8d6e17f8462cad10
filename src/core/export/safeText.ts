// Text a file format cannot hold, taken out before it is written and said, never dropped silently:
// a control character in a title made the .qdpx's project.qde not well-formed (no QDA program opened
// it), and write-excel-file quietly strips what an .xlsx cannot hold. The summary is cleaned as a
// copy; a report's `file` stays as it is (its GUIDs are derived from it), and where it is written as
// text it is cleaned and said like any other field.
import type { Summary } from '../summary/summarise';
import type { Lang } from '../types';

/** What XML 1.0 cannot hold: C0 controls but tab, LF and CR; U+FFFE, U+FFFF; surrogates not in a pair. */
export const NOT_XML = /[\0-\x08\x0B\x0C\x0E-\x1F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * What write-excel-file removes from a cell (XML's invalid characters, U+FFFD, and those XML
 * discourages: C1 controls but NEL, U+FDD0–U+FDEF, each plane's last two code points): removed here
 * first, so that what is said is what the workbook lacks.
 */
export const NOT_XLSX = /[\0-\x08\x0B\x0C\x0E-\x1F\x7F-\x84\x86-\x9F\uFDD0-\uFDEF\uFFFD\uFFFE\uFFFF]|[\uD83F\uD87F\uD8BF\uD8FF\uD93F\uD97F\uD9BF\uD9FF\uDA3F\uDA7F\uDABF\uDAFF\uDB3F\uDB7F\uDBBF\uDBFF][\uDFFE\uDFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** One place where characters were taken out: the report (its file as the summary names it; empty for none) and the field. */
export interface TextNote {
  file: string;
  field: string;
  /** How many characters were taken out. */
  removed: number;
}

/** An export's bytes and what had to be left out of them to make the file one its format allows. */
export interface ExportResult {
  bytes: Uint8Array;
  notes: TextNote[];
}

/** Collects the notes of one export. */
export class TextCleaner {
  readonly notes: TextNote[] = [];
  constructor(private readonly invalid: RegExp) {}

  /** `text` without what the format cannot hold; a note for `file`'s `field` when anything was taken out. */
  clean(text: string, file: string, field: string): string {
    let removed = 0;
    const out = text.replace(this.invalid, () => {
      removed++;
      return '';
    });
    if (removed) {
      const same = this.notes.find((n) => n.file === file && n.field === field);
      if (same) same.removed += removed;
      else this.notes.push({ file, field, removed });
    }
    return out;
  }

  /**
   * A copy of the summary with every string cleaned: a case's fields noted under its file, an
   * attention point's wording under its id; a report's `file` itself kept (GUIDs are made from it).
   * The tables derived from the cases (cross tables, own words, groups) are cleaned as their cases are.
   */
  summary(s: Summary): Summary {
    const deep = (v: unknown, file: string, field: string | null): unknown => {
      if (typeof v === 'string') return field === null ? v.replace(this.invalid, '') : this.clean(v, file, field);
      if (Array.isArray(v)) return v.map((x) => deep(x, file, field));
      if (v && typeof v === 'object') {
        return Object.fromEntries(Object.entries(v).map(([k, x]) => [k.replace(this.invalid, ''), deep(x, file, field === null ? null : field ? `${field}.${k}` : k)]));
      }
      return v;
    };
    // The cases and the attention points are cleaned below, with each value's report and field named.
    const { cases: _cases, attention: _attention, ...rest } = s;
    return {
      ...(deep(rest, '', null) as Omit<Summary, 'cases' | 'attention'>),
      cases: s.cases.map((c) => ({ ...(Object.fromEntries(Object.entries(c).map(([k, v]) => [k, k === 'file' ? v : deep(v, c.file, k === 'groups' ? null : k)])) as unknown as Summary['cases'][number]) })),
      attention: s.attention.map((a) => ({ ...a, message: this.clean(a.message, '', `${a.id}`), sourceText: this.clean(a.sourceText, '', `${a.id}`), source: this.clean(a.source, '', `${a.id}`) })),
    };
  }
}

const WORDS = {
  en: {
    field: (file: string, field: string, n: number) => `${file ? `${file}: ` : ''}${field}: ${n} ${n === 1 ? 'character' : 'characters'} the file cannot hold left out (control characters or broken Unicode)`,
  },
  da: {
    field: (file: string, field: string, n: number) => `${file ? `${file}: ` : ''}${field}: ${n} ${n === 1 ? 'tegn' : 'tegn'}, som filen ikke kan rumme, er udeladt (kontroltegn eller ødelagt Unicode)`,
  },
} satisfies Record<Lang, Record<string, unknown>>;

/** A note as a line a person reads. */
export const textNoteMessage = (n: TextNote, lang: Lang): string => WORDS[lang].field(n.file, n.field, n.removed);
