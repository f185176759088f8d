// The generated bindings and the Swift layer end to end: what crosses the FFI (UTF-8 text,
// records, enums, lists, maps, numbers) arrives intact. Mirrors SalamaTest.kt.
import XCTest
@testable import SalamaCore

final class SalamaTests: XCTestCase {
    func testOpensInArabicAndReadsAnArticle() throws {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let salama = try Salama.open(directory: dir, locales: ["ar"])
        XCTAssertEqual(salama.activeLocales(), ["ar", "en"])
        XCTAssertTrue(salama.direction().isRightToLeft)
        XCTAssertFalse(salama.startupReport().contentRebuilt)

        let article = try salama.article(id: "asylum")
        XCTAssertEqual(article.locale, "ar")
        XCTAssertEqual(article.direction, .rtl)
        XCTAssertEqual(article.title, try ftlMessage("ar", "rights", "rights-asylum-title"))
        XCTAssertEqual(article.summary, try ftlMessage("ar", "rights", "rights-asylum-summary"))
        XCTAssertFalse(article.sections.isEmpty)
        XCTAssertFalse(article.sources.isEmpty)
    }

    func testListsLanguagesWithTheirNativeNames() throws {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let salama = try Salama.open(directory: dir, locales: ["fa-AF"])
        XCTAssertTrue(salama.topics().allSatisfy { $0.locale == "fa" && $0.direction == .rtl })
        let names = Dictionary(uniqueKeysWithValues: salama.availableLocales().map { ($0.code, $0.nativeName) })
        XCTAssertEqual(names["ar"], "العربية")
        XCTAssertEqual(names["fa"], "فارسی")
    }

    func testSearchesInArabicAndHighlightsTheQuery() throws {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let salama = try Salama.open(directory: dir, locales: ["ar"])
        let query = "اللجوء"
        let hits = try salama.search(query: query)
        XCTAssertTrue(hits.contains { $0.articleId == "asylum" })
        for hit in hits {
            XCTAssertEqual(hit.locale, "ar")
            XCTAssertFalse(hit.snippetHighlights.isEmpty)
            for range in hit.snippetHighlights {
                let marked = String(hit.snippet[range])
                XCTAssertTrue(marked.unicodeScalars.count >= 3 && query.contains(marked), marked)
            }
        }
        XCTAssertEqual(try salama.search(query: "?!"), [])
    }

    func testSwitchesLanguageAndSearchesInPersian() throws {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let salama = try Salama.open(directory: dir, locales: ["en"])
        XCTAssertEqual(try salama.setLocales(locales: ["fa-AF"]), ["fa", "en"])
        XCTAssertTrue(salama.direction().isRightToLeft)
        let hits = try salama.search(query: "پناهندگی")
        XCTAssertFalse(hits.isEmpty)
        XCTAssertTrue(hits.allSatisfy { $0.locale == "fa" })
    }

    func testFillsMessageArgumentsAndChoosesPluralForms() throws {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let salama = try Salama.open(directory: dir, locales: ["ar"])
        let two = try salama.text("error-locked-out", ["seconds": 2])
        let thirty = try salama.text("error-locked-out", ["seconds": 30])
        XCTAssertNotEqual(two.text, thirty.text)
        XCTAssertEqual(placeables(two.text), [])
        XCTAssertEqual(placeables(thirty.text), ["30"])
    }
}
