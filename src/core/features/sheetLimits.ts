// What a classification sheet may be, checked before any reader builds it: read-excel-file lays a
// sheet out as a dense grid up to its farthest cell and unpacks every XML part of the zip whole, so
// a 12 KB workbook with one cell at XFD1048576, or a zip bomb, took gigabytes and crashed the
// process. The limits are far beyond a real sheet (a row per case: anthologies hold tens to a few
// thousand; the export writes 17 columns) and far below what exhausts a 256 MB heap.
import { Inflate, strFromU8 } from 'fflate';

// The WHATWG decoder, a global of every host the engine runs in (as in text/decode.ts).
declare const TextDecoder: new (label?: string, options?: { fatal?: boolean }) => { decode(input: Uint8Array, options?: { stream?: boolean }): string };
import { columnLetter } from '../text/columnLetter';
import type { Lang } from '../types';

export const SHEET_LIMITS = {
  /** A sheet file's size, checked by the host before it reads the file (a CSV is read whole). */
  bytes: 20 * 1024 * 1024,
  rows: 100_000,
  columns: 1_000,
  /** Rows × columns as a reader lays the sheet out (empty cells count): 100,000 rows of 20 columns. */
  cells: 2_000_000,
  /** One XML part of an .xlsx unpacked: a full-size sheet is about 60 MB; a bomb stops here. */
  partBytes: 64 * 1024 * 1024,
  /** All the XML parts a reader unpacks, together. */
  allPartsBytes: 128 * 1024 * 1024,
} as const;

const grouped = (n: number, lang: Lang) => String(n).replace(/\B(?=(\d{3})+$)/g, lang === 'da' ? '.' : ',');
const mb = (n: number) => String(Math.round(n / (1024 * 1024)));

const WORDS = {
  en: {
    rows: (n: string, l: string) => `it has ${n} rows; Casedoc reads at most ${l}, a row per case`,
    columns: (n: string, l: string) => `it has ${n} columns; Casedoc reads at most ${l}`,
    cells: (n: string, l: string) => `it spans ${n} cells (rows × columns); Casedoc reads at most ${l}`,
    declared: (ref: string, r: string, c: string) => `its declared dimension ${ref} is larger than Casedoc reads (at most ${r} rows and ${c} columns)`,
    cell: (ref: string, r: string, c: string) => `it has a cell at ${ref}, beyond what Casedoc reads (at most ${r} rows and ${c} columns)`,
    part: (name: string, l: string) => `its part ${name} unpacks to more than ${l} MB, the most Casedoc unpacks`,
    allParts: (l: string) => `its parts unpack to more than ${l} MB together, the most Casedoc unpacks`,
    damaged: (why: string) => `it is not an .xlsx workbook Casedoc can read (${why})`,
  },
  da: {
    rows: (n: string, l: string) => `det har ${n} rækker; Casedoc læser højst ${l}, én række pr. case`,
    columns: (n: string, l: string) => `det har ${n} kolonner; Casedoc læser højst ${l}`,
    cells: (n: string, l: string) => `det spænder over ${n} celler (rækker × kolonner); Casedoc læser højst ${l}`,
    declared: (ref: string, r: string, c: string) => `dets angivne område ${ref} er større end det, Casedoc læser (højst ${r} rækker og ${c} kolonner)`,
    cell: (ref: string, r: string, c: string) => `det har en celle i ${ref}, uden for det, Casedoc læser (højst ${r} rækker og ${c} kolonner)`,
    part: (name: string, l: string) => `delen ${name} fylder mere end ${l} MB udpakket, og Casedoc pakker højst så meget ud`,
    allParts: (l: string) => `dets dele fylder mere end ${l} MB udpakket tilsammen, og Casedoc pakker højst så meget ud`,
    damaged: (why: string) => `det er ikke en .xlsx-projektmappe, Casedoc kan læse (${why})`,
  },
} satisfies Record<Lang, Record<string, (...args: string[]) => string>>;

type Reason =
  | { kind: 'rows' | 'columns' | 'cells'; found: number | 'more' }
  | { kind: 'declared' | 'cell'; ref: string }
  | { kind: 'part'; name: string }
  | { kind: 'allParts' }
  | { kind: 'damaged'; why: string };

/** A sheet refused before it is read; `message` in the language asked for, `reason` as data. */
export class SheetLimitError extends Error {
  constructor(readonly reason: Reason, lang: Lang) {
    super(limitMessage(reason, lang));
    this.name = 'SheetLimitError';
  }
}

function limitMessage(r: Reason, lang: Lang): string {
  const w = WORDS[lang];
  const L = SHEET_LIMITS;
  const found = (n: number | 'more', limit: number) => (n === 'more' ? (lang === 'da' ? `mere end ${grouped(limit, lang)}` : `more than ${grouped(limit, lang)}`) : grouped(n, lang));
  switch (r.kind) {
    case 'rows': return w.rows(found(r.found, L.rows), grouped(L.rows, lang));
    case 'columns': return w.columns(found(r.found, L.columns), grouped(L.columns, lang));
    case 'cells': return w.cells(found(r.found, L.cells), grouped(L.cells, lang));
    case 'declared':
    case 'cell': return w[r.kind](r.ref, grouped(L.rows, lang), grouped(L.columns, lang));
    case 'part': return w.part(r.name, mb(L.partBytes));
    case 'allParts': return w.allParts(mb(L.allPartsBytes));
    case 'damaged': return w.damaged(r.why);
  }
}

