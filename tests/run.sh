#!/usr/bin/env bash
# Runs every test of Salama on a fresh Debian 12 machine: installs what it needs
# (idempotently), then formatting, lints, the Rust tests, the translation check, and the
# suites of the other languages (Kotlin on the JVM; the Swift bindings' generation). Exits non-zero on the first failure.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)

step() { printf '\n==> %s\n' "$*"; }

# This script does not install Rust (a machine may have no access to rustup.rs): say so
# first, instead of failing after the system packages.
step "Checking for Rust (1.88 or newer, with clippy and rustfmt)"
if ! command -v cargo >/dev/null 2>&1 || ! command -v rustc >/dev/null 2>&1; then
  echo "tests/run.sh needs Rust 1.88 or newer: cargo and rustc are not on PATH." >&2
  echo "Install Rust with rustup (https://rustup.rs), then run this script again." >&2
  exit 1
fi
rust_version=$(rustc --version | awk '{ print $2 }')
if ! printf '1.88.0\n%s\n' "$rust_version" | sort -V -C; then
  echo "tests/run.sh needs Rust 1.88 or newer; rustc is $rust_version (rustup update stable)." >&2
  exit 1
fi
if ! cargo clippy --version >/dev/null 2>&1 || ! cargo fmt --version >/dev/null 2>&1; then
  if ! command -v rustup >/dev/null 2>&1; then
    echo "tests/run.sh needs clippy and rustfmt, and rustup to add them: install Rust with rustup (https://rustup.rs)." >&2
    exit 1
  fi
  rustup component add clippy rustfmt
fi
echo "ok    rustc $rust_version, clippy, rustfmt"

step "Installing what the tests need"
need_apt=()
# age: the diary export must open with the standard tool; bsdutils: `script`, the terminal
# that age reads an export passphrase from in the same test. tzdata: helpline hours use the
# system's tz database (/usr/share/zoneinfo), as the phones use theirs.
for pkg in nginx age sqlite3 bsdutils tzdata; do
  dpkg -s "$pkg" >/dev/null 2>&1 || need_apt+=("$pkg")
done
# compare-locales (PyPI) runs in a virtualenv, which Debian's python3 needs a package for.
python3 -c 'import venv, ensurepip' 2>/dev/null || need_apt+=(python3-venv)
if [ ${#need_apt[@]} -gt 0 ]; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${need_apt[@]}" >/dev/null
fi
tests/install-compare-locales.sh >/dev/null

step "cargo fmt --check"
cargo fmt --all -- --check

step "cargo clippy"
cargo clippy --workspace --all-targets --locked -- -D warnings

step "cargo clippy (salama-core with the test-hooks feature of the host tests)"
cargo clippy --workspace --lib --features salama-core/test-hooks --locked -- -D warnings

step "cargo test"
cargo test --workspace --locked

step "salama l10n check translations/"
cargo run --quiet --locked -p salama-cli -- --lang en l10n check translations

step "salama l10n check and compare-locales agree on the broken fixtures"
tests/l10n-compare.sh

step "Kotlin host tests (mobile-android/host-test.sh)"
bash mobile-android/host-test.sh

step "Swift bindings (mobile-ios/check-bindings.sh; Swift itself needs a Mac)"
bash mobile-ios/check-bindings.sh

echo
echo "All Salama tests passed."
