#!/usr/bin/env bash
# Runs every test. On a fresh Debian machine it first installs the C toolchain that the
# bundled SQLite needs; Rust (cargo 1.85 or newer) must be there (rustup).
set -euo pipefail
cd "$(dirname "$0")/.."
export CARGO_TERM_COLOR=never CARGO_INCREMENTAL=0 CARGO_PROFILE_DEV_DEBUG=line-tables-only
if ! command -v cc >/dev/null; then
  SUDO=$([ "$(id -u)" = 0 ] && echo "" || echo sudo)
  $SUDO apt-get update
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y --no-install-recommends build-essential
fi
if ! command -v cargo >/dev/null; then
  echo "Rust is missing: install it with rustup (https://rustup.rs), then run this again." >&2
  exit 1
fi
# Every crate, every test: unit, property, golden CLI transcripts, imports, migrations,
# the layering rule; the benchmark binary is built (not run: figures are in the README).
log=$(mktemp)
trap 'rm -f "$log"' EXIT
cargo test --workspace --locked 2>&1 | tee "$log"
# One closing line for the whole run (the last binary cargo runs may hold no test).
awk '/^test result:/ { p += $4; f += $6 } END { printf "tests: %d passed, %d failed\n", p, f; exit (f > 0) }' "$log"
