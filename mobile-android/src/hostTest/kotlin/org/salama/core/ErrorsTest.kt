// Rust errors arrive as the SalamaException subclass an app can act on, and can be put in
// words in the reader's language.
package org.salama.core

import org.junit.Assert.assertEquals
import org.junit.Assert.assertThrows
import org.junit.Assert.assertTrue
import org.junit.Rule
import org.junit.Test
import org.junit.rules.TemporaryFolder

class ErrorsTest {
    @get:Rule
    val tmp = TemporaryFolder()

    @Test
    fun unknownArticleAndMessageAreNotFound() {
        Salama.open(tmp.newFolder("data"), listOf("ar")).use { salama ->
            assertThrows(SalamaException.NotFound::class.java) { salama.article("no-such-article") }
            assertThrows(SalamaException.NotFound::class.java) { salama.text("no-such-message") }
        }
    }

    @Test
    fun anUnusableDataDirectoryIsAStorageError() {
        val notADirectory = tmp.newFile("a-file")
        val error = assertThrows(SalamaException.Storage::class.java) {
            Salama.open(notADirectory, listOf("en"))
        }
        assertTrue(error.reason.isNotBlank())
    }

    @Test
    fun errorsAreDescribedInTheReadersLanguage() {
        Salama.open(tmp.newFolder("data"), listOf("ar")).use { salama ->
            val notFound = assertThrows(SalamaException.NotFound::class.java) { salama.article("nope") }
            assertEquals(ftlMessage("ar", "errors", "error-not-found"), salama.describe(notFound))
            val lockedOut = salama.describe(SalamaException.LockedOut(retryAfterS = 30uL))
            assertEquals(listOf("30"), placeables(lockedOut))
        }
    }
}
