#!/usr/bin/env bash
# Fuzzes the parsers of outside data (release index, helpline collection, offline pack,
# translation collection with its Fluent checker), each for a few minutes. Not part of
# CI: run it by hand, and turn any crash it finds into a regression test next to the
# parser.
#
#   fuzz/run.sh            # 3 minutes per target
#   SECONDS_PER_TARGET=600 fuzz/run.sh
#
# cargo-fuzz needs nightly-only sanitizer flags. Where only a stable toolchain exists,
# RUSTC_BOOTSTRAP=1 lets stable rustc accept them (the sanitizer runtimes ship with it).
set -euo pipefail
cd "$(dirname "$0")"
seconds=${SECONDS_PER_TARGET:-180}
command -v cargo-fuzz >/dev/null || cargo install cargo-fuzz --locked
if ! rustc --version | grep -q nightly; then
  export RUSTC_BOOTSTRAP=1
fi
mkdir -p corpus/index corpus/collection corpus/pack corpus/translations
# Seeds: the compiled-in helplines and a sample index.
cp ../core/content/helplines/*.json corpus/collection/ 2>/dev/null || true
cat > corpus/index/sample.json <<'JSON'
{"format":1,"serial":7,"issued":"2026-05-01T00:00:00Z","expires":"2026-08-01T00:00:00Z","publisher":"Example","collections":[{"name":"helplines/GR","version":2,"size":1234,"sha256":"abababababababababababababababababababababababababababababababab"}]}
JSON
# Translations: each compiled-in Arabic and Persian file as Fluent (first byte odd), and a
# small collection as JSON (first byte even).
for locale in ar fa; do
  for ftl in ../translations/$locale/*.ftl; do
    mode='\001'
    [ "$locale" = fa ] && mode='\003'
    { printf "$mode"; cat "$ftl"; } > "corpus/translations/$locale-$(basename "$ftl" .ftl)"
  done
done
printf '\000{"format":1,"locale":"ar","files":[{"name":"app.ftl","source":"app-back = رجوع\\n"}]}' \
  > corpus/translations/collection.json
# … and the checker's broken fixtures, for the pure checker (bit 2 of the first byte).
for ftl in ../core/tests/fixtures/l10n/*/ar/main.ftl; do
  case=$(basename "$(dirname "$(dirname "$ftl")")")
  { printf '\005'; cat "$ftl"; } > "corpus/translations/fixture-$case"
done
for target in index collection pack translations; do
  echo "==> fuzzing $target for ${seconds}s"
  cargo fuzz run "$target" "corpus/$target" -- -max_total_time="$seconds" -max_len=65536
done
echo "No crash found."
