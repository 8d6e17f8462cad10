import Ajv2020, { type ValidateFunction } from 'ajv/dist/2020.js';
import rulesSchema from '../../../schemas/attention-rules.schema.json' with { type: 'json' };
import { jsonErrorAt } from '../text/jsonError';
import { ajvCode, PATTERN_WORDS, UnsupportedPattern } from '../text/regex';
import type { Lang, Severity } from '../types';

export interface AttentionRule {
  id: string;
  severity: Severity;
  path: string;
  fallback?: string;
  when: object | boolean;
  message: { en: string; da: string };
  source: string;
}

export interface CompiledRule extends AttentionRule {
  test: ValidateFunction;
}

export type RulesLoad = { ok: true; rules: CompiledRule[] } | { ok: false; reason: string };

/**
 * The Ajv set-up for rule conditions, shared with the ahead-of-time compile (scripts/gen-validator.ts).
 * An anthology's own rules, compiled while Casedoc runs, run their patterns on the linear-time engine
 * (text/regex.ts); the built-in ones, compiled ahead of time, are Casedoc's own and keep native RegExp.
 */
export function newRulesAjv(options: { source?: boolean } = {}): Ajv2020 {
  const source = options.source === true;
  return new Ajv2020({ strict: false, allErrors: false, code: ajvCode(source) });
}

/**
 * The name of each rule's compiled condition: its id, and `AP12#2` for the second rule of an id
 * (a rule with two conditions that mean different things has a text for each).
 */
export function conditionKeys(rules: readonly { id: string }[]): string[] {
  const seen = new Map<string, number>();
  return rules.map((r) => {
    const n = (seen.get(r.id) ?? 0) + 1;
    seen.set(r.id, n);
    return n === 1 ? r.id : `${r.id}#${n}`;
  });
}

/** A rule's condition as a schema: the rule's `when` without an `$id` of its own. */
export function conditionSchema(rule: AttentionRule): object | boolean {
  return typeof rule.when === 'boolean' ? rule.when : { ...rule.when, $id: undefined };
}

// Compiled on first use: the built-in rules arrive compiled, so only an anthology's own rules need it.
let ajv: Ajv2020 | undefined;
let validateRulesFile: ValidateFunction | undefined;
const cache = new Map<string, RulesLoad>();

type At = { line: number; column: number } | null;

/**
 * Why a rules file cannot be used: the end of "the rules file … cannot be used: …". `detail` is the
 * tool's own words, never the file's: where it is not JSON is said by position only.
 */
export const RULES_REASONS = {
  en: {
    notJson: (at: At) => (at ? `it is not valid JSON (line ${at.line}, column ${at.column})` : 'it is not valid JSON'),
    notRules: (detail: string) => `it does not follow the attention-rules format (${detail})`,
    badCondition: (id: string, detail: string) => `the condition of rule ${id} is not a valid JSON Schema (${detail})`,
    pattern: (id: string, e: UnsupportedPattern) => `in the condition of rule ${id}, ${PATTERN_WORDS.en(e.pattern, e.problem, e.detail)}`,
  },
  da: {
    notJson: (at: At) => (at ? `den er ikke gyldig JSON (linje ${at.line}, kolonne ${at.column})` : 'den er ikke gyldig JSON'),
    notRules: (detail: string) => `den følger ikke formatet for opmærksomhedsregler (${detail})`,
    badCondition: (id: string, detail: string) => `betingelsen i regel ${id} er ikke et gyldigt JSON Schema (${detail})`,
    pattern: (id: string, e: UnsupportedPattern) => `i betingelsen i regel ${id}: ${PATTERN_WORDS.da(e.pattern, e.problem, e.detail)}`,
  },
} satisfies Record<Lang, unknown>;

/** Compiles a rules file given as JSON text, cached by content. Problems are returned in `lang`, not thrown. */
export function loadRules(text: string, lang: Lang = 'en'): RulesLoad {
  const key = `${lang}\n${text}`;
  const cached = cache.get(key);
  if (cached) return cached;
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    // JSON.parse's message quotes the text; a file named as rules may be anything.
    json = undefined;
  }
  const result = json === undefined ? { ok: false as const, reason: RULES_REASONS[lang].notJson(jsonErrorAt(text)) } : compileRules(json, lang);
  cache.set(key, result);
  return result;
}

function compileRules(json: unknown, lang: Lang): RulesLoad {
  ajv ??= newRulesAjv();
  validateRulesFile ??= ajv.compile(rulesSchema);
  if (!validateRulesFile(json)) {
    const e = validateRulesFile.errors?.[0];
    return { ok: false, reason: RULES_REASONS[lang].notRules(`${e?.instancePath || '/'} ${e?.message ?? ''}`) };
  }
  const compiled: CompiledRule[] = [];
  for (const rule of (json as { rules: AttentionRule[] }).rules) {
    try {
      compiled.push({ ...rule, test: ajv.compile(conditionSchema(rule)) });
    } catch (e) {
      if (e instanceof UnsupportedPattern) return { ok: false, reason: RULES_REASONS[lang].pattern(rule.id, e) };
      return { ok: false, reason: RULES_REASONS[lang].badCondition(rule.id, (e as Error).message) };
    }
  }
  return { ok: true, rules: compiled };
}

/** Built-in rules followed by an anthology's own; an own rule with a built-in id replaces it. */
export function mergeRules(base: readonly CompiledRule[], own: readonly CompiledRule[]): CompiledRule[] {
  const ownIds = new Set(own.map((r) => r.id));
  return [...base.filter((r) => !ownIds.has(r.id)), ...own];
}
