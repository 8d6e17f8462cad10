// The engine's file port in memory (src/core/project/port.ts), for tests that put an author's save,
// a full disk or a kill exactly between two steps of a write.
import { FileError, type FilePort, type FileProblem, type ReadBytes } from '../src/core/project/port';

export class MemoryFiles implements FilePort {
  readonly files = new Map<string, Uint8Array>();
  private temps = 0;
  /**
   * Called before the n-th read of a report takes its bytes: where its author saves meanwhile. (A save
   * between the last read and the rename is the one moment no file system lets a writer close.)
   */
  beforeRead: (path: string, n: number) => void = () => {};
  /** A write that fails with this problem after half its bytes (a full disk, a killed process). */
  failWrite: (path: string) => FileProblem | null = () => null;
  /** A rename that fails (a read-only folder). */
  failReplace: (path: string) => FileProblem | null = () => null;
  private readonly reads = new Map<string, number>();

  constructor(files: Record<string, string | Uint8Array> = {}) {
    for (const [p, t] of Object.entries(files)) this.files.set(p, typeof t === 'string' ? Buffer.from(t, 'utf8') : t);
  }

  text(path: string): string {
    return Buffer.from(this.files.get(path)!).toString('utf8');
  }

  /** Temporary files left behind: none, after any run. */
  leftovers(): string[] {
    return [...this.files.keys()].filter((p) => p.includes('.casedoc-tmp'));
  }

  async read(path: string, limit: number): Promise<ReadBytes> {
    const n = (this.reads.get(path) ?? 0) + 1;
    this.reads.set(path, n);
    this.beforeRead(path, n);
    const bytes = this.files.get(path);
    if (!bytes) return { ok: false, problem: 'missing' };
    if (bytes.length > limit) return { ok: false, problem: 'too-large' };
    return { ok: true, bytes: bytes.slice() };
  }

  async writeBeside(path: string, bytes: Uint8Array): Promise<string> {
    const temp = `${path}.casedoc-tmp${this.temps++}`;
    const fail = this.failWrite(path);
    if (fail) {
      // Half the bytes reached the disk, then the write failed: the port removes its own file.
      this.files.set(temp, bytes.slice(0, bytes.length >> 1));
      this.files.delete(temp);
      throw new FileError(fail);
    }
    this.files.set(temp, bytes.slice());
    return temp;
  }

  async replace(from: string, to: string): Promise<void> {
    const fail = this.failReplace(to);
    if (fail) throw new FileError(fail);
    this.files.set(to, this.files.get(from)!);
    this.files.delete(from);
  }

  async claim(from: string, to: string): Promise<void> {
    if (this.files.has(to)) throw new FileError('exists');
    await this.replace(from, to);
  }

  async discard(path: string): Promise<void> {
    this.files.delete(path);
  }
}
