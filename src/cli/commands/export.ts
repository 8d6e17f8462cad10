import { engine } from '../engine';
import { defineCommand, keysOf, oneOf, text } from './command';

export const exportAnthology = defineCommand({
  name: 'export',
  options: { format: { type: 'string' } },
  data: () => true,
  help: {
    en: {
      about: `Export the anthology for a QDA program: --format qdpx (REFI-QDA, for NVivo,
ATLAS.ti, MAXQDA, QualCoder) or nvivo-xlsx (NVivo's classification sheet), -o FILE.`,
      options: () => '  --format qdpx|nvivo-xlsx  What to write (default qdpx); -o FILE names the file',
    },
    da: {
      about: `Eksportér antologien til et QDA-program: --format qdpx (REFI-QDA, til NVivo,
ATLAS.ti, MAXQDA, QualCoder) eller nvivo-xlsx (NVivos klassifikationsark), -o FIL.`,
      options: () => '  --format qdpx|nvivo-xlsx  Hvad der skal skrives (standard qdpx); -o FIL angiver filen',
    },
  },
  async run({ io, values, paths, options, out, reportsOf }) {
    const e = await engine();
    const format = oneOf('format', text(values, 'format'), keysOf(e.EXPORT_FORMATS), 'qdpx');
    await out(await e.exportAnthology(await reportsOf(paths), options, format, io.stderr));
    return 0;
  },
});
