export { summarise, NONE, type Summary, type SummaryCase, type SummaryInput } from './summarise';
export { summaryLabel, summaryLabels, summaryOrder, type SummaryField } from './labels';
export type { SummaryValue, SummaryVocabulary } from './vocabulary';
export { summaryMarkdown } from './markdown';
export { summaryCsv, csvCell, CSV_TABLES, type CsvDelimiter, type CsvTable } from './csv';
export { SUMMARY_WORDS } from './words';
export { summaryJson } from './json';
export { SUMMARY_FORMATS, type SummaryFormat, type SummaryOutput } from './formats';
