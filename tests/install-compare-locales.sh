#!/usr/bin/env bash
# Installs Mozilla's compare-locales (PyPI), pinned, in a virtualenv under .tools/ (which
# git ignores), unless that exact version is already there. Prints the path of its
# command. Used by tests/run.sh and the l10n comparison and benchmark scripts.
set -euo pipefail
cd "$(dirname "$0")/.."
version=9.0.5
venv=.tools/compare-locales
if ! "$venv/bin/compare-locales" --version 2>/dev/null | grep -qx "compare-locales $version"; then
  rm -rf "$venv"
  python3 -m venv "$venv" >&2
  "$venv/bin/pip" install --quiet --disable-pip-version-check "compare-locales==$version" >&2
fi
echo "$(pwd)/$venv/bin/compare-locales"
