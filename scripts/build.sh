#!/usr/bin/env bash
# Builds the release wasm into pkg/ (wasm-bindgen --target web, then wasm-opt -Oz) and lays out
# www/pkg for the demo. Every step is skipped when its output is newer than its inputs, so a
# second run with nothing changed takes a second or two.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh

cargo build --quiet --lib --release --target wasm32-unknown-unknown --features csr
raw=target/wasm32-unknown-unknown/release/gmg_widgets.wasm
mkdir -p pkg
if [ ! -f pkg/gmg_widgets_bg.wasm ] || [ "$raw" -nt pkg/gmg_widgets_bg.wasm ]; then
  # Built aside and moved in at the end, so an interrupted build never leaves an unoptimised
  # wasm in pkg/ that looks up to date.
  tmp=$(mktemp -d)
  trap 'rm -rf "$tmp"' EXIT
  wasm-bindgen "$raw" --target web --out-dir "$tmp" --out-name gmg_widgets
  # The features rustc enables by default for wasm32 (bulk memory, sign extension, ...):
  # every browser of the last years has them, and wasm-opt must be allowed to keep them.
  # --low-memory-unused: Rust's wasm data lives far above address 1024, so wasm-opt may fold
  # small constant addresses; with --converge that saves ~0.9 KB brotli here.
  # -ocimfs 20: inline a function with one caller only when it is small. wasm-opt's default
  # (inline every one-caller function) makes long functions that brotli compresses worse:
  # measured on wasm + glue, brotli 11: default 156.7 KB, -ocimfs 10/15/20/25/40: 150.5/150.4/
  # 150.3/150.5/150.8 KB; -Os/-O3 with -ocimfs 20 are no smaller in brotli and larger raw.
  node_modules/.bin/wasm-opt -Oz -ocimfs 20 --converge --low-memory-unused --strip-debug --strip-producers \
    --enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext \
    --enable-mutable-globals --enable-reference-types --enable-multivalue \
    "$tmp/gmg_widgets_bg.wasm" -o "$tmp/gmg_widgets_bg.opt.wasm"
  mv "$tmp/gmg_widgets_bg.opt.wasm" "$tmp/gmg_widgets_bg.wasm"
  cp -r "$tmp"/. pkg/
fi
cp js/*.js pkg/
# The shipped stylesheet (pkg/gmg-widgets.css) and the pre-rendered fragment of every widget
# in every language for the built-in data (pkg/fragments/), by the native renderer: the very
# markup the wasm draws, shown before (or without) it.
cargo build --quiet --bin gmg-widgets --features ssr,cli
target/debug/gmg-widgets prerender pkg >/dev/null
mkdir -p www/pkg
cp pkg/*.js pkg/*.wasm pkg/*.css www/pkg/
rm -rf www/pkg/fragments && cp -r pkg/fragments www/pkg/
node scripts/package.mjs
