// The parts of a run's options that are compiled from text, built in one place for the main thread
// and for each worker thread (which gets the texts, since compiled functions cannot be sent).
import { loadRules, loadSchema, type CompiledRule, type Lang, type SchemaLoad } from '../core/index';

/** `--schema` and `--rules` (its own rules, merged with the built-in ones per profile) from their texts; a problem is returned as the reason, never thrown. */
export function compileTexts(texts: { schema?: { text: string; label: string }; rules?: string }, lang: Lang):
  { schema?: { load: SchemaLoad; label: string }; rules?: readonly CompiledRule[]; rulesProblem?: string } {
  const out: ReturnType<typeof compileTexts> = {};
  if (texts.schema) out.schema = { load: loadSchema(texts.schema.text, lang), label: texts.schema.label };
  if (texts.rules !== undefined) {
    const load = loadRules(texts.rules, lang);
    if (load.ok) out.rules = load.rules;
    else out.rulesProblem = load.reason;
  }
  return out;
}
