#!/usr/bin/env bash
# Builds the release wasms into pkg/ (wasm-bindgen --target web, then wasm-opt -Oz): the
# visitor's gmg_widgets and the maintainer's gmg_tools; and lays out
# www/pkg for the demo. Every step is skipped when its output is newer than its inputs, so a
# second run with nothing changed takes a second or two.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh

# optimise NAME RAW: wasm-bindgen, then wasm-opt, into pkg/NAME.js + pkg/NAME_bg.wasm.
optimise() {
  local name=$1 raw=$2
  if [ -f "pkg/${name}_bg.wasm" ] && [ ! "$raw" -nt "pkg/${name}_bg.wasm" ]; then return; fi
  # Built aside and moved in at the end, so an interrupted build never leaves an unoptimised
  # wasm in pkg/ that looks up to date.
  local tmp
  tmp=$(mktemp -d)
  wasm-bindgen "$raw" --target web --out-dir "$tmp" --out-name "$name"
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
    "$tmp/${name}_bg.wasm" -o "$tmp/${name}_bg.opt.wasm"
  mv "$tmp/${name}_bg.opt.wasm" "$tmp/${name}_bg.wasm"
  # The glue minified (esbuild, not bundled: its imports, export names and import.meta.url
  # stay): every visitor pays for it, brotli 6.9 -> 4.6 KB.
  node_modules/.bin/esbuild "$tmp/${name}.js" --minify --format=esm --log-level=warning \
    --allow-overwrite --outfile="$tmp/${name}.js"
  # The imports' names (`__wbg_<what>_<hash>`, in the wasm and the glue alike) made short:
  # brotli -2.7 KB on the visitor's payload.
  node scripts/short-imports.mjs "$tmp" "$name" >/dev/null
  cp -r "$tmp"/. pkg/
  rm -rf "$tmp"
}

mkdir -p pkg
# The visitor's wasm: the widgets, the widget's own strict decode, nothing for maintainers.
# `cargo rustc --crate-type cdylib`, not `cargo build`: for a lib that is also an rlib (the
# native tests and the CLI link it) Cargo silently drops `lto = true` (rust-lang/cargo#9672);
# the cdylib alone is built with fat LTO: payload -6.4 KB brotli.
# LLVM's inliner limit for that LTO step (the flags after `--` reach only this crate, where the
# whole program is optimised; the dependencies are not rebuilt): the brotli size is a step
# function of it, measured on payload: default 129,057; 0: 129,360; 5: 129,005; 10: 128,872;
# 12 to 15: 128,107; 16 to 20: 129,699; 50: 134,203. 12: in the middle of the best step.
# std built from source (rust-src of the same pinned stable toolchain, so std and compiler match)
# for size, with panics that trap at once: the build-std flags are unstable, hence
# RUSTC_BOOTSTRAP=1 for this one build only (docs/DESIGN.md, "Build-std on the stable
# toolchain"). Measured on payload, brotli 11: wasm 115,132 -> 105,807, glue 3,463 -> 3,199.
# Its own target dir: the flags change every crate, and the tools' and tests' builds stay plain.
RUSTC_BOOTSTRAP=1 RUSTFLAGS="-Zunstable-options -Cpanic=immediate-abort -Zfmt-debug=none -Zlocation-detail=none" \
  cargo rustc --quiet --lib --release --target wasm32-unknown-unknown --features csr,fetched-langs --crate-type cdylib \
  --target-dir target/visitor -Zbuild-std=std,panic_abort -Zbuild-std-features=optimize_for_size \
  -- -C llvm-args=-inline-threshold=12
optimise gmg_widgets target/visitor/wasm32-unknown-unknown/release/gmg_widgets.wasm
# The maintainer's wasm (the full validator, the built-in data as text), loaded on demand by
# the editor: the same crate with other features, so in its own target dir (both cdylibs are
# named gmg_widgets.wasm), built the plain way. Seeded once from the main one: the shared
# dependencies are built.
if [ ! -d target/tools ]; then
  mkdir -p target/tools
  cp -r target/release target/wasm32-unknown-unknown target/tools/ 2>/dev/null || true
fi
cargo rustc --quiet --lib --release --target wasm32-unknown-unknown --features tools --target-dir target/tools --crate-type cdylib
optimise gmg_tools target/tools/wasm32-unknown-unknown/release/gmg_widgets.wasm
cp js/workbench*.js pkg/
# The element modules (js/: one job each) bundled and minified into two files: the
# side-effect-free API pkg/api.js (the npm package's main entry, which define.js, the frame and
# the workbench import) and the script-tag entry pkg/gmg-widgets.js: the only script before
# first content (brotli 6.3 -> 1.8 KB: the built fragments and the little they need, first.js),
# which then imports api.js (which defines the elements and takes over). The few helpers both
# need are in both (+1.8 KB on the script-tag payload, in exchange for 4.5 KB less before
# first content). The glue stays a separate file, imported when the wasm is wanted.
for entry in gmg-widgets api; do
  node_modules/.bin/esbuild "js/$entry.js" --bundle --minify --format=esm --log-level=warning \
    --external:./gmg_widgets.js --external:./gmg_tools.js --external:./api.js --outfile="pkg/$entry.js"
done
# The built-in data: its own file next to the module, fetched only by widgets that need it.
cp data/gmg.json pkg/gmg-data.json
# The shipped stylesheet (pkg/gmg-widgets.css) and the pre-rendered fragment of every widget
# in every language for the built-in data (pkg/fragments/), by the native renderer: the very
# markup the wasm draws, shown before (or without) it.
cargo build --quiet --bin gmg-widgets --features ssr,cli
rm -rf pkg/fragments pkg/strings # written whole: no fragment of an older naming or width left over
target/debug/gmg-widgets prerender pkg >/dev/null
# The styles part of the shipped stylesheet minified (esbuild): every page that links it or
# shows a built fragment fetches it before first content (brotli 6,447 -> 5,605 bytes). The
# position rules, written compact by the renderer, stay as they are from their opening comment
# on (the element module splits the file there).
css=pkg/gmg-widgets.css
at=$(grep -n -m1 '^/\* Positions of markup shown without script' "$css" | cut -d: -f1)
{ head -n $((at - 1)) "$css" | node_modules/.bin/esbuild --loader=css --minify --log-level=warning; tail -n +"$at" "$css"; } >"$css.tmp"
mv "$css.tmp" "$css"
mkdir -p www/pkg
cp pkg/*.js pkg/*.wasm pkg/*.css pkg/gmg-data.json www/pkg/
rm -rf www/pkg/fragments www/pkg/strings && cp -r pkg/fragments pkg/strings www/pkg/
node scripts/package.mjs
