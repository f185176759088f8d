// The situation check across the FFI: an enum with data (GuideStep), optional arguments,
// lists of records, InvalidInput for bad answers, and a result kept in the diary. Mirrors
// GuideTest.kt.
import XCTest
@testable import SalamaCore

final class GuideTests: XCTestCase {
    /// Walks the check to the end, answering question number `index` with `choose(index)`.
    private func walk(_ salama: Salama, _ choose: (Int) -> GuideChoice) throws -> [GuideAnswer] {
        let directions = Dictionary(uniqueKeysWithValues: salama.availableLocales().map { ($0.code, $0.direction) })
        var answers: [GuideAnswer] = []
        while true {
            switch try salama.guideNext(answers: answers) {
            case let .finished(answered):
                XCTAssertEqual(Int(answered), answers.count)
                return answers
            case let .question(question, _, remainingAtMost):
                XCTAssertTrue(salama.activeLocales().contains(question.locale))
                XCTAssertEqual(directions[question.locale], question.direction)
                XCTAssertEqual(question.options.map(\.choice), [.yes, .no, .notSure, .preferNotToSay])
                XCTAssertGreaterThanOrEqual(remainingAtMost, 1)
                answers.append(GuideAnswer(questionId: question.id, choice: choose(answers.count)))
                if answers.count > salama.guideQuestions().count {
                    XCTFail("the check does not end")
                    return answers
                }
            }
        }
    }

    func testDangerComesFirst() throws {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let salama = try Salama.open(directory: dir, locales: ["ar"])
        let result = try salama.guideResult(answers: walk(salama) { _ in .yes }, country: nil)
        XCTAssertTrue(result.emergencyFirst)
        XCTAssertEqual(result.needs.first?.id, "emergency")
        XCTAssertEqual(result.notes.first?.id, "emergency-now")
    }

    func testWalksTheSituationCheckToArticlesThatApply() throws {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let salama = try Salama.open(directory: dir, locales: ["ar"])
        let answers = try walk(salama) { $0 == 0 ? .no : .yes }
        let result = try salama.guideResult(answers: answers, country: "rs")
        XCTAssertEqual(result.country, "RS")
        XCTAssertFalse(result.articles.isEmpty)
        XCTAssertEqual(result.articles.map(\.urgency), result.articles.map(\.urgency).sorted())
        for article in result.articles {
            XCTAssertEqual(try salama.article(id: article.id).id, article.id)
        }
    }

    func testHelplinesComeWithTheResultAndCountriesHaveNames() throws {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let salama = try Salama.open(directory: dir, locales: ["fa"])
        let countries = salama.guideCountries()
        XCTAssertEqual(countries.first { $0.code == "RS" }?.name, "صربستان")
        XCTAssertFalse(countries.contains { $0.code == "EU" })
        let result = try salama.guideResult(answers: walk(salama) { _ in .yes }, country: "RS")
        let emergency = try XCTUnwrap(result.needs.first)
        XCTAssertEqual(emergency.id, "emergency")
        let line = try XCTUnwrap(emergency.helplines.first)
        XCTAssertTrue(line.emergency)
        XCTAssertTrue(line.channels.contains { $0.address == "112" && $0.uri == "tel:112" })
    }

    func testAResultCanBeKeptInTheDiary() throws {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let salama = try Salama.open(directory: dir, locales: ["ar"])
        let answers = try walk(salama) { $0 == 0 ? .no : .yes }
        let result = try salama.guideResult(answers: answers, country: "it")
        let draft = salama.guideResultEntry(result: result)
        XCTAssertEqual(draft.kind, .note)
        XCTAssertEqual(draft.tags, ["situation-check"])
        for article in result.articles {
            XCTAssertTrue(draft.text.contains(article.title) && draft.text.contains(article.why))
        }
        let diary = try salama.diary()
        _ = try diary.create(passphrase: "a long passphrase for the check", hardware: nil)
        let added = try diary.add(draft: draft)
        XCTAssertEqual(added.content, draft)
        XCTAssertEqual(try diary.count(), 1)
    }

    func testBadAnswersAreInvalidInput() throws {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let salama = try Salama.open(directory: dir, locales: ["en"])
        XCTAssertThrowsError(try salama.guideNext(answers: [GuideAnswer(questionId: "no-such-question", choice: .no)])) {
            guard case .InvalidInput = $0 as? SalamaError else { return XCTFail("\($0)") }
        }
        let answers = try walk(salama) { _ in .notSure }
        XCTAssertThrowsError(try salama.guideResult(answers: answers, country: "not a country")) {
            guard case .InvalidInput = $0 as? SalamaError else { return XCTFail("\($0)") }
        }
    }
}
