import { isCollection, isScalar, visit, type Document, type Node, type Pair, type YAMLError } from 'yaml';
import type { ParsedReport } from '../parse/report';
import { duplicateKeys, MAX_ALIAS_COUNT } from '../parse/yaml';
import { YAML_EXPLANATIONS } from '../messages/catalogue';
import type { Lang, Range } from '../types';
import type { Emitter } from './emit';

/**
 * An unclosed quote or bracket is detected where the text runs out, often lines later; the writer
 * must look where it was opened. Returns the offset of that opening quote or bracket.
 */
function openerOf(doc: Document, pos: number): number | null {
  let found: number | null = null;
  visit(doc, {
    Node(_, node) {
      const r = node.range;
      if (!r || r[0] >= pos || pos > r[2] + 1) return;
      const opener = (isScalar(node) && (node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE')) || (isCollection(node) && node.flow);
      if (opener && (found === null || r[0] > found)) found = r[0];
    },
  });
  return found;
}

/** A pair from its key to the end of its value (trailing white space excluded), for removing it. */
function pairSpan(report: ParsedReport, pair: Pair): Range {
  const { offset } = report.yaml!;
  const start = offset + ((pair.key as Node | null)?.range?.[0] ?? 0);
  let end = offset + ((pair.value as Node | null)?.range?.[1] ?? (pair.key as Node | null)?.range?.[1] ?? 0);
  while (end > start && /\s/.test(report.text[end - 1])) end--;
  return report.lines.rangeAt(start, end);
}

function explain(err: YAMLError, lang: Lang): string {
  const table = YAML_EXPLANATIONS[lang];
  if (err.code === 'MISSING_CHAR' && /without - indicator/.test(err.message)) return table.SEQ_ITEM_INDENT;
  if (err.code === 'MISSING_CHAR' && !/quote|\]|\}/.test(err.message)) return table.MISSING_CHAR_OTHER;
  return table[err.code] ?? err.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
}

/** After the first few, YAML errors are echoes of the first: more would only bury it. */
export const MAX_YAML_ERRORS = 10;

const CONFLICT = /^(<{7}|={7}|>{7}|\|{7})(?: .*)?$/gm;

/** YAML problems, each at its own position. Returns true when the data cannot be trusted. */
export function yamlDiagnostics(report: ParsedReport, out: Emitter): boolean {
  const yaml = report.yaml;
  if (!yaml) return false;
  const { lines, text } = report;
  const fm = report.frontmatter!;
  // Git's conflict markers make the YAML unreadable; say what they are instead of a syntax error.
  const source = text.slice(fm.contentStart, fm.contentEnd);
  const markers = [...source.matchAll(CONFLICT)];
  if (markers.length > 0) {
    for (const m of markers) {
      const start = fm.contentStart + m.index!;
      out.emit('merge-conflict', lines.rangeAt(start, start + m[0].length), null, {}, { marker: m[1] });
    }
    return true;
  }
  for (const err of yaml.doc.errors.slice(0, MAX_YAML_ERRORS)) {
    let [start, end] = err.pos;
    const opener = /quote|Flow (sequence|map)/.test(err.message) ? openerOf(yaml.doc, start) : null;
    if (opener !== null) {
      start = yaml.offset + opener;
      end = lines.lineContentEnd(lines.positionAt(start).line);
    } else {
      start += yaml.offset;
      end += yaml.offset;
    }
    // A zero-width error would be invisible: widen it to the character it points at.
    if (end <= start && start < text.length && text[start] !== '\n' && text[start] !== '\r') end = start + 1;
    out.emit('yaml-syntax', lines.rangeAt(start, end), null, { explanation: explain(err, out.lang) }, { yamlCode: err.code });
  }
  if (yaml.aliasLimitExceeded) {
    out.emit('yaml-alias-limit', lines.rangeAt(yaml.offset, lines.lineContentEnd(lines.positionAt(yaml.offset).line)), null,
      { limit: MAX_ALIAS_COUNT });
  }
  for (const dup of duplicateKeys(yaml.doc)) {
    const [ks, ke] = dup.keyNode.range ?? [0, 0];
    const firstLine = lines.positionAt(yaml.offset + (dup.firstKeyNode.range?.[0] ?? 0)).line + 1;
    out.emit('duplicate-key', lines.rangeAt(yaml.offset + ks, yaml.offset + ke), [...dup.parentPath, dup.key],
      { key: dup.key, firstLine },
      { key: dup.key, firstLine, pair: pairSpan(report, dup.pair), firstPair: pairSpan(report, dup.firstPair) });
  }
  return yaml.doc.errors.length > 0 || yaml.aliasLimitExceeded;
}
