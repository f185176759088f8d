//! The checks every release goes through, whether it came over the network, in an offline
//! pack or from a publisher's directory: signature over the raw index bytes first, then
//! the index's own rules, expiry, no going back in serial, and each collection's size,
//! hash and content.

use std::collections::BTreeMap;

use jiff::Timestamp;

use super::collection::Validated;
use super::db::{InstalledCollection, InstalledRelease};
use super::index::{self, CheckedIndex, IndexEntry};
use super::signatures::{self, TrustedKeys};
use crate::error::{Error, Result, SalamaError};

/// An index whose signature checked out.
#[derive(Debug, Clone)]
pub struct VerifiedIndex {
    pub bytes: Vec<u8>,
    pub signature: Vec<u8>,
    pub key_id: String,
    pub checked: CheckedIndex,
}

impl VerifiedIndex {
    pub fn serial(&self) -> u64 {
        self.checked.index.serial
    }
}

/// Verifies the signature over exactly `bytes`, then parses and checks the index, and
/// refuses one that has expired at `now` (an attacker replaying an old release must not
/// be able to freeze a phone on it).
pub fn verify_index(
    bytes: Vec<u8>,
    signature: Vec<u8>,
    trusted: &TrustedKeys,
    now: Timestamp,
) -> Result<VerifiedIndex> {
    let key_id = signatures::verify(&bytes, &signature, trusted)?;
    let checked = index::parse(&bytes)?;
    if checked.expired_at(now) {
        return Err(SalamaError::Expired.into());
    }
    Ok(VerifiedIndex {
        bytes,
        signature,
        key_id,
        checked,
    })
}

/// How an offered release relates to the installed one.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Freshness {
    /// Nothing installed yet, or a higher serial.
    Newer,
    /// The very index already installed (its collections may still be incomplete).
    Same,
}

/// Refuses a lower serial (rollback), and a different index with the same serial (a
/// publisher never reuses a serial, so it is a replay or a forgery).
pub fn check_freshness(
    offered: &VerifiedIndex,
    installed: Option<&InstalledRelease>,
) -> Result<Freshness> {
    let Some(installed) = installed else {
        return Ok(Freshness::Newer);
    };
    let rollback = || {
        Error::Public(SalamaError::Rollback {
            offered: offered.serial(),
            installed: installed.serial,
        })
    };
    match offered.serial().cmp(&installed.serial) {
        std::cmp::Ordering::Greater => Ok(Freshness::Newer),
        std::cmp::Ordering::Less => Err(rollback()),
        std::cmp::Ordering::Equal if offered.bytes == installed.index_json => Ok(Freshness::Same),
        std::cmp::Ordering::Equal => Err(rollback()),
    }
}

/// The collections of the index this build can use whose installed bytes differ from
/// what the index pins: the ones to fetch.
pub fn needed<'a>(
    verified: &'a VerifiedIndex,
    installed: &BTreeMap<String, InstalledCollection>,
) -> Vec<&'a IndexEntry> {
    verified
        .checked
        .index
        .collections
        .iter()
        .zip(&verified.checked.names)
        .filter(|(entry, name)| {
            name.kind().is_some()
                && installed
                    .get(&entry.name)
                    .is_none_or(|have| have.sha256 != entry.sha256)
        })
        .map(|(entry, _)| entry)
        .collect()
}

/// Installed collections of a kind this build uses that the index no longer lists: the
/// publisher withdrew them.
pub fn withdrawn(
    verified: &VerifiedIndex,
    installed: &BTreeMap<String, InstalledCollection>,
) -> Vec<String> {
    installed
        .keys()
        .filter(|name| verified.checked.entry(name).is_none())
        .cloned()
        .collect()
}

/// Checks a downloaded collection against what the signed index pinned (size, then
/// SHA-256), then validates its content.
pub fn check_collection(
    verified: &VerifiedIndex,
    entry: &IndexEntry,
    bytes: &[u8],
) -> Result<Option<Validated>> {
    let mismatch = |what: &str| {
        Error::Public(SalamaError::BadSignature {
            reason: format!("{}: {what} does not match the signed index", entry.name),
        })
    };
    if bytes.len() as u64 != entry.size {
        return Err(mismatch("the size"));
    }
    if signatures::sha256_hex(bytes) != entry.sha256 {
        return Err(mismatch("the SHA-256"));
    }
    let position = verified
        .checked
        .index
        .collections
        .iter()
        .position(|c| c.name == entry.name)
        .ok_or_else(|| mismatch("the name"))?;
    let name = &verified.checked.names[position];
    match name.kind() {
        Some(kind) => Ok(Some(kind.validate(name, bytes)?)),
        None => Ok(None),
    }
}
