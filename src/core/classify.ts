import type { ParsedReport } from './parse/report';
import type { Classification } from './types';
import { str } from './values';

/** The files a host looks at: Markdown, by its two endings. */
export const MARKDOWN_GLOB = '**/*.{md,markdown}';

const TYPE_LINE = /^type[ \t]*[:=][ \t]*["']?case-report["']?[ \t]*(?:#.*)?$/m;

/** Without parsing: does raw frontmatter text hold a `type: case-report` line? (Broken or oversized files.) */
export function mentionsCaseReport(raw: string): boolean {
  return TYPE_LINE.test(raw);
}

/** The frontmatter as a plain object, or null when it is not one. */
export function frontmatterData(report: ParsedReport): Record<string, unknown> | null {
  const data = report.yaml?.data;
  return typeof data === 'object' && data !== null && !Array.isArray(data) ? (data as Record<string, unknown>) : null;
}

/**
 * A file is a case report when its frontmatter says `type: case-report`. When the frontmatter cannot
 * be read (never closed, TOML, an alias bomb) its raw text is searched for that line instead, so a
 * broken report still gets its diagnostics.
 */
export function declaresCaseReport(report: ParsedReport): boolean {
  const data = frontmatterData(report);
  if (data && data.type === 'case-report') return true;
  const fm = report.frontmatter;
  if (!fm) return false;
  if (report.yaml && !report.yaml.aliasLimitExceeded && report.yaml.doc.errors.length === 0) return false;
  const raw = report.text.slice(fm.contentStart, Math.min(fm.contentEnd, fm.contentStart + 100_000));
  return mentionsCaseReport(raw);
}

const record = (v: unknown): Record<string, unknown> => (typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Record<string, unknown>) : {});
const strings = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : typeof v === 'string' ? [v] : []);
/** A string, or a number written without quotes (`chapter: 4`), as text. */
const text = (v: unknown): string | null => (typeof v === 'number' && Number.isFinite(v) ? String(v) : str(v));

/** What a host says of a file it could not read: nothing known. */
export const EMPTY_CLASSIFICATION: Readonly<Classification> = Object.freeze({
  title: null, authors: [], municipality: null, collaboration_type: null, governance_paradigm: null, power_balance: null,
  self_label: null, policy_area: [], format: null, status: null, period: { start: null, end: null }, chapter: null,
});

export function classify(report: ParsedReport): Classification {
  const d = frontmatterData(report) ?? {};
  const authors = Array.isArray(d.authors) ? d.authors.filter((a): a is string => typeof a === 'string') : typeof d.authors === 'string' ? [d.authors] : [];
  const municipality = Array.isArray(d.municipality)
    ? d.municipality.filter((m): m is string => typeof m === 'string').join(', ') || null
    : str(d.municipality);
  return {
    title: str(d.title),
    authors,
    municipality,
    collaboration_type: str(d.collaboration_type),
    governance_paradigm: str(d.governance_paradigm),
    power_balance: str(d.power_balance),
    self_label: str(d.self_label),
    policy_area: strings(d.policy_area),
    format: str(d.format),
    status: str(d.status),
    period: { start: text(record(d.period).start), end: text(record(d.period).end) },
    chapter: text(record(d.publication).chapter),
  };
}
