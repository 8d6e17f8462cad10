/** The line end a text uses (its first CRLF or CR, else LF): what an edit writes, so line ends stay as they were. */
export const eolOf = (text: string): string => (/\r\n/.test(text) ? '\r\n' : /\r/.test(text) ? '\r' : '\n');
