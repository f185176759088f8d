#!/usr/bin/env bash
# Fuzzes the parsers of outside data (release index, helpline collection, offline pack),
# each for a few minutes. Not part of CI: run it by hand, and turn any crash it finds
# into a regression test next to the parser.
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
mkdir -p corpus/index corpus/collection corpus/pack
# Seeds: the compiled-in helplines and a sample index.
cp ../core/content/helplines/*.json corpus/collection/ 2>/dev/null || true
cat > corpus/index/sample.json <<'JSON'
{"format":1,"serial":7,"issued":"2026-05-01T00:00:00Z","expires":"2026-08-01T00:00:00Z","publisher":"Example","collections":[{"name":"helplines/GR","version":2,"size":1234,"sha256":"abababababababababababababababababababababababababababababababab"}]}
JSON
for target in index collection pack; do
  echo "==> fuzzing $target for ${seconds}s"
  cargo fuzz run "$target" "corpus/$target" -- -max_total_time="$seconds" -max_len=65536
done
echo "No crash found."
