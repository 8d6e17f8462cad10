// How messages quote what the writer wrote: keys and values as typed, so they can be found in the file.

/** A key or value in backticks. */
export const q = (s: unknown) => `\`${s}\``;

/** `text` when `hint` is given, else nothing. */
export const when = (hint: unknown, text: string) => (hint ? text : '');

/** A value as the writer sees it in a message: short, on one line. */
export function display(value: unknown): string {
  const s = typeof value === 'string' ? value : JSON.stringify(value) ?? String(value);
  const line = s.replace(/\s+/g, ' ');
  return line.length > 40 ? line.slice(0, 39) + '…' : line;
}

/** The key a path ends in, for messages: `/actors/1/roles/0` → `roles`. */
export function keyName(segments: readonly string[]): string {
  for (let i = segments.length - 1; i >= 0; i--) if (!/^\d+$/.test(segments[i])) return segments[i];
  return segments.length ? segments[segments.length - 1] : '';
}
