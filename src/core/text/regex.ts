// Patterns from files a user did not write (a custom schema's `pattern` and `patternProperties`, the
// conditions of an anthology's own attention rules) run on re2js, a pure-JavaScript port of RE2: its
// time is linear in the value, so `^(a+)+$` cannot stall a check, in the CLI or in the extension host
// (a web worker on the web, hence no native module). The pattern is written in ECMA-262's syntax
// (JSON Schema's); it is translated to RE2's with ECMA's meaning kept where the two differ (`.`,
// `\s`, `\u`, `\p{…}` names, `[]`). What RE2 cannot run in linear time (backreferences, lookaround)
// is refused with the pattern named: JSON Schema 2020-12 (Core §6.4) recommends patterns without them.
import { RE2JS } from 're2js';
import type { Lang } from '../types';

/** What Ajv's `code.regExp` must return: `test`, and a `toString` that tells patterns apart (Ajv keys its cache by it). */
export interface BoundedRegExp {
  test(text: string): boolean;
  toString(): string;
}

export type PatternProblem = 'backreference' | 'lookaround' | 'invalid' | 'engine';

/** A pattern that is not run: `detail` is RE2's own words for `engine`. */
export class UnsupportedPattern extends Error {
  constructor(readonly pattern: string, readonly problem: PatternProblem, readonly detail = '') {
    super(PATTERN_WORDS.en(pattern, problem, detail));
  }
}

/**
 * Why a pattern is not run, as the end of a schema's or a rules file's reason. The pattern is shown as
 * a JSON string: as it is written in the file, and with any control character escaped.
 */
export const PATTERN_WORDS: Record<Lang, (pattern: string, problem: PatternProblem, detail: string) => string> = {
  en: (p, problem, detail) => problem === 'invalid'
    ? `its pattern ${JSON.stringify(p)} is not a valid regular expression (ECMA-262, as JSON Schema reads it)`
    : `its pattern ${JSON.stringify(p)} ${{
      backreference: 'uses a backreference (\\1, \\k<name>)',
      lookaround: 'uses a lookahead or lookbehind ((?=, (?!, (?<=, (?<!)',
      engine: `uses what the linear-time engine does not have (${detail})`,
    }[problem]}, which Casedoc does not run: it runs patterns in time linear in the value, so that no value can stall a check (JSON Schema recommends patterns without backreferences and lookaround)`,
  da: (p, problem, detail) => problem === 'invalid'
    ? `dets mønster ${JSON.stringify(p)} er ikke et gyldigt regulært udtryk (ECMA-262, som JSON Schema læser det)`
    : `dets mønster ${JSON.stringify(p)} ${{
      backreference: 'henviser tilbage til en gruppe (\\1, \\k<navn>)',
      lookaround: 'stiller krav til teksten før eller efter ((?=, (?!, (?<=, (?<!)',
      engine: `bruger noget, som den lineære motor ikke har (${detail})`,
    }[problem]}, og det kører Casedoc ikke: mønstre køres i en tid, der vokser lineært med værdien, så ingen værdi kan få en kontrol til at gå i stå (JSON Schema anbefaler mønstre uden tilbagehenvisninger og krav til teksten omkring)`,
};

const cache = new Map<string, BoundedRegExp>();
const CACHE_LIMIT = 256;

/**
 * A pattern in ECMA-262's syntax (with the `u` flag, as JSON Schema reads it), compiled for the
 * linear-time engine. Throws UnsupportedPattern; Ajv's `code.regExp` takes it as it is.
 */
