// The engine's file port over node:fs (src/core/project/port.ts): bounded reads that never block on
// a pipe or a device, writes beside the file flushed to the disk, renames, and every path resolved
// through its links and held inside the anthology's root (the repository, the configuration's
// folder, or the folder given).
import { randomBytes } from 'node:crypto';
import { closeSync, constants, copyFileSync, existsSync, fchmodSync, lstatSync, mkdirSync, fstatSync, fsyncSync, linkSync, openSync, readSync, realpathSync, renameSync, statSync, unlinkSync, writeSync } from 'node:fs';
import { basename, dirname, join, resolve, sep } from 'node:path';
import { CONFIG_FILES } from '../core/config/config';
import { FileError, SMALL_FILE_LIMIT, type FilePort, type FileProblem } from '../core/project/port';
import { isInside } from '../core/project/contain';

/** The system's error code as the engine words it. */
export function problemOf(e: unknown): FileProblem {
  switch ((e as NodeJS.ErrnoException).code) {
    case 'ENOENT': case 'ENOTDIR': return 'missing';
    case 'EACCES': case 'EPERM': case 'EROFS': return 'permission';
    case 'ENOSPC': case 'EDQUOT': return 'disk-full';
    case 'EEXIST': return 'exists';
    case 'EISDIR': case 'ENXIO': return 'not-a-file';
    default: return 'other';
  }
}

const fileError = (e: unknown) => (FileError.is(e) ? e : new FileError(problemOf(e), (e as Error).message));

// O_NONBLOCK: opening a FIFO for reading would otherwise wait for a writer, for ever.
const READ_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0);

/**
 * A regular file's bytes, at most `limit` of them: a folder, FIFO, device or socket is refused
 * before anything is read (`/dev/zero`, a pipe), and so is a file over the limit, by its size; a
 * file that grows past the limit while it is read is refused too.
 */
/** What readRegular gives: the port's ReadBytes, as a Buffer on Node. */
export type NodeRead = { ok: true; bytes: Buffer } | { ok: false; problem: FileProblem; detail?: string };

export function readRegular(path: string, limit: number): NodeRead {
  let fd: number;
  try {
    fd = openSync(path, READ_FLAGS);
  } catch (e) {
    return { ok: false, problem: problemOf(e), detail: (e as Error).message };
  }
  try {
    const info = fstatSync(fd);
    if (!info.isFile()) return { ok: false, problem: 'not-a-file' };
    if (info.size > limit) return { ok: false, problem: 'too-large' };
    const chunks: Buffer[] = [];
    let total = 0;
    // One byte more than the file says it has: a file that grows while it is read is seen growing.
    for (let want = Math.min(info.size, limit) + 1; ; want = Math.min(1 << 16, limit + 1 - total)) {
      const chunk = Buffer.allocUnsafe(want);
      const n = readSync(fd, chunk, 0, want, null);
      if (n === 0) break;
      total += n;
      if (total > limit) return { ok: false, problem: 'too-large' };
      chunks.push(n === want ? chunk : chunk.subarray(0, n));
    }
    return { ok: true, bytes: chunks.length === 1 ? chunks[0] : Buffer.concat(chunks, total) };
  } catch (e) {
    return { ok: false, problem: problemOf(e), detail: (e as Error).message };
  } finally {
    closeSync(fd);
  }
}

/** A small text file of the user's (a schema, rules, a configuration), read whole as UTF-8; throws FileError. */
export async function readTextFile(path: string, limit = SMALL_FILE_LIMIT): Promise<string> {
  const read = readRegular(path, limit);
  if (!read.ok) throw new FileError(read.problem, read.detail);
  return read.bytes.toString('utf8');
}

/** The repository's root above `dir` (a folder with `.git`), or null. */
export function repositoryRoot(dir: string): string | null {
  for (let d = resolve(dir); ; d = dirname(d)) {
    if (existsSync(join(d, '.git'))) return d;
    if (dirname(d) === d) return null;
  }
}

/**
 * The anthology `dir` belongs to: its repository, else the folder of the nearest configuration
 * file, else the folder the command ran in (`cwd`) when `dir` is below it, else `dir`.
 */
export function anthologyRoot(dir: string, cwd: string): string {
  const repository = repositoryRoot(dir);
  if (repository) return repository;
  for (let d = resolve(dir); ; d = dirname(d)) {
    if (CONFIG_FILES.some((f) => existsSync(join(d, f)))) return d;
    if (dirname(d) === d) break;
  }
  return isInside(resolve(cwd), resolve(dir), sep) ? resolve(cwd) : resolve(dir);
}

/** A path through its links, or as it is when it does not exist. */
export const realPath = (path: string): string => {
  try {
    return realpathSync(path);
  } catch {
    return resolve(path);
  }
};

