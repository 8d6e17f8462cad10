import { OUTLINE, outlineOf, type OutlineSection } from '../../body/outline';
import { headingLandsAtEnd, insertHeading, type Fix } from '../../features/edits';
import type { ParsedReport } from '../../parse/report';
import type { Lang, Position, Range } from '../../types';
import type { Diagnosed, FixContext } from '../define';

/** Where the outline checks say what they find, and where a missing section would go. */
export interface OutlinePlaces {
  /** Body-wide problems sit on the report's title heading, or on the first line of the body. */
  anchor: Range;
  /** Headings are suggested in the language the report is written in, else the user's. */
  lang: Lang;
  /** After the nearest earlier outline section present, else at the end; at the depth of the others. */
  insertionFor(section: OutlineSection): { at: Position; heading: string };
}

/** The outline is checked whenever the body was found; an unclosed frontmatter hides where it starts. */
export function bodyFound(report: ParsedReport): boolean {
  const fm = report.frontmatter;
  return !fm || fm.kind === 'toml' || fm.closeStart !== null;
}

export function outlinePlaces(report: ParsedReport, userLang: Lang): OutlinePlaces {
  // Offsets of the body's own analysis, moved to the whole text only where a range is made: the
  // analysis is shared with earlier versions whose frontmatter was shorter or longer.
  const { sections } = report.body().analysis;
  const { bodyStart, lines } = report;
  const { found, lang: reportLang } = outlineOf(report);
  const lang = reportLang ?? userLang;
  const title = sections.find((s) => s.depth === 1);
  const anchor = title
    ? lines.rangeAt(bodyStart + title.start, bodyStart + title.end)
    : lines.rangeAt(bodyStart, lines.lineContentEnd(lines.positionAt(bodyStart).line));
  const firstOutline = [...found.values()].reduce<number | null>((min, f) => (min === null || f.index < min ? f.index : min), null);
  const sectionDepth = firstOutline !== null ? sections[firstOutline].depth : title ? title.depth + 1 : 2;
  return {
    anchor, lang,
    insertionFor(section) {
      const order = OUTLINE.indexOf(section);
      let after: number | null = null;
      for (const s of OUTLINE.slice(0, order).reverse()) {
        const f = found.get(s.id);
        if (f) {
          after = bodyStart + sections[f.index].contentEnd;
          break;
        }
      }
      return { at: lines.positionAt(after ?? report.text.length), heading: `${'#'.repeat(sectionDepth)} ${section[lang][0]}` };
    },
  };
}

/** What a missing section's diagnostic carries: the section, and where its heading would go. */
export interface SectionData {
  section: string;
  insert: { at: Position; heading: string };
}

/** The fix of a missing section: its heading inserted where `insertionFor` placed it. */
export function insertSection(report: ParsedReport, d: Diagnosed<SectionData>, { words }: FixContext, preferred: boolean): Fix[] {
  const insert = d.data.insert as SectionData['insert'] | undefined;
  if (!insert) return [];
  const heading = insert.heading.replace(/^#+\s*/, '');
  const edit = insertHeading(report, insert.at, insert.heading);
  // At the end of a text whose last code or HTML block is left open, a heading would not be one.
  if (report.lines.offsetAt(insert.at) >= report.text.length && !headingLandsAtEnd(report, edit)) return [];
  return [{ title: words.insert(heading), edits: [edit], preferred, unambiguous: false }];
}
