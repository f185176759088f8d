#!/usr/bin/env bash
# Fails unless every LOAD segment of each given 64-bit ELF library is aligned to at least
# 16 KB, so it loads on phones with 16 KB memory pages (Android 15+). Uses readelf from
# binutils or the NDK's llvm-readelf (set READELF).
#
# Usage: check-page-size.sh lib.so...
set -euo pipefail
readelf=${READELF:-$(command -v llvm-readelf || command -v readelf || true)}
[ -n "$readelf" ] || { echo "check-page-size: no readelf found (set READELF)" >&2; exit 2; }
[ $# -gt 0 ] || { echo "usage: check-page-size.sh lib.so..." >&2; exit 2; }
status=0
for lib in "$@"; do
  header=$("$readelf" -h "$lib")
  if ! grep -q 'ELF64' <<<"$header"; then
    echo "skip  $lib (32-bit: no 16 KB pages)"
    continue
  fi
  # Program headers, one per line (-W); the last column of a LOAD line is its alignment.
  aligns=$("$readelf" -lW "$lib" | awk '$1 == "LOAD" { print $NF }')
  [ -n "$aligns" ] || { echo "FAIL  $lib: no LOAD segments" >&2; status=1; continue; }
  smallest=$(for a in $aligns; do printf '%d\n' "$a"; done | sort -n | head -1)
  if [ "$smallest" -ge 16384 ]; then
    echo "ok    $lib (LOAD segments aligned to $smallest bytes)"
  else
    echo "FAIL  $lib: a LOAD segment is aligned to $smallest bytes, not 16 KB" >&2
    status=1
  fi
done
exit "$status"
