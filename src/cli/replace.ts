// `casedoc replace FIELD OLD NEW [paths…]`: one vocabulary value replaced by another in every case
// report, as the editor's "Replace Value Across Reports…" does (core `replaceValue`); `--dry-run`
// prints the diff.
import { builtinSchema, label, replaceValue, vocabularyFields, type JsonSchema, type Lang, type Range, type VocabularyField } from '../core/index';
import type { FilePort } from '../core/project/port';
import { UsageError } from './files';
import type { FileReport, RunOptions } from './report';
import { rewrite } from './rewrite';
import { WORDS } from './words';

/** The field and the replacement as the command line names them, checked: a usage error says what is wrong. */
export function replacement(fieldName: string, to: string, from: string, lang: Lang, schema: JsonSchema = builtinSchema().json): { field: VocabularyField; to: string } {
  const fields = vocabularyFields(schema);
  const field = fields.find((f) => f.name === fieldName);
  if (!field) throw new UsageError((w) => w.unknownField(fieldName, fields.map((f) => f.name)));
  // An id, or a value's label in either language, as the editor's list shows them.
  const lower = to.toLocaleLowerCase(lang);
  const value = field.values.find((v) => v.id === to) ?? field.values.find((v) => [label(v, 'en'), label(v, 'da')].some((l) => l?.toLocaleLowerCase(lang) === lower));
  const offered = field.values.filter((v) => !v.deprecated).map((v) => v.id);
  if (!value) throw new UsageError((w) => w.notAllowed(to, field.name, offered));
  if (value.deprecated) throw new UsageError((w) => w.deprecatedTarget(value.id, field.name, value.replacedBy.length ? value.replacedBy : offered));
  if (value.id === from) throw new UsageError((w) => w.sameValue(from));
  return { field, to: value.id };
}

/** `port`: the file system (the process's by default; tests give their own). */
export async function replace(reports: readonly FileReport[], options: RunOptions, field: VocabularyField, from: string, to: string, dryRun: boolean, port?: FilePort): Promise<{ output: string; code: number }> {
  const w = WORDS[options.lang].replace;
  let left = 0;
  const r = await rewrite(reports, options, dryRun, {
    notUtf8: w.notUtf8,
    wanted: (report) => report.isCaseReport,
    plan: (parsed, report) => {
      const { edits, left: places, merged } = replaceValue(parsed, field.name, from, to);
      left += places.length;
      const at = (r: Range) => `${report.file}:${r.start.line + 1}:${r.start.character + 1}`;
      // A list that already had the new value loses the old item instead of holding the value twice.
      return { edits, notes: [...merged.map((r) => w.merged(at(r), from, to, field.name)), ...places.map((r) => w.byHand(at(r), from, field.name))] };
    },
  }, port);
  const summary = r.edits === 0 && left === 0 ? w.none(from, field.name) : (dryRun ? w.wouldReplace : w.replaced)(r.edits, r.changed.length, from, to);
  return { output: [r.diff, ...r.notes, summary].filter(Boolean).join('\n') + '\n', code: left > 0 || r.failed > 0 || (dryRun && r.edits > 0) ? 1 : 0 };
}
