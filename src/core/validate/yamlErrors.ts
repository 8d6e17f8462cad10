import type { ParsedReport } from '../parse/report';
import { duplicateKeys, MAX_ALIAS_COUNT } from '../parse/yaml';
import { YAML_EXPLANATIONS } from '../messages/catalogue';
import type { Emitter } from './emit';

/** YAML problems, each at its own position. Returns true when the data cannot be trusted. */
export function yamlDiagnostics(report: ParsedReport, out: Emitter): boolean {
  const yaml = report.yaml;
  if (!yaml) return false;
  const { lines, text } = report;
  for (const err of yaml.doc.errors) {
    let [start, end] = err.pos;
    start += yaml.offset;
    end += yaml.offset;
    // A zero-width error would be invisible: widen it to the character it points at.
    if (end <= start && start < text.length && text[start] !== '\n' && text[start] !== '\r') end = start + 1;
    const explanation = YAML_EXPLANATIONS[out.lang][err.code] ?? err.message.split('\n')[0];
    out.emit('yaml-syntax', lines.rangeAt(start, end), null, { explanation }, { yamlCode: err.code });
  }
  if (yaml.aliasLimitExceeded) {
    out.emit('yaml-alias-limit', lines.rangeAt(yaml.offset, lines.lineContentEnd(lines.positionAt(yaml.offset).line)), null,
      { limit: MAX_ALIAS_COUNT });
  }
  for (const dup of duplicateKeys(yaml.doc)) {
    const [ks, ke] = dup.keyNode.range ?? [0, 0];
    const [fs] = dup.firstKeyNode.range ?? [0];
    const firstLine = lines.positionAt(yaml.offset + fs).line + 1;
    // The whole pair from its key to the end of its value: what "remove the duplicate" deletes.
    const pairEnd = (dup.pair.value as { range?: [number, number, number] } | null)?.range?.[2] ?? ke;
    out.emit('duplicate-key', lines.rangeAt(yaml.offset + ks, yaml.offset + ke), [...dup.parentPath, dup.key],
      { key: dup.key, firstLine },
      { key: dup.key, firstLine, pairStart: lines.positionAt(yaml.offset + ks), pairEnd: lines.positionAt(yaml.offset + pairEnd) });
  }
  return yaml.doc.errors.length > 0 || yaml.aliasLimitExceeded;
}
