import type { Position, Range } from '../types';

/**
 * Converts string offsets to LSP positions and back. JavaScript strings are UTF-16, so an offset is
 * already a UTF-16 code unit; only lines need counting. Line starts are found lazily, up to the
 * furthest offset asked for: a frontmatter check on a long report never scans the body.
 */
export class LineIndex {
  private readonly starts: number[] = [0];
  private scanned = 0;

  constructor(readonly text: string) {}

  /** Whether the text has any CR: without one, line starts are found by the native indexOf. */
  private hasCR: boolean | undefined;

  private scanTo(offset: number): void {
    const text = this.text;
    const limit = Math.min(offset, text.length);
    let i = this.scanned;
    if (i >= limit) return;
    this.hasCR ??= text.includes('\r');
    if (!this.hasCR) {
      while (i < limit) {
        const nl = text.indexOf('\n', i);
        if (nl === -1 || nl >= limit) {
          i = limit;
          break;
        }
        this.starts.push(nl + 1);
        i = nl + 1;
      }
    } else {
      while (i < limit) {
        const c = text.charCodeAt(i);
        if (c === 10 /* \n */) {
          this.starts.push(i + 1);
        } else if (c === 13 /* \r */) {
          if (text.charCodeAt(i + 1) === 10) i++;
          this.starts.push(i + 1);
        }
        i++;
      }
    }
    if (i > this.scanned) this.scanned = i;
  }

  positionAt(offset: number): Position {
    const clamped = Math.max(0, Math.min(offset, this.text.length));
    this.scanTo(clamped);
    const starts = this.starts;
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= clamped) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo, character: clamped - starts[lo] };
  }

  rangeAt(start: number, end: number): Range {
    return { start: this.positionAt(start), end: this.positionAt(end) };
  }

  /** Offset of the start of `line`, or the text's length past the last line. */
  lineStart(line: number): number {
    while (this.starts.length <= line && this.scanned < this.text.length) {
      this.scanTo(this.scanned + 4096);
    }
    return line < this.starts.length ? this.starts[line] : this.text.length;
  }

  /** Offset of a position; a character past the line's end clamps to the end of its content. */
  offsetAt(position: Position): number {
    const start = this.lineStart(position.line);
    if (position.line >= this.starts.length) return this.text.length;
    return Math.min(start + position.character, this.lineContentEnd(position.line));
  }

  /** End of a line's content, before its line break. */
  lineContentEnd(line: number): number {
    let i = this.lineStart(line);
    const text = this.text;
    while (i < text.length && text.charCodeAt(i) !== 10 && text.charCodeAt(i) !== 13) i++;
    return i;
  }
}
