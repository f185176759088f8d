// Shared by the tests: the repository they were built from (the Simulator reads the Mac's
// files), for the translation sources that results are compared against.
import Foundation

/// The repository root: this file is mobile-ios/Tests/SalamaCoreTests/Fixtures.swift.
let repoRoot = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent() // SalamaCoreTests
    .deletingLastPathComponent() // Tests
    .deletingLastPathComponent() // mobile-ios
    .deletingLastPathComponent()

/// The text of a one-line Fluent message, read from `translations/<locale>/<file>.ftl`.
func ftlMessage(_ locale: String, _ file: String, _ id: String) throws -> String {
    let url = repoRoot.appendingPathComponent("translations/\(locale)/\(file).ftl")
    let lines = try String(contentsOf: url, encoding: .utf8).components(separatedBy: "\n")
    guard let line = lines.first(where: { $0.hasPrefix("\(id) = ") }) else {
        throw CocoaError(.fileReadCorruptFile)
    }
    return String(line.dropFirst("\(id) = ".count))
}

/// A fresh empty directory, removed by the caller's `defer`.
func temporaryDirectory() throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent(UUID().uuidString, isDirectory: true)
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
}
