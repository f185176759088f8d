// The idiomatic Kotlin face of the generated bindings (salama_core.kt, generated at build
// time): opening with plain Kotlin types, message arguments as pairs, errors in words.
// Everything here runs on any JVM; Android-only helpers live in src/android.
package org.salama.core

import java.io.File
import java.util.Locale

/**
 * Opens Salama on [dataDir] (created if missing) in the reader's [locales], most preferred
 * first, as BCP 47 tags. Call it off the main thread and `close()` the result, or use it
 * in `use { }`:
 *
 * ```
 * Salama.open(dir, listOf("ar")).use { salama -> salama.article("asylum") }
 * ```
 *
 * @throws SalamaException.Storage when the directory cannot be created or read.
 */
fun Salama.Companion.open(dataDir: File, locales: List<String> = defaultLocales()): Salama =
    open(SalamaConfig(dataDir = dataDir.path, locales = locales))

/** The JVM's default locale as a one-element list of BCP 47 tags. */
fun defaultLocales(): List<String> = listOf(Locale.getDefault().toLanguageTag())

/**
 * The interface text [id] in the reader's language, with named [args]: each value is a
 * [String] or a [Number] (numbers choose plural forms).
 *
 * ```
 * salama.text("error-locked-out", "seconds" to 30)
 * ```
 *
 * @throws IllegalArgumentException for an argument that is neither text nor a number.
 * @throws SalamaException.NotFound for an unknown message id.
 */
fun Salama.text(id: String, vararg args: Pair<String, Any>): LocalizedText =
    text(id, args.associate { (name, value) -> name to argValue(name, value) })

private fun argValue(name: String, value: Any): ArgValue = when (value) {
    is String -> ArgValue.Text(value)
    is Number -> ArgValue.Number(value.toDouble())
    else -> throw IllegalArgumentException(
        "message argument '$name' must be a String or a Number, not ${value::class.simpleName}",
    )
}

/** The sentence to show the reader for this error, in their language (see [Salama.errorMessage]). */
fun Salama.describe(error: SalamaException): String = errorMessage(error)

/** True for right-to-left scripts (Arabic, Persian, …): lay the screen out mirrored. */
val TextDirection.isRtl: Boolean get() = this == TextDirection.RTL
