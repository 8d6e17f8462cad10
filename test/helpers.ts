import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { checkReport, parseReport, type CheckOptions, type CheckResult, type Range } from '../src/core/index';

export const ROOT = fileURLToPath(new URL('..', import.meta.url));

export function check(text: string, options: CheckOptions = {}): CheckResult {
  return checkReport(parseReport(text), options);
}

/**
 * Text with its expected ranges marked `«like this»`: returns the text without the markers and the
 * marked ranges, counted independently of the engine (UTF-16 units, \r\n, \n and \r all break lines).
 */
export function marked(source: string): { text: string; ranges: Range[] } {
  let text = '';
  let line = 0;
  let character = 0;
  const ranges: Range[] = [];
  let open: { line: number; character: number } | null = null;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '«') {
      open = { line, character };
      continue;
    }
    if (c === '»') {
      ranges.push({ start: open!, end: { line, character } });
      open = null;
      continue;
    }
    text += c;
    if (c === '\r' && source[i + 1] === '\n') {
      text += '\n';
      i++;
      line++;
      character = 0;
    } else if (c === '\n' || c === '\r') {
      line++;
      character = 0;
    } else {
      character += 1; // one UTF-16 code unit: JavaScript strings are UTF-16 already
    }
  }
  return { text, ranges };
}

/** The reference frontmatter: it must validate clean. */
export const REFERENCE_FRONTMATTER = readFileSync(new URL('./fixtures/reference-frontmatter.yaml', import.meta.url), 'utf8');

/** A report around the reference frontmatter with `edit` applied to it, and a complete English body. */
export function report(edit: (fm: string) => string = (fm) => fm, body = COMPLETE_BODY_EN): string {
  return `---\n${edit(REFERENCE_FRONTMATTER)}---\n\n${body}`;
}

export const COMPLETE_BODY_EN = `# A case

## Summary

Text.

## Background and problem

Text.

## Actors and roles

Text.

## Purpose

Text.

## Organisation, governance and agreement

Text.

## Process and phases

Text.

## The full cycle

Text.

## Continuity

Text.

## Power and equality

Text.

## Value creation

Text.

## Attention points

- A point.

## Method and data

Text.

## References

Text.
`;

/** Line lengths counted independently of the engine: \r\n, \r and \n each end a line. */
export function lineLengths(text: string): number[] {
  return text.split(/\r\n|\r|\n/).map((l) => l.length);
}

/** Why `range` does not lie inside `text` in order (start before end), or null when it does. */
export function outsideOf(text: string, range: Range): string | null {
  const lines = lineLengths(text);
  const ok = (p: { line: number; character: number }) =>
    Number.isInteger(p.line) && Number.isInteger(p.character) && p.line >= 0 && p.line < lines.length && p.character >= 0 && p.character <= lines[p.line];
  if (!ok(range.start) || !ok(range.end)) return `${JSON.stringify(range)} outside a text of ${lines.length} lines`;
  const ordered = range.start.line < range.end.line || (range.start.line === range.end.line && range.start.character <= range.end.character);
  return ordered ? null : `${JSON.stringify(range)} ends before it starts`;
}
