//! The offline pack reader. Half the inputs are read as they are (framing, caps, the
//! signature file); the other half are first made into a correctly signed pack, with the
//! input as its index and collections, so the fuzzer also reaches everything after the
//! signature check.
#![no_main]

use libfuzzer_sys::fuzz_target;
use ring::signature::{Ed25519KeyPair, KeyPair};
use salama_core::sync::pack;
use salama_core::sync::signatures::{
    PublicKey, SignatureEntry, SignatureFile, TrustedKeys, to_hex,
};

/// A key for fuzzing only, derived from a fixed seed; no phone trusts it.
fn key() -> Ed25519KeyPair {
    Ed25519KeyPair::from_seed_unchecked(&[7u8; 32]).unwrap()
}

fn trusted(key: &Ed25519KeyPair) -> TrustedKeys {
    let public =
        PublicKey::parse(&format!("ed25519:{}", to_hex(key.public_key().as_ref()))).unwrap();
    TrustedKeys::only(vec![public])
}

fuzz_target!(|data: &[u8]| {
    let now: jiff::Timestamp = "2026-05-04T10:00:00Z".parse().unwrap();
    let key = key();
    let trusted = trusted(&key);
    match data.split_first() {
        Some((mode, rest)) if mode % 2 == 1 => {
            // index 0xFF name 0xFF body 0xFF name 0xFF body …
            let mut parts = rest.split(|&b| b == 0xFF);
            let index = parts.next().unwrap_or_default().to_vec();
            let public = trusted.ids()[0].clone();
            let signature = SignatureFile {
                signatures: vec![SignatureEntry {
                    key_id: public,
                    signature: to_hex(key.sign(&index).as_ref()),
                }],
            };
            let signature = serde_json::to_vec(&signature).unwrap();
            let mut collections = Vec::new();
            while let (Some(name), Some(body)) = (parts.next(), parts.next()) {
                if let Ok(name) = std::str::from_utf8(name) {
                    collections.push((name.to_owned(), body.to_vec()));
                }
            }
            let mut bytes = Vec::new();
            if pack::write(&mut bytes, &index, &signature, &collections).is_ok() {
                let _ = pack::read(&bytes[..], &trusted, now);
            }
        }
        _ => {
            let _ = pack::read(data, &trusted, now);
        }
    }
});