export function boundedRegExp(pattern: string, flags = 'u'): BoundedRegExp {
  const key = `${flags}/${pattern}`;
  let re = cache.get(key);
  if (re) return re;
  if (flags !== 'u' && flags !== '') throw new UnsupportedPattern(pattern, 'engine', `flags ${flags}`);
  try {
    // ECMA's own syntax check first (bounded: only compiled, never run), so the translation below reads a valid pattern.
    new RegExp(pattern, 'u');
  } catch {
    throw new UnsupportedPattern(pattern, 'invalid');
  }
  let engine: RE2JS;
  try {
    engine = RE2JS.compile(toRe2(pattern));
  } catch (e) {
    if (e instanceof UnsupportedPattern) throw e;
    throw new UnsupportedPattern(pattern, 'engine', (e as Error).message.replace(/^error parsing regexp: /, ''));
  }
  const shown = `/${pattern}/${flags}`;
  re = { test: (text) => engine.test(text), toString: () => shown };
  if (cache.size >= CACHE_LIMIT) cache.delete(cache.keys().next().value as string);
  cache.set(key, re);
  return re;
}

/** Ajv's `code.regExp`: Ajv calls it with the pattern and `u`. */
/** Ajv's `code` option: patterns on the linear-time engine, or (`source`, ahead of time) Ajv's own code. */
export const ajvCode = (source: boolean) => (source ? { source } : { source, regExp: ajvRegExp });

export const ajvRegExp = Object.assign((pattern: string, flags: string) => boundedRegExp(pattern, flags), { code: 'boundedRegExp' });

// ECMA's \s: WhiteSpace and LineTerminator (Zs is Unicode's space separators).
const SPACE = '\\t-\\r\\p{Zs}\\x{2028}\\x{2029}\\x{FEFF}';
const CATEGORIES: Record<string, string> = {
  Letter: 'L', Cased_Letter: 'LC', Uppercase_Letter: 'Lu', Lowercase_Letter: 'Ll', Titlecase_Letter: 'Lt', Modifier_Letter: 'Lm', Other_Letter: 'Lo',
  Mark: 'M', Combining_Mark: 'M', Nonspacing_Mark: 'Mn', Spacing_Mark: 'Mc', Enclosing_Mark: 'Me',
  Number: 'N', Decimal_Number: 'Nd', digit: 'Nd', Letter_Number: 'Nl', Other_Number: 'No',
  Punctuation: 'P', punct: 'P', Connector_Punctuation: 'Pc', Dash_Punctuation: 'Pd', Open_Punctuation: 'Ps', Close_Punctuation: 'Pe',
  Initial_Punctuation: 'Pi', Final_Punctuation: 'Pf', Other_Punctuation: 'Po',
  Symbol: 'S', Math_Symbol: 'Sm', Currency_Symbol: 'Sc', Modifier_Symbol: 'Sk', Other_Symbol: 'So',
  Separator: 'Z', Space_Separator: 'Zs', Line_Separator: 'Zl', Paragraph_Separator: 'Zp',
  Other: 'C', Control: 'Cc', Cntrl: 'Cc', Format: 'Cf', Surrogate: 'Cs', Private_Use: 'Co', Unassigned: 'Cn',
};

const hex = (cp: number) => `\\x{${cp.toString(16)}}`;

