// The idiomatic Swift face of the generated bindings (Generated/SalamaCore.swift): opening
// in the right directory, message arguments as literals, highlights as String ranges.
import Foundation

public extension Salama {
    /// Opens Salama in `directory` (created if missing) in the reader's `locales`, most
    /// preferred first (default: the phone's languages). Call it off the main thread.
    static func `open`(directory: URL, locales: [String] = Locale.preferredLanguages) throws -> Salama {
        try Salama.open(config: SalamaConfig(dataDir: directory.path, locales: locales))
    }

    /// Where Salama keeps its databases: `Application Support/Salama`, excluded from
    /// iCloud and computer backups (the diary must not leave the phone that way) and
    /// protected by iOS data protection until the phone is first unlocked after a restart.
    static func defaultDirectory() throws -> URL {
        var directory = try FileManager.default
            .url(for: .applicationSupportDirectory, in: .userDomainMask, appropriateFor: nil, create: true)
            .appendingPathComponent("Salama", isDirectory: true)
        try FileManager.default.createDirectory(
            at: directory,
            withIntermediateDirectories: true,
            attributes: [.protectionKey: FileProtectionType.completeUntilFirstUserAuthentication]
        )
        var values = URLResourceValues()
        values.isExcludedFromBackup = true
        try directory.setResourceValues(values)
        return directory
    }

    /// The interface text `id` in the reader's language with named arguments, written as
    /// literals: `salama.text("error-locked-out", ["seconds": 30])`.
    func text(_ id: String, _ args: [String: ArgValue] = [:]) throws -> LocalizedText {
        try text(id: id, args: args)
    }

    /// The sentence to show the reader for `error`, in their language.
    func describe(_ error: SalamaError) -> String {
        errorMessage(error: error)
    }
}

/// `"text"` and `30` can stand for message arguments.
extension ArgValue: ExpressibleByStringLiteral, ExpressibleByIntegerLiteral, ExpressibleByFloatLiteral {
    public init(stringLiteral value: String) { self = .text(value: value) }
    public init(integerLiteral value: Int) { self = .number(value: Double(value)) }
    public init(floatLiteral value: Double) { self = .number(value: value) }
}

public extension TextDirection {
    /// True for right-to-left scripts (Arabic, Persian, …): lay the screen out mirrored.
    var isRightToLeft: Bool { self == .rtl }
}

public extension TextRange {
    /// This range (counted in Unicode scalar values, as Rust counts) as a range of
    /// `text`'s indices, clamped to its end.
    func range(in text: String) -> Range<String.Index> {
        let scalars = text.unicodeScalars
        let count = scalars.count
        let lower = min(Int(start), count)
        let upper = max(lower, min(Int(end), count))
        let from = scalars.index(scalars.startIndex, offsetBy: lower)
        let to = scalars.index(from, offsetBy: upper - lower)
        return from..<to
    }
}

public extension SearchHit {
    /// Where the query's words are in `snippet`, as ranges of its indices.
    var snippetHighlights: [Range<String.Index>] { highlights.map { $0.range(in: snippet) } }
}
