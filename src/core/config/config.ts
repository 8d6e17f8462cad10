// `.casedoc.json` / `.casedoc.jsonc`: one configuration for the CLI and the editor. Parsed here, pure
// (the hosts find and read the file): JSON with comments and trailing commas (jsonc-parser, the
// parser VS Code itself uses for its settings), checked entry by entry with a plain message for each
// mistake. Its JSON Schema (schemas/casedoc-config.schema.json) gives the editor completion and hover.
import { getNodeValue, parseTree, printParseErrorCode, type ParseError } from 'jsonc-parser';
// The code names from the configuration's own schema, which test/unit/config.test.ts holds equal to
// the registry's: reading a configuration does not load every check.
import configSchema from '../../../schemas/casedoc-config.schema.json' with { type: 'json' };
import { LineIndex } from '../text/lineIndex';
import type { Lang, Severity } from '../types';
import { CONFIG_WORDS } from './words';

const CODE_NAMES = new Set<string>(configSchema.properties.severity.propertyNames.enum);

/** The file names a host looks for, nearest first, in this order within one folder. */
export const CONFIG_FILES = ['.casedoc.json', '.casedoc.jsonc'] as const;

export interface CasedocConfig {
  /** Globs, relative to the file's folder: case reports whatever their frontmatter says. */
  include?: string[];
  /** Globs, relative to the file's folder: never checked. */
  exclude?: string[];
  /** Per diagnostic code: a severity, or `off`. */
  severity?: Record<string, Severity | 'off'>;
  /** Attention-rule files, relative to the file's folder, added in order (the same id replaces). */
  rules?: string[];
  /** A schema file, relative to the file's folder, for every report a `$schema:` does not name one for. */
  schema?: string;
  language?: 'auto' | 'en' | 'da';
  /** In bytes. */
  maxFileSize?: number;
}

export type ConfigLoad = { ok: true; config: CasedocConfig } | { ok: false; reason: string };

const KEYS = ['include', 'exclude', 'severity', 'rules', 'schema', 'language', 'maxFileSize'] as const;
const SEVERITIES = ['error', 'warning', 'information', 'hint', 'off'];

/** `5MB`, `500kb`, `1048576` → bytes; null when it is none of these. */
export function parseSize(value: unknown): number | null {
  if (typeof value === 'number') return Number.isFinite(value) && value > 0 ? Math.round(value) : null;
  if (typeof value !== 'string') return null;
  const m = /^\s*(\d+(?:\.\d+)?)\s*(b|kb|k|mb|m|gb|g)?\s*$/i.exec(value);
  if (!m) return null;
  const unit = (m[2] ?? 'b').toLowerCase();
  const factor = unit.startsWith('g') ? 1024 ** 3 : unit.startsWith('m') ? 1024 ** 2 : unit.startsWith('k') ? 1024 : 1;
  const bytes = Math.round(Number(m[1]) * factor);
  return bytes > 0 ? bytes : null;
}

/** A configuration file's text, or the first reason it cannot be used (with its line). */
export function loadConfig(text: string, lang: Lang): ConfigLoad {
  const w = CONFIG_WORDS[lang];
  const errors: ParseError[] = [];
  const tree = parseTree(text.replace(/^\uFEFF/, ''), errors, { allowTrailingComma: true, disallowComments: false });
  const lines = new LineIndex(text.replace(/^\uFEFF/, ''));
  const at = (offset: number, what: string) => {
    const p = lines.positionAt(offset);
    return w.syntax(p.line + 1, p.character + 1, what);
  };
  if (errors.length) return { ok: false, reason: at(errors[0].offset, w.errors[printParseErrorCode(errors[0].error)] ?? printParseErrorCode(errors[0].error)) };
  if (!tree || tree.type !== 'object') return { ok: false, reason: w.notObject };
  const config: CasedocConfig = {};
  for (const property of tree.children ?? []) {
    const [keyNode, valueNode] = property.children ?? [];
    const key = String(keyNode?.value);
    const value: unknown = valueNode ? getNodeValue(valueNode) : undefined;
    const fail = (reason: string) => ({ ok: false as const, reason: at(keyNode.offset, reason) });
    switch (key) {
      case 'include':
      case 'exclude':
      case 'rules':
        if (!Array.isArray(value) || !value.every((v) => typeof v === 'string' && v.length > 0)) return fail(w.notStrings(key));
        config[key] = value;
        break;
      case 'schema':
        if (typeof value !== 'string' || !value) return fail(w.notString(key));
        config.schema = value;
        break;
      case 'language':
        if (value !== 'auto' && value !== 'en' && value !== 'da') return fail(w.language);
        config.language = value;
        break;
      case 'maxFileSize': {
        const bytes = parseSize(value);
        if (bytes === null) return fail(w.size);
        config.maxFileSize = bytes;
        break;
      }
      case 'severity': {
        if (typeof value !== 'object' || value === null || Array.isArray(value)) return fail(w.severityObject);
        for (const [code, s] of Object.entries(value)) {
          if (!CODE_NAMES.has(code)) return fail(w.unknownCode(code));
          if (typeof s !== 'string' || !SEVERITIES.includes(s)) return fail(w.badSeverity(code));
        }
        config.severity = { ...(value as Record<string, Severity | 'off'>) };
        break;
      }
      default:
        // `$schema` is how an editor finds the file's schema: allowed, and not Casedoc's to read.
        if (key === '$schema') break;
        return fail(w.unknownKey(key, KEYS.map((k) => `\`${k}\``).join(', ')));
    }
  }
  return { ok: true, config };
}
