#!/usr/bin/env bash
# Installs what `npm run test:e2e` needs, and nothing when it is already there:
#   - Debian: chromium (driven headless by playwright-core), ripgrep, libkrb5-dev (code-server's
#     native `kerberos` module builds against it);
#   - code-server (VS Code 1.100.3 with a real Node extension host) in .vscode-test/, because
#     @vscode/test-electron cannot download a VS Code build on this network.
# Needs root or sudo for apt, the npm registry, and g++/make/python3 for code-server's native modules.
set -euo pipefail
cd "$(dirname "$0")/../.."

CODE_SERVER_VERSION=4.100.3
DEST="$PWD/.vscode-test/code-server-$CODE_SERVER_VERSION"
BIN="$DEST/node_modules/.bin/code-server"

apt_install() {
  local missing=()
  for pkg in "$@"; do dpkg -s "$pkg" >/dev/null 2>&1 || missing+=("$pkg"); done
  [ ${#missing[@]} -eq 0 ] && return 0
  local sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends \
    -o DPkg::Lock::Timeout=300 "${missing[@]}"
}

say() { echo "  [setup] $*"; }

say "Debian packages: chromium, ripgrep, libkrb5-dev"
apt_install chromium ripgrep libkrb5-dev

if [ -x "$BIN" ] && "$BIN" --version >/dev/null 2>&1; then
  say "code-server $CODE_SERVER_VERSION is installed"
  exit 0
fi

# @vscode/ripgrep's postinstall downloads rg from GitHub unless its cache already holds the archive:
# fill the cache from Debian's rg.
RG_CACHE="${TMPDIR:-/tmp}/vscode-ripgrep-cache-1.15.11"
RG_ARCHIVE="$RG_CACHE/ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz"
if [ ! -s "$RG_ARCHIVE" ]; then
  mkdir -p "$RG_CACHE"
  tar -czf "$RG_ARCHIVE" -C /usr/bin rg
fi

mkdir -p "$DEST"
[ -f "$DEST/package.json" ] || echo '{"name":"xproj-e2e-code-server","private":true}' >"$DEST/package.json"
# code-server builds its native modules against the system's Node headers (no header download),
# and its postinstall runs nested installs that must not stop to ask.
export npm_config_unsafe_perm=true npm_config_yes=true npm_config_nodedir=/usr
say "Installing code-server $CODE_SERVER_VERSION into .vscode-test/ (once; about three minutes: it builds native modules)"
# The install prints nothing for minutes: a line every 20 s says it is still at work.
started=$SECONDS
( while sleep 20; do say "still installing code-server… $((SECONDS - started)) s"; done ) &
ticker=$!
trap 'kill $ticker 2>/dev/null || true' EXIT
npm install --prefix "$DEST" --no-audit --no-fund --loglevel=error "code-server@$CODE_SERVER_VERSION"
kill $ticker 2>/dev/null || true
say "code-server installed in $((SECONDS - started)) s"
"$BIN" --version
