//! Ed25519 signatures over the exact bytes of a release index, and the publisher keys a
//! phone trusts.
//!
//! Pure functions with no I/O: what is verified is exactly the bytes that were
//! downloaded, before anything parses them, so no JSON canonicalisation can be fooled.
//! A key is written `ed25519:<64 hex digits>`; its id is the first 8 bytes of the
//! SHA-256 of the raw key, in hex, so a signature file can say which key signed it.

use ring::rand::SystemRandom;
use ring::signature::{ED25519, Ed25519KeyPair, KeyPair, UnparsedPublicKey};
use serde::{Deserialize, Serialize};
use zeroize::Zeroizing;

use crate::error::{Error, Result, SalamaError};

/// The most bytes a signature file may have.
pub const MAX_SIGNATURE_FILE: u64 = 4 * 1024;
const PREFIX: &str = "ed25519:";

/// A publisher's Ed25519 public key.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PublicKey([u8; 32]);

impl PublicKey {
    /// Parses `ed25519:<64 hex digits>` (surrounding white space ignored).
    pub fn parse(text: &str) -> Result<Self> {
        let hex = text
            .trim()
            .strip_prefix(PREFIX)
            .ok_or_else(|| Error::InvalidInput("a public key must start with ed25519:".into()))?;
        let bytes = from_hex(hex)
            .filter(|b| b.len() == 32)
            .ok_or_else(|| Error::InvalidInput("a public key needs 64 hex digits".into()))?;
        Ok(PublicKey(bytes.try_into().expect("length checked")))
    }

    /// `ed25519:<hex>`.
    pub fn to_text(&self) -> String {
        format!("{PREFIX}{}", to_hex(&self.0))
    }

    /// The key's id: the first 8 bytes of SHA-256 of the raw key, in hex.
    pub fn id(&self) -> String {
        let digest = ring::digest::digest(&ring::digest::SHA256, &self.0);
        to_hex(&digest.as_ref()[..8])
    }

    fn verify(&self, message: &[u8], signature: &[u8]) -> bool {
        UnparsedPublicKey::new(&ED25519, &self.0)
            .verify(message, signature)
            .is_ok()
    }
}

/// The keys whose signatures a phone accepts: those compiled in plus those the app's
/// build passes in its configuration. Several at once, so a publisher can rotate keys.
#[derive(Debug, Clone, Default)]
pub struct TrustedKeys {
    keys: Vec<PublicKey>,
}

/// `core/content/trusted-keys.json`: the publisher keys compiled into every build.
pub const COMPILED_KEYS_JSON: &str = include_str!("../../content/trusted-keys.json");

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct KeysFile {
    keys: Vec<KeyEntry>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct KeyEntry {
    id: String,
    public_key: String,
    #[allow(dead_code)]
    comment: String,
}

impl TrustedKeys {
    /// The compiled-in keys plus `extra` (each `ed25519:<hex>`).
    pub fn compiled_and(extra: &[String]) -> Result<Self> {
        let mut trusted = Self::compiled();
        for text in extra {
            trusted.add(PublicKey::parse(text)?);
        }
        Ok(trusted)
    }

    /// The compiled-in keys alone.
    pub fn compiled() -> Self {
        let file: KeysFile = serde_json::from_str(COMPILED_KEYS_JSON)
            .expect("core/content/trusted-keys.json is checked by tests");
        let mut trusted = TrustedKeys::default();
        for entry in file.keys {
            let key =
                PublicKey::parse(&entry.public_key).expect("compiled keys are checked by tests");
            debug_assert_eq!(key.id(), entry.id);
            trusted.add(key);
        }
        trusted
    }

    /// Only these keys (tests, tools).
    pub fn only(keys: Vec<PublicKey>) -> Self {
        let mut trusted = TrustedKeys::default();
        for key in keys {
            trusted.add(key);
        }
        trusted
    }

    fn add(&mut self, key: PublicKey) {
        if !self.keys.contains(&key) {
            self.keys.push(key);
        }
    }

    /// The ids of the trusted keys.
    pub fn ids(&self) -> Vec<String> {
        self.keys.iter().map(PublicKey::id).collect()
    }

    fn by_id(&self, id: &str) -> Option<&PublicKey> {
        self.keys.iter().find(|k| k.id() == id)
    }
}

/// A detached signature file (`index.json.sig`): one or more signatures over the same
/// bytes, so a release can be signed by the old and the new key during a rotation.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SignatureFile {
    pub signatures: Vec<SignatureEntry>,
}

/// One signature and the id of the key that made it.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SignatureEntry {
    pub key_id: String,
    /// 128 hex digits.
    pub signature: String,
}

