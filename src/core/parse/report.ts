import { LineIndex } from '../text/lineIndex';
import { findFrontmatter, type FrontmatterSpan } from './frontmatter';
import { parseYaml, type YamlFrontmatter } from './yaml';
import { analyseBody, type BodyAnalysis } from './body';

/**
 * One parse of one text, shared by every check: the frontmatter span, the YAML document with node
 * offsets, the line index and (parsed on first use) the Markdown body.
 */
export interface ParsedReport {
  readonly text: string;
  readonly lines: LineIndex;
  readonly frontmatter: FrontmatterSpan | null;
  /** Present for a closed YAML frontmatter. */
  readonly yaml: YamlFrontmatter | null;
  /** The Markdown after the frontmatter; parsed when first read. */
  readonly body: BodyAnalysis;
  /** Offset where the body starts, and its analysis relative to that offset (for reuse). */
  readonly bodyStart: number;
  readonly bodyRelative: () => { text: string; analysis: BodyAnalysis };
}

/**
 * Parses a text once. Given the previous version's parse, a body that did not change is not parsed
 * again: a keystroke in the frontmatter of a long report costs the frontmatter only.
 */
export function parseReport(text: string, previous?: ParsedReport): ParsedReport {
  const frontmatter = findFrontmatter(text);
  const yaml =
    frontmatter && frontmatter.kind === 'yaml' && frontmatter.closeStart !== null
      ? parseYaml(text.slice(frontmatter.contentStart, frontmatter.contentEnd), frontmatter.contentStart)
      : null;
  // A TOML block is left to the Markdown parser, which recognises it (remark-frontmatter).
  const bodyStart = frontmatter && frontmatter.kind === 'yaml' ? frontmatter.bodyStart : 0;
  let relative: { text: string; analysis: BodyAnalysis } | undefined;
  let body: BodyAnalysis | undefined;
  const bodyRelative = () => {
    if (!relative) {
      const bodyText = text.slice(bodyStart);
      const before = previous?.bodyRelative();
      relative = before && before.text === bodyText ? before : { text: bodyText, analysis: analyseBody(bodyText, 0) };
    }
    return relative;
  };
  return {
    text,
    lines: new LineIndex(text),
    frontmatter,
    yaml,
    bodyStart,
    bodyRelative,
    get body() {
      body ??= shift(bodyRelative().analysis, bodyStart);
      return body;
    },
  };
}

function shift(a: BodyAnalysis, by: number): BodyAnalysis {
  if (by === 0) return a;
  const at = <T extends { start: number; end: number }>(x: T): T => ({ ...x, start: x.start + by, end: x.end + by });
  return {
    toml: a.toml && at(a.toml),
    sections: a.sections.map((s) => ({ ...at(s), contentEnd: s.contentEnd + by, items: s.items.map(at) })),
  };
}
