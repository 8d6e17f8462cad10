// Text a terminal would act on instead of showing it: C0 controls (ESC starts CSI and OSC sequences
// that clear the screen, set the title or hide a link; a lone CR overwrites a line), DEL, C1 controls
// (U+009B is CSI on its own) and the bidirectional embeddings, overrides and isolates that reorder a
// line as shown ("Trojan Source", CVE-2021-42574). Tab and line feed stay; so does the CR of a CRLF,
// which only ends a line (a diff of a CRLF report). Shown as `\u001B`, as JSON writes it.
const UNSAFE = /\r(?!\n)|[\0-\x08\x0B\x0C\x0E-\x1F\x7F-\x9F\u202A-\u202E\u2066-\u2069]/g;

const visible = (c: string) => `\\u${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;

/** `text` with every character a terminal would act on shown visibly (`\u001B`); the rest exactly as it was. */
export function terminalSafe(text: string): string {
  return text.replace(UNSAFE, visible);
}
