// The pipeline a user would otherwise set up, and what vscode-remark runs on each change:
// unified + remark-parse + remark-frontmatter + remark-lint-frontmatter-schema, with our schema.
// Plain JavaScript, so the benchmark can run it in a fresh `node` process too.
import { readFileSync } from 'node:fs';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkFrontmatter from 'remark-frontmatter';
import remarkLintFrontmatterSchema from 'remark-lint-frontmatter-schema';
import { VFile } from 'vfile';

const schema = JSON.parse(readFileSync(new URL('../schemas/case-report.schema.json', import.meta.url), 'utf8'));
// Its Ajv is draft-07; the keywords our schema uses are the same there, the meta-schema is not.
delete schema.$schema;

const processor = unified().use(remarkParse).use(remarkFrontmatter).use(remarkLintFrontmatterSchema, { embed: schema }).freeze();

/** The messages a linter shows for the text: 1-based line and column, and the reason. */
export async function referenceCheck(text) {
  // A linter parses and runs the plugins; it compiles nothing back to Markdown.
  const file = new VFile({ value: text, path: 'report.md', cwd: process.cwd() });
  await processor.run(processor.parse(file), file);
  return file.messages.map((m) => ({ line: m.line ?? 0, column: m.column ?? 0, message: m.reason }));
}

// `node bench/reference.mjs FILE…`: check files one after another, as remark-cli does.
if (import.meta.url === `file://${process.argv[1]}`) {
  let messages = 0;
  for (const f of process.argv.slice(2)) messages += (await referenceCheck(readFileSync(f, 'utf8'))).length;
  process.stdout.write(`${messages}\n`);
}
