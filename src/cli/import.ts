// `casedoc import SHEET [paths…]`: a classification sheet (.xlsx, or .csv with commas or semicolons)
// read into the case reports: each row updates the frontmatter of the report it names, through the
// least edits, or becomes a new report from the template (in `--into FOLDER`). `--dry-run` prints the
// diff; a row with a cell that cannot be read is left as it is unless `--partial`.
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join, relative, resolve } from 'node:path';
import { createTwoFilesPatch } from 'diff';
import { applyEdits, builtinSchema, parseReport, planImport, readSheetRows, slug, type ParsedReport } from '../core/index';
import { UsageError } from './files';
import type { FileReport, RunOptions } from './report';
import { roundTrip } from './text';
import { WORDS } from './words';

export interface ImportArgs {
  sheet: string;
  into: string;
  dryRun: boolean;
  partial: boolean;
}

export async function importSheet(reports: readonly FileReport[], options: RunOptions, args: ImportArgs): Promise<{ output: string; code: number }> {
  const w = WORDS[options.lang].import;
  const bytes = await readFile(resolve(options.cwd, args.sheet)).catch(() => {
    throw new UsageError((u) => u.unreadableSheet(args.sheet));
  });
  const rows = await readSheetRows(args.sheet, bytes).catch((e: Error) => {
    throw new UsageError((u) => u.sheetUnusable(args.sheet, e.message));
  });
  if (!rows) throw new UsageError((u) => u.sheetKind(args.sheet));

  // The case reports as they are on disk now, by the path the summary's `file` column gives them.
  const texts = new Map<string, { text: string; bom: string }>();
  const parsed = new Map<string, ParsedReport>();
  const notUtf8: string[] = [];
  for (const r of reports) {
    if (!r.isCaseReport || r.skipped) continue;
    const read = roundTrip(await readFile(resolve(options.cwd, r.file)));
    if (!read) {
      notUtf8.push(r.file);
      continue;
    }
    texts.set(r.file, read);
    parsed.set(r.file, parseReport(read.text));
  }
  const taken = new Set<string>();
  const newFile = (title: string) => {
    const base = relative(options.cwd, resolve(options.cwd, args.into)).split('\\').join('/');
    for (let n = 1; ; n++) {
      const name = `${slug(title)}${n > 1 ? `-${n}` : ''}.md`;
      const file = base ? `${base}/${name}` : name;
      if (!taken.has(file) && !parsed.has(file) && !existsSync(resolve(options.cwd, file))) {
        taken.add(file);
        return file;
      }
    }
  };
  const plan = planImport(rows, parsed, { schema: builtinSchema().json, lang: options.lang, partial: args.partial, newFile });

  const out: string[] = [];
  const notes: string[] = [...plan.ignored.map((c) => w.ignored(c.column, c.header))];
  let updated = 0;
  let created = 0;
  for (const p of plan.rows) {
    if (!p.file) continue;
    if (p.action === 'update' && p.edits) {
      const read = texts.get(p.file)!;
      const after = applyEdits(parsed.get(p.file)!, p.edits);
      updated++;
      if (args.dryRun) out.push(createTwoFilesPatch(`a/${p.file}`, `b/${p.file}`, read.text, after, undefined, undefined, { context: 2 }).replace(/^={67}\n/, ''));
      else await writeFile(resolve(options.cwd, p.file), read.bom + after, 'utf8');
    } else if (p.action === 'create' && p.text !== undefined) {
      if (!p.file.endsWith('.md') || notUtf8.includes(p.file) || existsSync(resolve(options.cwd, p.file))) {
        notes.push(w.exists(p.row, p.file));
        continue;
      }
      created++;
      if (args.dryRun) out.push(createTwoFilesPatch('/dev/null', `b/${p.file}`, '', p.text, undefined, undefined, { context: 2 }).replace(/^={67}\n/, ''));
      else {
        await mkdir(dirname(join(options.cwd, p.file)), { recursive: true });
        await writeFile(resolve(options.cwd, p.file), p.text, { encoding: 'utf8', flag: 'wx' });
      }
    }
  }
  for (const f of notUtf8) notes.push(w.notUtf8(f));
  for (const c of plan.problems) notes.push(w.cell(c.row, c.column, c.header, c.reason));
  const skipped = plan.rows.filter((r) => r.action === 'skipped').length;
  const summary = (args.dryRun ? w.would : w.did)(updated, created) + (skipped ? ` ${w.skipped(skipped, args.partial)}` : '');
  return { output: [...out, ...notes, summary].filter(Boolean).join('\n') + '\n', code: skipped > 0 || plan.problems.length > 0 || (args.dryRun && updated + created > 0) ? 1 : 0 };
}
