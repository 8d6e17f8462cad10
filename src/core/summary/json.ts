import type { Summary } from './summarise';

/** The summary's JSON contract: versioned, so a script can tell an older shape apart. */
export function summaryJson(s: Summary): string {
  return JSON.stringify({ version: 1, ...s }, null, 2) + '\n';
}
