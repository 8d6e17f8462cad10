import type { Severity } from '../types';

/**
 * Every diagnostic code the engine emits, with its default severity. Codes are stable: users
 * override severities by code, and docs/diagnostics.md has a section for each.
 */
export const CODES = {
  // The frontmatter block and its YAML
  'missing-frontmatter': 'error',
  'frontmatter-unclosed': 'error',
  'frontmatter-toml': 'error',
  'frontmatter-not-mapping': 'error',
  'merge-conflict': 'error',
  'yaml-syntax': 'error',
  'yaml-alias-limit': 'error',
  'duplicate-key': 'error',
  // The schema
  'missing-key': 'error',
  'unknown-key': 'error',
  'invalid-value': 'error',
  'wrong-type': 'error',
  'empty-value': 'error',
  'invalid-date': 'error',
  'duplicate-item': 'error',
  'schema-violation': 'error',
  'schema-url': 'warning',
  'schema-unusable': 'error',
  // Consistency between fields
  'period-end-before-start': 'warning',
  'sector-without-actor': 'warning',
  'single-phase-coproduction': 'warning',
  'duplicate-phase': 'warning',
  'coproduction-mode-mismatch': 'warning',
  'phase-not-listed': 'warning',
  // The body
  'missing-attention-section': 'warning',
  'empty-attention-section': 'warning',
  'missing-section': 'information',
  // Files (hosts)
  'file-unreadable': 'error',
  'file-binary': 'warning',
  'file-too-large': 'warning',
  'invalid-encoding': 'warning',
  'check-failed': 'error',
  'too-many-problems': 'information',
} as const satisfies Record<string, Severity>;

export type Code = keyof typeof CODES;

export const DOCS_BASE = 'https://github.com/casedoc/casedoc/blob/main/docs/diagnostics.md';

/** Where a code is explained; hosts link to it from the diagnostic. */
export function docsUrl(code: string): string {
  return `${DOCS_BASE}#${code}`;
}
