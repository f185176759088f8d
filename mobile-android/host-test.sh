#!/usr/bin/env bash
# The Kotlin layer's tests on this machine's JVM (no Android SDK, no Gradle): builds the
# host library of salama-core (with the `test-hooks` feature), generates the Kotlin
# bindings with the workspace's own uniffi-bindgen, compiles them with the JVM-compatible
# Kotlin sources (src/main/kotlin) and the tests (src/hostTest/kotlin) with kotlinc-jvm, and
# runs the tests (the sync test publishes a release with the salama CLI and serves it with
# nginx on 127.0.0.1) with JUnit 4 against Debian's JNA. Installs what it needs, idempotently.
# Prints how long compiling and running took (budget: 3 minutes).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/.." && pwd)
cd "$root"

kotlin_version=2.4.20
tools="$root/.tools"
kotlinc="$tools/kotlin-compiler-$kotlin_version/bin/kotlinc-jvm"
out="$root/target/host-test"

step() { printf '\n==> %s\n' "$*"; }

step "Installing what the Kotlin host tests need"
need_apt=()
for pkg in libjna-java junit4 nginx; do
  dpkg -s "$pkg" >/dev/null 2>&1 || need_apt+=("$pkg")
done
command -v java >/dev/null 2>&1 || need_apt+=(openjdk-17-jdk-headless)
if [ ${#need_apt[@]} -gt 0 ]; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${need_apt[@]}" >/dev/null
fi
if [ ! -x "$kotlinc" ]; then
  mkdir -p "$tools"
  (cd "$tools" && npm pack --silent "kotlin-compiler@$kotlin_version" >/dev/null)
  rm -rf "$tools/kotlin-compiler-$kotlin_version.partial"
  mkdir -p "$tools/kotlin-compiler-$kotlin_version.partial"
  tar xzf "$tools/kotlin-compiler-$kotlin_version.tgz" --strip-components=1 \
    -C "$tools/kotlin-compiler-$kotlin_version.partial"
  rm -rf "$tools/kotlin-compiler-$kotlin_version"
  mv "$tools/kotlin-compiler-$kotlin_version.partial" "$tools/kotlin-compiler-$kotlin_version"
  rm -f "$tools/kotlin-compiler-$kotlin_version.tgz"
fi
kotlinc_version=$("$kotlinc" -version 2>&1 || true)
case "$kotlinc_version" in
  *"kotlinc-jvm $kotlin_version"*) ;;
  *) echo "kotlinc-jvm $kotlin_version is not usable at $kotlinc: $kotlinc_version" >&2; exit 1 ;;
esac

step "Checking the 16 KB page-size check (used by the Android build) on two probe libraries"
probe_dir=$(mktemp -d)
trap 'rm -rf "$probe_dir"' EXIT
echo 'int salama_probe(void) { return 1; }' >"$probe_dir/probe.c"
cc -shared -fPIC -Wl,-z,max-page-size=16384 -o "$probe_dir/aligned16k.so" "$probe_dir/probe.c"
cc -shared -fPIC -Wl,-z,max-page-size=4096 -o "$probe_dir/aligned4k.so" "$probe_dir/probe.c"
"$here/check-page-size.sh" "$probe_dir/aligned16k.so"
if "$here/check-page-size.sh" "$probe_dir/aligned4k.so" 2>/dev/null; then
  echo "check-page-size.sh accepted a 4 KB-aligned library" >&2
  exit 1
fi
echo "ok    a 4 KB-aligned library is refused"

step "Building the host library (with test hooks), uniffi-bindgen and the salama CLI"
cargo build --locked -p salama-core --lib --features test-hooks
cargo build --locked -p uniffi-bindgen --bin uniffi-bindgen
# The sync test publishes its release with the desktop CLI, as an organisation would.
cargo build --locked -p salama-cli --bin salama
lib="$root/target/debug/libsalama_core.so"
[ "$(uname)" = Darwin ] && lib="$root/target/debug/libsalama_core.dylib"

step "Generating the Kotlin bindings"
rm -rf "$out"
mkdir -p "$out/generated" "$out/bindings" "$out/classes"
"$root/target/debug/uniffi-bindgen" generate --library "$lib" --language kotlin \
  --out-dir "$out/generated" --no-format
bindings="$out/generated/org/salama/core/salama_core.kt"
[ -s "$bindings" ] || { echo "uniffi-bindgen wrote no Kotlin bindings" >&2; exit 1; }
grep -q 'fun `testHookPanic`' "$bindings" || {
  echo "the bindings lack the test hook: was salama-core built with --features test-hooks?" >&2
  exit 1
}

jna=/usr/share/java/jna.jar
junit=/usr/share/java/junit4.jar
hamcrest=/usr/share/java/hamcrest-core.jar
classpath="$jna:$junit:$hamcrest"

step "Compiling the bindings, the Kotlin layer and the tests (kotlinc-jvm $kotlin_version)"
start=$(date +%s%N)
# The generated bindings first, as they come; then our code, where a warning is an error.
"$kotlinc" -jvm-target 17 -nowarn -cp "$classpath" -d "$out/bindings" "$bindings"
mapfile -t sources < <(find "$here/src/main/kotlin" "$here/src/hostTest/kotlin" -name '*.kt' | sort)
"$kotlinc" -jvm-target 17 -Werror -cp "$classpath:$out/bindings" -d "$out/classes" "${sources[@]}"
compiled=$(date +%s%N)

step "Running the tests on the JVM"
kotlin_stdlib="$tools/kotlin-compiler-$kotlin_version/lib/kotlin-stdlib.jar"
status=0
# RUST_BACKTRACE=0: the panic test's expected panic prints one line, not a backtrace.
RUST_BACKTRACE=0 java -Djna.library.path="$(dirname "$lib")" \
  -Dsalama.repo="$root" -Dsalama.cli="$root/target/debug/salama" -Dsalama.nginx="$(command -v nginx || echo /usr/sbin/nginx)" \
  -cp "$out/classes:$out/bindings:$classpath:$kotlin_stdlib" org.salama.core.HostTestMainKt "$out/classes" || status=$?
finished=$(date +%s%N)

awk -v s="$start" -v c="$compiled" -v f="$finished" 'BEGIN {
  printf "\nKotlin host tests: compile %.1f s, run %.1f s, total %.1f s (budget 180 s)\n",
    (c - s) / 1e9, (f - c) / 1e9, (f - s) / 1e9 }'
exit "$status"
