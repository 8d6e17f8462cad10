// Writing a report back so that nothing its author wrote is ever lost: the new text goes to a file
// beside it, flushed, and is renamed over the report only if the report still holds the bytes the
// edits were computed on. A report saved meanwhile is read again and the edits planned anew on what
// it holds now; a write that fails midway (killed, disk full) leaves the report as it was.
import { FileError, type FilePort, type FileProblem } from './port';

export type WriteOutcome =
  | { kind: 'written'; bytes: Uint8Array }
  /** The plan wanted nothing changed (on the bytes as they are now). */
  | { kind: 'unchanged' }
  /** The report kept changing while it was planned and written: left as it is. */
  | { kind: 'changed' }
  | { kind: 'failed'; problem: FileProblem; detail?: string };

/** What to write, planned on a report's bytes as read; null: leave it as it is. */
export type Planner = (bytes: Uint8Array) => Promise<Uint8Array | null> | Uint8Array | null;

/** How often a report that changes under the run is read and planned again before it is left alone. */
export const ATTEMPTS = 3;

/** The same bytes. */
export function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

const failed = (e: unknown): WriteOutcome => (FileError.is(e) ? { kind: 'failed', problem: e.problem, detail: e.message } : { kind: 'failed', problem: 'other', detail: (e as Error).message });

/**
 * Rewrites the file at `path` with what `plan` makes of its bytes: read, plan, write beside, and,
 * just before the rename, read again — if the bytes moved on (the author saved), plan again on the
 * new ones, up to ATTEMPTS times. Never throws.
 */
export async function rewriteFile(port: FilePort, path: string, limit: number, plan: Planner): Promise<WriteOutcome> {
  for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
    const read = await port.read(path, limit);
    if (!read.ok) return { kind: 'failed', problem: read.problem, detail: read.detail };
    let next: Uint8Array | null;
    try {
      next = await plan(read.bytes);
    } catch (e) {
      return failed(e);
    }
    if (!next || sameBytes(next, read.bytes)) return { kind: 'unchanged' };
    const outcome = await replaceIfUnchanged(port, path, limit, read.bytes, next);
    if (outcome.kind !== 'changed') return outcome;
  }
  return { kind: 'changed' };
}

/** Renames `next` over `path` if `path` still holds `planned`; `changed` if not. Never throws. */
export async function replaceIfUnchanged(port: FilePort, path: string, limit: number, planned: Uint8Array, next: Uint8Array): Promise<WriteOutcome> {
  let temp: string | null = null;
  try {
    temp = await port.writeBeside(path, next);
    const now = await port.read(path, Math.max(limit, planned.length));
    if (!now.ok || !sameBytes(now.bytes, planned)) {
      await port.discard(temp);
      return now.ok || now.problem === 'missing' ? { kind: 'changed' } : { kind: 'failed', problem: now.problem, detail: now.detail };
    }
    await port.replace(temp, path);
    return { kind: 'written', bytes: next };
  } catch (e) {
    if (temp) await port.discard(temp);
    return failed(e);
  }
}

/** Creates a new file at `path` holding `bytes`, whole or not at all, never over a file that is there. Never throws. */
export async function createFile(port: FilePort, path: string, bytes: Uint8Array): Promise<WriteOutcome> {
  let temp: string | null = null;
  try {
    temp = await port.writeBeside(path, bytes);
    await port.claim(temp, path);
    return { kind: 'written', bytes };
  } catch (e) {
    if (temp) await port.discard(temp);
    return failed(e);
  }
}
