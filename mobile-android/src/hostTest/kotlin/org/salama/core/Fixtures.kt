// Shared by the host tests: the repository they run in (for the translation sources the
// results are compared against).
package org.salama.core

import java.io.File

/** The repository root, passed by host-test.sh as `-Dsalama.repo`. */
val repoRoot: File = File(
    checkNotNull(System.getProperty("salama.repo")) { "run through mobile-android/host-test.sh" },
)

/** The text of a one-line Fluent message, read straight from `translations/<locale>/<file>.ftl`. */
fun ftlMessage(locale: String, file: String, id: String): String =
    File(repoRoot, "translations/$locale/$file.ftl").readLines()
        .first { it.startsWith("$id = ") }
        .removePrefix("$id = ")

/**
 * The placeables of a formatted message (Fluent wraps each in FSI…PDI), with digits of any
 * script read as ASCII digits: Arabic shows 30 as ٣٠, Persian as ۳۰.
 */
fun placeables(text: String): List<String> =
    Regex("\u2068([^\u2069]*)\u2069").findAll(text).map { match ->
        match.groupValues[1].map { c -> Character.digit(c, 10).takeIf { it >= 0 }?.let { '0' + it } ?: c }
            .joinToString("")
    }.toList()
