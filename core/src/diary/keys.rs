//! The key hierarchy: a random data key seals everything; a key-encryption key derived
//! from the passphrase with Argon2id wraps the data key; an optional hardware-backed key
//! (Android Keystore, iOS Keychain) wraps that again.
//!
//! Changing the passphrase rewraps only the data key, so it is quick and cannot lose data.

use std::sync::Arc;

use argon2::{Algorithm, Argon2, Params, Version};
use unicode_normalization::UnicodeNormalization;
use zeroize::Zeroizing;

use super::seal::{self, Id, Place, RecordKind, SecretKey};
use crate::error::{Error, Result, SalamaError};

/// The salt length stored with the vault.
pub const SALT_LEN: usize = 16;

/// Argon2id cost parameters, stored with the vault so a diary always opens with the
/// parameters it was made with.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct KdfParams {
    pub memory_kib: u32,
    pub iterations: u32,
    pub parallelism: u32,
}

impl KdfParams {
    /// The default for new diaries: 46 MiB, 2 passes, 1 lane.
    ///
    /// On this project's x86-64 build machine this costs about 0.1 s (see `cargo bench
    /// --bench diary -- unlock`, which prints it). A low-end Android phone (Cortex-A53 at
    /// 1.4 GHz, slow LPDDR3) is typically 4-6 times slower per core at Argon2, which puts
    /// it near half a second: noticeable once per unlock, but it makes every guess of an
    /// attacker who copied the file cost the same. 46 MiB stays well inside what a
    /// 1 GB phone can give one app. It is above the floor the issue sets (19 MiB, t = 2)
    /// and matches OWASP's first Argon2id recommendation (m = 46 MiB, t = 1) with an
    /// extra pass.
    pub const DEFAULT: KdfParams = KdfParams {
        memory_kib: 46 * 1024,
        iterations: 2,
        parallelism: 1,
    };

    /// The weakest parameters a diary may be created with or accept from a file.
    pub const MINIMUM: KdfParams = KdfParams {
        memory_kib: 19 * 1024,
        iterations: 2,
        parallelism: 1,
    };

    /// The strongest parameters a diary accepts for itself (a desktop may afford 1 GiB):
    /// a damaged file must not make the computer allocate gigabytes or spin for hours.
    pub const MAXIMUM: KdfParams = KdfParams {
        memory_kib: 1024 * 1024,
        iterations: 32,
        parallelism: 8,
    };

    /// The most memory a backup may ask for: a backup is opened on whatever phone the
    /// person has next, and an app on a 1 GB phone is killed long before 1 GiB. Backups
    /// are written within it (see `for_backup`).
    pub const BACKUP_MAX_MEMORY_KIB: u32 = 256 * 1024;

    /// Whether these parameters may be used: at least the minimum (tests may go lower
    /// through `allow_weak`), at most what a phone can bear.
    pub fn check(&self, allow_weak: bool) -> Result<()> {
        let floor = if allow_weak {
            KdfParams {
                memory_kib: 8,
                iterations: 1,
                parallelism: 1,
            }
        } else {
            KdfParams::MINIMUM
        };
        let within = |value: u32, min: u32, max: u32| (min..=max).contains(&value);
        if within(self.memory_kib, floor.memory_kib, Self::MAXIMUM.memory_kib)
            && within(self.iterations, floor.iterations, Self::MAXIMUM.iterations)
            && within(
                self.parallelism,
                floor.parallelism,
                Self::MAXIMUM.parallelism,
            )
            && self.memory_kib >= 8 * self.parallelism
        {
            Ok(())
        } else {
            Err(Error::InvalidInput(
                "key derivation parameters out of range".into(),
            ))
        }
    }

    /// Whether a backup header's parameters may be run: those of a diary, and no more
    /// memory than [`KdfParams::BACKUP_MAX_MEMORY_KIB`].
    pub fn check_for_backup(&self, allow_weak: bool) -> Result<()> {
        self.check(allow_weak)?;
        if self.memory_kib > Self::BACKUP_MAX_MEMORY_KIB {
            return Err(Error::InvalidInput(
                "key derivation parameters out of range".into(),
            ));
        }
        Ok(())
    }

    /// These parameters with the memory capped at what any backup may ask.
    pub fn for_backup(self) -> KdfParams {
        KdfParams {
            memory_kib: self.memory_kib.min(Self::BACKUP_MAX_MEMORY_KIB),
            ..self
        }
    }

