// Highlight ranges count Unicode scalar values in Rust; Swift indexes Strings by position.
// Mirrors HighlightsTest.kt.
import XCTest
@testable import SalamaCore

final class HighlightsTests: XCTestCase {
    func testRangesAfterANonBmpCharacterLandOnTheRightText() {
        let text = "a😀bcd"
        XCTAssertEqual(String(text[TextRange(start: 2, end: 4).range(in: text)]), "bc")
        XCTAssertEqual(String(text[TextRange(start: 1, end: 2).range(in: text)]), "😀")
    }

    func testRangesPastTheEndAreClamped() {
        XCTAssertEqual(String("abc"[TextRange(start: 2, end: 99).range(in: "abc")]), "c")
        XCTAssertEqual(String("abc"[TextRange(start: 7, end: 9).range(in: "abc")]), "")
        XCTAssertEqual(String("abc"[TextRange(start: 2, end: 1).range(in: "abc")]), "")
    }

    func testASearchHitGivesItsHighlightsAsStringRanges() {
        let hit = SearchHit(
            articleId: "x", title: "t", snippet: "😀 حق اللجوء",
            highlights: [TextRange(start: 7, end: 11)], locale: "ar", direction: .rtl
        )
        XCTAssertEqual(hit.snippetHighlights.map { String(hit.snippet[$0]) }, ["لجوء"])
    }
}
