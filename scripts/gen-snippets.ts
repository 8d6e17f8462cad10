// Writes snippets/case-report.code-snippets from the engine's templates (`npm run snippets`).
// test/unit/snippets.test.ts fails when the committed file is not what this writes.
import { writeFileSync } from 'node:fs';
import { allSnippets } from '../src/core/index';

export const SNIPPETS_FILE = 'snippets/case-report.code-snippets';
export const render = () => JSON.stringify(allSnippets(), null, 2) + '\n';

if (process.argv[1]?.endsWith('gen-snippets.ts')) writeFileSync(SNIPPETS_FILE, render());
