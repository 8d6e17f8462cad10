import { defineCode } from '../define';

// Files a host could not hand to the engine as text: reported by the hosts, with the engine's words.

export const fileUnreadable = defineCode('file-unreadable', 'error', {
  en: (a: { reason: string }) => `The file could not be read: ${a.reason}.`,
  da: (a) => `Filen kunne ikke læses: ${a.reason}.`,
});
export const fileBinary = defineCode('file-binary', 'warning', {
  en: () => 'The file is binary, not text, and was skipped.',
  da: () => 'Filen er binær, ikke tekst, og blev sprunget over.',
});
export const fileTooLarge = defineCode('file-too-large', 'warning', {
  en: (a: { limit: string }) => `The file is larger than ${a.limit} and was skipped.`,
  da: (a) => `Filen er større end ${a.limit} og blev sprunget over.`,
});
export const invalidEncoding = defineCode('invalid-encoding', 'warning', {
  en: (a: { encoding: 'UTF-8' | 'UTF-16' }) => `The file is not valid ${a.encoding}: invalid bytes were read as �. Save it as UTF-8.`,
  da: (a) => `Filen er ikke gyldig ${a.encoding}: ugyldige bytes blev læst som �. Gem den som UTF-8.`,
});
export const checkFailed = defineCode('check-failed', 'error', {
  en: (a: { reason: string }) => `Casedoc could not check this file (${a.reason}). This is a bug in Casedoc; please report it with the file.`,
  da: (a) => `Casedoc kunne ikke kontrollere filen (${a.reason}). Det er en fejl i Casedoc; rapportér den gerne med filen.`,
});

export const FILE_CODES = [fileUnreadable, fileBinary, fileTooLarge, invalidEncoding, checkFailed] as const;
