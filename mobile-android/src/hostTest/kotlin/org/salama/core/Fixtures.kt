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