/** One escape at `i` (the backslash): what RE2 reads for it, and where the pattern goes on. */
function escape(p: string, i: number, inClass: boolean): { out: string; next: number; notSpace?: boolean } {
  const c = p[i + 1];
  if (/[1-9]/.test(c) || c === 'k') throw new UnsupportedPattern(p, 'backreference');
  if (c === '0') return { out: '\\x00', next: i + 2 };
  if (c === 's') return { out: inClass ? SPACE : `[${SPACE}]`, next: i + 2 };
  if (c === 'S') return inClass ? { out: '', next: i + 2, notSpace: true } : { out: `[^${SPACE}]`, next: i + 2 };
  if (c === 'b' && inClass) return { out: '\\x08', next: i + 2 };
  if (c === 'c') return { out: hex(p.charCodeAt(i + 2) % 32), next: i + 3 };
  if (c === 'u') {
    if (p[i + 2] === '{') {
      const end = p.indexOf('}', i);
      return { out: hex(parseInt(p.slice(i + 3, end), 16)), next: end + 1 };
    }
    let cp = parseInt(p.slice(i + 2, i + 6), 16);
    let next = i + 6;
    // A surrogate pair written as two escapes is one code point under `u`.
    const low = /^\\u(d[c-f][0-9a-f]{2})/i.exec(p.slice(next));
    if (cp >= 0xd800 && cp <= 0xdbff && low) {
      cp = 0x10000 + ((cp - 0xd800) << 10) + (parseInt(low[1], 16) - 0xdc00);
      next += 6;
    }
    return { out: hex(cp), next };
  }
  if (c === 'p' || c === 'P') {
    const end = p.indexOf('}', i);
    const body = p.slice(i + 3, end);
    const [name, value] = body.includes('=') ? body.split('=') : [undefined, body];
    let re2 = value;
    if (name === undefined || name === 'General_Category' || name === 'gc') re2 = CATEGORIES[value] ?? value;
    else if (name !== 'Script' && name !== 'sc') throw new UnsupportedPattern(p, 'engine', `\\${c}{${body}}`);
    if (re2 === 'ASCII') return { out: c === 'p' ? (inClass ? '\\x00-\\x7f' : '[\\x00-\\x7f]') : inClass ? '\\x{80}-\\x{10ffff}' : '[^\\x00-\\x7f]', next: end + 1 };
    return { out: `\\${c}{${re2}}`, next: end + 1 };
  }
  // \d \w \b \f \n \r \t \v \x.. and escaped syntax characters mean the same in RE2.
  return { out: `\\${c}`, next: i + 2 };
}

/** An ECMA-262 pattern (valid under `u`) in RE2's syntax, with ECMA's meaning. */
export function toRe2(p: string): string {
  let out = '';
  let i = 0;
  while (i < p.length) {
    const c = p[i];
    if (c === '\\') {
      const e = escape(p, i, false);
      out += e.out;
      i = e.next;
    } else if (c === '.') {
      out += '[^\\n\\r\\x{2028}\\x{2029}]';
      i++;
    } else if (c === '(' && p[i + 1] === '?') {
      if (p[i + 2] === '=' || p[i + 2] === '!' || (p[i + 2] === '<' && (p[i + 3] === '=' || p[i + 3] === '!'))) throw new UnsupportedPattern(p, 'lookaround');
      if (p[i + 2] === '<') {
        out += '(?P<';
        i += 3;
      } else {
        out += '(?';
        i += 2;
      }
    } else if (c === '[') {
      const cls = charClass(p, i);
      out += cls.out;
      i = cls.next;
    } else {
      const cp = p.codePointAt(i)!;
      out += String.fromCodePoint(cp);
      i += cp > 0xffff ? 2 : 1;
    }
  }
  return out;
}

/** A bracket class from `[` at `i`. */
function charClass(p: string, i: number): { out: string; next: number } {
  const negated = p[i + 1] === '^';
  let j = i + (negated ? 2 : 1);
  let items = '';
  let notSpace = false;
  while (p[j] !== ']') {
    if (p[j] === '\\') {
      const e = escape(p, j, true);
      items += e.out;
      notSpace ||= e.notSpace === true;
      j = e.next;
    } else {
      const cp = p.codePointAt(j)!;
      const ch = String.fromCodePoint(cp);
      // RE2 reads `[:alpha:]` and a leading `^` specially; ECMA reads them as characters.
      items += /[[\]^:\\]/.test(ch) ? `\\${ch}` : ch;
      j += ch.length;
    }
  }
  const next = j + 1;
  if (!notSpace) {
    // ECMA's `[]` matches nothing and `[^]` anything; RE2 would read `]` as the class's first character.
    if (!items) return { out: negated ? '[\\x00-\\x{10ffff}]' : '[^\\x00-\\x{10ffff}]', next };
    return { out: `[${negated ? '^' : ''}${items}]`, next };
  }
  // `\S` in a class: anything but a space, or one of the other items.
  if (negated && items) throw new UnsupportedPattern(p, 'engine', '\\S in a negated class');
  if (negated) return { out: `[${SPACE}]`, next };
  return { out: items ? `(?:[${items}]|[^${SPACE}])` : `[^${SPACE}]`, next };
}
