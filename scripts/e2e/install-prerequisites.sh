#!/usr/bin/env bash
# What the real-editor tests need on a fresh Debian bookworm machine (Node 20, npm registry + apt only):
# Debian packages (Chromium for Playwright, CJK fonts for readable screenshots, libkrb5-dev for a native
# module of code-server, ripgrep, Neovim), then code-server in .cache/code-server/. Each step is skipped
# when already done.
set -euo pipefail
cd "$(dirname "$0")/../.."

PACKAGES=(chromium fonts-noto-cjk libkrb5-dev ripgrep neovim)
missing=()
for p in "${PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
if ((${#missing[@]})); then
  SUDO=()
  [[ $(id -u) -ne 0 ]] && SUDO=(sudo)
  echo "apt-get install ${missing[*]}"
  start=$SECONDS
  "${SUDO[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -qq
  "${SUDO[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  echo "apt-get: $((SECONDS - start)) s"
else
  echo "Debian packages present: ${PACKAGES[*]}"
fi

bash scripts/e2e/install-code-server.sh
