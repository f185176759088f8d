// The core's KeyWrapper (the foreign trait the diary calls to wrap its key a second time) on
// AesGcmKeyWrapping. On Android the wrapping key is the hardware-backed Keystore key
// (src/android: KeystoreKeyWrapper); the adapter itself is plain JVM and tested on the host.
package org.salama.core.keys

import org.salama.core.KeyWrapper
import org.salama.core.SalamaException
import java.security.GeneralSecurityException

/**
 * Hands [wrapping] to the diary: `diary.create(passphrase, AesGcmKeyWrapper(w))`, and the
 * same wrapper to every later `unlock`.
 *
 * A blob that fails its integrity check (wrong key, tampered) is `SalamaException.Corrupted`;
 * a key the platform refuses to use (deleted, invalidated, phone locked) is
 * `SalamaException.Storage`. Neither says anything about the key or the blob.
 */
class AesGcmKeyWrapper(private val wrapping: AesGcmKeyWrapping) : KeyWrapper {
    override fun wrapKey(key: ByteArray): ByteArray = guarded { wrapping.wrap(key) }

    override fun unwrapKey(wrapped: ByteArray): ByteArray = guarded { wrapping.unwrap(wrapped) }

    private inline fun guarded(block: () -> ByteArray): ByteArray = try {
        block()
    } catch (_: KeyWrapException) {
        throw SalamaException.Corrupted()
    } catch (e: GeneralSecurityException) {
        // The class name says which rule the platform applied (e.g.
        // KeyPermanentlyInvalidatedException), never anything secret.
        throw SalamaException.Storage("the device key cannot be used: ${e.javaClass.simpleName}")
    } catch (e: IllegalArgumentException) {
        throw SalamaException.InvalidInput(e.message ?: "key too long")
    }
}
