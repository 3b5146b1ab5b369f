#!/usr/bin/env bash
# Runs Konsortio on its embedded default database (seeded with the demo consortium on first
# start). Until the desktop app exists this is the CLI: it shows a split of the demo year.
# Set KONSORTIO_DB to use another file.
set -euo pipefail
cd "$(dirname "$0")/.."
if ! command -v cc >/dev/null; then
  SUDO=$([ "$(id -u)" = 0 ] && echo "" || echo sudo)
  $SUDO apt-get update
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y --no-install-recommends build-essential
fi
cargo run --release --locked -q -p konsortio-cli -- demo
