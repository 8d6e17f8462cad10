// Where a text stops being JSON, and nothing of what it says: JSON.parse's own message quotes the
// text ("root:x:0:0:…" is not valid JSON), and a file named as a schema or a rules file may be
// anything (`$schema: /etc/passwd`).
import { visit } from 'jsonc-parser';
import { LineIndex } from './lineIndex';

/** The 1-based line and column of the first error in a text JSON.parse refused, or null when the strict scan finds none. */
export function jsonErrorAt(text: string): { line: number; column: number } | null {
  let offset = -1;
  visit(text, {
    onError: (_error, at) => {
      if (offset < 0) offset = at;
    },
  }, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
  if (offset < 0) return null;
  const p = new LineIndex(text).positionAt(offset);
  return { line: p.line + 1, column: p.character + 1 };
}
