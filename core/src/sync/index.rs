//! `index.json`, the signed table of contents of a release: its format, a serial that only
//! ever grows, when it was issued and when it expires, and for each collection its name,
//! version, size and SHA-256.
//!
//! Only parsed after its signature checked out over its raw bytes; even then every field
//! is checked, because a publisher's mistake must not reach phones either.

use std::collections::HashSet;

use jiff::Timestamp;
use serde::{Deserialize, Serialize};

use super::collection::{CollectionName, MAX_COLLECTION_BYTES};
use crate::error::{Error, Result};

/// The release format this build reads and writes.
pub const FORMAT: u32 = 1;
/// The most bytes an index may have: about a thousand collections.
pub const MAX_INDEX_BYTES: u64 = 256 * 1024;
/// The most collections one release may list.
pub const MAX_COLLECTIONS: usize = 1_000;
/// The most bytes all the collections of a release may add up to.
pub const MAX_RELEASE_BYTES: u64 = 64 * 1024 * 1024;

/// A release index.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Index {
    pub format: u32,
    /// Grows with every release; a phone refuses one lower than it holds.
    pub serial: u64,
    /// RFC 3339.
    pub issued: String,
    /// RFC 3339. After it, phones keep the data but report it as stale.
    pub expires: String,
    /// Who publishes the release, for display.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub publisher: Option<String>,
    pub collections: Vec<IndexEntry>,
}

/// One collection of a release.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct IndexEntry {
    /// `<kind>/<key>`, e.g. `helplines/GR`.
    pub name: String,
    /// Grows whenever the collection's content changes.
    pub version: u64,
    /// Exact size in bytes.
    pub size: u64,
    /// SHA-256 of the file, lower-case hex.
    pub sha256: String,
}

/// A checked index, with its times parsed.
#[derive(Debug, Clone)]
pub struct CheckedIndex {
    pub index: Index,
    pub issued: Timestamp,
    pub expires: Timestamp,
    pub names: Vec<CollectionName>,
}

impl CheckedIndex {
    /// The entry for `name`, if listed.
    pub fn entry(&self, name: &str) -> Option<&IndexEntry> {
        self.index.collections.iter().find(|c| c.name == name)
    }

    /// Whether the index has expired at `now`.
    pub fn expired_at(&self, now: Timestamp) -> bool {
        now >= self.expires
    }
}

/// Parses and checks an index. Call only on bytes whose signature was verified.
pub fn parse(bytes: &[u8]) -> Result<CheckedIndex> {
    if bytes.len() as u64 > MAX_INDEX_BYTES {
        return Err(Error::InvalidInput(
            "the index is larger than its cap".into(),
        ));
    }
    let index: Index = serde_json::from_slice(bytes)
        .map_err(|e| Error::InvalidInput(format!("the index is not readable: {e}")))?;
    check(index)
}

/// Checks every rule of an index.
pub fn check(index: Index) -> Result<CheckedIndex> {
    let bad = |reason: String| Err(Error::InvalidInput(format!("index: {reason}")));
    if index.format != FORMAT {
        return bad(format!(
            "format {} is not supported by this version of Salama (it reads {FORMAT}); update the app",
            index.format
        ));
    }
    if index.serial == 0 {
        return bad("the serial starts at 1".into());
    }
    let issued: Timestamp = match index.issued.parse() {
        Ok(t) => t,
        Err(_) => return bad("issued is not an RFC 3339 time".into()),
    };
    let expires: Timestamp = match index.expires.parse() {
        Ok(t) => t,
        Err(_) => return bad("expires is not an RFC 3339 time".into()),
    };
    if expires <= issued {
        return bad("it expires before it was issued".into());
    }
    let publisher_ok = index
        .publisher
        .as_deref()
        .is_none_or(|p| p.chars().count() <= 200 && !p.chars().any(char::is_control));
    if !publisher_ok {
        return bad("the publisher name is too long or has control characters".into());
    }
    if index.collections.len() > MAX_COLLECTIONS {
        return bad(format!("more than {MAX_COLLECTIONS} collections"));
    }
    let mut seen = HashSet::new();
    let mut names = Vec::with_capacity(index.collections.len());
    let mut total: u64 = 0;
    for entry in &index.collections {
        let name = CollectionName::parse(&entry.name)?;
        if !seen.insert(entry.name.as_str()) {
            return bad(format!("{} is listed twice", entry.name));
        }
        if entry.size > MAX_COLLECTION_BYTES {
            return bad(format!(
                "{} is larger than the cap of {MAX_COLLECTION_BYTES} bytes",
                entry.name
            ));
        }
        if entry.version == 0 {
            return bad(format!("{}: versions start at 1", entry.name));
        }
        if entry.sha256.len() != 64
            || !entry
                .sha256
                .bytes()
                .all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b))
        {
            return bad(format!(
                "{}: sha256 must be 64 lower-case hex digits",
                entry.name
            ));
        }
        total = total.saturating_add(entry.size);
        names.push(name);
    }
    if total > MAX_RELEASE_BYTES {
        return bad("the collections add up to more than the release cap".into());
    }
    Ok(CheckedIndex {
        index,
        issued,
        expires,
        names,
    })
}

