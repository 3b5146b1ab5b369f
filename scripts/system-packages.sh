#!/usr/bin/env bash
# Installs the Debian packages Konsortio needs, if any is missing: the C toolchain (bundled
# SQLite), WebKitGTK for the desktop app, fonts for every script the members write in, and,
# with --test, Xvfb and tools to run the app headless and take screenshots, and poppler-utils
# (pdftotext, pdfinfo) to read back the PDFs konsortio-pdf renders.
set -euo pipefail
packages=(build-essential pkg-config libwebkit2gtk-4.1-dev fonts-noto-core fonts-noto-cjk)
if [ "${1:-}" = --test ]; then
  packages+=(xvfb xauth imagemagick xdotool webkit2gtk-driver poppler-utils)
fi
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  SUDO=$([ "$(id -u)" = 0 ] && echo "" || echo sudo)
  $SUDO apt-get update
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y --no-install-recommends "${missing[@]}"
fi
if ! command -v cargo >/dev/null || ! command -v npm >/dev/null; then
  echo "Rust (rustup, cargo 1.90 or newer) and Node.js 20 with npm are needed; install them, then run this again." >&2
  exit 1
fi
if [ "${1:-}" = --test ] && [ ! -x "$HOME/.cargo/bin/tauri-driver" ]; then
  cargo install tauri-driver --version '^2' --locked
fi
