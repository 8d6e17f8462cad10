// Text written back exactly as it was read, but for the edit: shared by migrate and --fix.

const UTF8_BOM = [0xef, 0xbb, 0xbf];

/** The file's bytes as text, if writing the text back gives the same bytes (UTF-8, a BOM kept); else null. */
export function roundTrip(bytes: Uint8Array): { text: string; bom: string } | null {
  const bom = UTF8_BOM.every((b, i) => bytes[i] === b) ? '\uFEFF' : '';
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
  if (bom && text.startsWith('\uFEFF')) text = text.slice(1);
  return Buffer.from(bom + text, 'utf8').equals(Buffer.from(bytes)) ? { text, bom } : null;
}
