import type { ParsedReport } from '../parse/report';
import type { BodyAnalysis } from '../parse/body';
import type { Lang } from '../types';

/**
 * The body outline (docs/vocabulary.md describes the fields it goes with). Each section lists its headings in Danish and in English, the
 * canonical one first, then shorter forms writers use. Headings match case-insensitively, numbered
 * or not.
 */
export interface OutlineSection {
  id: string;
  da: readonly string[];
  en: readonly string[];
  /** Recommended only for this collaboration type; common to all when absent. */
  forType?: string;
}

export const OUTLINE: readonly OutlineSection[] = [
  { id: 'summary', da: ['Resumé', 'Resume', 'Sammenfatning'], en: ['Summary', 'Abstract'] },
  { id: 'background', da: ['Baggrund og problemstilling', 'Baggrund', 'Problemstilling'], en: ['Background and problem', 'Background', 'Background and problem statement'] },
  { id: 'actors', da: ['Aktører og roller', 'Aktører'], en: ['Actors and roles', 'Actors'] },
  { id: 'purpose', da: ['Formål', 'Formål og hvem der definerede det'], en: ['Purpose', 'Purpose and who defined it'] },
  { id: 'organisation', da: ['Organisering, styring og aftalegrundlag', 'Organisering', 'Organisering og styring'], en: ['Organisation, governance and agreement', 'Organization, governance and agreement', 'Organisation', 'Organization', 'Organisation and governance', 'Governance'] },
  { id: 'process', da: ['Forløb og faser', 'Forløb', 'Faser'], en: ['Process and phases', 'Process', 'Phases'] },
  { id: 'involvement', da: ['Inddragelsesmetode og format', 'Inddragelsesmetode'], en: ['Involvement method and format', 'Involvement method'], forType: 'co-creation' },
  { id: 'cycle', da: ['Den samlede cyklus', 'Samlet cyklus'], en: ['The full cycle', 'Full cycle'], forType: 'co-production' },
  { id: 'continuity', da: ['Kontinuitet og forankring', 'Kontinuitet', 'Forankring'], en: ['Continuity', 'Continuity and anchoring'], forType: 'co-production' },
  { id: 'agreement', da: ['Partnerskabsaftale', 'Aftale'], en: ['Agreement', 'Partnership agreement'], forType: 'partnership' },
  { id: 'synergy', da: ['Ressourcer og synergi', 'Synergi', 'Ressourcer'], en: ['Contributions and synergy', 'Synergy', 'Resources and synergy'], forType: 'partnership' },
  { id: 'division', da: ['Arbejdsdeling', 'Arbejds- og rollefordeling'], en: ['Division of labour', 'Division of labor'], forType: 'voluntary-social-cooperation' },
  { id: 'power', da: ['Magt og ligeværdighed', 'Magt', 'Ligeværdighed'], en: ['Power and equality', 'Power'] },
  { id: 'value', da: ['Værdiskabelse', 'Værdi'], en: ['Value creation', 'Value'] },
  { id: 'attention', da: ['Opmærksomhedspunkter', 'Opmærksomhedspunkt'], en: ['Attention points', 'Attention point', 'Points of attention'] },
  { id: 'method', da: ['Metode og data', 'Metode', 'Data og metode'], en: ['Method and data', 'Method', 'Methods', 'Data and method', 'Methods and data'] },
  { id: 'references', da: ['Referencer', 'Litteratur', 'Litteraturliste', 'Kilder'], en: ['References', 'Bibliography', 'Literature'] },
];

/** Lower case; without numbering (`2.`, `2.1`, `IV.`, `a)`), a closing parenthesis, or end punctuation. */
export function normaliseHeading(text: string): string {
  return text
    .normalize('NFC')
    .toLowerCase()
    .replace(/^\s*(?:(?:\d+[.)]?)+|[ivxlc]+[.)]|[a-z][.)])\s+/, '')
    .replace(/\s*\([^)]*\)\s*$/, '')
    .replace(/[\s:.–-]+$/, '')
    .replace(/\s+/g, ' ')
    .trim();
}

const index = new Map<string, { section: OutlineSection; lang: 'da' | 'en' }>();
for (const section of OUTLINE) {
  for (const lang of ['da', 'en'] as const) {
    for (const name of section[lang]) {
      const key = normaliseHeading(name);
      if (!index.has(key)) index.set(key, { section, lang });
    }
  }
}

/** The outline section a heading names, and the language it names it in. */
export function matchHeading(text: string): { section: OutlineSection; lang: 'da' | 'en' } | null {
  return index.get(normaliseHeading(text)) ?? null;
}

export function recommendedFor(type: string | null): OutlineSection[] {
  return OUTLINE.filter((s) => !s.forType || s.forType === type);
}

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
  const body = report.body().analysis;
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
