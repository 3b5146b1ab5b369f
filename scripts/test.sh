#!/usr/bin/env bash
# Runs every test, installing what it needs on a fresh Debian machine (scripts/system-packages.sh):
# the Rust tests of every crate, the UI's type check and component tests, then the desktop
# app built for real and started under Xvfb, with a screenshot of its first screen checked.
set -euo pipefail
cd "$(dirname "$0")/.."
export CARGO_TERM_COLOR=never CARGO_INCREMENTAL=0
scripts/system-packages.sh --test
log=$(mktemp)
trap 'rm -f "$log"' EXIT

echo "== Rust: unit, property, golden CLI transcripts, imports, migrations, the layering rule"
cargo test --workspace --exclude konsortio-desktop --locked 2>&1 | tee "$log"

echo "== UI: type check and component tests (against a mock backend)"
npm install --prefix ui --no-audit --no-fund
npm --prefix ui run check
npm --prefix ui test 2>&1 | tee -a "$log"

echo "== Desktop app: built with the UI embedded, started on a fresh demo database"
npm --prefix ui run build
cargo build --locked -p konsortio-desktop --features custom-protocol
# The shell's own unit tests (the File menu's recent databases), built with the same features.
cargo test --locked -p konsortio-desktop --features custom-protocol 2>&1 | tee -a "$log"
mkdir -p artifacts
xvfb-run -a -s '-screen 0 1280x800x24' scripts/screenshot.sh artifacts/first-screen.png
# A blank window has a handful of colours; the members table with its text has hundreds.
colours=$(identify -format %k artifacts/first-screen.png)
echo "first screen: $colours colours (artifacts/first-screen.png)"
if [ "$colours" -lt 100 ]; then echo "test result: FAILED. 0 passed; 1 failed (blank first screen)" | tee -a "$log"; else echo "test result: ok. 1 passed; 0 failed (first screen rendered)" | tee -a "$log"; fi

echo "== End to end: the real app driven through tauri-driver (screenshots in artifacts/e2e-*.png)"
cargo build --locked -p konsortio-cli
npm install --prefix e2e --no-audit --no-fund
e2e_status=0
xvfb-run -a -s '-screen 0 1280x800x24' npm --prefix e2e test 2>&1 | tee -a "$log" || e2e_status=$?

# One closing line for the whole run: cargo's, vitest's and WebdriverIO's counts together.
awk '/^test result:/ { p += $4; f += $6 }
     /Tests +[0-9]+ passed/ { for (i = 1; i <= NF; i++) if ($i ~ /^[0-9]+$/ && $(i+1) ~ /passed/) p += $i }
     /Tests .*[0-9]+ failed/ { for (i = 1; i <= NF; i++) if ($i ~ /^[0-9]+$/ && $(i+1) ~ /failed/) f += $i }
     /\] [0-9]+ passing/ { for (i = 1; i <= NF; i++) if ($(i+1) == "passing") p += $i }
     /\] [0-9]+ failing/ { for (i = 1; i <= NF; i++) if ($(i+1) == "failing") f += $i }
     END { printf "tests: %d passed, %d failed\n", p, f; exit (f > 0) }' <(sed 's/\x1b\[[0-9;]*m//g' "$log")
[ "$e2e_status" = 0 ] || { echo "the end-to-end run failed (exit $e2e_status)"; exit 1; }
