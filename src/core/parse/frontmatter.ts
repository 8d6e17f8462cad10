/**
 * Finds the frontmatter block by its fences, the way static-site generators and remark-frontmatter
 * do: an opening `---` on the first line (after an optional BOM) and a closing `---` or `...` line.
 * Offsets refer to the whole text.
 */
export interface FrontmatterSpan {
  kind: 'yaml' | 'toml';
  /** Offset of the opening fence. */
  openStart: number;
  openEnd: number;
  /** The YAML source between the fences. */
  contentStart: number;
  contentEnd: number;
  /** Closing fence, or null when the block is never closed. */
  closeStart: number | null;
  closeEnd: number | null;
  /** Where the Markdown body begins. */
  bodyStart: number;
}

const FENCES = { yaml: /^---[ \t]*$/, toml: /^\+\+\+[ \t]*$/ } as const;
const YAML_CLOSE = /^(?:---|\.\.\.)[ \t]*$/;

/** Offset just past the line break that ends the line starting at `from`, and the line's content end. */
function lineAt(text: string, from: number): { contentEnd: number; next: number } {
  let i = from;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (c === 10) return { contentEnd: i, next: i + 1 };
    if (c === 13) return { contentEnd: i, next: text.charCodeAt(i + 1) === 10 ? i + 2 : i + 1 };
    i++;
  }
  return { contentEnd: i, next: i };
}

export function findFrontmatter(text: string): FrontmatterSpan | null {
  const openStart = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const first = lineAt(text, openStart);
  const firstLine = text.slice(openStart, first.contentEnd);
  const kind = FENCES.yaml.test(firstLine) ? 'yaml' : FENCES.toml.test(firstLine) ? 'toml' : null;
  if (!kind) return null;
  const close = kind === 'yaml' ? YAML_CLOSE : FENCES.toml;
  let pos = first.next;
  while (pos < text.length) {
    const line = lineAt(text, pos);
    if (close.test(text.slice(pos, line.contentEnd))) {
      return {
        kind, openStart, openEnd: first.contentEnd,
        contentStart: first.next, contentEnd: pos,
        closeStart: pos, closeEnd: line.contentEnd, bodyStart: line.next,
      };
    }
    if (line.next === pos) break;
    pos = line.next;
  }
  return {
    kind, openStart, openEnd: first.contentEnd,
    contentStart: first.next, contentEnd: text.length,
    closeStart: null, closeEnd: null, bodyStart: text.length,
  };
}
