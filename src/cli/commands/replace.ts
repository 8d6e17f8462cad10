import { engine } from '../engine';
import { UsageError } from '../files';
import { defineCommand, flag } from './command';

export const replace = defineCommand({
  name: 'replace',
  options: { 'dry-run': { type: 'boolean' } },
  help: {
    en: {
      args: 'FIELD OLD NEW',
      about: `Replace a value of a vocabulary field by another (its id
or label) in every case report, e.g. replace policy_area health social.`,
      options: () => '  --dry-run               Print the changes as a unified diff and change nothing',
    },
    da: {
      args: 'FELT GAMMEL NY',
      about: `Erstat en værdi i et felt med ordforråd med en anden (dens id
eller betegnelse) i alle caserapporter, fx replace policy_area health social.`,
      options: () => '  --dry-run               Vis ændringerne som en unified diff uden at ændre noget',
    },
  },
  async run({ lang, values, paths, options, out, reportsOf }) {
    const [field, from, to, ...where] = paths;
    if (to === undefined) throw new UsageError((w) => w.replaceArgs());
    const e = await engine();
    // The field and the value as the anthology's own schema has them, as the editor reads them.
    const reports = await reportsOf(where);
    const target = e.replacement(field, to, from, lang, await e.schemaOfAnthology(reports, options));
    const result = await e.replace(reports, options, target.field, from, target.to, flag(values, 'dry-run'));
    await out(result.output);
    return result.code;
  },
});
