/**
 * The engine's plain, serialisable results. Every host (CLI, extension, tests) renders these;
 * nothing here refers to a host's own types.
 */

/** LSP coordinates: 0-based line, 0-based UTF-16 code unit within the line. */
export interface Position {
  line: number;
  character: number;
}

export interface Range {
  start: Position;
  end: Position;
}

export type Severity = 'error' | 'warning' | 'information' | 'hint';

export type Lang = 'en' | 'da';

export interface Diagnostic {
  /** Stable identifier, documented in docs/diagnostics.md. */
  code: string;
  severity: Severity;
  message: string;
  range: Range;
  /** JSON Pointer into the frontmatter the diagnostic rests on, or null for body and file problems. */
  path: string | null;
  /** Machine-readable facts for quick fixes; never parse the message instead. */
  data?: Record<string, unknown>;
}

export interface AttentionPoint {
  id: string;
  severity: Severity;
  /** The rule's text, naming what this case has (e.g. which tasks the municipality does alone). */
  message: string;
  /** The rule's text as it reads of any case that raises it: the summary's row across reports. */
  general: string;
  /** The source as codes (`S E24; L Arn69`): stable, for scripts and rules. */
  source: string;
  /** The source as people read it, by author and year (`Espersen 2024; Arnstein 1969`), in the check's language. */
  sourceText: string;
  /** JSON Pointer of the frontmatter value the point rests on. */
  path: string;
  /** Where a host jumps to: the node at `path`, or its nearest existing ancestor. */
  range: Range;
}

/** The frontmatter fields an editor sorts and tabulates by. */
export interface Classification {
  title: string | null;
  authors: string[];
  municipality: string | null;
  collaboration_type: string | null;
  governance_paradigm: string | null;
  power_balance: string | null;
  /** The actors' own word for the collaboration, kept apart from the analytic type. */
  self_label: string | null;
  policy_area: string[];
  format: string | null;
  status: string | null;
  /** `period.start` and `period.end` as written (`YYYY-MM-DD`). */
  period: { start: string | null; end: string | null };
  /** `publication.chapter`: the anthology chapter the case belongs to. */
  chapter: string | null;
}

export interface CheckResult {
  isCaseReport: boolean;
  classification: Classification;
  diagnostics: Diagnostic[];
  attentionPoints: AttentionPoint[];
}
