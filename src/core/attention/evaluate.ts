import type { ParsedReport } from '../parse/report';
import { parsePointer } from '../text/pointer';
import type { AttentionPoint, Lang } from '../types';
import { Placer } from '../validate/place';
import { lookup } from '../parse/yaml';
import { deriveFacts } from './facts';
import { fill, general } from './wording';
import { sourceText } from '../features/describe';
import type { CompiledRule } from './rules';

/** The attention points a report's frontmatter raises, in rule order. */
export function attentionPoints(report: ParsedReport, data: Record<string, unknown>, rules: readonly CompiledRule[], lang: Lang): AttentionPoint[] {
  const facts = deriveFacts(data);
  const input = { report: data, facts };
  const place = new Placer(report);
  const points: AttentionPoint[] = [];
  for (const rule of rules) {
    if (!rule.test(input)) continue;
    let segments = parsePointer(rule.path);
    // Point at the fallback when the rule's own key is absent (e.g. no joint_platform at all).
    if (rule.fallback !== undefined && report.yaml && lookup(report.yaml.doc, segments).depth < segments.length) {
      segments = parsePointer(rule.fallback);
    }
    points.push({
      id: rule.id,
      severity: rule.severity,
      message: fill(rule.message[lang], facts, data, lang),
      general: general(rule.message[lang], lang),
      source: rule.source,
      sourceText: sourceText(rule.source, lang),
      path: rule.path,
      range: place.key(segments),
    });
  }
  return points;
}
