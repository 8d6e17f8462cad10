// Paths that stay inside the anthology. Lexical here (a sheet's `file` cell, a name a command
// makes); the hosts also resolve symbolic links before they read or write (src/cli/nodePort.ts).

export type Contained = { ok: true; path: string } | { ok: false; why: 'absolute' | 'outside' };

/**
 * A path relative to the anthology's root, as a sheet or a person writes it (`\` read as `/`),
 * normalised (no `.`, no `..`, no doubled `/`), or why it is refused: absolute (`/x`, `C:\x`,
 * `\\server\x`, `~/x`), or leaving the root through `..`.
 */
export function relativeInside(given: string): Contained {
  const path = given.replace(/\\/g, '/');
  if (/^(\/|[a-z]:|~)/i.test(path)) return { ok: false, why: 'absolute' };
  const parts: string[] = [];
  for (const part of path.split('/')) {
    if (part === '' || part === '.') continue;
    if (part !== '..') parts.push(part);
    else if (parts.pop() === undefined) return { ok: false, why: 'outside' };
  }
  return parts.length ? { ok: true, path: parts.join('/') } : { ok: false, why: 'outside' };
}

/** `path` is `root` or below it; both absolute, normalised, with the host's separator `sep`. */
export function isInside(root: string, path: string, sep = '/'): boolean {
  const base = root.endsWith(sep) ? root : root + sep;
  return path === root || path.startsWith(base);
}
