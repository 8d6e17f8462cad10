import { isCollection, isMap, isScalar, visit, type Document, type Node, type YAMLError } from 'yaml';
import { MAX_ALIAS_COUNT } from '../../parse/yaml';
import type { Lang } from '../../types';
import { defineCheck, defineCode, type Text } from '../define';
import { conflictMarkers } from './read';

export const yamlSyntax = defineCode('yaml-syntax', 'error', {
  en: (a: { explanation: string }) => `YAML syntax error: ${a.explanation}`,
  da: (a) => `YAML-syntaksfejl: ${a.explanation}`,
});
export const yamlAliasLimit = defineCode('yaml-alias-limit', 'error', {
  en: (a: { limit: Text }) => `The frontmatter uses YAML aliases (\`*name\`) more than ${a.limit} times and was not read: this is how an "alias bomb" attack works.`,
  da: (a) => `Frontmatter bruger YAML-aliasser (\`*navn\`) mere end ${a.limit} gange og blev ikke læst: sådan virker et såkaldt "alias bomb"-angreb.`,
});

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

/**
 * Where nesting ran too deep: the top-level value it is in. yaml gives up where the call stack runs
 * out, a depth that differs between runs and hosts; the value is where the writer must look anyway.
 */
function topLevelValueOf(doc: Document, pos: number): number | null {
  const root = doc.contents;
  if (isMap(root)) {
    for (const pair of root.items) {
      const r = (pair.value as Node | null)?.range;
      if (r && r[0] <= pos && pos <= r[2]) return r[0];
    }
  }
  return root?.range?.[0] ?? null;
}

/** Plain explanations of the `yaml` library's error codes; its own message is the fallback. */
export const EXPLANATIONS: Record<Lang, Record<string, string>> = {
  en: {
    TAB_AS_INDENT: 'tabs cannot indent YAML; use spaces.',
    MISSING_CHAR: 'a closing quote or bracket is missing.',
    MISSING_CHAR_OTHER: 'a character YAML expects here is missing.',
    SEQ_ITEM_INDENT: 'this line is indented differently from the list item above it; line it up with the item.',
    BAD_INDENT: 'the indentation does not line up with the lines around it.',
    MULTILINE_IMPLICIT_KEY: 'a key must be followed by a colon on the same line (`key: value`).',
    BLOCK_AS_IMPLICIT_KEY: 'a value contains `: `; put the value in quotes.',
    UNEXPECTED_TOKEN: 'unexpected character here.',
    BAD_DQ_ESCAPE: 'an invalid escape (`\\`) inside double quotes.',
    MULTIPLE_DOCS: 'the frontmatter contains a second `---` document.',
    BAD_SCALAR_START: 'a value cannot start with this character; put the value in quotes.',
    BLOCK_IN_FLOW: 'a list or group written with brackets cannot contain indented lines.',
    BAD_ALIAS: 'an alias (`*name`) refers to an anchor that does not exist.',
    KEY_OVER_1024_CHARS: 'a key is longer than 1024 characters.',
    RESOURCE_EXHAUSTION: 'the values are nested too deeply to be read; a case report needs a few levels at most.',
  },
  da: {
    TAB_AS_INDENT: 'tabulatorer kan ikke bruges til indrykning i YAML; brug mellemrum.',
    MISSING_CHAR: 'et afsluttende anførselstegn eller en afsluttende parentes mangler.',
    MISSING_CHAR_OTHER: 'et tegn, som YAML forventer her, mangler.',
    SEQ_ITEM_INDENT: 'linjen er indrykket anderledes end listepunktet over den; ret indrykningen ind efter punktet.',
    BAD_INDENT: 'indrykningen flugter ikke med linjerne omkring den.',
    MULTILINE_IMPLICIT_KEY: 'en nøgle skal efterfølges af et kolon på samme linje (`nøgle: værdi`).',
    BLOCK_AS_IMPLICIT_KEY: 'en værdi indeholder `: `; sæt værdien i anførselstegn.',
    UNEXPECTED_TOKEN: 'uventet tegn her.',
    BAD_DQ_ESCAPE: 'en ugyldig escape-sekvens (`\\`) i dobbelte anførselstegn.',
    MULTIPLE_DOCS: 'frontmatter indeholder et andet `---`-dokument.',
    BAD_SCALAR_START: 'en værdi kan ikke begynde med dette tegn; sæt værdien i anførselstegn.',
    BLOCK_IN_FLOW: 'en liste eller gruppe skrevet med parenteser kan ikke indeholde indrykkede linjer.',
    BAD_ALIAS: 'et alias (`*navn`) henviser til et anker, der ikke findes.',
    KEY_OVER_1024_CHARS: 'en nøgle er længere end 1024 tegn.',
    RESOURCE_EXHAUSTION: 'værdierne er indlejret for dybt til at kunne læses; en caserapport behøver højst nogle få niveauer.',
  },
};

function explain(err: YAMLError, lang: Lang): string {
  const table = EXPLANATIONS[lang];
  if (err.code === 'MISSING_CHAR' && /without - indicator/.test(err.message)) return table.SEQ_ITEM_INDENT;
  if (err.code === 'MISSING_CHAR' && !/quote|\]|\}/.test(err.message)) return table.MISSING_CHAR_OTHER;
  return table[err.code] ?? err.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
}

/** After the first few, YAML errors are echoes of the first: more would only bury it. */
export const MAX_YAML_ERRORS = 10;

/** YAML's own errors, each at its own position, and the alias limit. */
export default defineCheck({
  id: 'yaml-syntax',
  codes: [yamlSyntax, yamlAliasLimit],
  check({ report, lang, emit }) {
    const yaml = report.yaml;
    if (!yaml || conflictMarkers(report).length > 0) return;
    const { lines, text } = report;
    // Nested brackets left open, or nesting too deep, give yaml several errors that land on one
    // place: each is said once.
    const said = new Set<string>();
    for (const err of yaml.doc.errors.slice(0, MAX_YAML_ERRORS)) {
      let [start, end] = err.pos;
      const from = err.code === 'RESOURCE_EXHAUSTION' ? topLevelValueOf(yaml.doc, start)
        : /quote|Flow (sequence|map)/.test(err.message) ? openerOf(yaml.doc, start) : null;
      if (from !== null) {
        start = yaml.offset + from;
        end = lines.lineContentEnd(lines.positionAt(start).line);
      } else {
        start += yaml.offset;
        end += yaml.offset;
      }
      // A zero-width error would be invisible: widen it to the character it points at.
      if (end <= start && start < text.length && text[start] !== '\n' && text[start] !== '\r') end = start + 1;
      const explanation = explain(err, lang);
      const key = `${start}:${end}:${explanation}`;
      if (said.has(key)) continue;
      said.add(key);
      emit({ code: yamlSyntax, range: lines.rangeAt(start, end), path: null, args: { explanation }, data: { yamlCode: err.code } });
    }
    if (yaml.aliasLimitExceeded) {
      emit({ code: yamlAliasLimit, range: lines.rangeAt(yaml.offset, lines.lineContentEnd(lines.positionAt(yaml.offset).line)), path: null,
        args: { limit: MAX_ALIAS_COUNT } });
    }
  },
});
