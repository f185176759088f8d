#!/usr/bin/env bash
# What can be checked of the iOS package on a machine without Swift: generates the Swift
# bindings, C header and module map exactly as build-xcframework.sh does (from the host
# build of the static library), and fails if generation fails or if they no longer fit the
# package: the FFI module name Package.swift and the generated Swift expect, a header that
# declares exactly the library's FFI functions, and the generated API the Swift layer calls.
# Swift itself is not compiled here.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/.." && pwd)
cd "$root"

# The same build as mobile-android/host-test.sh, so neither rebuilds the other's.
cargo build --locked -p salama-core --lib --features test-hooks
cargo build --locked -p uniffi-bindgen --bin uniffi-bindgen-swift
out="$root/target/swift-bindings"
rm -rf "$out"
"$root/target/debug/uniffi-bindgen-swift" "$root/target/debug/libsalama_core.a" "$out" \
  --swift-sources --headers --modulemap \
  --module-name SalamaCoreFFI --modulemap-filename module.modulemap

fail() { echo "FAIL: $*" >&2; exit 1; }
swift="$out/SalamaCore.swift"
header="$out/SalamaCoreFFI.h"
modulemap="$out/module.modulemap"
for f in "$swift" "$header" "$modulemap"; do [ -s "$f" ] || fail "uniffi-bindgen-swift wrote no $(basename "$f")"; done
echo "ok    generated $(wc -l <"$swift") lines of Swift, $(wc -l <"$header") of C header"

grep -q '^module SalamaCoreFFI {' "$modulemap" && grep -q 'header "SalamaCoreFFI.h"' "$modulemap" \
  || fail "module.modulemap does not declare module SalamaCoreFFI with SalamaCoreFFI.h"
grep -q '^import SalamaCoreFFI' "$swift" || fail "the Swift bindings do not import SalamaCoreFFI"
grep -q 'binaryTarget(name: "SalamaCoreFFI"' "$here/Package.swift" \
  || fail "Package.swift has no binary target SalamaCoreFFI (uniffi.toml ffi_module_name)"
grep -q 'name: "SalamaCore",' "$here/Package.swift" \
  || fail "Package.swift has no target SalamaCore (uniffi.toml module_name)"
echo "ok    module names agree: uniffi.toml, module.modulemap, Package.swift"

# The header must declare exactly the FFI functions the library exports.
declared=$(grep -oE '\b(uniffi|ffi)_salama_core_[a-z0-9_]+' "$header" | sort -u)
exported=$(nm -g --defined-only "$root/target/debug/libsalama_core.a" 2>/dev/null \
  | awk '$2 == "T" { print $3 }' | grep -E '^_?(uniffi|ffi)_salama_core_' | sed 's/^_//' | sort -u)
[ -n "$exported" ] || fail "found no FFI functions in the library"
if [ "$declared" != "$exported" ]; then
  diff <(echo "$declared") <(echo "$exported") >&2 || true
  fail "the header and the library disagree on the FFI functions (< header, > library)"
fi
echo "ok    the header declares exactly the library's $(echo "$exported" | wc -l) FFI functions"

# The generated API that Sources/ and Tests/ call: a rename in the core shows up here,
# not only when someone builds on a Mac.
while IFS= read -r signature; do
  [ -n "$signature" ] || continue
  grep -qF -- "$signature" "$swift" || fail "the Swift layer uses \`$signature\`, which the bindings no longer have"
done <<'SIGNATURES'
public static func `open`(config: SalamaConfig)
open func text(id: String, args: [String: ArgValue])throws
open func errorMessage(error: SalamaError)
open func search(query: String)throws
open func article(id: String)throws
open func setLocales(locales: [String])throws
open func testHookPanic(message: String)throws
public enum ArgValue
case text(value: String
case number(value: Double
public enum TextDirection
case rtl
public struct TextRange
public let start: UInt32
public struct SearchHit
public let highlights: [TextRange]
public let snippet: String
enum SalamaError: Swift.Error
case NotFound
case Storage(reason: String
case LockedOut(retryAfterS: UInt64
public let nativeName: String
open func guideNext(answers: [GuideAnswer])throws
open func guideResult(answers: [GuideAnswer], country: String?)throws
case question(question: GuideQuestion,
case finished(answered: UInt32
public let questionId: String
case notSure
public let emergencyFirst: Bool
open func guideCountries()
open func guideResultEntry(result: GuideResult)
public let helplines: [GuideHelpline]
public let channels: [Channel]
case note
case InvalidInput(reason: String
public protocol HttpClient: AnyObject
func get(request: HttpRequest) throws
public init(status: UInt16, headers: [HttpHeader], body: Data)
case Timeout
case TooLarge
case Transport(reason: String
public protocol KeyWrapper: AnyObject
func wrapKey(key: Data) throws
func unwrapKey(wrapped: Data) throws
case Corrupted
case Locked
case WrongPassphrase(attemptsLeft: UInt32
case Network(reason: String
open func diary()throws
open func create(passphrase: String, hardware: KeyWrapper?)throws
open func unlock(passphrase: String, hardware: KeyWrapper?)throws
open func add(draft: EntryDraft)throws
open func list(filter: EntryFilter, offset: UInt32, limit: UInt32)throws
open func get(id: String)throws
open func count()throws
open func isUnlocked()
open func helplines(query: HelplineQuery)throws
open func sync(url: String, http: HttpClient, options: SyncOptions, listener: SyncListener?)throws
trustedKeys: [String] = []
case seed
SIGNATURES
echo "ok    the generated API used by the Swift layer and its tests is all there"
echo
echo "Swift bindings generated and consistent (Swift not compiled on this machine)."
