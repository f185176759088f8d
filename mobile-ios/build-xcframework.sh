#!/usr/bin/env bash
# Builds the Salama core for iOS on a Mac with Xcode: static libraries for devices
# (aarch64-apple-ios) and the Simulator (aarch64-apple-ios-sim + x86_64-apple-ios, joined
# with lipo), the Swift bindings, C header and module map from the workspace's own
# uniffi-bindgen-swift, and build/SalamaCoreFFI.xcframework for Package.swift.
#
# Usage: mobile-ios/build-xcframework.sh [--test-hooks]
#   --test-hooks  build with the cargo feature `test-hooks` (for the XCTests' panic test;
#                 then run the tests with SALAMA_TEST_HOOKS=1). Never for an app.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/.." && pwd)
cd "$root"

profile=release-mobile
features=()
if [ "${1:-}" = "--test-hooks" ]; then features=(--features test-hooks); fi
export IPHONEOS_DEPLOYMENT_TARGET=15.0

device=aarch64-apple-ios
simulators=(aarch64-apple-ios-sim x86_64-apple-ios)
out="$here/build"

rustup target add "$device" "${simulators[@]}"
for target in "$device" "${simulators[@]}"; do
  # Only the static library: an iOS app links it in.
  cargo rustc --locked -p salama-core --lib --crate-type staticlib --profile "$profile" \
    --target "$target" ${features[@]+"${features[@]}"}
done

rm -rf "$out"
mkdir -p "$out/device" "$out/simulator" "$out/bindings" "$out/headers/SalamaCoreFFI"
cp "target/$device/$profile/libsalama_core.a" "$out/device/"
simulator_libs=()
for target in "${simulators[@]}"; do simulator_libs+=("target/$target/$profile/libsalama_core.a"); done
lipo -create "${simulator_libs[@]}" -output "$out/simulator/libsalama_core.a"

# The bindings come from the device library: the same code as the simulator's.
cargo run --locked --quiet -p uniffi-bindgen --bin uniffi-bindgen-swift -- \
  "$out/device/libsalama_core.a" "$out/bindings" \
  --swift-sources --headers --modulemap \
  --module-name SalamaCoreFFI --modulemap-filename module.modulemap
# Headers in a folder of their own: two XCFrameworks with a module.modulemap at the top of
# their headers would collide in an app's build.
cp "$out/bindings/SalamaCoreFFI.h" "$out/bindings/module.modulemap" "$out/headers/SalamaCoreFFI/"

xcodebuild -create-xcframework \
  -library "$out/device/libsalama_core.a" -headers "$out/headers" \
  -library "$out/simulator/libsalama_core.a" -headers "$out/headers" \
  -output "$out/SalamaCoreFFI.xcframework"

mkdir -p "$here/Sources/SalamaCore/Generated"
cp "$out/bindings/SalamaCore.swift" "$here/Sources/SalamaCore/Generated/SalamaCore.swift"
echo "Built $out/SalamaCoreFFI.xcframework and Sources/SalamaCore/Generated/SalamaCore.swift"
