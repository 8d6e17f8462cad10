import { engine } from '../engine';
import { defineCommand, flag } from './command';

export const migrate = defineCommand({
  name: 'migrate',
  options: { 'dry-run': { type: 'boolean' } },
  help: {
    en: {
      about: `Update deprecated values (vocabulary v1) in place where there is one
replacement; list those where the author must choose.`,
      options: () => '  --dry-run               Print the changes as a unified diff and change nothing',
    },
    da: {
      about: `Opdatér forældede værdier (ordforråd v1) i filerne, hvor der er én
erstatning; vis dem, hvor forfatteren selv skal vælge.`,
      options: () => '  --dry-run               Vis ændringerne som en unified diff uden at ændre noget',
    },
  },
  async run({ values, paths, options, out, reportsOf }) {
    const result = await (await engine()).migrate(await reportsOf(paths), options, flag(values, 'dry-run'));
    await out(result.output);
    return result.remaining ? 1 : 0;
  },
});
