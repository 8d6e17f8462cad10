// A CSV file's bytes as text, in the encoding it was saved in: UTF-16 (little or big endian) by its
// byte-order mark, UTF-8 with or without one, else Windows-1252, which Danish Excel's "CSV
// (semikolonsepareret)" writes (read as UTF-8, `Fællesskabshuset` became `F\uFFFDllesskabshuset`).
// What is not text in that encoding is never guessed at: it becomes UNREADABLE, and the import
// refuses the row that holds it and reads the others.

export type CsvEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

/** Each encoding as a reader knows it, for the hosts' "read as …". */
export const CSV_ENCODING_NAMES: Record<CsvEncoding, string> = { 'utf-8': 'UTF-8', 'utf-16le': 'UTF-16 LE', 'utf-16be': 'UTF-16 BE', 'windows-1252': 'Windows-1252' };

/**
 * Stands where the bytes were not text. U+FFFF is a noncharacter: no sheet holds it as text, and
 * XML (an .xlsx) cannot, so a cell that has it is always one that could not be read.
 */
export const UNREADABLE = '\uFFFF';

declare const TextDecoder: new (label?: string, options?: { fatal?: boolean }) => { decode(input: Uint8Array): string };

// Windows-1252's 0x80–0x9F (the rest is Latin-1); 0 for the five bytes it leaves undefined.
const CP1252 = [
  0x20ac, 0, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017d, 0,
  0, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0, 0x017e, 0x0178,
];

/** Code units to a string a piece at a time: no argument list of a whole file's length. */
function fromCodes(codes: Uint16Array): string {
  let s = '';
  for (let i = 0; i < codes.length; i += 8192) s += String.fromCharCode.apply(null, codes.subarray(i, i + 8192) as unknown as number[]);
  return s;
}

function windows1252(bytes: Uint8Array): string {
  const codes = new Uint16Array(bytes.length);
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i];
    codes[i] = b >= 0x80 && b <= 0x9f ? CP1252[b - 0x80] || 0xffff : b;
  }
  return fromCodes(codes);
}

/** UTF-16 after its byte-order mark; a lone surrogate (or an odd last byte) becomes UNREADABLE. */
function utf16(bytes: Uint8Array, littleEndian: boolean): string {
  const n = (bytes.length - 2) >> 1;
  const codes = new Uint16Array(n + (bytes.length % 2));
  for (let i = 0; i < n; i++) codes[i] = littleEndian ? bytes[2 + 2 * i] | (bytes[3 + 2 * i] << 8) : (bytes[2 + 2 * i] << 8) | bytes[3 + 2 * i];
  for (let i = 0; i < n; i++) {
    const c = codes[i];
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < n && codes[i + 1] >= 0xdc00 && codes[i + 1] <= 0xdfff) i++;
    else if (c >= 0xd800 && c <= 0xdfff) codes[i] = 0xffff;
  }
  if (bytes.length % 2) codes[n] = 0xffff;
  return fromCodes(codes);
}

/**
 * UTF-8 line by line, where a byte-order mark says UTF-8 but some line is not: that line's text with
 * UNREADABLE before its line break, so the row (or the quoted cell) it ends is the one refused.
 */
function utf8ByLine(bytes: Uint8Array): string {
  const fatal = new TextDecoder('utf-8', { fatal: true });
  const loose = new TextDecoder('utf-8');
  const out: string[] = [];
  for (let start = 0; start < bytes.length;) {
    let end = bytes.indexOf(0x0a, start);
    end = end < 0 ? bytes.length : end + 1;
    const line = bytes.subarray(start, end);
    try {
      out.push(fatal.decode(line));
    } catch {
      const text = loose.decode(line);
      const breakAt = text.search(/\r?\n$/);
      out.push(breakAt < 0 ? text + UNREADABLE : text.slice(0, breakAt) + UNREADABLE + text.slice(breakAt));
    }
    start = end;
  }
  return out.join('');
}

/** The text of a CSV file (without its byte-order mark) and the encoding it was read in. */
export function decodeCsv(bytes: Uint8Array): { text: string; encoding: CsvEncoding } {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: utf16(bytes, true), encoding: 'utf-16le' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: utf16(bytes, false), encoding: 'utf-16be' };
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const body = bom ? bytes.subarray(3) : bytes;
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(body), encoding: 'utf-8' };
  } catch {
    // A UTF-8 byte-order mark is the file's own word; without one, bytes that are not UTF-8 are
    // Windows-1252 (any byte sequence is, but for five bytes it leaves undefined).
    return bom ? { text: utf8ByLine(body), encoding: 'utf-8' } : { text: windows1252(body), encoding: 'windows-1252' };
  }
}
