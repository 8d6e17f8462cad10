// A file read through `workspace.fs` (desktop, vscode.dev and virtual workspaces alike) only when it
// is a regular file within its limit, measured by its size before it is read: a pipe or a device
// named as a schema would keep the read pending for ever, a huge file would fill the host's memory.
import * as vscode from 'vscode';
import { FileError, SMALL_FILE_LIMIT } from '../core/project/port';

/** Is it a regular file (or a link to one), and how large? Throws FileError. */
export async function regularFile(uri: vscode.Uri): Promise<number> {
  let stat: vscode.FileStat;
  try {
    stat = await vscode.workspace.fs.stat(uri);
  } catch (e) {
    throw new FileError((e as vscode.FileSystemError).code === 'NoPermissions' ? 'permission' : 'missing', (e as Error).message);
  }
  if (!(stat.type & vscode.FileType.File)) throw new FileError('not-a-file');
  return stat.size;
}

/** The bytes of a regular file of at most `limit` bytes; throws FileError (`not-a-file`, `too-large`, …). */
export async function readBounded(uri: vscode.Uri, limit = SMALL_FILE_LIMIT): Promise<Uint8Array> {
  if ((await regularFile(uri)) > limit) throw new FileError('too-large');
  const bytes = await vscode.workspace.fs.readFile(uri);
  if (bytes.length > limit) throw new FileError('too-large');
  return bytes;
}
