import { engine } from '../engine';
import { UsageError } from '../files';
import { defineCommand, flag, text } from './command';

export const importSheet = defineCommand({
  name: 'import',
  options: {
    into: { type: 'string' },
    partial: { type: 'boolean' },
    'dry-run': { type: 'boolean' },
  },
  help: {
    en: {
      args: 'SHEET',
      about: `Read a classification sheet (.xlsx, or .csv with commas or semicolons)
into the case reports: a row per case, updating the report its file or title
names, or creating one from the template.`,
      options: () => `  --into FOLDER           Where new reports go (default: the current folder)
  --partial               Also write the rows that have a cell that cannot be read (without it)
  --dry-run               Print the changes as a unified diff and change nothing`,
    },
    da: {
      args: 'ARK',
      about: `Indlæs et klassifikationsark (.xlsx, eller .csv med kommaer eller semikoloner)
i caserapporterne: en række pr. case, som opdaterer den rapport, dens fil eller
titel angiver, eller opretter en ny ud fra skabelonen.`,
      options: () => `  --into MAPPE            Hvor nye rapporter skal ligge (standard: den aktuelle mappe)
  --partial               Skriv også de rækker, der har en celle, som ikke kan læses (uden den)
  --dry-run               Vis ændringerne som en unified diff uden at ændre noget`,
    },
  },
  async run({ values, paths, options, out, reportsOf }) {
    const [sheet, ...where] = paths;
    if (sheet === undefined) throw new UsageError((w) => w.importArgs());
    const e = await engine();
    const result = await e.importSheet(await reportsOf(where), options, { sheet, into: text(values, 'into') ?? '.', dryRun: flag(values, 'dry-run'), partial: flag(values, 'partial') });
    await out(result.output);
    return result.code;
  },
});
