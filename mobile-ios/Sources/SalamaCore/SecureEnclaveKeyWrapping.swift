// The diary's data key is wrapped under a key that lives in the iPhone's Secure Enclave and
// can never be read out, not even by the app: someone who copies the app's files off the
// phone (or out of a backup) cannot unwrap the data key there. Mirrors AndroidKeystoreKeys.
import Foundation
import Security

/// A wrapped secret could not be unwrapped, or the key could not be made. Says no more.
public struct KeyWrapError: Error, Equatable, Sendable {
    public let reason: String
}

/// Wraps small secrets (the diary's data key) with ECIES (P-256, AES-GCM) to a Secure
/// Enclave key stored in the Keychain under `tag`, created on first use. The key is usable
/// only while the phone is unlocked, never leaves this device, and is not in backups.
///
/// The Simulator has no Secure Enclave: there the key is an ordinary Keychain key with the
/// same access rules, and `isHardwareBacked` is false.
public final class SecureEnclaveKeyWrapping: @unchecked Sendable {
    public static let defaultTag = "org.salama.diary.wrapping-key"
    private static let algorithm = SecKeyAlgorithm.eciesEncryptionCofactorVariableIVX963SHA256AESGCM
    private static let version: UInt8 = 1
    private static let maxSecretBytes = 1024

    private let privateKey: SecKey
    /// Whether the key lives in the Secure Enclave.
    public let isHardwareBacked: Bool

    /// Finds or creates the key `tag`.
    public init(tag: String = SecureEnclaveKeyWrapping.defaultTag) throws {
        if let existing = try Self.find(tag: tag) {
            privateKey = existing
        } else {
            privateKey = try Self.create(tag: tag)
        }
        let attributes = SecKeyCopyAttributes(privateKey) as? [String: Any]
        isHardwareBacked = (attributes?[kSecAttrTokenID as String] as? String) == (kSecAttrTokenIDSecureEnclave as String)
    }

    /// Encrypts `secret` (at most 1 KiB) to the key: `version (1) ‖ ECIES ciphertext`.
    public func wrap(_ secret: Data) throws -> Data {
        guard secret.count <= Self.maxSecretBytes else { throw KeyWrapError(reason: "secret too long") }
        guard let publicKey = SecKeyCopyPublicKey(privateKey) else { throw KeyWrapError(reason: "no public key") }
        var error: Unmanaged<CFError>?
        guard let sealed = SecKeyCreateEncryptedData(publicKey, Self.algorithm, secret as CFData, &error) else {
            throw KeyWrapError(reason: "wrapping failed")
        }
        return Data([Self.version]) + (sealed as Data)
    }

    /// Decrypts what `wrap` produced. Clear the result once the secret has been handed on.
    public func unwrap(_ wrapped: Data) throws -> Data {
        // 1 version byte, a 65-byte ephemeral public key, a 16-byte tag at the least.
        guard wrapped.count >= 1 + 65 + 16 else { throw KeyWrapError(reason: "wrapped key is truncated") }
        guard wrapped.count <= 1 + 65 + Self.maxSecretBytes + 16 else { throw KeyWrapError(reason: "wrapped key is too long") }
        guard wrapped.first == Self.version else { throw KeyWrapError(reason: "unknown wrapped key format") }
        var error: Unmanaged<CFError>?
        guard let plain = SecKeyCreateDecryptedData(privateKey, Self.algorithm, wrapped.dropFirst() as CFData, &error) else {
            throw KeyWrapError(reason: "wrapped key failed its integrity check")
        }
        return plain as Data
    }

    /// Destroys the key `tag`: everything wrapped to it becomes unreadable for good. Part of
    /// the diary's quick wipe.
    public static func delete(tag: String = SecureEnclaveKeyWrapping.defaultTag) {
        let query: [String: Any] = [
            kSecClass as String: kSecClassKey,
            kSecAttrApplicationTag as String: Data(tag.utf8),
        ]
        SecItemDelete(query as CFDictionary)
    }

    private static func find(tag: String) throws -> SecKey? {
        let query: [String: Any] = [
            kSecClass as String: kSecClassKey,
            kSecAttrApplicationTag as String: Data(tag.utf8),
            kSecAttrKeyType as String: kSecAttrKeyTypeECSECPrimeRandom,
            kSecReturnRef as String: true,
        ]
        var item: CFTypeRef?
        let status = SecItemCopyMatching(query as CFDictionary, &item)
        if status == errSecItemNotFound { return nil }
        guard status == errSecSuccess, let item else { throw KeyWrapError(reason: "keychain lookup failed (\(status))") }
        return (item as! SecKey)
    }

    private static func create(tag: String) throws -> SecKey {
        #if targetEnvironment(simulator)
        let secureEnclave = false
        #else
        let secureEnclave = true
        #endif
        var flags: SecAccessControlCreateFlags = []
        if secureEnclave { flags.insert(.privateKeyUsage) }
        guard let access = SecAccessControlCreateWithFlags(
            nil, kSecAttrAccessibleWhenUnlockedThisDeviceOnly, flags, nil
        ) else { throw KeyWrapError(reason: "access control failed") }
        var attributes: [String: Any] = [
            kSecAttrKeyType as String: kSecAttrKeyTypeECSECPrimeRandom,
            kSecAttrKeySizeInBits as String: 256,
            kSecPrivateKeyAttrs as String: [
                kSecAttrIsPermanent as String: true,
                kSecAttrApplicationTag as String: Data(tag.utf8),
                kSecAttrAccessControl as String: access,
            ] as [String: Any],
        ]
        if secureEnclave { attributes[kSecAttrTokenID as String] = kSecAttrTokenIDSecureEnclave }
        var error: Unmanaged<CFError>?
        guard let key = SecKeyCreateRandomKey(attributes as CFDictionary, &error) else {
            throw KeyWrapError(reason: "key creation failed")
        }
        return key
    }
}
