//! The ciphertext format of every sealed record in the diary: a format version, a random
//! nonce, and ChaCha20-Poly1305 over the plaintext with associated data that names exactly
//! where the record belongs (vault, kind of record, record id, version).
//!
//! Binding the location into the associated data is what stops an attacker who can write
//! the file from swapping two rows, moving an old version into a newer slot or replaying a
//! record from another vault: the tag only verifies in the one place it was written for.
//!
//! Layout (all of it is stored; nothing else is):
//!
//! ```text
//! format (1 byte) | nonce (12 bytes) | ciphertext (len of plaintext) | tag (16 bytes)
//! ```

use ring::aead::{Aad, CHACHA20_POLY1305, LessSafeKey, Nonce, UnboundKey};
use ring::rand::{SecureRandom, SystemRandom};
use zeroize::Zeroizing;

use crate::error::{Error, Result, SalamaError};

/// The only ciphertext format this build writes and reads. A future format gets a new
/// number, and readers refuse numbers they do not know instead of guessing.
pub const FORMAT: u8 = 1;
pub const NONCE_LEN: usize = 12;
pub const TAG_LEN: usize = 16;
/// Bytes a sealed record adds to its plaintext.
pub const OVERHEAD: usize = 1 + NONCE_LEN + TAG_LEN;
pub const KEY_LEN: usize = 32;
/// Length of vault, entry and attachment ids.
pub const ID_LEN: usize = 16;

/// A random id: a vault, an entry or an attachment. Random, so it says nothing about when
/// or in what order things were written.
pub type Id = [u8; ID_LEN];

/// Which kind of record a ciphertext is, so a record of one kind never verifies as another.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RecordKind {
    /// The passphrase-wrapped data key (slot 0) or the duress slot (slot 1).
    KeySlot,
    /// An entry's small header (event date and kind), used for ordering and filtering.
    EntryHead,
    /// One version of an entry's full content.
    EntryBody,
    /// An attachment's name and media type.
    AttachmentMeta,
    /// An attachment's bytes.
    AttachmentData,
    /// The sealed copy of the decrypted heads, so the first list after unlocking does
    /// not decrypt every head again.
    IndexSnapshot,
    /// The data key of a backup file, wrapped with the backup passphrase.
    BackupKey,
    /// One frame of a backup file.
    BackupFrame,
}

impl RecordKind {
    fn label(self) -> &'static [u8] {
        match self {
            RecordKind::KeySlot => b"key-slot",
            RecordKind::EntryHead => b"entry-head",
            RecordKind::EntryBody => b"entry-body",
            RecordKind::AttachmentMeta => b"attachment-meta",
            RecordKind::AttachmentData => b"attachment-data",
            RecordKind::IndexSnapshot => b"index-snapshot",
            RecordKind::BackupKey => b"backup-key",
            RecordKind::BackupFrame => b"backup-frame",
        }
    }
}

/// Where a record belongs: its associated data.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Place<'a> {
    /// The vault (or backup file) the record belongs to.
    pub vault: &'a Id,
    pub kind: RecordKind,
    /// The record's own id (entry, attachment, or a slot number written as bytes).
    pub record: &'a [u8],
    /// The record's version (entry versions, backup frame numbers); 0 where unused.
    pub version: u64,
}

/// Associated data, built on the stack: it is computed for every record opened, and
/// listing decrypts thousands of them.
pub struct AadBytes {
    bytes: [u8; 128],
    len: usize,
}

impl AadBytes {
    fn push(&mut self, data: &[u8]) {
        self.bytes[self.len..self.len + data.len()].copy_from_slice(data);
        self.len += data.len();
    }

    fn as_slice(&self) -> &[u8] {
        &self.bytes[..self.len]
    }
}

impl Place<'_> {
    fn aad(&self) -> AadBytes {
        let label = self.kind.label();
        // Record ids are at most 32 bytes (an attachment id and its entry id).
        assert!(self.record.len() <= 64, "record ids are short");
        let mut aad = AadBytes {
            bytes: [0; 128],
            len: 0,
        };
        aad.push(b"salama-diary");
        aad.push(&[FORMAT]);
        aad.push(self.vault);
        // Length-prefixed, so no two different places give the same bytes.
        aad.push(&[label.len() as u8]);
        aad.push(label);
        aad.push(&[self.record.len() as u8]);
        aad.push(self.record);
        aad.push(&self.version.to_be_bytes());
        aad
    }
}

/// A 256-bit symmetric key: the diary's data key, a key-encryption key, or a backup key.
///
/// The raw bytes are zeroized when dropped. `ring`'s expanded key does not zeroize itself;
/// it lives exactly as long as this value, which `Diary::lock` drops.
pub struct SecretKey {
    bytes: Zeroizing<[u8; KEY_LEN]>,
    aead: LessSafeKey,
}

