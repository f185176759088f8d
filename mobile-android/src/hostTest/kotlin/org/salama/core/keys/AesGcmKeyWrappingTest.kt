// The wrapping format of the diary's data key, with failure cases: the same code runs on
// Android with a Keystore key.
package org.salama.core.keys

import org.junit.Assert.assertArrayEquals
import org.junit.Assert.assertEquals
import org.junit.Assert.assertFalse
import org.junit.Assert.assertThrows
import org.junit.Test
import javax.crypto.KeyGenerator
import javax.crypto.SecretKey

class AesGcmKeyWrappingTest {
    private fun newKey(): SecretKey = KeyGenerator.getInstance("AES").apply { init(256) }.generateKey()

    private val key = newKey()
    private val wrapping = AesGcmKeyWrapping(key)
    private val secret = ByteArray(32) { it.toByte() }

    @Test
    fun roundTripsWithAFreshNonceEachTime() {
        val first = wrapping.wrap(secret)
        val second = wrapping.wrap(secret)
        assertEquals(1 + 12 + 32 + 16, first.size)
        assertFalse(first.contentEquals(second))
        assertArrayEquals(secret, wrapping.unwrap(first))
        assertArrayEquals(secret, AesGcmKeyWrapping(key).unwrap(second))
    }

    @Test
    fun everyFlippedBitIsRefused() {
        val wrapped = wrapping.wrap(secret)
        for (i in wrapped.indices) {
            val tampered = wrapped.copyOf().also { it[i] = (it[i].toInt() xor 0x01).toByte() }
            assertThrows("byte $i", KeyWrapException::class.java) { wrapping.unwrap(tampered) }
        }
    }

    @Test
    fun anotherKeyOrPurposeCannotUnwrap() {
        val wrapped = wrapping.wrap(secret)
        assertThrows(KeyWrapException::class.java) { AesGcmKeyWrapping(newKey()).unwrap(wrapped) }
        assertThrows(KeyWrapException::class.java) { AesGcmKeyWrapping(key, "backup-key").unwrap(wrapped) }
    }

    @Test
    fun truncatedEmptyAndOversizedInputsAreRefused() {
        val wrapped = wrapping.wrap(secret)
        for (length in listOf(0, 1, 12, 28, wrapped.size - 1)) {
            assertThrows("length $length", KeyWrapException::class.java) {
                wrapping.unwrap(wrapped.copyOf(length))
            }
        }
        assertThrows(KeyWrapException::class.java) { wrapping.unwrap(ByteArray(1 + 12 + 1024 + 16 + 1) { 1 }) }
        assertThrows(IllegalArgumentException::class.java) { wrapping.wrap(ByteArray(1025)) }
    }

    @Test
    fun anEmptySecretStillCarriesItsTag() {
        val wrapped = wrapping.wrap(ByteArray(0))
        assertEquals(1 + 12 + 16, wrapped.size)
        assertEquals(0, wrapping.unwrap(wrapped).size)
    }
}
