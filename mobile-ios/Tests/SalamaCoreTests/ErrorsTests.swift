// Rust errors arrive as the SalamaError case an app can act on. Mirrors ErrorsTest.kt.
import XCTest
@testable import SalamaCore

final class ErrorsTests: XCTestCase {
    func testUnknownArticleAndMessageAreNotFound() throws {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let salama = try Salama.open(directory: dir, locales: ["ar"])
        XCTAssertThrowsError(try salama.article(id: "no-such-article")) { error in
            XCTAssertEqual(error as? SalamaError, .NotFound)
        }
        XCTAssertThrowsError(try salama.text("no-such-message")) { error in
            XCTAssertEqual(error as? SalamaError, .NotFound)
        }
    }

    func testAnUnusableDataDirectoryIsAStorageError() throws {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("a-file")
        try Data("x".utf8).write(to: file)
        XCTAssertThrowsError(try Salama.open(directory: file, locales: ["en"])) { error in
            guard case .Storage = error as? SalamaError else { return XCTFail("\(error)") }
        }
    }

    func testErrorsAreDescribedInTheReadersLanguage() throws {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let salama = try Salama.open(directory: dir, locales: ["ar"])
        XCTAssertEqual(salama.describe(.NotFound), try ftlMessage("ar", "errors", "error-not-found"))
        XCTAssertEqual(placeables(salama.describe(.LockedOut(retryAfterS: 30))), ["30"])
    }
}
