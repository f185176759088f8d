// Object lifetimes across the FFI. Swift has no close(): the Rust object is freed when the
// last reference goes, so "closed twice" and "used after close" cannot be written; what
// can go wrong is freeing too early or never, and sharing across threads. A Rust panic
// must arrive as a thrown error. Mirrors LifecycleTest.kt.
import XCTest
@testable import SalamaCore

final class LifecycleTests: XCTestCase {
    func testReleasingTheLastReferenceFreesTheRustObject() throws {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let wal = dir.appendingPathComponent("content.db-wal")
        do {
            let salama = try Salama.open(directory: dir, locales: ["en"])
            _ = try salama.search(query: "asylum")
            XCTAssertTrue(FileManager.default.fileExists(atPath: wal.path))
        }
        // SQLite removes the write-ahead log when the Rust object's connection closes.
        XCTAssertFalse(FileManager.default.fileExists(atPath: wal.path))
    }

    func testOneObjectServesManyThreads() throws {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let salama = try Salama.open(directory: dir, locales: ["ar"])
        let failures = UnsafeSendableCounter()
        DispatchQueue.concurrentPerform(iterations: 200) { _ in
            if (try? salama.search(query: "اللجوء"))?.isEmpty ?? true { failures.increment() }
        }
        XCTAssertEqual(failures.value, 0)
    }

    #if SALAMA_TEST_HOOKS
    // Needs `build-xcframework.sh --test-hooks` and `SALAMA_TEST_HOOKS=1`.
    func testARustPanicArrivesAsAnErrorAndTheObjectStillWorks() throws {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let salama = try Salama.open(directory: dir, locales: ["ar"])
        XCTAssertThrowsError(try salama.testHookPanic(message: "boom")) { error in
            XCTAssertTrue(error.localizedDescription.contains("test hook: boom"), "\(error)")
        }
        XCTAssertEqual(try salama.article(id: "asylum").locale, "ar")
    }
    #endif
}

/// A counter that concurrentPerform's closures can share.
private final class UnsafeSendableCounter: @unchecked Sendable {
    private let lock = NSLock()
    private var count = 0
    func increment() { lock.lock(); count += 1; lock.unlock() }
    var value: Int { lock.lock(); defer { lock.unlock() }; return count }
}
