// The core's KeyWrapper (the foreign trait the diary calls to wrap its key a second time) on
// SecureEnclaveKeyWrapping: a Keychain key in the Secure Enclave that never leaves this
// iPhone. Mirrors KeystoreKeyWrapper on Android.
import Foundation

/// The `KeyWrapper` to pass to `Diary.create` and every `Diary.unlock`: the diary's key is
/// wrapped a second time to the Secure Enclave key `tag`, so a copy of the app's files (or a
/// backup) is useless off this phone even with the passphrase. `SecureEnclaveKeyWrapping.delete`
/// makes the diary unreadable for good.
///
/// A blob that fails its integrity check is `SalamaError.Corrupted`; a key the Keychain
/// refuses (missing, phone locked) is `SalamaError.Storage`. Neither says anything secret.
public final class KeychainKeyWrapper: KeyWrapper, @unchecked Sendable {
    private let wrapping: SecureEnclaveKeyWrapping

    /// Finds or creates the Keychain key `tag` (off the main thread).
    public convenience init(tag: String = SecureEnclaveKeyWrapping.defaultTag) throws {
        do {
            self.init(wrapping: try SecureEnclaveKeyWrapping(tag: tag))
        } catch let error as KeyWrapError {
            throw SalamaError.Storage(reason: "the device key cannot be used: \(error.reason)")
        }
    }

    public init(wrapping: SecureEnclaveKeyWrapping) {
        self.wrapping = wrapping
    }

    public func wrapKey(key: Data) throws -> Data {
        do {
            return try wrapping.wrap(key)
        } catch let error as KeyWrapError {
            throw SalamaError.Storage(reason: "the device key cannot be used: \(error.reason)")
        }
    }

    public func unwrapKey(wrapped: Data) throws -> Data {
        do {
            return try wrapping.unwrap(wrapped)
        } catch is KeyWrapError {
            throw SalamaError.Corrupted
        }
    }
}