/**
 * Where a write to `path` lands: the file its links lead to (a link inside the anthology is kept a
 * link), or, for a new file, its nearest existing folder's real path (the missing folders made
 * there); refused (`outside`) when that is not inside the anthology `path` belongs to.
 */
export function writeTarget(path: string, cwd: string, makeFolders = false): string {
  const root = realPath(anthologyRoot(dirname(resolve(cwd, path)), cwd));
  let target: string;
  try {
    target = realpathSync(path);
  } catch (e) {
    if (problemOf(e) !== 'missing') throw fileError(e);
    // The nearest folder that exists, through its links: new folders go inside the anthology only.
    const missing = [basename(path)];
    let dir = dirname(resolve(cwd, path));
    while (!existsSync(dir) && dirname(dir) !== dir) {
      missing.unshift(basename(dir));
      dir = dirname(dir);
    }
    target = join(realPath(dir), ...missing);
    if (!isInside(root, target, sep)) throw new FileError('outside');
    if (makeFolders && missing.length > 1) mkdirSync(dirname(target), { recursive: true });
    return target;
  }
  if (!isInside(root, target, sep)) throw new FileError('outside');
  return target;
}

export class NodeFiles implements FilePort {
  /** `cwd`: the folder the command runs in, the anthology's root where no repository or configuration marks one. */
  constructor(private readonly cwd: string) {}

  async read(path: string, limit: number): Promise<NodeRead> {
    return readRegular(path, limit);
  }

  async writeBeside(path: string, bytes: Uint8Array): Promise<string> {
    try {
      return writeTemp(writeTarget(path, this.cwd, true), bytes, (fd, b) => this.writeAll(fd, b));
    } catch (e) {
      throw fileError(e);
    }
  }

  /** Every byte to `fd` (a test overrides it to fail midway, as a full disk or a kill does). */
  protected writeAll(fd: number, bytes: Uint8Array): void {
    writeAll(fd, bytes);
  }

  async replace(from: string, to: string): Promise<void> {
    try {
      renameSync(from, writeTarget(to, this.cwd));
      syncFolder(dirname(from));
    } catch (e) {
      throw fileError(e);
    }
  }

  async claim(from: string, to: string): Promise<void> {
    try {
      const target = writeTarget(to, this.cwd);
      try {
        linkSync(from, target);
      } catch (e) {
        // A file system without hard links: a copy that fails where a file is, as the link does.
        if (!['EPERM', 'ENOTSUP', 'ENOSYS', 'EMLINK'].includes((e as NodeJS.ErrnoException).code ?? '')) throw e;
        copyFileSync(from, target, constants.COPYFILE_EXCL);
      }
    } catch (e) {
      throw fileError(e);
    }
    await this.discard(from);
    syncFolder(dirname(from));
  }

  async discard(path: string): Promise<void> {
    try {
      unlinkSync(path);
    } catch {
      // gone already
    }
  }
}

function writeAll(fd: number, bytes: Uint8Array): void {
  for (let at = 0; at < bytes.length;) at += writeSync(fd, bytes, at, bytes.length - at);
}

/**
 * `bytes` in a new file beside `target` (same folder: a rename is atomic there), flushed to the
 * disk, with `target`'s permissions when it exists; removed again if anything fails. Its path.
 */
function writeTemp(target: string, bytes: Uint8Array, write = writeAll): string {
  let mode: number | null = null;
  try {
    mode = statSync(target).mode & 0o7777;
  } catch {
    // a new file: the default permissions (and umask)
  }
  const temp = join(dirname(target), `.${basename(target)}.casedoc-${randomBytes(6).toString('hex')}.tmp`);
  const fd = openSync(temp, 'wx', mode ?? 0o666);
  try {
    if (mode !== null) fchmodSync(fd, mode);
    write(fd, bytes);
    fsyncSync(fd);
    closeSync(fd);
  } catch (e) {
    closeSync(fd);
    try {
      unlinkSync(temp);
    } catch {
      // gone already
    }
    throw e;
  }
  return temp;
}

/**
 * A file of Casedoc's own (the cache, `-o`'s output) written whole or not at all: beside it, then
 * renamed over it. Never through a symbolic link: the link itself would be replaced, so it is refused.
 */
export function writeWhole(path: string, bytes: Uint8Array): void {
  try {
    if (lstatSync(path).isSymbolicLink()) throw new FileError('not-a-file', `${path} is a symbolic link`);
  } catch (e) {
    if (FileError.is(e) || problemOf(e) !== 'missing') throw e;
  }
  const temp = writeTemp(resolve(path), bytes);
  try {
    renameSync(temp, path);
  } catch (e) {
    try {
      unlinkSync(temp);
    } catch {
      // gone already
    }
    throw e;
  }
}

/** The folder's entry of a renamed file flushed too, where the system allows it (not on Windows). */
function syncFolder(dir: string): void {
  try {
    const fd = openSync(dir, 'r');
    try {
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
  } catch {
    // best effort: the rename itself is atomic
  }
}
