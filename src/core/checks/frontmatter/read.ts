import type { ParsedReport } from '../../parse/report';
import { isObj, type Obj } from '../../values';

const CONFLICT = /^(<{7}|={7}|>{7}|\|{7})(?: .*)?$/gm;

type Marker = { start: number; text: string; marker: string };
// Several checks ask (the state, the marker check, YAML syntax, duplicate keys): searched once per parse.
const markers = new WeakMap<ParsedReport, Marker[]>();

/** Git's conflict markers in the frontmatter, as offsets into the whole text. */
export function conflictMarkers(report: ParsedReport): Marker[] {
  let found = markers.get(report);
  if (found) return found;
  const fm = report.frontmatter;
  found = [];
  if (fm && report.yaml) {
    const source = report.text.slice(fm.contentStart, fm.contentEnd);
    found = [...source.matchAll(CONFLICT)].map((m) => ({ start: fm.contentStart + m.index, text: m[0], marker: m[1] }));
  }
  markers.set(report, found);
  return found;
}

/** How far the frontmatter could be read, for the checks that report why not and those that need its fields. */
export type FrontmatterState = 'missing' | 'toml' | 'unclosed' | 'conflict' | 'unreadable' | 'not-mapping' | 'readable';

export function frontmatterState(report: ParsedReport): FrontmatterState {
  const fm = report.frontmatter;
  if (!fm) return 'missing';
  if (fm.kind === 'toml') return 'toml';
  if (fm.closeStart === null) return 'unclosed';
  const yaml = report.yaml!;
  if (conflictMarkers(report).length > 0) return 'conflict';
  if (yaml.doc.errors.length > 0 || yaml.aliasLimitExceeded) return 'unreadable';
  const raw = yaml.data;
  return raw === null || raw === undefined || isObj(raw) ? 'readable' : 'not-mapping';
}

/** The fields the schema and the later checks read: an empty frontmatter has none, which is not an error of its own. */
export function readableData(report: ParsedReport, state: FrontmatterState): Obj | null {
  if (state !== 'readable') return null;
  const raw = report.yaml!.data;
  return isObj(raw) ? raw : {};
}
