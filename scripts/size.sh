#!/usr/bin/env bash
# The size of the core as a phone gets it: builds the host library of salama-core with the
# `release-mobile` profile, prints its stripped size against the budget (2.5 MB), and what
# each dependency contributes. Exits non-zero over budget or if panics would abort.
#
# The library is built as the apps build it: `cargo rustc --crate-type cdylib` (Android;
# iOS builds the staticlib the same way), never `cargo build`, which also makes the rlib
# the desktop app links: with the rlib in the same rustc run, the cdylib comes out ~650 KB
# larger. Relative relocations are packed (`-z pack-relative-relocs`, RELR), as the NDK's
# clang does by default on Android (RELR from API 28, Android's own packing from 23) and
# as iOS does with chained fixups; without it the host library carries ~100 KB of
# relocations that no phone build has.
#
# The figure is the profile's own output (stripped at link time). A stripped library has
# no symbols left to attribute, so the breakdown comes from a twin built with symbols kept
# (`-C strip=none`, nothing else changed). Linux only (ELF, binutils).
#
# Usage: scripts/size.sh [--budget BYTES]
set -euo pipefail
cd "$(dirname "$0")/.."
budget=2500000
if [ "${1:-}" = "--budget" ]; then budget=$2; fi

build() {
  cargo rustc --locked -p salama-core --lib --crate-type cdylib --profile release-mobile -- \
    -C link-arg=-Wl,-z,pack-relative-relocs "$@"
}
mkdir -p target/size-analysis
build -C strip=none
lib=target/size-analysis/libsalama_core.so
cp target/release-mobile/libsalama_core.so "$lib"
build
stripped=target/release-mobile/libsalama_core.so
build_dir=target/release-mobile/build

python3 - "$lib" "$stripped" "$budget" "$build_dir" <<'PY'
"""Attributes the library's bytes to crates, from its symbols (as cargo-bloat does)."""
import collections
import os
import re
import subprocess
import sys

lib, stripped, budget, build_dir = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4]
size = os.path.getsize(stripped)

# Sections of the stripped file: where the bytes are.
sections = {}
for line in subprocess.run(["size", "-A", stripped], capture_output=True, text=True, check=True).stdout.splitlines():
    parts = line.split()
    if len(parts) == 3 and parts[0].startswith(".") and parts[1].isdigit():
        sections[parts[0]] = int(parts[1])

# C and assembly symbols have no Rust path: they are attributed to the crate whose build
# script compiled them, by looking them up in the static archives under build/*/out.
c_symbols = {}
for dirpath, _, files in os.walk(build_dir):
    for archive in (f for f in files if f.endswith(".a")):
        crate = re.sub(r"-[0-9a-f]{16}$", "", os.path.relpath(dirpath, build_dir).split(os.sep)[0])
        names = subprocess.run(["nm", "--defined-only", "--format=just-symbols", os.path.join(dirpath, archive)],
                               capture_output=True, text=True, check=True).stdout.split()
        for name in names:
            c_symbols.setdefault(name, f"{crate} (C/asm)")
# std's backtrace printer brings its own copies of these; salama-core's miniz_oxide (for
# the translations) shares the name, so miniz_oxide is shown on its own line.
STD = {"std", "core", "alloc", "panic_unwind", "hashbrown", "std_detect", "memchr"}
BACKTRACE = {"rustc_demangle", "addr2line", "gimli", "object"}


def crate_of(name):
    if name in c_symbols:
        return c_symbols[name]
    if name.startswith(("uniffi_salama_core_", "ffi_salama_core_", "UNIFFI_META_")):
        return "salama_core (uniffi scaffolding)"
    # `<a::B as c::D>::e` belongs to a (the type's crate); `a::b::c` to a.
    match = re.search(r"([A-Za-z_][A-Za-z0-9_]*)::", name)
    if not match:
        return "other (libc glue, compiler builtins)"
    crate = match.group(1)
    if crate in BACKTRACE or "backtrace" in name:
        return "std's backtrace printer (panic hook)"
    if crate in STD:
        # A std generic instantiated for another crate's types (Vec<T>, iterators, drop
        # glue, sorting) is that crate's code, compiled from std's source.
        if re.search(r"salama_core|uniffi|serde|rusqlite|fluent|jiff|age::|tar::", name):
            return "std generics for Salama's and its libraries' types"
        return "std (Rust runtime)"
    return crate


