import { pathToFileURL } from 'node:url';
import { CODES, docsUrl, type Severity } from '../../core/index';
import type { FileReport } from '../report';

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', information: 'note', hint: 'note' };

/**
 * Where a file is, as a URI: relative to the run's root, each path segment percent-encoded (a `#`
 * or `?` in a name would otherwise start a fragment or a query); a path outside it as a file URL.
 */
function artifact(file: string): { uri: string; uriBaseId?: string } {
  if (file.startsWith('/') || /^[A-Za-z]:[\\/]/.test(file)) return { uri: pathToFileURL(file).href };
  return { uri: file.split('/').map(encodeURIComponent).join('/'), uriBaseId: '%SRCROOT%' };
}

/**
 * SARIF 2.1.0 for code scanning. Columns are 1-based UTF-16 code units (`columnKind`), the same
 * unit as the engine's ranges; regions end one past the last character, as SARIF requires.
 */
export function sarif(reports: readonly FileReport[], version: string, rootUri: string): string {
  const used = [...new Set(reports.flatMap((r) => r.diagnostics.map((d) => d.code)))].sort();
  const results = reports.flatMap((r) =>
    r.diagnostics.map((d) => ({
      ruleId: d.code,
      ruleIndex: used.indexOf(d.code),
      level: LEVEL[d.severity],
      message: { text: d.message },
      locations: [{
        physicalLocation: {
          artifactLocation: artifact(r.file),
          region: {
            startLine: d.range.start.line + 1,
            startColumn: d.range.start.character + 1,
            endLine: d.range.end.line + 1,
            endColumn: d.range.end.character + 1,
          },
        },
      }],
      ...(d.path !== null ? { properties: { path: d.path } } : {}),
    })),
  );
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [{
      tool: {
        driver: {
          name: 'casedoc',
          version,
          informationUri: 'https://github.com/casedoc/casedoc',
          rules: used.map((code) => ({
            id: code,
            name: code,
            helpUri: docsUrl(code),
            shortDescription: { text: code.replace(/-/g, ' ') },
            defaultConfiguration: { level: LEVEL[CODES[code as keyof typeof CODES] ?? 'warning'] },
          })),
        },
      },
      columnKind: 'utf16CodeUnits',
      originalUriBaseIds: { '%SRCROOT%': { uri: rootUri.endsWith('/') ? rootUri : rootUri + '/' } },
      results,
    }],
  };
  return JSON.stringify(log, null, 2) + '\n';
}
