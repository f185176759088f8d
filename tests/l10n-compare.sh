#!/usr/bin/env bash
# Shows that `salama l10n check` and Mozilla's compare-locales agree on the broken
# fixtures in core/tests/fixtures/l10n wherever both check the same thing; fails if not.
set -euo pipefail
cd "$(dirname "$0")/.."
compare_locales=$(tests/install-compare-locales.sh)
cargo build --quiet -p salama-cli
exec python3 tests/l10n_compare.py target/debug/salama "$compare_locales" core/tests/fixtures/l10n
