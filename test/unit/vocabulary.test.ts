import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { builtinRules, builtinSchema, fieldAt, type JsonSchema } from '../../src/core/index';
import { sourceText } from '../../src/core/features/describe';
import { ROOT } from '../helpers';

// docs/vocabulary.md is the vocabulary's reference for people; the schema is what the editor shows.
// Each table of the page (marked `<!-- schema: … -->`) must say what the schema says, row by row.

const page = readFileSync(`${ROOT}/docs/vocabulary.md`, 'utf8');
const schema = builtinSchema().json;

/** The rows of the table after each `<!-- schema: X -->` marker, cells unescaped and unquoted. */
function tables(): Map<string, string[][]> {
  const out = new Map<string, string[][]>();
  const lines = page.split('\n');
  lines.forEach((line, i) => {
    const m = /^<!-- (?:schema: (.+)|(rules)) -->$/.exec(line);
    if (!m) return;
    let j = i + 1;
    while (!lines[j].startsWith('|')) j++;
    const rows: string[][] = [];
    for (j += 2; j < lines.length && lines[j].startsWith('|'); j++) {
      rows.push(lines[j].slice(2, -2).split(/ (?<!\\)\| /).map((c) => c.replace(/\\\|/g, '|').replace(/^`(.*)`$/, '$1')));
    }
    out.set(m[1] ?? m[2], rows);
  });
  return out;
}
const TABLES = tables();
const source = (s: string | null | undefined) => s ?? '—';

describe('docs/vocabulary.md and the schema', () => {
  it('has a table for every controlled field, each value as the schema gives it', () => {
    const covered: string[] = [];
    for (const [path, rows] of TABLES) {
      if (['fields', 'deprecated', 'references', 'rules'].includes(path)) continue;
      const values = fieldAt(schema, path.split('/')).values.filter((v) => !v.deprecated);
      assert.ok(values.length > 0, `${path}: the schema has values there`);
      assert.deepEqual(rows, values.map((v) => [v.id, v.titleDa, v.title, v.description, source(v.source)]), path);
      covered.push(values.map((v) => v.id).join());
    }
    // Every field with values in the schema is one of the page's tables (several share one: the sectors).
    const walk = (path: string[]): string[][] => {
      const info = fieldAt(schema, path);
      const here = info.values.length > 0 && path.at(-1) !== 'type' ? [path] : [];
      const keys = new Set(info.schemas.flatMap((s) => Object.keys((s.properties ?? {}) as object)));
      const items = info.schemas.some((s) => s.type === 'array' && s.items);
      return [...here, ...[...keys].flatMap((k) => walk([...path, k])), ...(items && path.at(-1) !== '0' ? walk([...path, '0']) : [])];
    };
    for (const path of walk([])) {
      const ids = fieldAt(schema, path).values.filter((v) => !v.deprecated).map((v) => v.id).join();
      assert.ok(covered.includes(ids), `${path.join('.')} has values no table of docs/vocabulary.md lists`);
    }
  });

  it('lists every field with its labels and source', () => {
    const props = schema.properties as Record<string, JsonSchema>;
    const rows = TABLES.get('fields')!;
    assert.deepEqual(rows.map((r) => r[0]), Object.keys(props).filter((k) => k !== '$schema'));
    for (const [key, da, en, , src] of rows) {
      assert.deepEqual([da, en, src], [props[key]['x-title-da'], props[key].title, source(props[key]['x-source'] as string | undefined)], key);
    }
  });

  it('lists each deprecated value with its replacements, and the schema marks them so', () => {
    const rows = TABLES.get('deprecated')!;
    const deprecated = [['coproduction_mode'], ['actors', '0', 'sector']].flatMap((p) => fieldAt(schema, p).values.filter((v) => v.deprecated));
    assert.deepEqual(rows.map((r) => [r[1], r[2]]), deprecated.map((v) => [v.id, v.replacedBy.map((x) => `\`${x}\``).join(', ').replace(/^`|`$/g, '')]));
    assert.deepEqual(deprecated.map((v) => v.id), ['co-delivery', 'citizen-user']);
  });

  it('gives every source code a full reference and the author and year it is shown as', () => {
    const refs = schema['x-references'] as Record<string, string>;
    const shown = schema['x-citations'] as Record<string, string>;
    const rows = TABLES.get('references')!;
    for (const [code, short, full] of rows) {
      assert.equal(refs[code], full, code);
      assert.equal(shown[code], short, code);
    }
    assert.deepEqual(Object.keys(shown).sort(), rows.map((r) => r[0]).sort());
    // Every code any x-source names is listed.
    const used = new Set<string>();
    JSON.stringify(schema, (k, v: unknown) => {
      if (k === 'x-source' && typeof v === 'string') for (const t of v.split(/[;,\s]+/)) if (t && !['S', 'L', 'P'].includes(t)) used.add(t);
      return v;
    });
    for (const code of used) assert.ok(shown[code], `x-source names ${code}, which has no reference`);
  });

  it('lists every attention point with its severity, its text and its source by author and year', () => {
    const SEVERITY: Record<string, string> = { warning: 'warning', information: 'to consider' };
    const rows = TABLES.get('rules')!;
    assert.deepEqual(rows.map((r) => [r[0], r[1], r[3], r[4]]),
      builtinRules().map((r) => [r.id, SEVERITY[r.severity], r.message.en, sourceText(r.source, 'en').replace("Casedoc's proposal, not a finding of the literature", "Casedoc's proposal")]));
    for (const r of rows) assert.ok(r[2].length > 10, `${r[0]} says when it fires`);
  });
});