by_crate = collections.Counter()
# The raw name finds C symbols; the demangled one gives a Rust symbol its path.
listing = {}
for demangle in (False, True):
    args = ["nm", "--size-sort", "--print-size", "--defined-only"] + (["--demangle"] if demangle else []) + [lib]
    listing[demangle] = subprocess.run(args, capture_output=True, text=True, check=True).stdout.splitlines()
attributed = 0
for raw, demangled in zip(listing[False], listing[True]):
    parts, dparts = raw.split(" ", 3), demangled.split(" ", 3)
    if len(parts) < 4 or parts[0] != dparts[0]:
        continue
    sym_size, kind = int(parts[1], 16), parts[2]
    if kind.lower() not in "tdrbvw":
        continue
    name = parts[3] if parts[3] in c_symbols else dparts[3]
    by_crate[crate_of(name)] += sym_size
    attributed += sym_size

MB = 1_000_000
print()
print(f"salama-core, release-mobile, stripped: {size:,} bytes ({size / MB:.2f} MB; budget {budget / MB:.2f} MB)")
print()
print("Sections:")
for name, n in sorted(sections.items(), key=lambda kv: -kv[1]):
    if n >= 4096:
        print(f"  {name:<22} {n:>10,}")
print()
print("By crate (symbol sizes; inlined code counts for the function it was inlined into):")
for crate, n in by_crate.most_common():
    if n >= 2048:
        print(f"  {crate:<40} {n:>10,}  {100 * n / size:5.1f} %")
small = sum(n for n in by_crate.values() if n < 2048)
print(f"  {'(crates under 2 KB each)':<40} {small:>10,}  {100 * small / size:5.1f} %")
unwind = sum(sections.get(n, 0) for n in (".eh_frame", ".eh_frame_hdr", ".gcc_except_table"))
relocations = sum(sections.get(n, 0) for n in (".rela.dyn", ".rela.plt", ".got", ".got.plt"))
rest = size - attributed - unwind - relocations
print(f"  {'unwind tables (panic = unwind needs them)':<40} {unwind:>10,}  {100 * unwind / size:5.1f} %")
print(f"  {'relocations, GOT (position-independent)':<40} {relocations:>10,}  {100 * relocations / size:5.1f} %")
print(f"  {'other unnamed bytes (strings, text, headers)':<40} {rest:>10,}  {100 * rest / size:5.1f} %")

ftl = sum(os.path.getsize(os.path.join(d, f)) for d, _, fs in os.walk("translations") for f in fs if f.endswith(".ftl"))
# The newest build of salama-core's build script is the one in this library.
ftl_dirs = [os.path.join(build_dir, d, "out", "ftl") for d in os.listdir(build_dir) if d.startswith("salama-core-")]
ftl_dir = max((d for d in ftl_dirs if os.path.isdir(d)), key=os.path.getmtime)
deflated = sum(os.path.getsize(os.path.join(ftl_dir, f)) for f in os.listdir(ftl_dir))
content = sum(os.path.getsize(os.path.join(d, f)) for d, _, fs in os.walk("core/content") for f in fs)
print()
print(f"Compiled-in translations: {ftl:,} bytes of Fluent text, stored deflated in {deflated:,} bytes")
print(f"Compiled-in content (articles, situation check): {content:,} bytes")

# panic = "unwind" must survive the profile: landing pads need _Unwind_Resume.
imports = subprocess.run(["nm", "-D", "--undefined-only", stripped], capture_output=True, text=True, check=True).stdout
if "_Unwind_Resume" not in imports:
    sys.exit("FAIL: the library does not unwind: a Rust panic would abort the app")
print("Panics unwind (imports _Unwind_Resume): a panic reaches Kotlin and Swift as an exception.")
if size > budget:
    sys.exit(f"FAIL: {size:,} bytes is over the budget of {budget:,} bytes")
print(f"Within budget: {size:,} <= {budget:,} bytes")
PY
