// The file system as the engine's anthology layer asks for it: a small port each host implements
// (the CLI over node:fs, tests in memory), so that how a report is read and written back is decided
// once, here, and every host behaves the same. Paths are the host's absolute paths, passed through.

/** Why a file could not be read or written, as the hosts say it (words in ../project/words.ts). */
export type FileProblem =
  | 'missing' // gone, or never there
  | 'permission' // the system refused (read-only file or folder, no access)
  | 'not-a-file' // a folder, FIFO, device or socket: never read as a report or a schema
  | 'too-large' // over the limit, measured before the read
  | 'disk-full' // ENOSPC or a quota
  | 'outside' // resolves (through links) outside the anthology's root
  | 'exists' // a new file's name was taken meanwhile
  | 'other';

/** A port's failure: a problem the hosts can word, with the system's own text for `other`. */
export class FileError extends Error {
  override readonly name = 'FileError';
  constructor(readonly problem: FileProblem, detail: string = problem) {
    super(detail);
  }

  static is(e: unknown): e is FileError {
    return e instanceof Error && e.name === 'FileError' && typeof (e as FileError).problem === 'string';
  }
}

/** The most read of a small file of the user's (a schema, rules, a configuration): the engine refuses a schema of 2 million characters anyway. */
export const SMALL_FILE_LIMIT = 8 * 1024 * 1024;

export type ReadBytes = { ok: true; bytes: Uint8Array } | { ok: false; problem: FileProblem; detail?: string };

export interface FilePort {
  /**
   * A regular file's bytes, or why not: a folder, FIFO or device is `not-a-file` (and is never
   * opened in a way that blocks), a file over `limit` bytes is `too-large` before it is read.
   */
  read(path: string, limit: number): Promise<ReadBytes>;
  /**
   * Writes `bytes` to a new file beside `path` (same folder, so that a rename is atomic), flushed to
   * the disk, with `path`'s permissions when it exists. Returns the new file's path. Throws FileError.
   */
  writeBeside(path: string, bytes: Uint8Array): Promise<string>;
  /** Moves `from` over `to` in one step (POSIX rename). Throws FileError. */
  replace(from: string, to: string): Promise<void>;
  /** Gives `from` the name `to` only if no file has it (a hard link, then `from` removed). Throws FileError (`exists`). */
  claim(from: string, to: string): Promise<void>;
  /** Removes a file of ours; never throws. */
  discard(path: string): Promise<void>;
}
