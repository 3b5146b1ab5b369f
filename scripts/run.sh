#!/usr/bin/env bash
# Runs the Konsortio desktop app on its embedded default database (konsortio.db in the
# platform's data directory, seeded with the demo consortium on first start), installing
# what it needs on a fresh Debian machine. Set KONSORTIO_DB to use another file.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/system-packages.sh
npm install --prefix ui --no-audit --no-fund
npm --prefix ui run build
cargo build --release --locked -p konsortio-desktop --features custom-protocol
exec target/release/konsortio-desktop
