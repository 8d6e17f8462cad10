import assert from 'node:assert/strict';
import { WORDS as CLI_WORDS } from '../../src/cli/words';
import { SUMMARY_WORDS } from '../../src/core/summary/words';
import { ENGINE_WORDS } from '../../src/core/words';
import { SCHEMA_REASONS } from '../../src/core/schema/reasons';
import { EXPLANATIONS } from '../../src/core/checks/frontmatter/yamlSyntax';
import { TYPE_WORDS } from '../../src/core/checks/schema/env';
import { RULES_REASONS } from '../../src/core/attention/rules';
import { OVERVIEW_WORDS } from '../../src/webview/overview/words';

/** A table's shape: its keys all the way down, and how many arguments each wording takes. */
function shape(value: unknown): unknown {
  if (typeof value === 'function') return `takes ${value.length}`;
  if (typeof value === 'string') return value.trim() === '' ? 'empty' : 'text';
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.keys(value).sort().map((k) => [k, shape((value as Record<string, unknown>)[k])]));
  }
  return typeof value;
}

// Every text table outside the diagnostics (whose two languages are one object per code, typed
// alike) and the extension's words.da.json (held to the strings the code uses, in package.test.ts).
const TABLES = {
  'the CLI (src/cli/words.ts)': CLI_WORDS,
  'the summary and its exports (src/core/summary/words.ts)': SUMMARY_WORDS,
  'the overview (src/webview/overview/words.ts)': OVERVIEW_WORDS,
  'quick fixes, hover and templates (src/core/words.ts)': ENGINE_WORDS,
  'why a schema cannot be used (src/core/schema/reasons.ts)': SCHEMA_REASONS,
  'YAML errors explained (src/core/checks/frontmatter/yamlSyntax.ts)': EXPLANATIONS,
  'JSON types in words (src/core/checks/schema/env.ts)': TYPE_WORDS,
  'why a rules file cannot be used (src/core/attention/rules.ts)': RULES_REASONS,
};

describe('text tables', () => {
  for (const [name, table] of Object.entries(TABLES)) {
    it(`say the same things in Danish and English: ${name}`, () => {
      assert.deepEqual(shape(table.da), shape(table.en));
      // And are translated: not the English words under Danish keys.
      const text = (t: unknown) => JSON.stringify(t, (_, v: unknown) => (typeof v === 'function' ? String(v) : v));
      assert.notEqual(text(table.da), text(table.en));
    });
  }
});
