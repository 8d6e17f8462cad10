import { engine } from '../engine';
import { defineCommand, keysOf, oneOf, text } from './command';

export const summary = defineCommand({
  name: 'summary',
  options: {
    format: { type: 'string' },
    table: { type: 'string' },
    delimiter: { type: 'string' },
  },
  // Markdown is for a person; the other formats are data.
  data: (values) => values.format !== undefined && values.format !== 'md',
  // The summary's formats are the engine's: the help that names them loads it.
  formats: async () => keysOf((await engine()).SUMMARY_FORMATS).join('|'),
  help: {
    en: {
      about: `Tabulate the case reports of an anthology: a row per case, the cross-tables
of collaboration type, governance paradigm and power balance, and the
actors' own word against the analytic type.`,
      options: (formats) => `  --format ${formats}    Output format (default md)
  --table NAME            Which table --format csv writes: cases (default), crosstab,
                          type-power, paradigm-power or self-labels
  --delimiter comma|semicolon  The CSV's delimiter (semicolon: what Danish Excel opens directly)
                          (--format xlsx writes an Excel workbook of every table: give -o FILE)`,
    },
    da: {
      about: `Opstil en antologis caserapporter: en række pr. case, krydstabellerne over
samarbejdsform, styringsparadigme og magtbalance og aktørernes egen
betegnelse over for den analytiske samarbejdsform.`,
      options: (formats) => `  --format ${formats}    Uddataformat (standard md)
  --table NAVN            Hvilken tabel --format csv skriver: cases (standard), crosstab,
                          type-power, paradigm-power eller self-labels
  --delimiter comma|semicolon  CSV-filens skilletegn (semicolon: det, dansk Excel åbner direkte)
                          (--format xlsx skriver en Excel-projektmappe med alle tabeller: angiv -o FIL)`,
    },
  },
  async run({ lang, values, paths, options, out, reportsOf }) {
    const { CSV_TABLES, summarise, SUMMARY_FORMATS, withSchemas } = await engine();
    const format = oneOf('format', text(values, 'format'), keysOf(SUMMARY_FORMATS), 'md');
    const table = oneOf('table', text(values, 'table'), CSV_TABLES, 'cases');
    const summary = summarise(await withSchemas(await reportsOf(paths), options));
    const delimiter = oneOf('delimiter', text(values, 'delimiter'), ['comma', 'semicolon'] as const, 'comma') === 'semicolon' ? ';' : ',';
    await out(await SUMMARY_FORMATS[format](summary, { lang, table, delimiter }));
    return 0;
  },
});