impl SecretKey {
    pub fn from_bytes(bytes: &[u8]) -> Result<Self> {
        let bytes: [u8; KEY_LEN] = bytes
            .try_into()
            .map_err(|_| Error::Public(SalamaError::Corrupted))?;
        let bytes = Zeroizing::new(bytes);
        let unbound =
            UnboundKey::new(&CHACHA20_POLY1305, &bytes[..]).map_err(|_| internal("key length"))?;
        Ok(SecretKey {
            bytes,
            aead: LessSafeKey::new(unbound),
        })
    }

    /// A new key from the system's secure random source.
    pub fn generate() -> Result<Self> {
        let mut bytes = Zeroizing::new([0u8; KEY_LEN]);
        fill_random(&mut bytes[..])?;
        Self::from_bytes(&bytes[..])
    }

    pub fn bytes(&self) -> &[u8] {
        &self.bytes[..]
    }

    /// Seals `plaintext` for `place`.
    pub fn seal(&self, place: &Place, plaintext: &[u8]) -> Result<Vec<u8>> {
        let mut out = Vec::with_capacity(plaintext.len() + OVERHEAD);
        out.push(FORMAT);
        out.extend_from_slice(&[0u8; NONCE_LEN]);
        fill_random(&mut out[1..1 + NONCE_LEN])?;
        out.extend_from_slice(plaintext);
        self.seal_tail(place, &mut out)?;
        Ok(out)
    }

    /// Seals `buffer` in place (it becomes the ciphertext) and returns the nonce and tag,
    /// for records written piecewise: a large attachment is never copied.
    pub fn seal_detached(
        &self,
        place: &Place,
        buffer: &mut [u8],
    ) -> Result<([u8; NONCE_LEN], [u8; TAG_LEN])> {
        let mut nonce = [0u8; NONCE_LEN];
        fill_random(&mut nonce)?;
        let tag = self
            .aead
            .seal_in_place_separate_tag(
                Nonce::assume_unique_for_key(nonce),
                Aad::from(place.aad().as_slice()),
                buffer,
            )
            .map_err(|_| internal("seal"))?;
        let tag: [u8; TAG_LEN] = tag.as_ref().try_into().expect("tag length");
        Ok((nonce, tag))
    }

    fn seal_tail(&self, place: &Place, out: &mut Vec<u8>) -> Result<()> {
        let nonce: [u8; NONCE_LEN] = out[1..1 + NONCE_LEN].try_into().expect("nonce length");
        let tag = self
            .aead
            .seal_in_place_separate_tag(
                Nonce::assume_unique_for_key(nonce),
                Aad::from(place.aad().as_slice()),
                &mut out[1 + NONCE_LEN..],
            )
            .map_err(|_| internal("seal"))?;
        out.extend_from_slice(tag.as_ref());
        Ok(())
    }

    /// Opens a record sealed for `place`. Anything wrong (another place, a flipped bit, a
    /// truncated record, an unknown format) is `Corrupted`: the caller cannot tell which,
    /// and neither can an attacker probing it.
    pub fn open(&self, place: &Place, sealed: &[u8]) -> Result<Zeroizing<Vec<u8>>> {
        self.open_owned(place, sealed.to_vec())
    }

    /// Like [`SecretKey::open`], decrypting in the buffer it is given.
    pub fn open_owned(&self, place: &Place, sealed: Vec<u8>) -> Result<Zeroizing<Vec<u8>>> {
        let mut buffer = Zeroizing::new(sealed);
        let len = self.open_in_place(place, &mut buffer)?;
        buffer.truncate(1 + NONCE_LEN + len);
        buffer.drain(..1 + NONCE_LEN);
        Ok(buffer)
    }

    /// Opens in place; the plaintext is `buffer[1 + NONCE_LEN..1 + NONCE_LEN + len]`.
    pub fn open_in_place(&self, place: &Place, buffer: &mut [u8]) -> Result<usize> {
        if buffer.len() < OVERHEAD || buffer[0] != FORMAT {
            return Err(corrupted());
        }
        let nonce: [u8; NONCE_LEN] = buffer[1..1 + NONCE_LEN].try_into().expect("nonce length");
        let plain = self
            .aead
            .open_in_place(
                Nonce::assume_unique_for_key(nonce),
                Aad::from(place.aad().as_slice()),
                &mut buffer[1 + NONCE_LEN..],
            )
            .map_err(|_| corrupted())?;
        Ok(plain.len())
    }
}

/// Fills `out` from the operating system's secure random source.
pub fn fill_random(out: &mut [u8]) -> Result<()> {
    SystemRandom::new()
        .fill(out)
        .map_err(|_| internal("no secure random source"))
}

/// A new random id.
pub fn new_id() -> Result<Id> {
    let mut id = [0u8; ID_LEN];
    fill_random(&mut id)?;
    Ok(id)
}

/// An id as apps see it: lowercase hex.
pub fn id_to_hex(id: &Id) -> String {
    id.iter().map(|b| format!("{b:02x}")).collect()
}

