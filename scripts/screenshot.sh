#!/usr/bin/env bash
# Starts the desktop app on a fresh demo database inside the current X display, waits for its
# window, and saves a screenshot: scripts/screenshot.sh OUT.png [BINARY]. Run under xvfb-run.
set -euo pipefail
out=${1:?usage: screenshot.sh OUT.png [BINARY]}
bin=${2:-target/debug/konsortio-desktop}
db=$(mktemp -d)/konsortio.db
KONSORTIO_DB=$db "$bin" &
pid=$!
trap 'kill $pid 2>/dev/null || true' EXIT
for _ in $(seq 1 60); do
  xdotool search --name Konsortio >/dev/null 2>&1 && break
  sleep 0.5
done
sleep "${SETTLE:-3}"
import -window root "$out"
echo "screenshot: $out"
