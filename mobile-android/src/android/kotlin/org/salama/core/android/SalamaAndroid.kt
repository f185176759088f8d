// Android conveniences: where Salama keeps its files on a phone, and the reader's languages
// from the system settings. Compiled only by the Android build (not by the JVM host tests).
package org.salama.core.android

import android.content.Context
import org.salama.core.Salama
import org.salama.core.open
import java.io.File

/**
 * Opens Salama in the app's no-backup directory, in the languages of the phone's settings
 * (or [locales]). The no-backup directory is private to the app and never copied into a
 * cloud backup, so the diary cannot leave the phone that way. Call it off the main thread.
 */
fun Salama.Companion.open(context: Context, locales: List<String> = context.preferredLocales()): Salama =
    open(salamaDataDir(context), locales)

/** Where [open] keeps Salama's databases: `noBackupFilesDir/salama`. */
fun salamaDataDir(context: Context): File = File(context.noBackupFilesDir, "salama")

/** The languages of the phone's settings, most preferred first, as BCP 47 tags. */
fun Context.preferredLocales(): List<String> {
    val locales = resources.configuration.locales
    return (0 until locales.size()).map { locales[it].toLanguageTag() }
}
