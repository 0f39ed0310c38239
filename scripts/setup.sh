#!/usr/bin/env bash
# Installs what the build and the tests need, skipping whatever is already there, so that a
# fresh Debian machine with rustup, Node 20 and npm gets everything from the project's files.
#   scripts/setup.sh          build tools (wasm target, wasm-bindgen-cli, npm dev tools)
#   scripts/setup.sh --test   also rustfmt/clippy and Chromium + chromedriver from Debian
set -euo pipefail
cd "$(dirname "$0")/.."

say() { printf '\033[1m[setup]\033[0m %s\n' "$*"; }

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  say "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi

# std's source, for the visitor's wasm built with -Zbuild-std (scripts/build.sh).
if ! rustup component list --installed | grep -qx 'rust-src'; then
  say "adding the rust-src component"
  rustup component add rust-src
fi

# wasm-bindgen-cli must be exactly the wasm-bindgen version the lock file pins.
want=$(awk '/^name = "wasm-bindgen"$/ {getline; gsub(/[^0-9.]/, ""); print; exit}' Cargo.lock)
have=$(wasm-bindgen --version 2>/dev/null | awk '{print $2}' || true)
if [ "$have" != "$want" ]; then
  say "installing wasm-bindgen-cli $want (was: ${have:-none}); this takes a few minutes once"
  cargo install wasm-bindgen-cli --version "$want"
fi

if [ ! -x node_modules/.bin/wasm-opt ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  say "installing pinned npm dev tools (binaryen, playwright-core, axe-core, esbuild)"
  npm ci --no-audit --no-fund
fi

if [ "${1:-}" = "--test" ]; then
  for c in rustfmt clippy; do
    rustup component list --installed | grep -q "^$c" || rustup component add "$c"
  done
  # Chromium and its driver for the browser and page tests, pdftotext for the print test,
  # a CJK font so that Chinese renders in screenshots and PDFs. Each is checked on its own.
  missing=()
  for p in chromium chromium-driver poppler-utils fonts-wqy-zenhei; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "ok installed" || missing+=("$p")
  done
  if [ ${#missing[@]} -gt 0 ]; then
    say "installing from Debian: ${missing[*]}"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq "${missing[@]}" >/dev/null
  fi
fi
