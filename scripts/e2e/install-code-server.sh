#!/usr/bin/env bash
# Installs code-server (VS Code 1.100 workbench + Node extension host) into .cache/code-server/ for the
# offline real-editor tests. Not a package.json dependency: it is ~300 MB. Idempotent: skips when present.
set -euo pipefail
cd "$(dirname "$0")/../.."

VERSION=4.100.3
# @vscode/ripgrep as pinned by code-server 4.100.3, and the rg release asset its postinstall wants.
RG_PKG_VERSION=1.15.11
RG_ASSET=ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz

DIR=.cache/code-server
BIN="$DIR/node_modules/.bin/code-server"
STAMP="$DIR/installed-$VERSION"

if [[ -f "$STAMP" && -x "$BIN" ]]; then
  echo "code-server $VERSION already in $DIR"
  exit 0
fi

command -v rg >/dev/null || { echo "install-code-server: ripgrep (rg) is required: apt-get install ripgrep" >&2; exit 1; }

rm -rf "$DIR"
mkdir -p "$DIR"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

# @vscode/ripgrep downloads rg from GitHub (unreachable here) unless the release tarball is already in
# $TMPDIR/vscode-ripgrep-cache-<version>/: put Debian's rg there under the asset's name.
mkdir -p "$tmp/vscode-ripgrep-cache-$RG_PKG_VERSION" "$tmp/rg"
cp "$(command -v rg)" "$tmp/rg/rg"
tar -czf "$tmp/vscode-ripgrep-cache-$RG_PKG_VERSION/$RG_ASSET" -C "$tmp/rg" rg

echo '{ "name": "gov-report-tools", "private": true }' > "$DIR/package.json"
start=$SECONDS
# yes=true: node-pty's install runs `npx node-gyp`; --unsafe-perm: the postinstall refuses root otherwise.
TMPDIR="$tmp" npm_config_yes=true npm install --prefix "$DIR" --no-save --no-audit --no-fund \
  --unsafe-perm "code-server@$VERSION"

if ! find "$DIR/node_modules/code-server" -path '*@vscode/ripgrep/bin/rg' -print -quit | grep -q .; then
  echo "install-code-server: code-server installed without ripgrep's rg binary" >&2
  exit 1
fi
touch "$STAMP"
echo "code-server $VERSION installed in $DIR in $((SECONDS - start)) s"