/** Counts a sheet's rows and cells as they come and refuses the first that goes past a limit. */
export class SheetCounter {
  private cells = 0;
  private maxColumns = 0;
  constructor(private readonly lang: Lang) {}

  /** A row of `columns` cells whose 1-based number is `row`. */
  row(row: number, columns: number): void {
    // Counted one by one, a sheet is stopped at the first row too many; a row numbered far down is said as it is.
    if (row > SHEET_LIMITS.rows) throw new SheetLimitError({ kind: 'rows', found: row === SHEET_LIMITS.rows + 1 ? 'more' : row }, this.lang);
    if (columns > SHEET_LIMITS.columns) throw new SheetLimitError({ kind: 'columns', found: columns }, this.lang);
    this.cells += columns;
    this.maxColumns = Math.max(this.maxColumns, columns);
    // Both what the rows hold and the grid a reader makes of them (the longest row, every row).
    const grid = this.maxColumns * row;
    if (this.cells > SHEET_LIMITS.cells || grid > SHEET_LIMITS.cells) throw new SheetLimitError({ kind: 'cells', found: Math.max(this.cells, grid) }, this.lang);
  }
}

// ---- .xlsx: the zip's central directory, as fflate's `unzip` (read-excel-file's) reads it ----

const u16 = (d: Uint8Array, i: number) => d[i] | (d[i + 1] << 8);
const u32 = (d: Uint8Array, i: number) => (d[i] | (d[i + 1] << 8) | (d[i + 2] << 16) | (d[i + 3] << 24)) >>> 0;

interface Entry { name: string; method: number; compressed: Uint8Array; declared: number }

/** The entries read-excel-file unpacks (its filter: `.xml` and `.xml.rels`), found exactly where fflate finds them. */
function xmlEntries(d: Uint8Array, lang: Lang): Entry[] {
  const damaged = (why: string) => new SheetLimitError({ kind: 'damaged', why }, lang);
  let e = d.length - 22;
  while (e >= 0 && u32(d, e) !== 0x06054b50) {
    if (d.length - e > 65558) break;
    e--;
  }
  if (e < 0 || u32(d, e) !== 0x06054b50) throw damaged('no zip directory');
  // ZIP64 (an archive of more than 4 GB or 65,535 entries) is not what a sheet is.
  if (e >= 20 && u32(d, e - 20) === 0x07064b50) throw damaged('ZIP64');
  const count = u16(d, e + 8);
  let o = u32(d, e + 16);
  const out: Entry[] = [];
  for (let i = 0; i < count; i++) {
    if (o + 46 > d.length || u32(d, o) !== 0x02014b50) throw damaged('a damaged zip directory');
    const nameLength = u16(d, o + 28);
    const name = strFromU8(d.subarray(o + 46, o + 46 + nameLength), !(u16(d, o + 8) & 2048));
    const size = u32(d, o + 20);
    const declared = u32(d, o + 24);
    const local = u32(d, o + 42);
    if (size === 0xffffffff || declared === 0xffffffff || local === 0xffffffff) throw damaged('ZIP64');
    const next = o + 46 + nameLength + u16(d, o + 30) + u16(d, o + 32);
    if (name.endsWith('.xml') || name.endsWith('.xml.rels')) {
      if (local + 30 > d.length) throw damaged('a damaged zip entry');
      const start = local + 30 + u16(d, local + 26) + u16(d, local + 28);
      out.push({ name, method: u16(d, o + 10), compressed: d.subarray(start, start + size), declared });
    }
    o = next;
  }
  return out;
}

