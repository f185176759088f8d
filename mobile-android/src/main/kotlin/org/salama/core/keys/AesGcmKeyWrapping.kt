// Wrapping of small secrets (the diary's data key) under a key the platform holds and never
// hands out: on Android a hardware-backed Keystore key (src/android: AndroidKeystoreKeys),
// elsewhere any AES key. The format and its checks are plain JVM crypto, so the same code is
// tested on the host and runs on the phone; only where the key lives differs.
package org.salama.core.keys

import java.nio.charset.StandardCharsets
import java.security.GeneralSecurityException
import javax.crypto.AEADBadTagException
import javax.crypto.Cipher
import javax.crypto.SecretKey
import javax.crypto.spec.GCMParameterSpec

/** A wrapped secret could not be unwrapped: wrong key, tampered or truncated. Says no more. */
class KeyWrapException(message: String, cause: Throwable? = null) :
    GeneralSecurityException(message, cause)

/**
 * AES-256-GCM wrapping under [key].
 *
 * A wrapped secret is `version (1) ‖ nonce (12) ‖ ciphertext ‖ tag (16)`, with [purpose] as
 * associated data, so a blob wrapped for one purpose is refused for another. The nonce is
 * chosen by the cipher (Android Keystore insists on that), fresh for every wrap.
 */
class AesGcmKeyWrapping(private val key: SecretKey, purpose: String = "salama-diary-data-key") {
    private val associatedData = purpose.toByteArray(StandardCharsets.UTF_8)

    /** Encrypts [secret] (at most [MAX_SECRET_BYTES]). The caller still owns and clears it. */
    fun wrap(secret: ByteArray): ByteArray {
        require(secret.size <= MAX_SECRET_BYTES) { "a wrapped secret is at most $MAX_SECRET_BYTES bytes" }
        val cipher = Cipher.getInstance(TRANSFORMATION)
        cipher.init(Cipher.ENCRYPT_MODE, key)
        cipher.updateAAD(associatedData)
        val sealed = cipher.doFinal(secret)
        val nonce = cipher.iv
        check(nonce.size == NONCE_BYTES) { "the cipher chose a ${nonce.size}-byte nonce" }
        return byteArrayOf(VERSION) + nonce + sealed
    }

    /**
     * Decrypts what [wrap] produced. The returned array is the caller's: clear it
     * (`fill(0)`) once the secret has been handed on.
     *
     * @throws KeyWrapException for anything but an intact blob wrapped under this key and purpose.
     */
    fun unwrap(wrapped: ByteArray): ByteArray {
        if (wrapped.size < 1 + NONCE_BYTES + TAG_BYTES) throw KeyWrapException("wrapped key is truncated")
        if (wrapped.size > 1 + NONCE_BYTES + MAX_SECRET_BYTES + TAG_BYTES) {
            throw KeyWrapException("wrapped key is too long")
        }
        if (wrapped[0] != VERSION) throw KeyWrapException("unknown wrapped key format")
        val cipher = Cipher.getInstance(TRANSFORMATION)
        cipher.init(Cipher.DECRYPT_MODE, key, GCMParameterSpec(TAG_BYTES * 8, wrapped, 1, NONCE_BYTES))
        cipher.updateAAD(associatedData)
        return try {
            cipher.doFinal(wrapped, 1 + NONCE_BYTES, wrapped.size - 1 - NONCE_BYTES)
        } catch (e: AEADBadTagException) {
            throw KeyWrapException("wrapped key failed its integrity check", e)
        }
    }

    companion object {
        const val TRANSFORMATION = "AES/GCM/NoPadding"
        const val MAX_SECRET_BYTES = 1024
        private const val VERSION: Byte = 1
        private const val NONCE_BYTES = 12
        private const val TAG_BYTES = 16
    }
}
