// swift-tools-version:5.9
// The Salama core for iOS apps: the Rust library as an XCFramework (built by
// build-xcframework.sh into build/), the Swift bindings generated from it, and a small
// Swift layer. See README.md.
import Foundation
import PackageDescription

// `SALAMA_TEST_HOOKS=1` compiles the tests that need a library built with
// `build-xcframework.sh --test-hooks` (the Rust panic test).
let testHooks = ProcessInfo.processInfo.environment["SALAMA_TEST_HOOKS"] == "1"

let package = Package(
    name: "SalamaCore",
    platforms: [.iOS(.v15)],
    products: [
        .library(name: "SalamaCore", targets: ["SalamaCore"]),
    ],
    targets: [
        // Static libraries for device and simulator, the C header and module map. The name
        // is uniffi.toml's `ffi_module_name`: the generated Swift imports it.
        .binaryTarget(name: "SalamaCoreFFI", path: "build/SalamaCoreFFI.xcframework"),
        // Sources/SalamaCore/Generated/SalamaCore.swift is written by build-xcframework.sh.
        .target(
            name: "SalamaCore",
            dependencies: ["SalamaCoreFFI"],
            path: "Sources/SalamaCore",
            linkerSettings: [.linkedFramework("Security")]
        ),
        .testTarget(
            name: "SalamaCoreTests",
            dependencies: ["SalamaCore"],
            path: "Tests/SalamaCoreTests",
            swiftSettings: testHooks ? [.define("SALAMA_TEST_HOOKS")] : []
        ),
    ]
)
