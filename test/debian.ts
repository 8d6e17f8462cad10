// Programs the tests run as users would (pre-commit, LibreOffice, xmllint), from Debian's packages,
// installed on first use as the real-VS-Code setup installs Chromium: a fresh machine has none.
import { execFileSync, spawnSync } from 'node:child_process';

/** `command`, installed from Debian's `pkg` when it is missing. */
export function debianTool(command: string, pkg: string): string {
  if (spawnSync('sh', ['-c', `command -v ${command}`]).status === 0) return command;
  execFileSync('bash', ['-c', `export DEBIAN_FRONTEND=noninteractive; (apt-get install -y -qq --no-install-recommends ${pkg} || (apt-get update -qq && apt-get install -y -qq --no-install-recommends ${pkg})) >/dev/null`], { stdio: 'inherit' });
  return command;
}
