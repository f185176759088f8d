#!/usr/bin/env bash
# Times `salama l10n check` against Mozilla's compare-locales on every locale, side by
# side in one run, and fails if salama is over its budget (1 s, and faster than
# compare-locales).
set -euo pipefail
cd "$(dirname "$0")/.."
compare_locales=$(tests/install-compare-locales.sh)
cargo build --quiet --release -p salama-cli
exec python3 tests/l10n_bench.py target/release/salama "$compare_locales" translations
