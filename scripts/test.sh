#!/usr/bin/env bash
# Every test, in order from the cheapest: format and lints, native unit + SSR + CLI tests,
# the release build and its size budget, browser tests (wasm-bindgen-test in headless
# Chromium) and page tests (playwright-core driving Debian's Chromium against www/).
set -euo pipefail
cd "$(dirname "$0")/.."
start=$(date +%s)
step() { printf '\n\033[1m== %s\033[0m\n' "$*"; }

step "setup"
scripts/setup.sh --test

step "cargo fmt --check"
cargo fmt --all -- --check

step "clippy (host and wasm32)"
cargo clippy --quiet --all-targets --features ssr,cli -- -D warnings
cargo clippy --quiet --all-targets --features csr --target wasm32-unknown-unknown -- -D warnings
cargo clippy --quiet --lib --features csr,fetched-langs --target wasm32-unknown-unknown -- -D warnings

step "docs (broken links and missing docs fail)"
RUSTDOCFLAGS="-D warnings" cargo doc --quiet --no-deps --features ssr,cli

step "native tests: unit, doc, SSR snapshots, data fixtures, CLI"
cargo test --features ssr,cli

step "release build into pkg/ and the size budget"
scripts/build.sh
node scripts/sizes.mjs --check

step "browser tests (wasm-bindgen-test, headless Chromium)"
CHROMEDRIVER=/usr/bin/chromedriver cargo test --target wasm32-unknown-unknown --features csr,embedded-data --test web

step "page tests (playwright-core + Chromium)"
node --test --test-concurrency=1 tests/page/

echo "all tests passed in $(( $(date +%s) - start )) s"