/// Checks that `signature_file` holds a valid signature over exactly `message` by a
/// trusted key; returns that key's id. Fails closed: an unreadable signature file, an
/// unknown key and a wrong signature are all `BadSignature`.
pub fn verify(message: &[u8], signature_file: &[u8], trusted: &TrustedKeys) -> Result<String> {
    let bad = |reason: &str| {
        Error::Public(SalamaError::BadSignature {
            reason: reason.to_owned(),
        })
    };
    if signature_file.len() as u64 > MAX_SIGNATURE_FILE {
        return Err(bad("the signature file is too large"));
    }
    let file: SignatureFile = serde_json::from_slice(signature_file)
        .map_err(|_| bad("the signature file is not readable"))?;
    if file.signatures.len() > 8 {
        return Err(bad("too many signatures"));
    }
    let mut by_trusted_key = false;
    for entry in &file.signatures {
        let Some(key) = trusted.by_id(&entry.key_id) else {
            continue;
        };
        by_trusted_key = true;
        let Some(signature) = from_hex(&entry.signature).filter(|s| s.len() == 64) else {
            continue;
        };
        if key.verify(message, &signature) {
            return Ok(entry.key_id.clone());
        }
    }
    Err(if by_trusted_key {
        bad("the signature does not match the index")
    } else {
        bad("signed by an unknown key")
    })
}

/// A publisher's signing key, held as PKCS#8 and wiped from memory when dropped.
pub struct SigningKey {
    pair: Ed25519KeyPair,
}

impl SigningKey {
    /// Generates a new key; returns it and its PKCS#8 document to store (secretly).
    pub fn generate() -> Result<(Self, Zeroizing<Vec<u8>>)> {
        let rng = SystemRandom::new();
        let pkcs8 = Ed25519KeyPair::generate_pkcs8(&rng)
            .map_err(|_| Error::Content("the system random generator failed".into()))?;
        let pkcs8 = Zeroizing::new(pkcs8.as_ref().to_vec());
        Ok((Self::from_pkcs8(&pkcs8)?, pkcs8))
    }

    /// Loads a key from its PKCS#8 document.
    pub fn from_pkcs8(pkcs8: &[u8]) -> Result<Self> {
        let pair = Ed25519KeyPair::from_pkcs8(pkcs8)
            .map_err(|_| Error::InvalidInput("not an Ed25519 PKCS#8 private key".into()))?;
        Ok(SigningKey { pair })
    }

    pub fn public_key(&self) -> PublicKey {
        PublicKey(
            self.pair
                .public_key()
                .as_ref()
                .try_into()
                .expect("Ed25519 public keys are 32 bytes"),
        )
    }

    /// Signs `message`.
    pub fn sign(&self, message: &[u8]) -> SignatureEntry {
        SignatureEntry {
            key_id: self.public_key().id(),
            signature: to_hex(self.pair.sign(message).as_ref()),
        }
    }
}

/// Signs `message` with every key, as the bytes of a signature file.
pub fn sign(message: &[u8], keys: &[SigningKey]) -> Vec<u8> {
    let file = SignatureFile {
        signatures: keys.iter().map(|k| k.sign(message)).collect(),
    };
    let mut bytes = serde_json::to_vec_pretty(&file).expect("signature files serialize");
    bytes.push(b'\n');
    bytes
}

/// Lower-case hex.
pub fn to_hex(bytes: &[u8]) -> String {
    const DIGITS: &[u8; 16] = b"0123456789abcdef";
    let mut out = String::with_capacity(bytes.len() * 2);
    for b in bytes {
        out.push(DIGITS[(b >> 4) as usize] as char);
        out.push(DIGITS[(b & 15) as usize] as char);
    }
    out
}

/// Parses hex (either case); `None` if it is not hex.
pub fn from_hex(text: &str) -> Option<Vec<u8>> {
    if !text.len().is_multiple_of(2) {
        return None;
    }
    let digit = |c: u8| (c as char).to_digit(16).map(|d| d as u8);
    text.as_bytes()
        .chunks(2)
        .map(|pair| Some(digit(pair[0])? << 4 | digit(pair[1])?))
        .collect()
}

/// SHA-256 of `bytes`, in hex.
pub fn sha256_hex(bytes: &[u8]) -> String {
    to_hex(ring::digest::digest(&ring::digest::SHA256, bytes).as_ref())
}

#[cfg(test)]
mod tests {
    use super::*;

    const MESSAGE: &[u8] = br#"{"format":1,"serial":7}"#;

    fn key() -> SigningKey {
        SigningKey::generate().unwrap().0
    }

    fn reason(err: Error) -> String {
        match err {
            Error::Public(SalamaError::BadSignature { reason }) => reason,
            other => panic!("expected BadSignature, got {other:?}"),
        }
    }

