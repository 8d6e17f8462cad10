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
}

export function parseReport(text: string): ParsedReport {
  const frontmatter = findFrontmatter(text);
  const yaml =
    frontmatter && frontmatter.kind === 'yaml' && frontmatter.closeStart !== null
      ? parseYaml(text.slice(frontmatter.contentStart, frontmatter.contentEnd), frontmatter.contentStart)
      : null;
  // A TOML block is left to the Markdown parser, which recognises it (remark-frontmatter).
  const bodyStart = frontmatter && frontmatter.kind === 'yaml' ? frontmatter.bodyStart : 0;
  let body: BodyAnalysis | undefined;
  return {
    text,
    lines: new LineIndex(text),
    frontmatter,
    yaml,
    get body() {
      body ??= analyseBody(text.slice(bodyStart), bodyStart);
      return body;
    },
  };
}
