/**
 * Casedoc's engine: text in, plain results out. It imports neither `vscode` nor Node built-ins
 * (test/unit/boundary.test.ts enforces it); hosts hand it text, schemas and rules.
 */
export type * from './types';
export { parseReport, type ParsedReport } from './parse/report';
export { mentionsCaseReport, MARKDOWN_GLOB, EMPTY_CLASSIFICATION } from './classify';
export { applySeverities, checkReport, type CheckOptions } from './check';
export { schemaReference, type SchemaReference } from './checks/schema/source';
export { loadSchema, schemaReason, type SchemaLoad, type CompiledSchema, type JsonSchema } from './schema/compile';
export { fieldAt, propertiesAt, valuesOf, label, valueLabel, type FieldInfo, type VocabularyValue } from './schema/vocabulary';
export { loadRules, mergeRules, type CompiledRule, type AttentionRule } from './attention/rules';
export { deriveFacts, type Facts } from './attention/facts';
export { builtinSchema, builtinRules, BUILTIN_SCHEMA_ID } from './builtin';
export { CODES, docsUrl, type Code } from './checks/registry';
export { makeDiagnostic } from './checks/diagnostic';
export { checkFailed, fileBinary, fileTooLarge, fileUnreadable, invalidEncoding } from './checks/host/files';
export { LineIndex } from './text/lineIndex';
export { decodeText, looksBinary, type Decoded } from './text/decode';
export { formatBytes } from './text/size';
export { parsePointer, formatPointer } from './text/pointer';
export { OUTLINE, matchHeading, outlineOf, type OutlineSection } from './body/outline';
export { complete, type CompletionItem } from './features/completion';
export { hover, type Hover } from './features/hover';
export { fixesFor, fixAll, fixAllTitle } from './features/fixes';
export { applyEdits, type Fix, type TextEdit } from './features/edits';
export { locate } from './features/locate';
export { migration, chosen, type Migration } from './features/migrate';
export { replaceValue, valueUses, vocabularyFields, type ValueUse, type VocabularyField } from './features/replace';
export { classificationEdits, type FieldValue } from './features/classificationEdits';
export { classify, frontmatterData } from './classify';
export { SUMMARY_COLUMNS } from './summary/columns';
export { columnLetter } from './text/columnLetter';
export { fieldText, newReportText, planImport, slug, valueText, type CellProblem, type ImportPlan, type RowPlan } from './features/sheetImport';
export type { SheetCell } from './features/sheetColumns';
export { csvDelimiter, parseCsv, readSheet, type SheetRead } from './features/sheetRead';
export { SHEET_LIMITS, SheetLimitError } from './features/sheetLimits';
export { CSV_ENCODING_NAMES, UNREADABLE, type CsvEncoding } from './features/csvDecode';
export { EXPORT_FILES, EXPORT_FORMATS, textNoteMessage, type ExportFormatName, type ExportInput, type ExportResult, type TextNote } from './export/index';
export { qdpxFiles } from './export/qdpx';
export { describeSubject, citations } from './features/describe';
export { reportSnippet, actorSnippet, phaseSnippet, attentionSnippet, allSnippets, type SnippetDef } from './templates';
export * from './summary/index';
export { CONFIG_FILES, loadConfig, parseSize, type CasedocConfig, type ConfigLoad } from './config/config';
export { detectLang, type LocaleSources } from './locale';
export { anthologySchema } from './project/schema';
