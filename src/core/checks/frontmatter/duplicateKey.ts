import type { Node, Pair } from 'yaml';
import { removeLines, type Fix } from '../../features/edits';
import type { ParsedReport } from '../../parse/report';
import { duplicateKeys } from '../../parse/yaml';
import type { Range } from '../../types';
import { defineCheck, defineCode, type Diagnosed, type Text } from '../define';
import { q } from '../text';
import { conflictMarkers } from './read';

export const duplicateKey = defineCode('duplicate-key', 'error', {
  en: (a: { key: string; firstLine: Text }) => `The key ${q(a.key)} appears twice (first on line ${a.firstLine}); only the last one counts. Remove one of them.`,
  da: (a) => `Nøglen ${q(a.key)} står to gange (første gang på linje ${a.firstLine}); kun den sidste gælder. Fjern den ene.`,
}, (report, d: Diagnosed<{ key: string; firstLine: number; pair: Range; firstPair: Range }>, { words }) => {
  // Either pair may go, as whole lines: the writer chooses which.
  const key = String(d.data.key);
  const fixes: Fix[] = [];
  const here = removeLines(report, d.data.pair);
  const first = removeLines(report, d.data.firstPair);
  if (here) fixes.push({ title: words.removeThis(key, Number(d.data.firstLine)), edits: [here], preferred: false, unambiguous: false });
  if (first) fixes.push({ title: words.removeFirst(key, Number(d.data.firstLine)), edits: [first], preferred: false, unambiguous: false });
  return fixes;
});

/** A pair from its key to the end of its value (trailing white space excluded), for removing it. */
function pairSpan(report: ParsedReport, pair: Pair): Range {
  const { offset } = report.yaml!;
  const start = offset + ((pair.key as Node | null)?.range?.[0] ?? 0);
  let end = offset + ((pair.value as Node | null)?.range?.[1] ?? (pair.key as Node | null)?.range?.[1] ?? 0);
  while (end > start && /\s/.test(report.text[end - 1])) end--;
  return report.lines.rangeAt(start, end);
}

/** A key given twice in one mapping: YAML keeps the last, which the writer rarely means. */
export default defineCheck({
  id: 'duplicate-key',
  codes: [duplicateKey],
  check({ report, emit }) {
    const yaml = report.yaml;
    if (!yaml || conflictMarkers(report).length > 0) return;
    const { lines } = report;
    for (const dup of duplicateKeys(yaml.doc)) {
      const [ks, ke] = dup.keyNode.range ?? [0, 0];
      const firstLine = lines.positionAt(yaml.offset + (dup.firstKeyNode.range?.[0] ?? 0)).line + 1;
      emit({
        code: duplicateKey, range: lines.rangeAt(yaml.offset + ks, yaml.offset + ke), path: [...dup.parentPath, dup.key],
        args: { key: dup.key, firstLine },
        data: { key: dup.key, firstLine, pair: pairSpan(report, dup.pair), firstPair: pairSpan(report, dup.firstPair) },
      });
    }
  },
});
