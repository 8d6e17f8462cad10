// What the CLI's light part asks of the engine (through src/cli/engine.ts, never directly): checking,
// compiling schemas and rules, fixing, migrating, replacing, importing, exporting and summarising.
export { builtinRules, checkReport, CODES, CSV_TABLES, EXPORT_FORMATS, loadRules, loadSchema, mergeRules, parseReport, summarise, SUMMARY_FORMATS } from '../core/index';
export { checkFile, checkHere, checkStdin, COMPILERS } from './checkOne';
export { compileTexts } from './options';
export { fixFiles } from './fix';
export { migrate } from './migrate';
export { replace, replacement } from './replace';
export { importSheet } from './import';
export { exportAnthology } from './export';
export { SchemaFiles, schemaOfAnthology, withSchemas } from './schemas';
