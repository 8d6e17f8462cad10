// What stops a file before the engine checks it, and what is said of a text read with invalid
// bytes: decided here once (with core/text/decode.ts's reportBytes), so the CLI and the editor report the same file the same way, each
// diagnostic through the writer's severities like every other.
import { applySeverities } from '../check';
import { makeDiagnostic } from '../checks/diagnostic';
import { fileBinary, fileTooLarge, fileUnreadable, invalidEncoding } from '../checks/host/files';
import type { ParsedReport } from '../parse/report';
import { formatBytes } from '../text/size';
import type { Diagnostic, Lang, Severity } from '../types';

/** Why a file was not checked. */
export type Gate = { code: 'file-binary' } | { code: 'file-too-large'; limit: number } | { code: 'file-unreadable'; reason: string };

type Severities = Readonly<Record<string, Severity | 'off'>> | undefined;
const ZERO = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };

/** The diagnostic of a file the engine was not given, on its first line, through `severities` (none when `off`). */
export function gateDiagnostics(gate: Gate, lang: Lang, severities: Severities): Diagnostic[] {
  const d = gate.code === 'file-binary' ? makeDiagnostic({ code: fileBinary, range: ZERO, path: null }, lang)
    : gate.code === 'file-too-large' ? makeDiagnostic({ code: fileTooLarge, range: ZERO, path: null, args: { limit: formatBytes(gate.limit) } }, lang)
    : makeDiagnostic({ code: fileUnreadable, range: ZERO, path: null, args: { reason: gate.reason } }, lang);
  return applySeverities([d], severities);
}

/** A case report read with invalid bytes: said at the first character they became (U+FFFD), through `severities`. */
export function encodingDiagnostics(report: ParsedReport, encoding: 'UTF-8' | 'UTF-16', lang: Lang, severities: Severities): Diagnostic[] {
  const at = report.lines.positionAt(Math.max(0, report.text.indexOf('\uFFFD')));
  const range = { start: at, end: { line: at.line, character: at.character + 1 } };
  return applySeverities([makeDiagnostic({ code: invalidEncoding, range, path: null, args: { encoding } }, lang)], severities);
}

/** The size of a text in UTF-8 bytes, as a file of it has (the limits are in bytes in every host). */
export function utf8Length(text: string): number {
  let n = text.length;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) continue;
    if (c < 0x800) n += 1;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      n += 2; // a pair: 4 bytes for 2 units
      i++;
    } else n += 2;
  }
  return n;
}