    /// Derives the key-encryption key for `passphrase`.
    pub fn derive(&self, passphrase: &Passphrase, salt: &[u8]) -> Result<SecretKey> {
        let params = Params::new(
            self.memory_kib,
            self.iterations,
            self.parallelism,
            Some(seal::KEY_LEN),
        )
        .map_err(|_| Error::InvalidInput("key derivation parameters out of range".into()))?;
        let mut kek = Zeroizing::new([0u8; seal::KEY_LEN]);
        Argon2::new(Algorithm::Argon2id, Version::V0x13, params)
            .hash_password_into(passphrase.bytes(), salt, &mut kek[..])
            .map_err(|_| Error::InvalidInput("key derivation failed".into()))?;
        SecretKey::from_bytes(&kek[..])
    }
}

/// Longest passphrase accepted, in chars. Long enough for any sentence a person can
/// remember; a pasted document is refused with a clear error instead.
pub const MAX_PASSPHRASE_CHARS: usize = 1_024;
/// Shortest passphrase: a 4-digit PIN, accepted with a warning.
pub const MIN_PASSPHRASE_CHARS: usize = 4;

/// A passphrase in Unicode normalization form C, so the same words typed on two keyboards
/// (composed or decomposed accents, as iOS and Android differ) give the same key.
pub struct Passphrase(Zeroizing<String>);

/// The buffer an NFC copy of `raw` needs: NFC expands UTF-8 text at most threefold
/// (UAX #15, "Stability of normalized forms"), so reserving this means the copy is
/// never reallocated.
fn nfc_capacity(raw: &str) -> usize {
    raw.len().saturating_mul(3).max(1)
}

impl Passphrase {
    /// Takes a passphrase the core was handed, zeroizing the caller's String once it is
    /// read (the apps pass passphrases by value; nothing else would clear that copy).
    pub fn take(raw: &mut String) -> Result<Self> {
        let raw = Zeroizing::new(std::mem::take(raw));
        Self::new(&raw)
    }

    /// [`Passphrase::take`] for a String the caller gives away.
    pub fn from_owned(mut raw: String) -> Result<Self> {
        Self::take(&mut raw)
    }

    pub fn new(raw: &str) -> Result<Self> {
        // Refused before normalizing, so a pasted document is not copied first.
        if raw.chars().count() > MAX_PASSPHRASE_CHARS * 4 {
            return Err(Error::InvalidInput(
                "the passphrase must have at most 1024 characters".into(),
            ));
        }
        let mut normalized = Zeroizing::new(String::with_capacity(nfc_capacity(raw)));
        normalized.extend(raw.nfc());
        let chars = normalized.chars().count();
        if chars < MIN_PASSPHRASE_CHARS {
            return Err(Error::InvalidInput(
                "the passphrase must have at least 4 characters".into(),
            ));
        }
        if chars > MAX_PASSPHRASE_CHARS {
            return Err(Error::InvalidInput(
                "the passphrase must have at most 1024 characters".into(),
            ));
        }
        Ok(Passphrase(normalized))
    }

    pub fn bytes(&self) -> &[u8] {
        self.0.as_bytes()
    }

    /// How guessable the passphrase is, with the warning to show for it.
    pub fn strength(&self) -> PassphraseCheck {
        let chars = self.0.chars().count();
        let is_pin = self.0.chars().all(|c| c.is_numeric());
        let warning = if is_pin {
            Some("diary-warning-pin")
        } else if chars < 10 {
            Some("diary-warning-short")
        } else {
            None
        };
        PassphraseCheck {
            is_pin,
            warning_id: warning.map(str::to_owned),
        }
    }
}

/// What an app should tell the user about the passphrase they chose.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct PassphraseCheck {
    /// Only digits: a PIN. Allowed, but far easier to guess from a copied phone.
    pub is_pin: bool,
    /// The Fluent id of a warning to show, if the passphrase is easy to guess.
    pub warning_id: Option<String>,
}

/// A hardware-backed key the app holds (Android Keystore, iOS Keychain) that wraps the
/// diary's key a second time. When a diary is created with one, unlocking needs both the
/// passphrase and this key, so a copy of the files alone is useless even with the
/// passphrase.
#[uniffi::export(with_foreign)]
pub trait KeyWrapper: Send + Sync {
    /// Encrypts `key` with the hardware key. Must be reversible by `unwrap_key` on the
    /// same device.
    fn wrap_key(&self, key: Vec<u8>) -> Result<Vec<u8>, SalamaError>;
    /// Decrypts what `wrap_key` returned.
    fn unwrap_key(&self, wrapped: Vec<u8>) -> Result<Vec<u8>, SalamaError>;
}

