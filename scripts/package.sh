#!/usr/bin/env bash
# Builds the release desktop app and its installable packages (.deb and .rpm, by the Tauri
# bundler), then checks the .deb: it holds the binary, the .desktop file and the icons, and
# declares its dependencies. With --run, it also unpacks the .deb into a throwaway folder and
# starts the unpacked binary under Xvfb on a fresh demo database, with a screenshot.
#
#   scripts/package.sh [--run]      packages in target/release/bundle/{deb,rpm}/
#   sudo apt install ./target/release/bundle/deb/Konsortio_*.deb   (the package is named konsortio)
set -euo pipefail
cd "$(dirname "$0")/.."
export CARGO_TERM_COLOR=never
started=$SECONDS
scripts/system-packages.sh $([ "${1:-}" = --run ] && echo --test)

# `npm install`, not `npm ci`: a registry mirror without other platforms' optional
# @tauri-apps/cli-* packages writes a lockfile `npm ci` then refuses (TAURI-RECIPE.md).
npm install --prefix ui --no-audit --no-fund
# The Tauri CLI builds the UI (beforeBuildCommand) and the release binary with the UI
# embedded; the binary is stripped (the release profile keeps line tables for backtraces,
# 180 MB of them), then bundled. AppImage is left out: its tools come from the network.
npm --prefix ui run tauri -- build --no-bundle
strip --strip-all target/release/konsortio-desktop
npm --prefix ui run tauri -- bundle --bundles deb,rpm

deb=$(ls -t target/release/bundle/deb/Konsortio_*.deb | head -1)
rpm=$(ls -t target/release/bundle/rpm/Konsortio-*.rpm | head -1)
echo "== Checking $deb"
fail() { echo "package check FAILED: $*" >&2; exit 1; }
info=$(dpkg-deb -I "$deb")
files=$(dpkg-deb -c "$deb")
depends=$(sed -n 's/^ Depends: //p' <<<"$info")
echo "Depends: $depends"
for dep in libwebkit2gtk-4.1-0 libgtk-3-0; do
  grep -q "$dep" <<<"$depends" || fail "the .deb does not depend on $dep"
done
grep -Eq ' (\./)?usr/bin/konsortio-desktop$' <<<"$files" || fail "no /usr/bin/konsortio-desktop in the .deb"
grep -Eq ' (\./)?usr/share/applications/Konsortio.desktop$' <<<"$files" || fail "no .desktop file in the .deb"
icons=$(grep -Ec ' (\./)?usr/share/icons/hicolor/.*/apps/konsortio-desktop.png$' <<<"$files" || true)
[ "$icons" -ge 2 ] || fail "the .deb holds $icons icons"
echo "binary, Konsortio.desktop and $icons icons present; $(du -h "$deb" | cut -f1) .deb, $(du -h "$rpm" | cut -f1) .rpm"

if [ "${1:-}" = --run ]; then
  echo "== Running the packaged binary (unpacked, not installed)"
  root=$(mktemp -d)
  trap 'rm -rf "$root"' EXIT
  dpkg-deb -x "$deb" "$root"
  grep -q '^Exec=konsortio-desktop' "$root/usr/share/applications/Konsortio.desktop" || fail "the .desktop file does not start konsortio-desktop"
  missing=$(ldd "$root/usr/bin/konsortio-desktop" | grep 'not found' || true)
  [ -z "$missing" ] || fail "libraries not found: $missing"
  mkdir -p artifacts
  xvfb-run -a -s '-screen 0 1280x800x24' scripts/screenshot.sh artifacts/packaged.png "$root/usr/bin/konsortio-desktop"
  colours=$(identify -format %k artifacts/packaged.png)
  [ "$colours" -ge 100 ] || fail "the packaged app showed a blank window ($colours colours)"
  echo "the packaged app started and drew its first screen ($colours colours, artifacts/packaged.png)"
fi
echo "== Packages built in $((SECONDS - started)) s:"
ls -l "$deb" "$rpm"
