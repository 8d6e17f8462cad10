import { totals, type FileReport } from '../report';

/** `--format json`, version 1: the contract other tools read (documented in the README). */
export function json(reports: readonly FileReport[]): string {
  return JSON.stringify({ version: 1, files: reports, summary: totals(reports) }, null, 2) + '\n';
}
