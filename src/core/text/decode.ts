/**
 * A file's bytes as text, as editors read them: UTF-16 (little or big endian) where the file starts
 * with its byte order mark, else UTF-8. Any BOM is dropped, as VS Code drops it, so offsets agree.
 */
// The WHATWG TextDecoder is a global of every host the engine runs in (Node, browsers, web workers);
// the engine is type-checked against no host's library, so the part it uses is declared here.
declare const TextDecoder: new (label?: string, options?: { fatal?: boolean }) => { decode(input: Uint8Array): string };

export interface Decoded {
  text: string;
  encoding: 'utf-8' | 'utf-16le' | 'utf-16be';
  /** Bytes that are not valid in that encoding were replaced by U+FFFD. */
  invalid: boolean;
}

export function decodeText(bytes: Uint8Array): Decoded {
  const encoding = bytes[0] === 0xff && bytes[1] === 0xfe ? 'utf-16le' : bytes[0] === 0xfe && bytes[1] === 0xff ? 'utf-16be' : 'utf-8';
  try {
    return { text: new TextDecoder(encoding, { fatal: true }).decode(bytes), encoding, invalid: false };
  } catch {
    return { text: new TextDecoder(encoding).decode(bytes), encoding, invalid: true };
  }
}

/** Like git: a NUL byte early in a file that is not UTF-16 means binary. */
export function looksBinary(bytes: Uint8Array, encoding: Decoded['encoding']): boolean {
  return encoding === 'utf-8' && bytes.subarray(0, 8000).includes(0);
}

/** A file's bytes as a report's text: binary (a NUL early on, as Git has it), or text with its encoding. */
export type ReportBytes = { binary: true } | { binary: false; text: string; encoding: 'UTF-8' | 'UTF-16'; invalid: boolean };

/** What every host makes of a report's bytes (core/project/gates.ts says what follows from it). */
export function reportBytes(bytes: Uint8Array): ReportBytes {
  const decoded = decodeText(bytes);
  // UTF-16 with its byte order mark is text, however many NUL bytes it holds.
  if (looksBinary(bytes, decoded.encoding)) return { binary: true };
  return { binary: false, text: decoded.text, encoding: decoded.encoding === 'utf-8' ? 'UTF-8' : 'UTF-16', invalid: decoded.invalid };
}