/// The two key slots. Slot 0 wraps the data key; slot 1 wraps the duress marker, or is
/// random bytes of the same length when no duress passphrase is set.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Slot {
    Real = 0,
    Duress = 1,
}

/// Length of a slot's content before the hardware layer: a sealed 32-byte key.
pub const SLOT_LEN: usize = seal::KEY_LEN + seal::OVERHEAD;

fn slot_place(vault: &Id, slot: Slot) -> Place<'_> {
    Place {
        vault,
        kind: RecordKind::KeySlot,
        record: match slot {
            Slot::Real => b"0",
            Slot::Duress => b"1",
        },
        version: 0,
    }
}

/// Wraps `key` for `slot` under the key-encryption key, then under the hardware key.
pub fn wrap(
    kek: &SecretKey,
    vault: &Id,
    slot: Slot,
    key: &[u8],
    hardware: Option<&Arc<dyn KeyWrapper>>,
) -> Result<Vec<u8>> {
    let sealed = kek.seal(&slot_place(vault, slot), key)?;
    hardware_wrap(sealed, hardware)
}

/// Random bytes shaped like a wrapped slot, for an unused duress slot.
pub fn decoy(hardware: Option<&Arc<dyn KeyWrapper>>) -> Result<Vec<u8>> {
    let mut bytes = vec![0u8; SLOT_LEN];
    seal::fill_random(&mut bytes)?;
    bytes[0] = seal::FORMAT;
    hardware_wrap(bytes, hardware)
}

fn hardware_wrap(bytes: Vec<u8>, hardware: Option<&Arc<dyn KeyWrapper>>) -> Result<Vec<u8>> {
    match hardware {
        Some(wrapper) => Ok(wrapper.wrap_key(bytes)?),
        None => Ok(bytes),
    }
}

/// Removes the hardware layer of a slot. Done once per slot per unlock, before the
/// passphrase check, so a missing hardware key fails the same way every time.
pub fn hardware_unwrap(
    stored: &[u8],
    hardware: Option<&Arc<dyn KeyWrapper>>,
) -> Result<Zeroizing<Vec<u8>>> {
    match hardware {
        Some(wrapper) => Ok(Zeroizing::new(wrapper.unwrap_key(stored.to_vec())?)),
        None => Ok(Zeroizing::new(stored.to_vec())),
    }
}

/// Opens a slot (already without its hardware layer) with a key-encryption key; `None`
/// when the passphrase is not the one this slot was wrapped for.
pub fn unwrap(kek: &SecretKey, vault: &Id, slot: Slot, inner: &[u8]) -> Option<SecretKey> {
    let key = kek.open(&slot_place(vault, slot), inner).ok()?;
    SecretKey::from_bytes(&key).ok()
}