/// The bytes of an index as the publisher tool writes them.
pub fn to_bytes(index: &Index) -> Vec<u8> {
    let mut bytes = serde_json::to_vec_pretty(index).expect("indexes serialize");
    bytes.push(b'\n');
    bytes
}

#[cfg(test)]
mod tests {
    use super::*;

    pub fn sample() -> Index {
        Index {
            format: FORMAT,
            serial: 3,
            issued: "2026-05-01T00:00:00Z".into(),
            expires: "2026-08-01T00:00:00Z".into(),
            publisher: Some("Example Outreach".into()),
            collections: vec![IndexEntry {
                name: "helplines/GR".into(),
                version: 2,
                size: 1234,
                sha256: "ab".repeat(32),
            }],
        }
    }

    #[test]
    fn a_valid_index_round_trips() {
        let bytes = to_bytes(&sample());
        let checked = parse(&bytes).unwrap();
        assert_eq!(checked.index, sample());
        assert_eq!(checked.names[0].to_string(), "helplines/GR");
        assert!(!checked.expired_at("2026-07-31T23:59:59Z".parse().unwrap()));
        assert!(checked.expired_at("2026-08-01T00:00:00Z".parse().unwrap()));
        assert!(checked.entry("helplines/GR").is_some() && checked.entry("helplines/IT").is_none());
    }

    #[test]
    fn malformed_truncated_oversized_and_hostile_indexes_are_refused() {
        let good = to_bytes(&sample());
        assert!(parse(&good[..good.len() / 2]).is_err());
        for junk in [
            &b""[..],
            b"<!DOCTYPE html><html>",
            b"\x00\x01\x02",
            b"[]",
            b"{}",
        ] {
            assert!(parse(junk).is_err());
        }
        let oversized = vec![b' '; MAX_INDEX_BYTES as usize + 1];
        assert!(parse(&oversized).unwrap_err().to_string().contains("cap"));
        let deep = format!("{}{}", "{\"a\":".repeat(10_000), "}".repeat(10_000));
        assert!(parse(deep.as_bytes()).is_err());

        type Mutation = Box<dyn Fn(&mut Index)>;
        let cases: Vec<(&str, Mutation)> = vec![
            ("format", Box::new(|i| i.format = 2)),
            ("serial", Box::new(|i| i.serial = 0)),
            ("RFC 3339", Box::new(|i| i.issued = "yesterday".into())),
            (
                "RFC 3339",
                Box::new(|i| i.expires = "2026-13-01T00:00:00Z".into()),
            ),
            ("expires before", Box::new(|i| i.expires = i.issued.clone())),
            (
                "cap",
                Box::new(|i| i.collections[0].size = MAX_COLLECTION_BYTES + 1),
            ),
            (
                "sha256",
                Box::new(|i| i.collections[0].sha256 = "AB".repeat(32)),
            ),
            (
                "sha256",
                Box::new(|i| i.collections[0].sha256 = "ab".into()),
            ),
            ("versions", Box::new(|i| i.collections[0].version = 0)),
            (
                "twice",
                Box::new(|i| i.collections.push(i.collections[0].clone())),
            ),
            (
                "collection name",
                Box::new(|i| i.collections[0].name = "../etc/passwd".into()),
            ),
            (
                "collection name",
                Box::new(|i| i.collections[0].name = "helplines/../../x".into()),
            ),
            ("control", Box::new(|i| i.publisher = Some("\u{7}".into()))),
            (
                "more than",
                Box::new(|i| {
                    let entry = i.collections[0].clone();
                    i.collections = (0..=MAX_COLLECTIONS)
                        .map(|n| IndexEntry {
                            name: format!("x/k{n}"),
                            ..entry.clone()
                        })
                        .collect();
                }),
            ),
            (
                "release cap",
                Box::new(|i| {
                    let entry = i.collections[0].clone();
                    i.collections = (0..10)
                        .map(|n| IndexEntry {
                            name: format!("x/k{n}"),
                            size: MAX_COLLECTION_BYTES,
                            ..entry.clone()
                        })
                        .collect();
                }),
            ),
        ];
        for (expected, mutate) in cases {
            let mut index = sample();
            mutate(&mut index);
            let err = parse(&to_bytes(&index)).expect_err(expected).to_string();
            assert!(err.contains(expected), "expected {expected:?} in {err}");
        }
        let mut unknown_field: serde_json::Value = serde_json::from_slice(&good).unwrap();
        unknown_field["mirror"] = "http://evil".into();
        assert!(parse(&serde_json::to_vec(&unknown_field).unwrap()).is_err());
    }
}
