//! Offline packs: a release (or part of one) in a single file, so an outreach worker can
//! pass it from phone to phone without internet. It is verified exactly as a download
//! is: the same signature over the same index bytes, the same hashes.
//!
//! Layout, all lengths big-endian:
//!
//! ```text
//! "SALAMAPK" 0x01                      magic and version
//! entry*                               index.json, index.json.sig, then collections
//! 0x00                                 end
//! entry = name_len: u8 (1..=64) | name | body_len: u32 | body
//! ```
//!
//! Every length is checked against its cap before anything is read, and the index is
//! verified before any collection is read, so a hostile pack costs at most the caps.

use std::collections::HashSet;
use std::io::{self, Read, Write};

use jiff::Timestamp;

use super::apply::Checked;
use super::index::MAX_INDEX_BYTES;
use super::release::{self, VerifiedIndex};
use super::signatures::{MAX_SIGNATURE_FILE, TrustedKeys};
use crate::error::{Error, Result, SalamaError};

const MAGIC: &[u8; 8] = b"SALAMAPK";
const VERSION: u8 = 1;
const INDEX_NAME: &str = "index.json";
const SIGNATURE_NAME: &str = "index.json.sig";
const MAX_NAME: usize = 64;

/// A pack that passed verification: its index, and its collections checked against it.
pub struct OpenedPack {
    pub verified: VerifiedIndex,
    pub collections: Vec<Checked>,
}

/// Writes a pack of `index`, its `signature` and `collections` (name, exact bytes).
pub fn write(
    out: &mut impl Write,
    index: &[u8],
    signature: &[u8],
    collections: &[(String, Vec<u8>)],
) -> io::Result<()> {
    out.write_all(MAGIC)?;
    out.write_all(&[VERSION])?;
    write_entry(out, INDEX_NAME, index)?;
    write_entry(out, SIGNATURE_NAME, signature)?;
    for (name, body) in collections {
        write_entry(out, name, body)?;
    }
    out.write_all(&[0])
}

fn write_entry(out: &mut impl Write, name: &str, body: &[u8]) -> io::Result<()> {
    let name_len = u8::try_from(name.len())
        .ok()
        .filter(|l| (1..=MAX_NAME as u8).contains(l))
        .ok_or_else(|| io::Error::new(io::ErrorKind::InvalidInput, "entry name length"))?;
    let body_len = u32::try_from(body.len())
        .map_err(|_| io::Error::new(io::ErrorKind::InvalidInput, "entry too large"))?;
    out.write_all(&[name_len])?;
    out.write_all(name.as_bytes())?;
    out.write_all(&body_len.to_be_bytes())?;
    out.write_all(body)
}

/// Whether the file at `path` starts like a pack (its magic bytes), for telling a user who
/// gave some other file what it is not. Says nothing about whether the pack is valid.
pub fn is_pack_file(path: &std::path::Path) -> bool {
    let mut magic = [0u8; 8];
    std::fs::File::open(path)
        .and_then(|mut file| file.read_exact(&mut magic))
        .is_ok_and(|()| &magic == MAGIC)
}

/// Reads and verifies a pack: signature and index first, then each collection against
/// the size and hash the index pins (and its content rules). Collections listed in the
/// index but absent from the pack are simply not in it: a pack may carry a few countries.
pub fn read(reader: impl Read, trusted: &TrustedKeys, now: Timestamp) -> Result<OpenedPack> {
    let mut reader = Framed { inner: reader };
    let mut magic = [0u8; 9];
    reader.exact(&mut magic)?;
    if &magic[..8] != MAGIC {
        return Err(Error::InvalidInput("not a Salama pack".into()));
    }
    if magic[8] != VERSION {
        return Err(Error::InvalidInput(
            "this pack was made by a newer version of Salama; update the app".into(),
        ));
    }
    let (name, index) = reader
        .entry(|_| Some(MAX_INDEX_BYTES))?
        .ok_or_else(truncated)?;
    let (sig_name, signature) = reader
        .entry(|_| Some(MAX_SIGNATURE_FILE))?
        .ok_or_else(truncated)?;
    if name != INDEX_NAME || sig_name != SIGNATURE_NAME {
        return Err(Error::InvalidInput(
            "the pack does not start with its index".into(),
        ));
    }
    let verified = release::verify_index(index, signature, trusted, now)?;
    let mut seen = HashSet::new();
    let mut collections = Vec::new();
    loop {
        // Only collections the signed index lists, at exactly the size it pins, are read.
        let next = reader.entry(|name| verified.checked.entry(name).map(|e| e.size))?;
        let Some((name, body)) = next else {
            break;
        };
        if !seen.insert(name.clone()) {
            return Err(Error::InvalidInput(format!(
                "{name} appears twice in the pack"
            )));
        }
        let entry = verified
            .checked
            .entry(&name)
            .expect("only listed names are read")
            .clone();
        let validated = release::check_collection(&verified, &entry, &body)?;
        collections.push(Checked {
            entry,
            bytes: body,
            validated,
        });
    }
    let mut trailing = [0u8; 1];
    if reader.inner.read(&mut trailing).map_err(read_error)? != 0 {
        return Err(Error::InvalidInput(
            "the pack has data after its end".into(),
        ));
    }
    Ok(OpenedPack {
        verified,
        collections,
    })
}

fn truncated() -> Error {
    Error::InvalidInput("the pack is truncated".into())
}

fn read_error(e: io::Error) -> Error {
    if e.kind() == io::ErrorKind::UnexpectedEof {
        truncated()
    } else {
        Error::Io(e)
    }
}

struct Framed<R> {
    inner: R,
}

impl<R: Read> Framed<R> {
    fn exact(&mut self, buf: &mut [u8]) -> Result<()> {
        self.inner.read_exact(buf).map_err(read_error)
    }

    /// The next entry, or `None` at the end marker. `cap` gives the most bytes the entry
    /// named so may have (`None`: not allowed here); a body's length is checked against
    /// it before a byte of the body is read.
    fn entry(&mut self, cap: impl Fn(&str) -> Option<u64>) -> Result<Option<(String, Vec<u8>)>> {
        let mut len = [0u8; 1];
        self.exact(&mut len)?;
        let name_len = len[0] as usize;
        if name_len == 0 {
            return Ok(None);
        }
        if name_len > MAX_NAME {
            return Err(Error::InvalidInput(
                "the pack is damaged (a name is too long)".into(),
            ));
        }
        let mut name = vec![0u8; name_len];
        self.exact(&mut name)?;
        let name = String::from_utf8(name)
            .map_err(|_| Error::InvalidInput("the pack is damaged (a name is not text)".into()))?;
        let mut body_len = [0u8; 4];
        self.exact(&mut body_len)?;
        let body_len = u64::from(u32::from_be_bytes(body_len));
        let Some(limit) = cap(&name) else {
            return Err(Error::Public(SalamaError::BadSignature {
                reason: format!("{name} is in the pack but not in its signed index"),
            }));
        };
        if body_len > limit {
            return Err(Error::Public(SalamaError::BadSignature {
                reason: format!("{name} is larger than allowed"),
            }));
        }
        let mut body = vec![0u8; body_len as usize];
        self.exact(&mut body)?;
        Ok(Some((name, body)))
    }
}
