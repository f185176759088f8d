// The generated bindings and the Kotlin layer, end to end on the JVM: what crosses the FFI
// (UTF-8 text, records, enums, lists, maps, numbers) arrives intact and usable.
package org.salama.core

import org.junit.Assert.assertEquals
import org.junit.Assert.assertFalse
import org.junit.Assert.assertNotEquals
import org.junit.Assert.assertThrows
import org.junit.Assert.assertTrue
import org.junit.Rule
import org.junit.Test
import org.junit.rules.TemporaryFolder

class SalamaTest {
    @get:Rule
    val tmp = TemporaryFolder()

    @Test
    fun opensInArabicAndReadsAnArticle() {
        Salama.open(tmp.newFolder("data"), listOf("ar")).use { salama ->
            assertEquals(listOf("ar", "en"), salama.activeLocales())
            assertTrue(salama.direction().isRtl)
            assertFalse(salama.startupReport().contentRebuilt)

            val article = salama.article("asylum")
            assertEquals("asylum", article.id)
            assertEquals("ar", article.locale)
            assertEquals(TextDirection.RTL, article.direction)
            // Byte for byte the Arabic of the translation file: the text crossed intact.
            assertEquals(ftlMessage("ar", "rights", "rights-asylum-title"), article.title)
            assertEquals(ftlMessage("ar", "rights", "rights-asylum-summary"), article.summary)
            assertTrue(article.sections.isNotEmpty())
            assertTrue(article.sections.all { it.heading.isNotBlank() && it.paragraphs.isNotEmpty() })
            assertTrue(article.steps.isNotEmpty())
            assertTrue(article.sources.isNotEmpty())
            assertTrue(article.sources.all { it.url.startsWith("https://") && it.citation.isNotBlank() })
        }
    }

    @Test
    fun listsTopicsAndLanguagesWithTheirNativeNames() {
        Salama.open(tmp.newFolder("data"), listOf("fa-AF")).use { salama ->
            val topics = salama.topics()
            assertTrue(topics.any { it.id == "asylum" })
            assertTrue(topics.all { it.locale == "fa" && it.direction == TextDirection.RTL })

            val languages = salama.availableLocales().associateBy { it.code }
            assertEquals("العربية", languages.getValue("ar").nativeName)
            assertEquals("فارسی", languages.getValue("fa").nativeName)
            assertEquals(TextDirection.LTR, languages.getValue("en").direction)
            assertEquals(ReviewState.SOURCE, languages.getValue("en").review.status)
            assertTrue(languages.values.all { it.completeness in 0.0..100.0 })
        }
    }

    @Test
    fun searchesInArabicAndHighlightsTheQuery() {
        Salama.open(tmp.newFolder("data"), listOf("ar")).use { salama ->
            val query = "اللجوء"
            val hits = salama.search(query)
            assertTrue(hits.any { it.articleId == "asylum" })
            for (hit in hits) {
                assertEquals("ar", hit.locale)
                assertTrue(hit.snippetHighlights.isNotEmpty())
                for (range in hit.snippetHighlights) {
                    val marked = hit.snippet.substring(range)
                    assertTrue("'$marked' is not part of the query", marked.length >= 3 && marked in query)
                }
            }
            assertEquals(emptyList<SearchHit>(), salama.search("?!"))
        }
    }

    @Test
    fun switchesLanguageAndSearchesInPersian() {
        Salama.open(tmp.newFolder("data"), listOf("en")).use { salama ->
            assertFalse(salama.direction().isRtl)
            assertEquals(listOf("fa", "en"), salama.setLocales(listOf("fa-AF")))
            assertTrue(salama.direction().isRtl)
            val hits = salama.search("پناهندگی")
            assertTrue(hits.isNotEmpty())
            assertTrue(hits.all { it.locale == "fa" })
        }
    }

    @Test
    fun fillsMessageArgumentsAndChoosesPluralForms() {
        Salama.open(tmp.newFolder("data"), listOf("ar")).use { salama ->
            val two = salama.text("error-locked-out", "seconds" to 2)
            val thirty = salama.text("error-locked-out", "seconds" to 30)
            assertEquals("ar", thirty.locale)
            assertEquals(TextDirection.RTL, thirty.direction)
            // A number, not a string, reached Fluent: Arabic has a dual form without digits.
            assertNotEquals(two.text, thirty.text)
            assertEquals(emptyList<String>(), placeables(two.text))
            assertEquals(listOf("30"), placeables(thirty.text))

            assertThrows(IllegalArgumentException::class.java) {
                salama.text("error-locked-out", "seconds" to listOf(30))
            }
        }
    }
}
