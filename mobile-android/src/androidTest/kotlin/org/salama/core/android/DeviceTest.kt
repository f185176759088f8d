// On a phone or emulator (`gradle connectedAndroidTest`): what only Android can check, the
// Keystore and the library loading from the AAR. Not run on the development machine, which
// has no Android SDK; the JVM host tests cover the rest.
package org.salama.core.android

import androidx.test.ext.junit.runners.AndroidJUnit4
import androidx.test.platform.app.InstrumentationRegistry
import org.junit.After
import org.junit.Assert.assertArrayEquals
import org.junit.Assert.assertEquals
import org.junit.Assert.assertThrows
import org.junit.Assert.assertTrue
import org.junit.Test
import org.junit.runner.RunWith
import org.salama.core.Salama
import org.salama.core.keys.KeyWrapException

@RunWith(AndroidJUnit4::class)
class DeviceTest {
    private val context = InstrumentationRegistry.getInstrumentation().targetContext
    private val alias = "org.salama.test.wrapping-key"

    @After
    fun deleteKey() = AndroidKeystoreKeys.delete(alias)

    @Test
    fun opensInTheNoBackupDirectoryAndReadsArabic() {
        Salama.open(context, listOf("ar")).use { salama ->
            assertEquals("ar", salama.article("asylum").locale)
        }
        assertTrue(salamaDataDir(context).resolve("content.db").exists())
    }

    @Test
    fun wrapsUnderAKeystoreKeyThatDiesWithItsAlias() {
        val secret = ByteArray(32) { (it * 7).toByte() }
        val wrapped = AndroidKeystoreKeys.wrapping(alias).wrap(secret)
        assertArrayEquals(secret, AndroidKeystoreKeys.wrapping(alias).unwrap(wrapped))
        // Emulators usually have a software Keystore: report, do not assert.
        println("Keystore key hardware-backed: ${AndroidKeystoreKeys.isHardwareBacked(alias)}")

        AndroidKeystoreKeys.delete(alias)
        assertThrows(KeyWrapException::class.java) { AndroidKeystoreKeys.wrapping(alias).unwrap(wrapped) }
    }
}
