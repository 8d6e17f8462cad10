// The Markdown files below a folder, as the CLI finds them: symbolic links are followed only where
// they lead inside the anthology (a link to a folder above would let `migrate` rewrite reports
// outside it), and a folder reached twice (a link into its own parent) is read once.
import { readdirSync, realpathSync, statSync, type Dirent } from 'node:fs';
import { join, sep } from 'node:path';
import { isInside } from '../core/project/contain';

// Only these are skipped: dot folders (`.github`, `.changeset`) are searched, as the editor's
// workspace check searches them; a file there is checked only if it is a case report.
const SKIPPED = new Set(['node_modules', '.git']);
const MARKDOWN = (path: string) => /\.(md|markdown)$/.test(path);

/**
 * Every file below `start` that `accept` takes (absolute paths, unsorted; by default the Markdown
 * files), at most `depth` folders deep; `root`: the anthology's real path.
 */
export function walkFiles(start: string, root: string, accept: (path: string) => boolean = MARKDOWN, depth = Infinity): string[] {
  const found: string[] = [];
  const seen = new Set<string>();
  const visit = (dir: string, real: string, level: number) => {
    if (seen.has(real) || level > depth) return;
    seen.add(real);
    let entries: Dirent[];
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch {
      return; // unreadable folders are passed over, as Git and the glob libraries do
    }
    for (const e of entries) {
      const path = join(dir, e.name);
      if (e.isDirectory()) {
        if (!SKIPPED.has(e.name)) visit(path, join(real, e.name), level + 1);
      } else if (e.isFile()) {
        if (accept(path)) found.push(path);
      } else if (e.isSymbolicLink()) {
        let target: string;
        let isFolder: boolean;
        try {
          target = realpathSync(path);
          isFolder = statSync(target).isDirectory();
        } catch {
          continue; // a broken link
        }
        if (!isInside(root, target, sep)) continue;
        if (isFolder) {
          if (!SKIPPED.has(e.name)) visit(path, target, level + 1);
        } else if (accept(path)) found.push(path);
      }
    }
  };
  let real: string;
  try {
    real = realpathSync(start);
  } catch {
    return found;
  }
  if (isInside(root, real, sep)) visit(start, real, 1);
  return found;
}
