// Search highlights arrive as ranges of Unicode scalar values (what Rust counts); Kotlin
// strings index UTF-16 code units. They differ as soon as a snippet holds a character
// outside the Basic Multilingual Plane (an emoji, some CJK), so convert before slicing.
package org.salama.core

/**
 * This range as UTF-16 indices into [text] (for `substring`, `SpannableString.setSpan`,
 * `AnnotatedString`). Ranges past the end of [text] are clamped to it.
 */
fun TextRange.toUtf16(text: String): IntRange {
    val codePoints = text.codePointCount(0, text.length)
    val start = start.toInt().coerceIn(0, codePoints)
    val end = end.toInt().coerceIn(start, codePoints)
    val from = text.offsetByCodePoints(0, start)
    val until = text.offsetByCodePoints(from, end - start)
    return from until until
}

/** Where the query's words are in [SearchHit.snippet], as UTF-16 index ranges. */
val SearchHit.snippetHighlights: List<IntRange> get() = highlights.map { it.toUtf16(snippet) }