    #[test]
    fn a_signature_verifies_over_exactly_the_signed_bytes() {
        let signer = key();
        let trusted = TrustedKeys::only(vec![signer.public_key()]);
        let sig = sign(MESSAGE, std::slice::from_ref(&signer));
        assert_eq!(
            verify(MESSAGE, &sig, &trusted).unwrap(),
            signer.public_key().id()
        );

        // Any change to the bytes, even one a JSON parser would ignore, breaks it.
        let mut flipped = MESSAGE.to_vec();
        flipped[5] ^= 1;
        let mut spaced = MESSAGE.to_vec();
        spaced.push(b' ');
        let reordered = br#"{"serial":7,"format":1}"#;
        for tampered in [
            &flipped[..],
            &spaced,
            reordered,
            &MESSAGE[..MESSAGE.len() - 1],
            b"",
        ] {
            assert_eq!(
                reason(verify(tampered, &sig, &trusted).unwrap_err()),
                "the signature does not match the index"
            );
        }
    }

    #[test]
    fn unknown_keys_and_broken_signature_files_fail_closed() {
        let (signer, stranger) = (key(), key());
        let trusted = TrustedKeys::only(vec![signer.public_key()]);
        let by_stranger = sign(MESSAGE, std::slice::from_ref(&stranger));
        assert_eq!(
            reason(verify(MESSAGE, &by_stranger, &trusted).unwrap_err()),
            "signed by an unknown key"
        );

        // A stranger's signature labelled with the trusted key's id.
        let mut forged: SignatureFile = serde_json::from_slice(&by_stranger).unwrap();
        forged.signatures[0].key_id = signer.public_key().id();
        let forged = serde_json::to_vec(&forged).unwrap();
        assert_eq!(
            reason(verify(MESSAGE, &forged, &trusted).unwrap_err()),
            "the signature does not match the index"
        );

        for junk in [
            &b""[..],
            b"<html>",
            b"{\"signatures\": []}",
            b"{\"signatures\": [{\"key_id\": 1}]}",
        ] {
            assert!(verify(MESSAGE, junk, &trusted).is_err());
        }
        let mut short = serde_json::from_slice::<SignatureFile>(&sign(MESSAGE, &[signer])).unwrap();
        short.signatures[0].signature.truncate(100);
        assert!(verify(MESSAGE, &serde_json::to_vec(&short).unwrap(), &trusted).is_err());
        let huge = vec![b' '; MAX_SIGNATURE_FILE as usize + 1];
        assert_eq!(
            reason(verify(MESSAGE, &huge, &trusted).unwrap_err()),
            "the signature file is too large"
        );
    }

    #[test]
    fn rotation_accepts_either_key_of_a_double_signature() {
        let (old, new) = (key(), key());
        let (old_public, new_public) = (old.public_key(), new.public_key());
        let both = sign(MESSAGE, &[old, new]);
        // Phones that trust only the old key, only the new key, or both, all accept it.
        let only_old = TrustedKeys::only(vec![old_public.clone()]);
        let only_new = TrustedKeys::only(vec![new_public.clone()]);
        let either = TrustedKeys::only(vec![new_public.clone(), old_public.clone()]);
        assert_eq!(verify(MESSAGE, &both, &only_old).unwrap(), old_public.id());
        assert_eq!(verify(MESSAGE, &both, &only_new).unwrap(), new_public.id());
        assert!(verify(MESSAGE, &both, &either).is_ok());
        // A phone that dropped both (e.g. after a compromise) refuses it.
        let neither = TrustedKeys::only(vec![key().public_key()]);
        assert_eq!(
            reason(verify(MESSAGE, &both, &neither).unwrap_err()),
            "signed by an unknown key"
        );
    }

    #[test]
    fn keys_round_trip_and_have_stable_ids() {
        let signer = key();
        let public = signer.public_key();
        let text = public.to_text();
        assert!(text.starts_with("ed25519:") && text.len() == 8 + 64);
        assert_eq!(PublicKey::parse(&format!(" {text}\n")).unwrap(), public);
        assert_eq!(public.id().len(), 16);
        for bad in [
            "",
            "ed25519:",
            "ed25519:zz",
            "rsa:00",
            &text[..text.len() - 2],
            &format!("{text}00"),
        ] {
            assert!(PublicKey::parse(bad).is_err(), "{bad}");
        }
        assert!(SigningKey::from_pkcs8(b"not a key").is_err());
        assert_eq!(from_hex("0aFf"), Some(vec![0x0a, 0xff]));
        assert_eq!(from_hex("0g"), None);
        assert_eq!(from_hex("abc"), None);
        assert_eq!(
            sha256_hex(b"abc"),
            "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
        );
    }

    #[test]
    fn the_compiled_keys_parse_and_match_their_ids() {
        let file: KeysFile = serde_json::from_str(COMPILED_KEYS_JSON).unwrap();
        assert!(!file.keys.is_empty());
        for entry in &file.keys {
            assert_eq!(PublicKey::parse(&entry.public_key).unwrap().id(), entry.id);
        }
        assert_eq!(TrustedKeys::compiled().ids().len(), file.keys.len());
        let extra = key().public_key();
        let trusted = TrustedKeys::compiled_and(&[extra.to_text()]).unwrap();
        assert!(trusted.ids().contains(&extra.id()));
        assert!(TrustedKeys::compiled_and(&["junk".into()]).is_err());
    }
}
