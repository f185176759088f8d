// Highlight ranges count Unicode scalar values in Rust and UTF-16 units in Kotlin.
package org.salama.core

import org.junit.Assert.assertEquals
import org.junit.Test

class HighlightsTest {
    @Test
    fun rangesAfterANonBmpCharacterAreShifted() {
        val text = "a\uD83D\uDE00bcd" // a 😀 b c d: 5 scalar values, 6 UTF-16 units
        assertEquals(3 until 5, TextRange(2u, 4u).toUtf16(text))
        assertEquals("bc", text.substring(TextRange(2u, 4u).toUtf16(text)))
        assertEquals("\uD83D\uDE00", text.substring(TextRange(1u, 2u).toUtf16(text)))
    }

    @Test
    fun rangesPastTheEndAreClamped() {
        assertEquals("c", "abc".substring(TextRange(2u, 99u).toUtf16("abc")))
        assertEquals("", "abc".substring(TextRange(7u, 9u).toUtf16("abc")))
        assertEquals("", "abc".substring(TextRange(2u, 1u).toUtf16("abc")))
    }

    @Test
    fun aSearchHitGivesItsHighlightsAsUtf16Ranges() {
        val hit = SearchHit(
            articleId = "x", title = "t", snippet = "\uD83D\uDE00 حق اللجوء",
            highlights = listOf(TextRange(7u, 11u)), locale = "ar", direction = TextDirection.RTL,
        )
        assertEquals(listOf("لجوء"), hit.snippetHighlights.map { hit.snippet.substring(it) })
    }
}