/// A new random salt.
pub fn new_salt() -> Result<[u8; SALT_LEN]> {
    let mut salt = [0u8; SALT_LEN];
    seal::fill_random(&mut salt)?;
    Ok(salt)
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    /// Parameters cheap enough for unit tests; real diaries refuse them.
    pub const TEST_KDF: KdfParams = KdfParams {
        memory_kib: 64,
        iterations: 1,
        parallelism: 1,
    };

    #[test]
    fn the_default_parameters_meet_the_floor_and_weak_ones_are_refused() {
        assert!(KdfParams::DEFAULT.check(false).is_ok());
        assert!(KdfParams::MINIMUM.check(false).is_ok());
        const { assert!(KdfParams::DEFAULT.memory_kib >= 19 * 1024) };
        const { assert!(KdfParams::DEFAULT.iterations >= 2) };
        assert!(TEST_KDF.check(false).is_err());
        assert!(TEST_KDF.check(true).is_ok());
        let huge = KdfParams {
            memory_kib: u32::MAX,
            ..KdfParams::DEFAULT
        };
        assert!(huge.check(true).is_err());
    }

    #[test]
    fn the_real_default_derivation_is_deterministic_and_salted() {
        // Runs the real Argon2id defaults once (argon2 is optimized even in test builds).
        let pass = Passphrase::new("correct horse battery staple").unwrap();
        let salt = [1u8; SALT_LEN];
        let a = KdfParams::DEFAULT.derive(&pass, &salt).unwrap();
        let b = KdfParams::DEFAULT.derive(&pass, &salt).unwrap();
        assert_eq!(a.bytes(), b.bytes());
        let c = KdfParams::DEFAULT.derive(&pass, &[2u8; SALT_LEN]).unwrap();
        assert_ne!(a.bytes(), c.bytes());
    }

    #[test]
    fn argon2id_matches_the_reference_implementation() {
        // Known answer for Argon2id v1.3, m=64 KiB, t=1, p=1, 32 bytes, from the reference
        // C implementation (Debian's `argon2` tool:
        // `echo -n "pass word" | argon2 "sixteen byte slt" -id -t 1 -k 64 -p 1 -l 32 -r`).
        // A change of algorithm, version or normalization would make existing diaries
        // unopenable, and must fail here first.
        let pass = Passphrase::new("pass word").unwrap();
        let kek = TEST_KDF.derive(&pass, b"sixteen byte slt").unwrap();
        let hex: String = kek.bytes().iter().map(|b| format!("{b:02x}")).collect();
        assert_eq!(hex, KNOWN_KEK);
    }
    const KNOWN_KEK: &str = "cfcd0f229a916b59a3e283d188ad8090dbd70503f453dfb6e1b2d726f99280ab";

    #[test]
    fn unicode_passphrases_are_normalized() {
        let composed = Passphrase::new("café naïve").unwrap();
        let decomposed = Passphrase::new("cafe\u{301} nai\u{308}ve").unwrap();
        assert_eq!(composed.bytes(), decomposed.bytes());
        for ok in [
            "رمز عبور من",
            "🔐🔑🗝️🚪",
            "пароль",
            "ገጽ ገጽ",
            "\u{0}\u{1}\u{7f}x",
        ] {
            assert!(Passphrase::new(ok).is_ok(), "{ok}");
        }
        assert!(Passphrase::new("abc").is_err());
        assert!(Passphrase::new(&"x".repeat(10_000)).is_err());
        assert!(Passphrase::new(&"x".repeat(MAX_PASSPHRASE_CHARS)).is_ok());
    }

    #[test]
    fn the_passphrase_and_its_normalized_copy_leave_no_copies_behind() {
        // The caller's String is zeroized once read.
        let mut raw = String::from("cafe\u{301} secret words");
        let pass = Passphrase::take(&mut raw).unwrap();
        assert!(raw.is_empty());
        assert_eq!(pass.bytes(), "café secret words".as_bytes());
        // The normalized copy is written into one buffer reserved up front: a buffer that
        // grew would leave the text it held so far in freed memory, never zeroized.
        for text in [
            "x".repeat(MAX_PASSPHRASE_CHARS),
            "\u{958}".repeat(300),
            "ab\u{301}cd".into(),
        ] {
            let pass = Passphrase::new(&text).unwrap();
            assert_eq!(pass.0.capacity(), nfc_capacity(&text), "{text}");
        }
    }

    #[test]
    fn pins_and_short_passphrases_get_a_warning() {
        let pin = Passphrase::new("1234").unwrap().strength();
        assert!(pin.is_pin);
        assert_eq!(pin.warning_id.as_deref(), Some("diary-warning-pin"));
        let short = Passphrase::new("abcdef").unwrap().strength();
        assert_eq!(short.warning_id.as_deref(), Some("diary-warning-short"));
        let good = Passphrase::new("the river is wide at night")
            .unwrap()
            .strength();
        assert_eq!(good.warning_id, None);
    }

    #[test]
    fn slots_open_only_with_their_passphrase_slot_and_vault() {
        let pass = Passphrase::new("right one").unwrap();
        let salt = new_salt().unwrap();
        let kek = TEST_KDF.derive(&pass, &salt).unwrap();
        let wrong = TEST_KDF
            .derive(&Passphrase::new("wrong one").unwrap(), &salt)
            .unwrap();
        let data = SecretKey::generate().unwrap();
        let vault = seal::new_id().unwrap();
        let stored = wrap(&kek, &vault, Slot::Real, data.bytes(), None).unwrap();
        assert_eq!(stored.len(), SLOT_LEN);
        assert_eq!(decoy(None).unwrap().len(), SLOT_LEN);
        let opened = unwrap(&kek, &vault, Slot::Real, &stored).unwrap();
        assert_eq!(opened.bytes(), data.bytes());
        assert!(unwrap(&wrong, &vault, Slot::Real, &stored).is_none());
        assert!(unwrap(&kek, &vault, Slot::Duress, &stored).is_none());
        assert!(unwrap(&kek, &seal::new_id().unwrap(), Slot::Real, &stored).is_none());
    }
}
