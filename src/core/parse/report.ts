import { LineIndex } from '../text/lineIndex';
import { findFrontmatter, type FrontmatterSpan } from './frontmatter';
import { parseYaml, type YamlFrontmatter } from './yaml';
import { analyseBodyIncrementally, analyseBodyInSlices, type BodyAnalysis, type ChunkCache, type Slicing } from './body';

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
  /** Offset in `text` where the body starts: every offset of `body()` counts from here. */
  readonly bodyStart: number;
  /**
   * The Markdown after the frontmatter, parsed when first asked for. Its offsets are relative to
   * `bodyStart`, so a version whose frontmatter grew or shrank shares the analysis unchanged.
   */
  readonly body: () => ParsedBody;
  /**
   * Parses the body in slices between which the host runs (a host calls this before checking, so
   * opening a long report never blocks it). False when it went stale before the end.
   */
  readonly prepare: (slicing: Slicing) => Promise<boolean>;
  /** The body's analysis if it was made, and else its chunks parsed so far, without parsing any: what a next version may reuse. */
  readonly parsedSoFar: () => { whole?: ParsedBody; chunks?: ChunkCache };
}

export interface ParsedBody {
  text: string;
  analysis: BodyAnalysis;
  chunks: ChunkCache;
}

/**
 * Parses a text once. Given the previous version's parse, a body that did not change is not parsed
 * again (a keystroke in the frontmatter costs the frontmatter only), and of a body that did, only
 * the chunks that changed are (a keystroke in the body costs the paragraph or section it is in).
 */
export function parseReport(text: string, previous?: ParsedReport): ParsedReport {
  const frontmatter = findFrontmatter(text);
  let yaml: YamlFrontmatter | null = null;
  if (frontmatter && frontmatter.kind === 'yaml' && frontmatter.closeStart !== null) {
    const source = text.slice(frontmatter.contentStart, frontmatter.contentEnd);
    const before = previous?.yaml && previous.frontmatter?.contentStart === frontmatter.contentStart ? previous : undefined;
    // A keystroke in the body leaves the frontmatter as it was: its document is reused. One inside
    // a scalar updates the previous document.
    const sourceBefore = before?.text.slice(frontmatter.contentStart, before.frontmatter!.contentEnd);
    yaml = before && sourceBefore === source ? before.yaml
      : parseYaml(source, frontmatter.contentStart, before && { source: sourceBefore!, yaml: before.yaml! });
  }
  // A TOML block is left to the Markdown parser, which recognises it (remark-frontmatter).
  const bodyStart = frontmatter && frontmatter.kind === 'yaml' ? frontmatter.bodyStart : 0;
  let parsed: ParsedBody | undefined;
  let partial: ChunkCache | undefined;
  // The previous version's body, if it was analysed: adopted whole when unchanged (then `parsed`
  // is set here), else the chunks it (or an earlier, abandoned try of this version) parsed.
  const adoptPrevious = (): ChunkCache | undefined => {
    const { whole, chunks } = previous?.parsedSoFar() ?? {};
    if (whole && whole.text.length === text.length - bodyStart && whole.text === text.slice(bodyStart)) parsed = whole;
    return partial ?? whole?.chunks ?? chunks;
  };
  const body = () => {
    if (parsed) return parsed;
    const known = adoptPrevious();
    if (!parsed) {
      const bodyText = text.slice(bodyStart);
      const { analysis, cache } = analyseBodyIncrementally(bodyText, 0, known);
      parsed = { text: bodyText, analysis, chunks: cache };
    }
    return parsed;
  };
  const prepare = async (slicing: Slicing) => {
    if (parsed) return true;
    const known = adoptPrevious();
    if (parsed) return true;
    const bodyText = text.slice(bodyStart);
    const { analysis, cache } = await analyseBodyInSlices(bodyText, 0, known, slicing);
    // Meanwhile a feature may have needed the body at once and parsed it.
    if (parsed) return true;
    if (!analysis) {
      partial = cache;
      return false;
    }
    parsed = { text: bodyText, analysis, chunks: cache };
    return true;
  };
  return {
    text,
    lines: new LineIndex(text),
    frontmatter,
    yaml,
    bodyStart,
    body,
    prepare,
    parsedSoFar: () => ({ whole: parsed, chunks: partial }),
  };
}
