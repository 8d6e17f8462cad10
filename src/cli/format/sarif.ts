import { CODES, docsUrl, type Severity } from '../../core/index';
import type { FileReport } from '../checkFiles';

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', information: 'note', hint: 'note' };

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
          artifactLocation: { uri: encodeURI(r.file), uriBaseId: '%SRCROOT%' },
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
