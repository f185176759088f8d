// Wrapping of the diary's data key in the Keychain / Secure Enclave, with failure cases.
// Mirrors AesGcmKeyWrappingTest.kt and DeviceTest.kt (Android Keystore).
import XCTest
@testable import SalamaCore

final class KeyWrappingTests: XCTestCase {
    private let tag = "org.salama.test.wrapping-key"
    private let secret = Data((0..<32).map { UInt8($0) })

    override func tearDown() {
        SecureEnclaveKeyWrapping.delete(tag: tag)
        super.tearDown()
    }

    func testRoundTripsWithFreshRandomnessEachTime() throws {
        let wrapping = try SecureEnclaveKeyWrapping(tag: tag)
        let first = try wrapping.wrap(secret)
        let second = try wrapping.wrap(secret)
        XCTAssertNotEqual(first, second)
        XCTAssertEqual(try wrapping.unwrap(first), secret)
        XCTAssertEqual(try SecureEnclaveKeyWrapping(tag: tag).unwrap(second), secret)
    }

    func testTamperedTruncatedAndOversizedInputsAreRefused() throws {
        let wrapping = try SecureEnclaveKeyWrapping(tag: tag)
        let wrapped = try wrapping.wrap(secret)
        for index in [0, 1, 40, wrapped.count - 1] {
            var tampered = wrapped
            tampered[index] ^= 0x01
            XCTAssertThrowsError(try wrapping.unwrap(tampered), "byte \(index)")
        }
        for length in [0, 1, 81, wrapped.count - 1] {
            XCTAssertThrowsError(try wrapping.unwrap(wrapped.prefix(length)), "length \(length)")
        }
        XCTAssertThrowsError(try wrapping.unwrap(Data(repeating: 1, count: 1 + 65 + 1024 + 16 + 1)))
        XCTAssertThrowsError(try wrapping.wrap(Data(count: 1025)))
    }

    func testDeletingTheKeyMakesWrappedSecretsUnreadable() throws {
        let wrapped = try SecureEnclaveKeyWrapping(tag: tag).wrap(secret)
        SecureEnclaveKeyWrapping.delete(tag: tag)
        XCTAssertThrowsError(try SecureEnclaveKeyWrapping(tag: tag).unwrap(wrapped))
    }
}
