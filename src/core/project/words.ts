// Why a file could not be read or written, in the user's language: the same words in every host.
import type { Lang } from '../types';
import { formatBytes } from '../text/size';
import type { FileProblem } from './port';

const WORDS: Record<Lang, Record<Exclude<FileProblem, 'other'>, string> & { tooLarge: (limit: string) => string }> = {
  en: {
    missing: 'it is no longer there',
    permission: 'permission was denied',
    'not-a-file': 'it is not a regular file (a folder, a pipe or a device)',
    'too-large': 'it is too large',
    tooLarge: (limit) => `it is larger than ${limit}`,
    'disk-full': 'the disk is full',
    outside: 'it lies outside the anthology (through a symbolic link)',
    exists: 'a file of that name appeared meanwhile',
  },
  da: {
    missing: 'den er slettet eller flyttet',
    permission: 'adgangen blev nægtet',
    'not-a-file': 'den er en mappe, en pipe eller en enhed og ikke en almindelig fil',
    'too-large': 'den er for stor',
    tooLarge: (limit) => `den er større end ${limit}`,
    'disk-full': 'disken er fuld',
    outside: 'den ligger uden for antologien (via et symbolsk link)',
    exists: 'en fil med det navn er kommet til imens',
  },
};

/**
 * The reason, said as a clause after "cannot read X:" or after "as" / "da" ("not written, as …"):
 * worded so that it reads in both places, in Danish too (no `ikke` whose place the clause would move).
 */
export function fileProblemText(problem: FileProblem, lang: Lang, detail?: string, limit?: number): string {
  if (problem === 'other') return detail ?? 'unknown error';
  if (problem === 'too-large' && limit !== undefined) return WORDS[lang].tooLarge(formatBytes(limit));
  return WORDS[lang][problem];
}
