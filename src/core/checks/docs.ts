// Where each code is explained: light on purpose (no check imported), so a host can link a cached
// diagnostic to its section without loading the engine.
export const DOCS_BASE = 'https://github.com/casedoc/casedoc/blob/main/docs/diagnostics.md';

/** Where a code is explained (its section in docs/diagnostics.md); hosts link to it from the diagnostic. */
export function docsUrl(code: string): string {
  return `${DOCS_BASE}#${code}`;
}
