// `casedoc import SHEET [paths…]`: a classification sheet (.xlsx, or .csv with commas or semicolons)
// read into the case reports: each row updates the frontmatter of the report it names, through the
// least edits, or becomes a new report from the template (in `--into FOLDER`). `--dry-run` prints the
// diff; a row with a cell that cannot be read is left as it is unless `--partial`.
import { existsSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { createTwoFilesPatch } from 'diff';
import { applyEdits, CSV_ENCODING_NAMES, parseReport, planImport, readSheet, SHEET_LIMITS, slug, type ParsedReport } from '../core/index';
import { createFile, rewriteFile, sameBytes } from '../core/project/safeWrite';
import { fileProblemText } from '../core/project/words';
import { UsageError } from './files';
import { NodeFiles, readRegular } from './nodePort';
import { schemaOfAnthology } from './schemas';
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
  const ww = WORDS[options.lang].write;
  const port = new NodeFiles(options.cwd);
  const sheet = readRegular(resolve(options.cwd, args.sheet), SHEET_LIMITS.bytes);
  if (!sheet.ok) throw new UsageError((u) => (sheet.problem === 'missing' ? u.unreadableSheet(args.sheet) : u.sheetUnusable(args.sheet, fileProblemText(sheet.problem, options.lang, sheet.detail, SHEET_LIMITS.bytes))));
  const bytes = sheet.bytes;
  const read = await readSheet(args.sheet, bytes, options.lang).catch((e: Error) => {
    throw new UsageError((u) => u.sheetUnusable(args.sheet, e.message));
  });
  if (!read) throw new UsageError((u) => u.sheetKind(args.sheet));
  const { rows, encoding } = read;

  // The case reports as they are on disk now, by the path the summary's `file` column gives them.
  const texts = new Map<string, { text: string; bom: string }>();
  const parsed = new Map<string, ParsedReport>();
  const notUtf8: string[] = [];
  const originals = new Map<string, Uint8Array>();
  for (const r of reports) {
    if (!r.isCaseReport || r.skipped) continue;
    const bytes = await port.read(resolve(options.cwd, r.file), options.maxBytes);
    const read = bytes.ok ? roundTrip(bytes.bytes) : null;
    if (!read) {
      notUtf8.push(r.file);
      continue;
    }
    originals.set(r.file, (bytes as { bytes: Uint8Array }).bytes);
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
  // The anthology's own schema, as the editor's import reads the sheet with it.
  const planOptions = { schema: await schemaOfAnthology(reports, options), lang: options.lang, partial: args.partial, newFile };
  const plan = planImport(rows, parsed, planOptions);

  const out: string[] = [];
  // A CSV that was not UTF-8 (Danish Excel's Windows-1252, UTF-16): said, so that a wrong guess is seen.
  const notes: string[] = [...(encoding && encoding !== 'utf-8' ? [w.readAs(CSV_ENCODING_NAMES[encoding])] : []), ...plan.ignored.map((c) => w.ignored(c.column, c.header))];
  let updated = 0;
  let created = 0;
  let failed = 0;
  for (const p of plan.rows) {
    if (!p.file) continue;
    const path = resolve(options.cwd, p.file);
    if (p.action === 'update' && p.edits) {
      const read = texts.get(p.file)!;
      const after = applyEdits(parsed.get(p.file)!, p.edits);
      if (args.dryRun) {
        updated++;
        out.push(createTwoFilesPatch(`a/${p.file}`, `b/${p.file}`, read.text, after, undefined, undefined, { context: 2 }).replace(/^={67}\n/, ''));
        continue;
      }
      // Planned on the bytes read above; a report saved since is planned again on what it holds now.
      const outcome = await rewriteFile(port, path, options.maxBytes, (bytes) => {
        if (sameBytes(bytes, originals.get(p.file!)!)) return Buffer.from(read.bom + after, 'utf8');
        const now = roundTrip(bytes);
        if (!now) return null;
        const reparsed = new Map(parsed).set(p.file!, parseReport(now.text));
        const again = planImport(rows, reparsed, planOptions).rows.find((r) => r.file === p.file);
        return again?.action === 'update' && again.edits ? Buffer.from(now.bom + applyEdits(reparsed.get(p.file!)!, again.edits), 'utf8') : null;
      });
      if (outcome.kind === 'written') updated++;
      else if (outcome.kind === 'failed' || outcome.kind === 'changed') {
        failed++;
        notes.push(outcome.kind === 'changed' ? ww.changed(p.file) : ww.failed(p.file, fileProblemText(outcome.problem, options.lang, outcome.detail, options.maxBytes)));
      }
    } else if (p.action === 'create' && p.text !== undefined) {
      if (!p.file.endsWith('.md') || notUtf8.includes(p.file) || existsSync(path)) {
        notes.push(w.exists(p.row, p.file));
        continue;
      }
      if (args.dryRun) {
        created++;
        out.push(createTwoFilesPatch('/dev/null', `b/${p.file}`, '', p.text, undefined, undefined, { context: 2 }).replace(/^={67}\n/, ''));
        continue;
      }
      const outcome = await createFile(port, path, Buffer.from(p.text, 'utf8'));
      if (outcome.kind === 'written') created++;
      else {
        failed++;
        notes.push(ww.created(p.file, outcome.kind === 'failed' ? fileProblemText(outcome.problem, options.lang, outcome.detail) : ''));
      }
    }
  }
  for (const f of notUtf8) notes.push(w.notUtf8(f));
  for (const c of plan.problems) notes.push(w.cell(c.row, c.column, c.header, c.reason));
  if (failed) notes.push(ww.summary(failed));
  const skipped = plan.rows.filter((r) => r.action === 'skipped').length;
  const summary = (args.dryRun ? w.would : w.did)(updated, created) + (skipped ? ` ${w.skipped(skipped, args.partial)}` : '');
  return { output: [...out, ...notes, summary].filter(Boolean).join('\n') + '\n', code: skipped > 0 || failed > 0 || plan.problems.length > 0 || (args.dryRun && updated + created > 0) ? 1 : 0 };
}
