import type { ConfigMode } from './config';
// What a run of the CLI produces and is run with: shared by the runner, the worker threads and the
// output formats, which import this and never each other.
import type { AttentionPoint, Classification, CompiledRule, Diagnostic, Lang, SchemaLoad } from '../core/index';

export interface FileDiagnostic extends Diagnostic {
  documentation: string;
}

/** One file's entry in `--format json`: the contract documented in the README. */
export interface FileReport {
  file: string;
  isCaseReport: boolean;
  /** Why the file was not checked: it could not be read, is binary, or is too large. */
  skipped?: 'file-unreadable' | 'file-binary' | 'file-too-large';
  classification: Classification;
  /** The schema the report was checked against, as `$schema:` or `--schema` names it; absent: the built-in one. */
  schema?: string;
  diagnostics: FileDiagnostic[];
  attentionPoints: AttentionPoint[];
}

export interface RunOptions {
  cwd: string;
  lang: Lang;
  maxBytes: number;
  /** `--schema FILE`: used for every report instead of `$schema:` and the built-in schema. */
  schema?: { load: SchemaLoad; label: string };
  /** `--rules`: its own rules (merged with the built-in and the configuration's per report). */
  rules?: readonly CompiledRule[];
  /** `--include GLOB`: paths (relative to cwd) that are case reports whatever their frontmatter says. */
  include: readonly string[];
  /** Which configuration file applies: the nearest (default), `--config FILE` or `--no-config`. */
  config: ConfigMode;
  /** `--cache`: the cache file (absolute path). */
  cache?: string;
  /** The texts `schema` and `rules` were compiled from, for worker threads to compile again. */
  texts?: { schema?: { text: string; label: string }; rules?: string };
  /** `CASEDOC_WORKERS` from the environment, if set. */
  workers?: string;
}

export interface Totals {
  files: number;
  caseReports: number;
  skipped: number;
  errors: number;
  warnings: number;
  information: number;
  hints: number;
  attentionPoints: number;
}

export function totals(reports: readonly FileReport[]): Totals {
  const t: Totals = { files: reports.length, caseReports: 0, skipped: 0, errors: 0, warnings: 0, information: 0, hints: 0, attentionPoints: 0 };
  for (const r of reports) {
    if (r.isCaseReport) t.caseReports++;
    if (r.skipped) t.skipped++;
    t.attentionPoints += r.attentionPoints.length;
    for (const d of r.diagnostics) {
      if (d.severity === 'error') t.errors++;
      else if (d.severity === 'warning') t.warnings++;
      else if (d.severity === 'information') t.information++;
      else t.hints++;
    }
  }
  return t;
}
