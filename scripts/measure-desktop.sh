#!/usr/bin/env bash
# Measures the desktop speed figures the README records under "Desktop speed", with the
# release build: cold start to first screen (a new process each run: from exec until the
# window reports its members table painted) on the demo database and on a generated one of
# 3,000 members and 500 deals; then, driven through tauri-driver on the large database, a
# rule change on the 3,000-participant deal and on an open one until the new shares are
# painted, and scrolling the 3,000-row member table frame by frame.
#
#   scripts/measure-desktop.sh            (RUNS=5; KONSORTIO_APP, BIG_DB to choose others)
set -euo pipefail
cd "$(dirname "$0")/.."
if [ -z "${DISPLAY:-}" ]; then exec xvfb-run -a -s '-screen 0 1280x800x24' "$0" "$@"; fi
app=${KONSORTIO_APP:-$PWD/target/release/konsortio-desktop}
cli=${KONSORTIO_CLI:-$PWD/target/debug/konsortio}
big=${BIG_DB:-$PWD/target/perf/big.db}
demo=$PWD/target/perf/demo.db
runs=${RUNS:-5}
[ -x "$app" ] || { echo "no $app: build it with scripts/package.sh or cargo build --release -p konsortio-desktop --features custom-protocol" >&2; exit 1; }
[ -x "$cli" ] || cargo build --locked -p konsortio-cli
mkdir -p target/perf
if [ ! -f "$big" ]; then
  csv=$(mktemp -d)
  python3 scripts/make-big-db.py "$csv"
  "$cli" --db "$big" import-dir "$csv" | tail -1
  rm -rf "$csv"
fi
[ -f "$demo" ] || "$cli" --db "$demo" init --demo >/dev/null
config=$(mktemp -d)
trap 'rm -rf "$config"' EXIT

# One start: milliseconds from exec until the first screen was painted, from main(), and
# from the page's own start (the rest is the process, GTK and WebKit starting).
start() {
  local log t0 pid line
  log=$(mktemp)
  t0=$(date +%s%3N)
  KONSORTIO_DB=$1 KONSORTIO_TIMINGS=1 KONSORTIO_CONFIG_DIR=$config "$app" 2>"$log" &
  pid=$!
  for _ in $(seq 1 2400); do grep -q 'konsortio-timing first-screen' "$log" && break; sleep 0.025; done
  kill "$pid"; wait "$pid" 2>/dev/null || true
  line=$(grep 'konsortio-timing first-screen' "$log" || true)
  rm -f "$log"
  if [ -z "$line" ]; then echo "no first screen within 60 s" >&2; return; fi
  echo "$(( ${line##*epoch_ms=} - t0 )) $(sed 's/.*since_main_ms=\([0-9]*\).*/\1/' <<<"$line") $(sed 's/.*page_ms=\([0-9]*\).*/\1/' <<<"$line")"
}

median() { sort -n | awk '{ a[NR] = $1 } END { print (NR % 2 ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2) }'; }

echo "machine: $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg); $(basename "$app") $(du -h "$app" | cut -f1)"
for name in demo big; do
  if [ "$name" = big ]; then db=$big; else db=$demo; fi
  start "$db" >/dev/null # the first run warms the OS file cache; it is not counted
  results=$(for _ in $(seq 1 "$runs"); do start "$db"; done)
  echo "cold start to first screen, $name database ($(du -h "$db" | cut -f1)): median $(cut -d' ' -f1 <<<"$results" | median) ms" \
    "(runs: $(cut -d' ' -f1 <<<"$results" | tr '\n' ' ')ms); from main(): $(cut -d' ' -f2 <<<"$results" | median) ms;" \
    "the page itself: $(cut -d' ' -f3 <<<"$results" | median) ms"
done

npm install --prefix e2e --no-audit --no-fund >/dev/null
out=$(KONSORTIO_PERF=1 KONSORTIO_E2E_DB=$big KONSORTIO_APP=$app KONSORTIO_CONFIG_DIR=$config npm --prefix e2e run perf 2>&1) || { echo "$out" | tail -40; exit 1; }
sed -n 's/.*KONSORTIO-SPEED //p' <<<"$out" | tail -1 | python3 -c '
import json, sys
f = json.load(sys.stdin)
r, o, s = f["rule_change_3000"], f["rule_change_open"], f["scroll"]
closed, opened, members = f["participants_closed"], f["participants_open"], f["members"]
print("rule change on the %s-participant deal until the shares are painted: median %s ms, max %s ms (%s changes); backend answered in: median %s ms" % (closed, r["median_ms"], r["max_ms"], r["n"], r["answered_median_ms"]))
print("rule change on an open deal of %s participants: median %s ms, max %s ms (%s changes); backend answered in: median %s ms" % (opened, o["median_ms"], o["max_ms"], o["n"], o["answered_median_ms"]))
print("scrolling the %s member table: %s frames, median %s ms, 95th percentile %s ms, %s frames over 33 ms; %s rows in the page"
      % (members, s["frames"], s["median_frame_ms"], s["p95_frame_ms"], s["frames_over_33ms"], s["rows_in_page"]))
'
