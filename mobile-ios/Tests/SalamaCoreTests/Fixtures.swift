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

/// The placeables of a formatted message (Fluent wraps each in FSI…PDI), with digits of any
/// script read as ASCII digits: Arabic shows 30 as ٣٠, Persian as ۳۰.
func placeables(_ text: String) -> [String] {
    var result: [String] = []
    var current: String?
    for character in text {
        switch character {
        case "\u{2068}":
            current = ""
        case "\u{2069}":
            if let value = current { result.append(value) }
            current = nil
        default:
            guard current != nil else { continue }
            if let digit = character.wholeNumberValue, character.isNumber {
                current! += String(digit)
            } else {
                current!.append(character)
            }
        }
    }
    return result
}
