// The diary through the Swift bindings. Mirrors DiaryTest.kt: lifecycle, errors as the
// SalamaError cases an app switches on, and a KeyWrapper written in Swift called back by the
// core. (The Keychain wrapper itself needs a signed app with Keychain access: run on a device.)
import XCTest
@testable import SalamaCore

/// A software KeyWrapper: XOR with a fixed pad plus a check byte, enough to prove the core
/// calls back into Swift and refuses another device's key. Never use outside tests.
private final class PadWrapper: KeyWrapper, @unchecked Sendable {
    let pad: UInt8
    var calls: [String] = []
    init(pad: UInt8) { self.pad = pad }
    func wrapKey(key: Data) throws -> Data {
        calls.append("wrap")
        return Data([pad]) + Data(key.map { $0 ^ pad })
    }
    func unwrapKey(wrapped: Data) throws -> Data {
        calls.append("unwrap")
        guard wrapped.first == pad else { throw SalamaError.Corrupted }
        return Data(wrapped.dropFirst().map { $0 ^ pad })
    }
}

final class DiaryTests: XCTestCase {
    private func draft(_ text: String, _ day: String) -> EntryDraft {
        EntryDraft(kind: .debt, happenedOn: day, text: text, place: "Athens", people: ["the boss"],
                   amount: Amount(value: "1500", currency: "EUR"), creditor: "the boss", tags: ["work"])
    }

    private let everything = EntryFilter(kind: nil, from: nil, to: nil, words: nil)

    func testCreateUnlockWrongPassphraseAddListLock() throws {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let salama = try Salama.open(config: SalamaConfig(dataDir: dir.path, locales: ["en"], trustedKeys: []))
        let diary = try salama.diary()
        XCTAssertFalse(try diary.exists())
        _ = try diary.create(passphrase: "correct horse battery staple", hardware: nil)
        let added = try diary.add(draft: draft("He says I owe him for the journey.", "2026-03-01"))
        _ = try diary.add(draft: draft("Paid part of it.", "2026-04-01"))
        diary.lock()
        XCTAssertThrowsError(try diary.count()) { XCTAssertEqual($0 as? SalamaError, .Locked) }
        XCTAssertThrowsError(try diary.unlock(passphrase: "not the passphrase", hardware: nil)) {
            XCTAssertEqual($0 as? SalamaError, .WrongPassphrase(attemptsLeft: 4))
        }
        try diary.unlock(passphrase: "correct horse battery staple", hardware: nil)
        let page = try diary.list(filter: everything, offset: 0, limit: 10)
        XCTAssertEqual(page.total, 2)
        XCTAssertEqual(page.entries.map(\.content.happenedOn), ["2026-04-01", "2026-03-01"])
        XCTAssertEqual(try diary.get(id: added.id), added)
    }

    func testTheKeyWrapperIsCalledBackAndNeededToUnlock() throws {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let salama = try Salama.open(config: SalamaConfig(dataDir: dir.path, locales: ["en"], trustedKeys: []))
        let diary = try salama.diary()
        let wrapper = PadWrapper(pad: 0x5a)
        _ = try diary.create(passphrase: "a long enough passphrase", hardware: wrapper)
        XCTAssertTrue(wrapper.calls.contains("wrap"))
        diary.lock()
        XCTAssertThrowsError(try diary.unlock(passphrase: "a long enough passphrase", hardware: nil))
        XCTAssertThrowsError(try diary.unlock(passphrase: "a long enough passphrase", hardware: PadWrapper(pad: 0x33))) {
            XCTAssertEqual($0 as? SalamaError, .Corrupted)
        }
        try diary.unlock(passphrase: "a long enough passphrase", hardware: wrapper)
        XCTAssertTrue(wrapper.calls.contains("unwrap"))
        XCTAssertTrue(diary.isUnlocked())
    }
}
