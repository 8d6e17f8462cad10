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
  /** The Markdown after the frontmatter; parsed when first read. */
  readonly body: BodyAnalysis;
  /** Offset where the body starts, and its analysis relative to that offset (for reuse). */
  readonly bodyStart: number;
  readonly bodyRelative: () => { text: string; analysis: BodyAnalysis; chunks: ChunkCache };
  /**
   * Parses the body in slices between which the host runs (a host calls this before checking, so
   * opening a long report never blocks it). False when it went stale before the end.
   */
  readonly prepare: (slicing: Slicing) => Promise<boolean>;
  /** The body's analysis if it was made, and else its chunks parsed so far, without parsing any: what a next version may reuse. */
  readonly parsedSoFar: () => { whole?: ReturnType<ParsedReport['bodyRelative']>; chunks?: ChunkCache };
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
  let relative: ReturnType<ParsedReport['bodyRelative']> | undefined;
  let partial: ChunkCache | undefined;
  let body: BodyAnalysis | undefined;
  // The previous version's body, if it was analysed: reused whole when unchanged, else the chunks
  // it (or an earlier, abandoned try of this version) parsed.
  const reusable = (): ChunkCache | undefined => {
    const { whole, chunks } = previous?.parsedSoFar() ?? {};
    if (whole && whole.text.length === text.length - bodyStart && whole.text === text.slice(bodyStart)) relative = whole;
    return partial ?? whole?.chunks ?? chunks;
  };
  const bodyRelative = () => {
    if (relative) return relative;
    const known = reusable();
    if (!relative) {
      const bodyText = text.slice(bodyStart);
      const { analysis, cache } = analyseBodyIncrementally(bodyText, 0, known);
      relative = { text: bodyText, analysis, chunks: cache };
    }
    return relative;
  };
  const prepare = async (slicing: Slicing) => {
    if (relative) return true;
    const known = reusable();
    if (relative) return true;
    const bodyText = text.slice(bodyStart);
    const { analysis, cache } = await analyseBodyInSlices(bodyText, 0, known, slicing);
    // Meanwhile a feature may have needed the body at once and parsed it.
    if (relative) return true;
    if (!analysis) {
      partial = cache;
      return false;
    }
    relative = { text: bodyText, analysis, chunks: cache };
    return true;
  };
  return {
    text,
    lines: new LineIndex(text),
    frontmatter,
    yaml,
    bodyStart,
    bodyRelative,
    prepare,
    parsedSoFar: () => ({ whole: relative, chunks: partial }),
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
