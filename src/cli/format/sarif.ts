import { existsSync, readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { docsUrl } from '../../core/checks/docs';
import type { Severity } from '../../core/index';
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
 * Each code's help text: its section of docs/diagnostics.md (shipped with the package, next to
 * dist/; in the source tree three folders up), the severity line's text without the severity.
 */
function helpTexts(): Map<string, string> {
  const texts = new Map<string, string>();
  const file = ['../docs/diagnostics.md', '../../../docs/diagnostics.md'].map((p) => new URL(p, import.meta.url)).find((u) => existsSync(u));
  if (!file) return texts;
  for (const section of readFileSync(file, 'utf8').split(/^## /m).slice(1)) {
    const [code, ...body] = section.split('\n');
    const text = body.join('\n').split(/\n\n/)[0].replace(/^\*[a-z]+\.\* /, '').replace(/\s*\n\s*/g, ' ').trim();
    if (/^[a-z0-9-]+$/.test(code.trim()) && text) texts.set(code.trim(), text);
  }
  return texts;
}

/**
 * SARIF 2.1.0 for code scanning. Columns are 1-based UTF-16 code units (`columnKind`), the same
 * unit as the engine's ranges; regions end one past the last character, as SARIF requires.
 */
/** `codes`: every code's default severity (the engine's registry), for the rules' default levels. */
export function sarif(reports: readonly FileReport[], version: string, rootUri: string, codes: Readonly<Record<string, Severity>>): string {
  const used = [...new Set(reports.flatMap((r) => r.diagnostics.map((d) => d.code)))].sort();
  // Attention points are results too, at level `note`: prompts from the literature, not errors.
  const points = new Map(reports.flatMap((r) => r.attentionPoints.map((p) => [p.id, p] as const)));
  const pointIds = [...points.keys()].sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
  const help = helpTexts();
  const region = (range: { start: { line: number; character: number }; end: { line: number; character: number } }) => ({
    startLine: range.start.line + 1, startColumn: range.start.character + 1, endLine: range.end.line + 1, endColumn: range.end.character + 1,
  });
  const attention = reports.flatMap((r) =>
    r.attentionPoints.map((p) => ({
      ruleId: p.id,
      ruleIndex: used.length + pointIds.indexOf(p.id),
      level: 'note' as const,
      message: { text: `${p.message} (${p.sourceText})` },
      locations: [{ physicalLocation: { artifactLocation: artifact(r.file), region: region(p.range) } }],
      properties: { path: p.path, kind: 'attention-point', source: p.source },
    })),
  );
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
            defaultConfiguration: { level: LEVEL[codes[code] ?? 'warning'] },
            ...(help.has(code) ? { help: { text: help.get(code)! } } : {}),
          })).concat(pointIds.map((id) => ({
            id,
            name: id,
            helpUri: 'https://github.com/casedoc/casedoc/blob/main/docs/vocabulary.md#attention-points',
            shortDescription: { text: `Attention point ${id}` },
            defaultConfiguration: { level: 'note' as const },
            help: { text: `${points.get(id)!.general} Source: ${points.get(id)!.sourceText}.` },
          }))),
        },
      },
      columnKind: 'utf16CodeUnits',
      originalUriBaseIds: { '%SRCROOT%': { uri: rootUri.endsWith('/') ? rootUri : rootUri + '/' } },
      results: [...results, ...attention],
    }],
  };
  return JSON.stringify(log, null, 2) + '\n';
}
