// The diary's data key is wrapped under a key that lives in the phone's secure hardware
// (StrongBox where there is one, else the TEE) and can never be read out, not even by the
// app: someone who copies the app's files off the phone cannot unwrap the data key there.
// Compiled only by the Android build; the wrapping format is AesGcmKeyWrapping, tested on
// the JVM.
package org.salama.core.android

import android.os.Build
import android.security.keystore.KeyGenParameterSpec
import android.security.keystore.KeyInfo
import android.security.keystore.KeyProperties
import android.security.keystore.StrongBoxUnavailableException
import org.salama.core.keys.AesGcmKeyWrapping
import java.security.KeyStore
import javax.crypto.KeyGenerator
import javax.crypto.SecretKey
import javax.crypto.SecretKeyFactory

/** Android Keystore keys for wrapping the diary's data key. Call off the main thread. */
object AndroidKeystoreKeys {
    const val DEFAULT_ALIAS = "org.salama.diary.wrapping-key"
    private const val PROVIDER = "AndroidKeyStore"

    /**
     * A wrapper under the Keystore key [alias], created on first use: AES-256-GCM,
     * non-exportable, in StrongBox if the phone has one. With [requireUnlockedDevice]
     * (API 28+) the key cannot be used while the phone is locked.
     */
    @Synchronized
    fun wrapping(alias: String = DEFAULT_ALIAS, requireUnlockedDevice: Boolean = true): AesGcmKeyWrapping =
        AesGcmKeyWrapping(existing(alias) ?: create(alias, requireUnlockedDevice))

    /**
     * Destroys the key [alias]: everything wrapped under it becomes unreadable for good.
     * Part of the diary's quick wipe.
     */
    @Synchronized
    fun delete(alias: String = DEFAULT_ALIAS) {
        keyStore().deleteEntry(alias)
    }

    /** Whether the key [alias] exists and lives in secure hardware (TEE or StrongBox). */
    fun isHardwareBacked(alias: String = DEFAULT_ALIAS): Boolean {
        val key = existing(alias) ?: return false
        val info = SecretKeyFactory.getInstance(key.algorithm, PROVIDER)
            .getKeySpec(key, KeyInfo::class.java) as KeyInfo
        return if (Build.VERSION.SDK_INT >= Build.VERSION_CODES.S) {
            info.securityLevel == KeyProperties.SECURITY_LEVEL_TRUSTED_ENVIRONMENT ||
                info.securityLevel == KeyProperties.SECURITY_LEVEL_STRONGBOX
        } else {
            @Suppress("DEPRECATION")
            info.isInsideSecureHardware
        }
    }

    private fun keyStore(): KeyStore = KeyStore.getInstance(PROVIDER).apply { load(null) }

    private fun existing(alias: String): SecretKey? = keyStore().getKey(alias, null) as SecretKey?

    private fun create(alias: String, requireUnlockedDevice: Boolean): SecretKey {
        val generator = KeyGenerator.getInstance(KeyProperties.KEY_ALGORITHM_AES, PROVIDER)
        if (Build.VERSION.SDK_INT >= Build.VERSION_CODES.P) {
            try {
                generator.init(spec(alias, strongBox = true, requireUnlockedDevice))
                return generator.generateKey()
            } catch (_: StrongBoxUnavailableException) {
                // No StrongBox on this phone: the TEE below is still secure hardware.
            }
        }
        generator.init(spec(alias, strongBox = false, requireUnlockedDevice))
        return generator.generateKey()
    }

    private fun spec(alias: String, strongBox: Boolean, requireUnlockedDevice: Boolean): KeyGenParameterSpec =
        KeyGenParameterSpec.Builder(alias, KeyProperties.PURPOSE_ENCRYPT or KeyProperties.PURPOSE_DECRYPT)
            .setKeySize(256)
            .setBlockModes(KeyProperties.BLOCK_MODE_GCM)
            .setEncryptionPaddings(KeyProperties.ENCRYPTION_PADDING_NONE)
            // The Keystore picks every nonce itself, so none is ever reused.
            .setRandomizedEncryptionRequired(true)
            .apply {
                if (Build.VERSION.SDK_INT >= Build.VERSION_CODES.P) {
                    setIsStrongBoxBacked(strongBox)
                    setUnlockedDeviceRequired(requireUnlockedDevice)
                }
            }
            .build()
}
