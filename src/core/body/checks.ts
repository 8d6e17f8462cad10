import type { ParsedReport } from '../parse/report';
import type { Lang } from '../types';
import type { BodyAnalysis } from '../parse/body';
import type { Emitter } from '../validate/emit';
import { matchHeading, OUTLINE, recommendedFor, type OutlineSection } from './outline';

export interface Outline {
  /** The first section of each outline id, by its index in the body's sections. */
  found: Map<string, { section: OutlineSection; index: number }>;
  /** The language most of the matched headings are written in; null on a tie. */
  lang: Lang | null;
}

// Per body analysis: a keystroke in the frontmatter keeps the body's analysis, and so its outline.
const outlines = new WeakMap<BodyAnalysis, Outline>();

/** The outline sections a report has, in order, with the language its headings are written in. */
export function outlineOf(report: ParsedReport): Outline {
  const body = report.bodyRelative().analysis;
  let outline = outlines.get(body);
  if (outline) return outline;
  const found = new Map<string, { section: OutlineSection; index: number }>();
  const votes = { da: 0, en: 0 };
  body.sections.forEach((s, index) => {
    const m = matchHeading(s.text);
    if (!m) return;
    votes[m.lang]++;
    if (!found.has(m.section.id)) found.set(m.section.id, { section: m.section, index });
  });
  const lang: Lang | null = votes.da === votes.en ? null : votes.da > votes.en ? 'da' : 'en';
  outlines.set(body, (outline = { found, lang }));
  return outline;
}

/**
 * Outline checks: the attention-points section must be there and hold something; other
 * recommended sections are noted at information level. A complete report gets nothing.
 */
export function bodyDiagnostics(report: ParsedReport, collaborationType: string | null, out: Emitter): void {
  // Offsets of the body's own analysis, moved to the whole text only where a range is made: the
  // analysis is shared with earlier versions whose frontmatter was shorter or longer.
  const { sections } = report.bodyRelative().analysis;
  const bodyStart = report.bodyStart;
  const { found, lang: reportLang } = outlineOf(report);
  // Headings are suggested in the language the report is written in, else the user's.
  const lang = reportLang ?? out.lang;
  const lines = report.lines;
  // Body-wide problems sit on the report's title heading, or on the first line of the body.
  const title = sections.find((s) => s.depth === 1);
  const anchor = title
    ? lines.rangeAt(bodyStart + title.start, bodyStart + title.end)
    : lines.rangeAt(bodyStart, lines.lineContentEnd(lines.positionAt(bodyStart).line));
  const firstOutline = [...found.values()].reduce<number | null>((min, f) => (min === null || f.index < min ? f.index : min), null);
  const sectionDepth = firstOutline !== null ? sections[firstOutline].depth : title ? title.depth + 1 : 2;

  // Where a missing section goes: after the nearest earlier outline section present, else at the end.
  const insertionFor = (section: OutlineSection) => {
    const order = OUTLINE.indexOf(section);
    let after: number | null = null;
    for (const s of OUTLINE.slice(0, order).reverse()) {
      const f = found.get(s.id);
      if (f) {
        after = bodyStart + sections[f.index].contentEnd;
        break;
      }
    }
    const offset = after ?? report.text.length;
    return { at: lines.positionAt(offset), heading: `${'#'.repeat(sectionDepth)} ${section[lang][0]}` };
  };

  const attention = OUTLINE.find((s) => s.id === 'attention')!;
  const present = found.get('attention');
  if (!present) {
    out.emit('missing-attention-section', anchor, null, { heading: attention[lang][0] },
      { section: 'attention', insert: insertionFor(attention) });
  } else if (sections[present.index].isEmpty) {
    const s = sections[present.index];
    out.emit('empty-attention-section', lines.rangeAt(bodyStart + s.start, bodyStart + s.end), null, { heading: s.text }, { section: 'attention' });
  }

  for (const section of recommendedFor(collaborationType)) {
    if (section.id === 'attention' || found.has(section.id)) continue;
    out.emit('missing-section', anchor, null, { heading: section[lang][0], forType: section.forType },
      { section: section.id, insert: insertionFor(section) });
  }
}
