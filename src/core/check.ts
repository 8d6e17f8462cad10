import type { CheckResult, Diagnostic, Lang, Range, Severity } from './types';
import type { ParsedReport } from './parse/report';
import { schemaReason, type CompiledSchema, type SchemaLoad } from './schema/compile';
import type { CompiledRule } from './attention/rules';
import { builtinRules, builtinSchema } from './builtin';
import { classify, declaresCaseReport, frontmatterData } from './classify';
import { Emitter } from './validate/emit';
import { Placer } from './validate/place';
import { yamlDiagnostics } from './validate/yamlErrors';
import { schemaDiagnostics } from './validate/schemaErrors';
import { consistencyDiagnostics } from './consistency';
import { bodyDiagnostics } from './body/checks';
import { attentionPoints } from './attention/evaluate';

export interface CheckOptions {
  lang?: Lang;
  /**
   * The schema the host loaded for this report (from `$schema:` or its settings), with the name to
   * show for it. Absent: the built-in schema.
   */
  schema?: { load: SchemaLoad; label: string };
  /** Attention rules; the built-in ones when absent. */
  rules?: readonly CompiledRule[];
  /** The host matched the file's path against its include globs. */
  forceCaseReport?: boolean;
  /** Per-code severity overrides; `off` drops the code. */
  severities?: Readonly<Record<string, Severity | 'off'>>;
}

/** What `$schema:` in a report asks for; the host resolves a path, the engine reports a URL. */
export type SchemaReference = { kind: 'none' } | { kind: 'url'; url: string } | { kind: 'path'; path: string };

export function schemaReference(report: ParsedReport): SchemaReference {
  const ref = frontmatterData(report)?.$schema;
  if (typeof ref !== 'string' || ref.trim() === '') return { kind: 'none' };
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(ref.trim())) return { kind: 'url', url: ref.trim() };
  return { kind: 'path', path: ref.trim() };
}

const byPosition = (a: { range: Range }, b: { range: Range }) =>
  a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character;

/** Checks one parsed report: frontmatter, schema, consistency, body outline and attention points. */
export function checkReport(report: ParsedReport, options: CheckOptions = {}): CheckResult {
  const lang = options.lang ?? 'en';
  const isCaseReport = options.forceCaseReport === true || declaresCaseReport(report);
  const classification = classify(report);
  if (!isCaseReport) return { isCaseReport, classification, diagnostics: [], attentionPoints: [] };

  const out = new Emitter(lang);
  const place = new Placer(report);
  const fm = report.frontmatter;
  let data: Record<string, unknown> | null = null;

  if (!fm) {
    out.emit('missing-frontmatter', report.lines.rangeAt(0, report.lines.lineContentEnd(0)), null);
  } else if (fm.kind === 'toml') {
    out.emit('frontmatter-toml', place.fence(), null);
  } else if (fm.closeStart === null) {
    out.emit('frontmatter-unclosed', place.fence(), null);
  } else if (!yamlDiagnostics(report, out)) {
    const raw = report.yaml!.data;
    if (raw === null || raw === undefined) {
      data = {};
    } else if (typeof raw !== 'object' || Array.isArray(raw)) {
      out.emit('frontmatter-not-mapping', report.lines.rangeAt(fm.contentStart, fm.contentEnd), null);
    } else {
      data = raw as Record<string, unknown>;
    }
  }

  if (data) {
    const schema = resolveSchema(report, data, options, out, place);
    if (schema) checkAgainst(schema, report, data, options, out, place);
    const invalid = new Set(out.diagnostics.map((d) => d.path).filter((p): p is string => p !== null));
    consistencyDiagnostics(report, data, out, invalid);
  }
  // The outline is checked whenever the body was found; an unclosed frontmatter hides where it starts.
  if (!fm || fm.kind === 'toml' || fm.closeStart !== null) {
    bodyDiagnostics(report, classification.collaboration_type, out);
  }

  const points = data ? attentionPoints(report, data, options.rules ?? builtinRules(), lang) : [];
  return {
    isCaseReport,
    classification,
    diagnostics: capped(applySeverities(out.diagnostics, options.severities).sort(byPosition), report, lang),
    attentionPoints: points,
  };
}

/** More problems than anyone reads in one file: the first ones, and a note saying how many more. */
export const MAX_DIAGNOSTICS = 500;

function capped(diagnostics: Diagnostic[], report: ParsedReport, lang: Lang): Diagnostic[] {
  if (diagnostics.length <= MAX_DIAGNOSTICS) return diagnostics;
  const note = new Emitter(lang);
  note.emit('too-many-problems', report.lines.rangeAt(0, report.lines.lineContentEnd(0)), null,
    { count: diagnostics.length - MAX_DIAGNOSTICS, shown: MAX_DIAGNOSTICS }, { count: diagnostics.length - MAX_DIAGNOSTICS });
  return [note.diagnostics[0], ...diagnostics.slice(0, MAX_DIAGNOSTICS)];
}

function resolveSchema(report: ParsedReport, data: Record<string, unknown>, options: CheckOptions, out: Emitter, place: Placer): CompiledSchema | null {
  if (options.schema) {
    if (options.schema.load.ok) return options.schema.load.schema;
    unusable(options.schema.label, options.schema.load.reason, data, out, place);
    return null;
  }
  const ref = schemaReference(report);
  if (ref.kind === 'url') out.emit('schema-url', place.value(['$schema']), ['$schema'], { url: ref.url }, { url: ref.url });
  return builtinSchema();
}

/** The schema's diagnostics; a schema whose validation never ends (a $ref cycle Ajv cannot see) is reported, not thrown. */
function checkAgainst(schema: CompiledSchema, report: ParsedReport, data: Record<string, unknown>, options: CheckOptions, out: Emitter, place: Placer): void {
  try {
    schemaDiagnostics(report, schema, data, out);
  } catch (e) {
    if (!(e instanceof RangeError)) throw e;
    unusable(options.schema?.label ?? '$schema', schemaReason('endless-validation', out.lang), data, out, place);
  }
}

/** A schema that cannot be used, said once: on `$schema` where the writer named it, else on the fence. */
function unusable(label: string, reason: string, data: Record<string, unknown>, out: Emitter, place: Placer): void {
  const named = typeof data.$schema === 'string';
  out.emit('schema-unusable', named ? place.value(['$schema']) : place.fence(), named ? ['$schema'] : null, { schema: label, reason }, { schema: label });
}

/** The writer's severity per code (`off` drops it): the one path every diagnostic takes, the hosts' own included. */
export function applySeverities(diagnostics: Diagnostic[], overrides: CheckOptions['severities']): Diagnostic[] {
  if (!overrides) return diagnostics;
  const out: Diagnostic[] = [];
  for (const d of diagnostics) {
    const o = overrides[d.code];
    if (o === 'off') continue;
    out.push(o ? { ...d, severity: o } : d);
  }
  return out;
}