/// Parses an id an app gave back. Anything that is not 32 hex digits is `NotFound`:
/// no entry has that id.
pub fn id_from_hex(text: &str) -> Result<Id> {
    let text = text.trim();
    if text.len() != ID_LEN * 2 || !text.is_ascii() {
        return Err(Error::Public(SalamaError::NotFound));
    }
    let mut id = [0u8; ID_LEN];
    for (i, byte) in id.iter_mut().enumerate() {
        *byte = u8::from_str_radix(&text[2 * i..2 * i + 2], 16)
            .map_err(|_| Error::Public(SalamaError::NotFound))?;
    }
    Ok(id)
}

pub fn corrupted() -> Error {
    Error::Public(SalamaError::Corrupted)
}

fn internal(reason: &str) -> Error {
    Error::Public(SalamaError::Internal {
        reason: reason.to_owned(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    const VAULT: Id = [7; ID_LEN];
    const OTHER_VAULT: Id = [8; ID_LEN];

    fn place<'a>(vault: &'a Id, record: &'a [u8], version: u64) -> Place<'a> {
        Place {
            vault,
            kind: RecordKind::EntryBody,
            record,
            version,
        }
    }

    #[test]
    fn round_trips_and_has_the_documented_layout() {
        let key = SecretKey::generate().unwrap();
        let p = place(&VAULT, b"record-1", 3);
        let sealed = key.seal(&p, b"hello").unwrap();
        assert_eq!(sealed.len(), 5 + OVERHEAD);
        assert_eq!(sealed[0], FORMAT);
        assert_eq!(&key.open(&p, &sealed).unwrap()[..], b"hello");
        // A random nonce: the same plaintext never gives the same ciphertext.
        assert_ne!(key.seal(&p, b"hello").unwrap(), sealed);
        // Sealed piecewise, the same layout opens.
        let mut body = b"hello".to_vec();
        let (nonce, tag) = key.seal_detached(&p, &mut body).unwrap();
        let pieces = [&[FORMAT][..], &nonce, &body, &tag].concat();
        assert_eq!(&key.open(&p, &pieces).unwrap()[..], b"hello");
    }

    #[test]
    fn a_known_vector_opens_to_exact_bytes() {
        // Fixed key and nonce, so a change in the layout or the associated data breaks
        // this test instead of silently making old diaries unreadable.
        let key = SecretKey::from_bytes(&[0x42; KEY_LEN]).unwrap();
        let p = place(&VAULT, b"abc", 1);
        let mut buffer = vec![FORMAT; 1 + NONCE_LEN];
        buffer.extend_from_slice(b"salama");
        buffer[1..1 + NONCE_LEN].copy_from_slice(&[9; NONCE_LEN]);
        key.seal_tail(&p, &mut buffer).unwrap();
        let hex: String = buffer.iter().map(|b| format!("{b:02x}")).collect();
        assert_eq!(&hex[..26], "01090909090909090909090909");
        assert_eq!(&key.open(&p, &buffer).unwrap()[..], b"salama");
        // The same bytes under another key, place or version do not open.
        let other = SecretKey::from_bytes(&[0x43; KEY_LEN]).unwrap();
        assert!(other.open(&p, &buffer).is_err());
        assert!(key.open(&place(&VAULT, b"abc", 2), &buffer).is_err());
    }

    #[test]
    fn every_kind_of_damage_is_corrupted() {
        let key = SecretKey::generate().unwrap();
        let p = place(&VAULT, b"r", 0);
        let sealed = key.seal(&p, b"some secret text").unwrap();
        for i in 0..sealed.len() {
            let mut bad = sealed.clone();
            bad[i] ^= 0x01;
            assert!(matches!(
                key.open(&p, &bad),
                Err(Error::Public(SalamaError::Corrupted))
            ));
        }
        for len in 0..sealed.len() {
            assert!(key.open(&p, &sealed[..len]).is_err(), "truncated to {len}");
        }
        let mut longer = sealed.clone();
        longer.push(0);
        assert!(key.open(&p, &longer).is_err());
    }

    #[test]
    fn a_record_only_opens_in_its_own_place() {
        let key = SecretKey::generate().unwrap();
        let p = place(&VAULT, b"entry-a", 1);
        let sealed = key.seal(&p, b"x").unwrap();
        let elsewhere = [
            place(&VAULT, b"entry-b", 1),
            place(&VAULT, b"entry-a", 2),
            place(&OTHER_VAULT, b"entry-a", 1),
            Place {
                kind: RecordKind::EntryHead,
                ..p
            },
        ];
        for other in elsewhere {
            assert!(key.open(&other, &sealed).is_err(), "{other:?}");
        }
    }

    #[test]
    fn ids_round_trip_through_hex_and_reject_junk() {
        let id = new_id().unwrap();
        assert_eq!(id_from_hex(&id_to_hex(&id)).unwrap(), id);
        for junk in [
            "",
            "zz",
            &"g".repeat(32),
            &"0".repeat(33),
            "é".repeat(16).as_str(),
        ] {
            assert!(id_from_hex(junk).is_err(), "{junk}");
        }
    }
}