// An element a sheet's grid is made of, its attributes read whole (a `>` inside quotes included).
// No `<` inside: a start tag cannot hold one, so each match ends before the next tag (linear time).
const ELEMENT = /<(?:[A-Za-z_][\w.-]*:)?(row|c|dimension)(?=[\s/>])((?:[^<>"']|"[^<"]*"|'[^<']*')*)>/g;
const GRID_START = /^<(?:[A-Za-z_][\w.-]*:)?(?:row|c|dimension)(?=[\s/>])/;
const ATTRIBUTE = (name: string) => new RegExp(`(?:^|\\s)${name}\\s*=\\s*["']\\s*([A-Za-z]*)(\\d*)(?::([A-Za-z]*)(\\d*))?`);
const R = ATTRIBUTE('r');
const REF = ATTRIBUTE('ref');
const columnNumber = (letters: string) => [...letters.toUpperCase()].reduce((n, c) => n * 26 + c.charCodeAt(0) - 64, 0);

/** The rows, columns and cells of one XML part, counted as it unpacks: a sheet's grid before it is built. */
class GridScan {
  private counter: SheetCounter;
  private row = 0;
  private column = 0;
  private rowColumns = 0;
  private open = false;
  constructor(private readonly lang: Lang) {
    this.counter = new SheetCounter(lang);
  }

  text(s: string): void {
    ELEMENT.lastIndex = 0;
    for (let m = ELEMENT.exec(s); m; m = ELEMENT.exec(s)) {
      const [, tag, attributes] = m;
      if (tag === 'dimension') {
        const ref = REF.exec(attributes);
        if (!ref) continue;
        const rows = Math.max(Number(ref[2] || 0), Number(ref[4] || 0));
        const columns = Math.max(columnNumber(ref[1]), columnNumber(ref[3] ?? ''));
        if (rows > SHEET_LIMITS.rows || columns > SHEET_LIMITS.columns || rows * columns > SHEET_LIMITS.cells) {
          throw new SheetLimitError({ kind: 'declared', ref: `${ref[1]}${ref[2]}${ref[3] !== undefined ? `:${ref[3]}${ref[4]}` : ''}` }, this.lang);
        }
      } else if (tag === 'row') {
        this.endRow();
        const r = R.exec(attributes);
        this.row = r?.[2] ? Number(r[2]) : this.row + 1;
        this.column = 0;
        this.open = true;
        this.counter.row(this.row, 0);
      } else {
        // A cell without a row, or one whose reference names another row: the grid reaches it.
        const r = R.exec(attributes);
        this.column = r?.[1] ? columnNumber(r[1]) : this.column + 1;
        const row = r?.[2] ? Number(r[2]) : Math.max(this.row, 1);
        if (row > SHEET_LIMITS.rows || this.column > SHEET_LIMITS.columns) throw new SheetLimitError({ kind: 'cell', ref: `${columnLetter(this.column - 1)}${row}` }, this.lang);
        if (row !== this.row) {
          this.endRow();
          this.row = Math.max(this.row, row);
          this.counter.row(row, 0);
        }
        this.open = true;
        this.rowColumns = Math.max(this.rowColumns, this.column);
      }
    }
  }

  endRow(): void {
    if (this.open && this.rowColumns) this.counter.row(Math.max(this.row, 1), this.rowColumns);
    this.open = false;
    this.rowColumns = 0;
  }
}

/** Pieces of compressed data fed to the inflater at a time: at most ~1,000 times as much comes out. */
const STEP = 4096;

/**
 * Refuses an .xlsx workbook that reading would blow up: each XML part read-excel-file would unpack is
 * inflated here piece by piece (its declared size not trusted) up to `partBytes`, and scanned as it
 * comes for the rows, columns and cells of its grid, and for its declared `<dimension>`. Nothing is
 * kept: what this lets through, the reader unpacks again.
 */
export function checkWorkbook(bytes: Uint8Array, lang: Lang): void {
  let all = 0;
  for (const entry of xmlEntries(bytes, lang)) {
    // Only the markup is read, which is ASCII: a character cut by a chunk's end is joined by `stream`.
    const decoder = new TextDecoder('utf-8', { fatal: false });
    const tooLarge = () => new SheetLimitError({ kind: 'part', name: entry.name }, lang);
    // fflate sizes its output buffer by the declared size: a declared 4 GB is allocated before inflating.
    if (entry.declared > SHEET_LIMITS.partBytes) throw tooLarge();
    const scan = new GridScan(lang);
    let size = 0;
    let rest = '';
    const take = (chunk: Uint8Array) => {
      size += chunk.length;
      all += chunk.length;
      if (size > SHEET_LIMITS.partBytes) throw tooLarge();
      if (all > SHEET_LIMITS.allPartsBytes) throw new SheetLimitError({ kind: 'allParts' }, lang);
      // Scanned up to the last `<`: an element cut by the chunk's end is read whole with the next.
      const text = rest + decoder.decode(chunk, { stream: true });
      const cut = text.lastIndexOf('<');
      scan.text(cut < 0 ? text : text.slice(0, cut));
      rest = cut < 0 ? '' : text.slice(cut);
      // A long text (a cell's string) is no element; an element of the grid that long is no sheet.
      if (rest.length > 65536) {
        if (GRID_START.test(rest) && !rest.includes('>')) throw new SheetLimitError({ kind: 'damaged', why: `${entry.name}: an element longer than 64 KB` }, lang);
        scan.text(rest);
        rest = '';
      }
    };
    if (entry.method === 0) take(entry.compressed);
    else if (entry.method === 8) {
      const inflate = new Inflate((chunk) => take(chunk));
      try {
        for (let i = 0; i < entry.compressed.length; i += STEP) inflate.push(entry.compressed.subarray(i, i + STEP), i + STEP >= entry.compressed.length);
        if (!entry.compressed.length) inflate.push(new Uint8Array(0), true);
      } catch (e) {
        if (e instanceof SheetLimitError) throw e;
        throw new SheetLimitError({ kind: 'damaged', why: `${entry.name}: ${(e as Error).message}` }, lang);
      }
    } else throw new SheetLimitError({ kind: 'damaged', why: `${entry.name}: compression ${entry.method}` }, lang);
    scan.text(rest);
    scan.endRow();
  }
}
