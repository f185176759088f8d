// The diary's hardware key wrapper on Android: AesGcmKeyWrapper (tested on the JVM) over the
// non-exportable Android Keystore key of AndroidKeystoreKeys. Compiled only by the Android
// build.
package org.salama.core.android

import org.salama.core.KeyWrapper
import org.salama.core.keys.AesGcmKeyWrapper

/**
 * The [KeyWrapper] to pass to `Diary.create` and every `Diary.unlock`: the diary's key is
 * wrapped a second time under the Keystore key [alias] (StrongBox or TEE), so a copy of the
 * app's files is useless off this phone even with the passphrase. Create it off the main
 * thread (the Keystore key is made on first use). Deleting the key
 * ([AndroidKeystoreKeys.delete]) makes the diary unreadable for good.
 */
class KeystoreKeyWrapper(
    alias: String = AndroidKeystoreKeys.DEFAULT_ALIAS,
    requireUnlockedDevice: Boolean = true,
) : KeyWrapper by AesGcmKeyWrapper(AndroidKeystoreKeys.wrapping(alias, requireUnlockedDevice))
