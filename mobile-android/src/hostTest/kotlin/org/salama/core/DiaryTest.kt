// The diary through the Kotlin bindings: its lifecycle, its errors arriving as the
// SalamaException subclasses an app branches on, and the KeyWrapper adapter as a foreign
// trait the core calls back into. The diary's own rules are tested in Rust.
package org.salama.core

import org.junit.Assert.assertArrayEquals
import org.junit.Assert.assertEquals
import org.junit.Assert.assertFalse
import org.junit.Assert.assertThrows
import org.junit.Assert.assertTrue
import org.junit.Rule
import org.junit.Test
import org.junit.rules.TemporaryFolder
import org.salama.core.keys.AesGcmKeyWrapper
import org.salama.core.keys.AesGcmKeyWrapping
import javax.crypto.KeyGenerator

class DiaryTest {
    @get:Rule
    val tmp = TemporaryFolder()

    private fun draft(text: String, happenedOn: String) = EntryDraft(
        kind = EntryKind.DEBT,
        happenedOn = happenedOn,
        text = text,
        place = "Athens",
        people = listOf("the boss"),
        amount = Amount(value = "1500", currency = "EUR"),
        creditor = "the boss",
        tags = listOf("work"),
    )

    private fun softwareWrapper() = AesGcmKeyWrapper(
        AesGcmKeyWrapping(KeyGenerator.getInstance("AES").apply { init(256) }.generateKey()),
    )

    @Test
    fun createUnlockWrongPassphraseAddListLock() {
        val passphrase = "correct horse battery staple"
        Salama.open(tmp.newFolder("data"), listOf("en")).use { salama ->
            salama.diary().use { diary ->
                assertFalse(diary.exists())
                val check = diary.create(passphrase, null)
                assertFalse(check.isPin)
                assertTrue(diary.exists())
                assertTrue(diary.isUnlocked())

                val added = diary.add(draft("He says I owe him for the journey.", "2026-03-01"))
                diary.add(draft("Paid part of it.", "2026-04-01"))
                assertEquals(32, added.id.length)
                assertEquals(1u, added.version)
                assertEquals("He says I owe him for the journey.", added.content.text)
                assertEquals(Amount("1500", "EUR"), added.content.amount)

                diary.lock()
                assertFalse(diary.isUnlocked())
                assertThrows(SalamaException.Locked::class.java) { diary.list(EntryFilter(null, null, null, null), 0u, 10u) }
                assertThrows(SalamaException.Locked::class.java) { diary.add(draft("x", "2026-05-01")) }

                val first = assertThrows(SalamaException.WrongPassphrase::class.java) { diary.unlock("not the passphrase", null) }
                assertEquals(4u, first.attemptsLeft)
                val second = assertThrows(SalamaException.WrongPassphrase::class.java) { diary.unlock("still not it", null) }
                assertEquals(3u, second.attemptsLeft)
                assertFalse(diary.isUnlocked())
                // The exception's words come from the core, in the reader's language.
                assertTrue(salama.describe(second).isNotBlank())

                diary.unlock(passphrase, null)
                val page = diary.list(EntryFilter(null, null, null, null), 0u, 10u)
                assertEquals(2u, page.total)
                assertEquals(listOf("2026-04-01", "2026-03-01"), page.entries.map { it.content.happenedOn })
                assertEquals(added, diary.get(added.id))
                assertTrue(page.damaged.isEmpty())
                val found = diary.list(EntryFilter(null, null, null, "journey"), 0u, 10u)
                assertEquals(listOf(added.id), found.entries.map { it.id })
            }
        }
        // Everything was written to disk: a fresh instance unlocks and finds it.
        Salama.open(tmp.root.resolve("data"), listOf("en")).use { salama ->
            salama.diary().use { diary ->
                assertFalse(diary.isUnlocked())
                diary.unlock(passphrase, null)
                assertEquals(2u, diary.count())
            }
        }
    }

    @Test
    fun theKeyWrapperIsCalledBackAndNeededToUnlock() {
        val passphrase = "a long enough passphrase"
        val calls = mutableListOf<String>()
        val wrapper = softwareWrapper()
        val counting = object : KeyWrapper {
            override fun wrapKey(key: ByteArray): ByteArray = wrapper.wrapKey(key).also { calls += "wrap" }
            override fun unwrapKey(wrapped: ByteArray): ByteArray = wrapper.unwrapKey(wrapped).also { calls += "unwrap" }
        }
        Salama.open(tmp.newFolder("data"), listOf("en")).use { salama ->
            salama.diary().use { diary ->
                diary.create(passphrase, counting)
                assertTrue("the core wrapped its key through Kotlin", "wrap" in calls)
                diary.add(draft("kept", "2026-01-02"))
                diary.lock()

                // Without the device key the right passphrase is not enough.
                assertThrows(SalamaException::class.java) { diary.unlock(passphrase, null) }
                // Another device's key fails the integrity check: Corrupted, not a passphrase guess.
                assertThrows(SalamaException.Corrupted::class.java) { diary.unlock(passphrase, softwareWrapper()) }
                assertFalse(diary.isUnlocked())

                calls.clear()
                diary.unlock(passphrase, counting)
                assertTrue("the core unwrapped its key through Kotlin", "unwrap" in calls)
                assertEquals(1u, diary.count())
            }
        }
    }

    @Test
    fun theWrapperAdapterMapsFailuresToSalamaExceptions() {
        val wrapper = softwareWrapper()
        val secret = ByteArray(32) { it.toByte() }
        val wrapped = wrapper.wrapKey(secret)
        assertArrayEquals(secret, wrapper.unwrapKey(wrapped))
        val tampered = wrapped.copyOf().also { it[it.size - 1] = (it[it.size - 1].toInt() xor 1).toByte() }
        assertThrows(SalamaException.Corrupted::class.java) { wrapper.unwrapKey(tampered) }
        assertThrows(SalamaException.Corrupted::class.java) { wrapper.unwrapKey(ByteArray(3)) }
        assertThrows(SalamaException.InvalidInput::class.java) { wrapper.wrapKey(ByteArray(4096)) }
    }
}
