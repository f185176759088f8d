// A helplines query through the Swift bindings. Mirrors HelplinesTest.kt.
import XCTest
@testable import SalamaCore

final class HelplinesTests: XCTestCase {
    func testGreeceGivesItsTraffickingLineAndTheEuEmergencyNumberFirst() throws {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let salama = try Salama.open(config: SalamaConfig(dataDir: dir.path, locales: ["en"], trustedKeys: []))
        let lines = try salama.helplines(query: HelplineQuery(country: "GR"))
        XCTAssertEqual(lines.first?.id, "eu-112")
        let a21 = try XCTUnwrap(lines.first { $0.id == "gr-a21-1109" })
        XCTAssertEqual(a21.name.text, try ftlMessage("en", "helplines", "helplines-gr-a21-1109-name"))
        XCTAssertEqual(a21.origin, .seed)
        XCTAssertThrowsError(try salama.helplines(query: HelplineQuery(country: "XX"))) {
            guard case .InvalidInput = $0 as? SalamaError else { return XCTFail("\($0)") }
        }
    }
}
