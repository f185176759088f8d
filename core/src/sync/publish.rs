//! The publisher's side: signing keys, building a release from a directory of collection
//! sources, and verifying a release (a directory or a pack) exactly as a phone would.
//!
//! A release is static files, so any web server or CDN can host it:
//!
//! ```text
//! index.json          the signed table of contents
//! index.json.sig      Ed25519 signature(s) over the exact bytes of index.json
//! helplines/GR.json   one file per collection
//! ```

use std::collections::BTreeMap;
use std::fs;
use std::io::{BufReader, Read};
use std::path::{Path, PathBuf};

use jiff::Timestamp;
use zeroize::Zeroizing;

use super::collection::{
    CollectionKind, CollectionName, MAX_COLLECTION_BYTES, TRANSLATIONS_FORMAT, TranslationSource,
    TranslationsFile, parse_translations,
};
use super::index::{self, FORMAT, Index, IndexEntry, MAX_INDEX_BYTES};
use super::pack;
use super::release::{self, VerifiedIndex};
use super::signatures::{self, MAX_SIGNATURE_FILE, PublicKey, SigningKey, TrustedKeys};
use crate::error::{Error, Result};
use crate::helplines::model::{self, CollectionFile, Origin};
use crate::l10n::updates;

/// How to stamp a new release.
#[derive(Debug, Clone)]
pub struct ReleaseOptions {
    /// The serial to use; by default one more than the previous release in the output
    /// directory, and never less than the issue time in Unix seconds, so a publisher who
    /// loses the output directory still publishes a higher serial.
    pub serial: Option<u64>,
    pub issued: Timestamp,
    pub expires: Timestamp,
    pub publisher: Option<String>,
    /// Publish a helpline collection with no entries. Phones show a country's compiled-in
    /// lines only while no release carries its collection, so an empty one hides them:
    /// refused unless asked for.
    pub allow_empty: bool,
}

/// What a release holds, as the publisher tools print it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReleaseSummary {
    pub serial: u64,
    pub issued: String,
    pub expires: String,
    pub publisher: Option<String>,
    /// The keys that signed it (publish) or whose signature verified (verify).
    pub key_ids: Vec<String>,
    pub collections: Vec<CollectionSummary>,
}

/// One collection of a release.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CollectionSummary {
    pub name: String,
    pub version: u64,
    pub size: u64,
    pub sha256: String,
    /// Publish: it changed since the previous release. Verify: it is present and checked.
    pub changed: bool,
    /// Entries in it (helplines, or Fluent files of a translation), if this build knows
    /// its kind.
    pub entries: Option<usize>,
}

/// Writes a new signing key to `out` (PKCS#8, readable by the owner only; never
/// overwritten) and its public key to `out.pub`. Returns the public key.
pub fn write_new_key(out: &Path) -> Result<PublicKey> {
    let (key, pkcs8) = SigningKey::generate()?;
    let mut options = fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(0o600);
    }
    let mut file = options.open(out).map_err(|e| {
        if e.kind() == std::io::ErrorKind::AlreadyExists {
            Error::InvalidInput("the key file already exists; it is never overwritten".into())
        } else {
            Error::Io(e)
        }
    })?;
    std::io::Write::write_all(&mut file, &pkcs8)?;
    file.sync_all()?;
    let public = key.public_key();
    fs::write(public_path(out), format!("{}\n", public.to_text()))?;
    Ok(public)
}

/// `key` → `key.pub`.
pub fn public_path(key: &Path) -> PathBuf {
    let mut name = key.as_os_str().to_owned();
    name.push(".pub");
    PathBuf::from(name)
}

/// Loads a signing key written by [`write_new_key`].
pub fn read_signing_key(path: &Path) -> Result<SigningKey> {
    let pkcs8 = Zeroizing::new(read_capped(path, 4096)?);
    SigningKey::from_pkcs8(&pkcs8)
}

/// Reads a public key file (`ed25519:<hex>`), as `--trust` takes it.
pub fn read_public_key(path: &Path) -> Result<String> {
    let bytes = read_capped(path, 1024)?;
    let text = String::from_utf8(bytes)
        .map_err(|_| Error::InvalidInput("a public key file is text".into()))?;
    Ok(PublicKey::parse(&text)?.to_text())
}

/// The collection sources of a release, read and validated, ready to sign.
pub struct Sources {
    /// Each collection's canonical bytes and how many entries (helplines, or Fluent files
    /// of a translation) it holds.
    collections: BTreeMap<CollectionName, (Vec<u8>, usize)>,
}

impl Sources {
    /// Reads and validates every collection source in `source`.
    ///
    /// `source` holds one directory per collection kind with one file per key:
    /// `helplines/GR.json`, `helplines/EU.json`; translations are one directory of Fluent
    /// files per locale, `translations/ar/errors.ftl`, published as `translations/ar.json`.
    /// Every entry is validated (E.164 numbers, ISO codes, time zones, required fields);
    /// one bad entry fails them all.
    pub fn read(source: &Path) -> Result<Self> {
        Ok(Sources {
            collections: read_sources(source)?,
        })
    }

    /// The helpline collections with no entries (`helplines/GR`), which would hide the
    /// compiled-in lines of their country on every phone.
    pub fn empty_helplines(&self) -> Vec<String> {
        self.collections
            .iter()
            .filter(|(name, (_, count))| {
                name.kind() == Some(CollectionKind::Helplines) && *count == 0
            })
            .map(|(name, _)| name.to_string())
            .collect()
    }
}

/// Builds a release from `source` into `out`, signed by every key in `keys`: reads and
/// validates it ([`Sources::read`]), then [`publish_sources`].
pub fn publish(
    source: &Path,
    keys: &[SigningKey],
    out: &Path,
    options: &ReleaseOptions,
) -> Result<ReleaseSummary> {
    publish_sources(&Sources::read(source)?, keys, out, options)
}

/// Writes a release of `sources` into `out`, signed by every key in `keys`, with a higher
/// serial than the release already there. An empty helpline collection is refused unless
/// `options.allow_empty`. Nothing is written if anything is refused; unchanged collection
/// files are not rewritten, so caches keep them.
pub fn publish_sources(
    sources: &Sources,
    keys: &[SigningKey],
    out: &Path,
    options: &ReleaseOptions,
) -> Result<ReleaseSummary> {
    if keys.is_empty() {
        return Err(Error::InvalidInput(
            "at least one signing key is needed".into(),
        ));
    }
    let empty = sources.empty_helplines();
    if !empty.is_empty() && !options.allow_empty {
        return Err(Error::InvalidInput(format!(
            "{} has no helplines: phones would hide the compiled-in helplines of that country \
             (allow empty collections to publish it anyway)",
            empty.join(", ")
        )));
    }
    let collections = &sources.collections;
    let previous = previous_index(out)?;
    let previous_serial = previous.as_ref().map_or(0, |p| p.serial);
    let serial = match options.serial {
        Some(serial) if serial <= previous_serial => {
            return Err(Error::InvalidInput(format!(
                "serial {serial} is not above the previous release's {previous_serial}"
            )));
        }
        Some(serial) => serial,
        None => (previous_serial + 1).max(options.issued.as_second().max(1) as u64),
    };
    let previous_entries: BTreeMap<&str, &IndexEntry> = previous
        .iter()
        .flat_map(|p| &p.collections)
        .map(|e| (e.name.as_str(), e))
        .collect();
    let mut entries = Vec::with_capacity(collections.len());
    let mut summaries = Vec::with_capacity(collections.len());
    for (name, (bytes, count)) in collections {
        let sha256 = signatures::sha256_hex(bytes);
        let name_text = name.to_string();
        let (version, changed) = match previous_entries.get(name_text.as_str()) {
            Some(prev) if prev.sha256 == sha256 => (prev.version, false),
            Some(prev) => (prev.version + 1, true),
            None => (1, true),
        };
        entries.push(IndexEntry {
            name: name_text.clone(),
            version,
            size: bytes.len() as u64,
            sha256: sha256.clone(),
        });
        summaries.push(CollectionSummary {
            name: name_text,
            version,
            size: bytes.len() as u64,
            sha256,
            changed,
            entries: Some(*count),
        });
    }
    let index = Index {
        format: FORMAT,
        serial,
        issued: options.issued.to_string(),
        expires: options.expires.to_string(),
        publisher: options.publisher.clone(),
        collections: entries,
    };
    // The same checks a phone makes, so nothing is published that phones would refuse.
    let index_bytes = index::to_bytes(&index);
    index::parse(&index_bytes)?;
    let signature = signatures::sign(&index_bytes, keys);

    fs::create_dir_all(out)?;
    for (name, (bytes, _)) in collections {
        let path = out.join(name.path());
        fs::create_dir_all(path.parent().expect("collection paths have a directory"))?;
        write_if_changed(&path, bytes)?;
    }
    remove_stale(out, collections)?;
    wait_for_a_new_mtime(&out.join("index.json"));
    write_if_changed(&out.join("index.json.sig"), &signature)?;
    write_if_changed(&out.join("index.json"), &index_bytes)?;
    Ok(ReleaseSummary {
        serial,
        issued: index.issued,
        expires: index.expires,
        publisher: index.publisher,
        key_ids: keys.iter().map(|k| k.public_key().id()).collect(),
        collections: summaries,
    })
}

/// Verifies a release directory or a pack file exactly as a phone would: signature by a
/// trusted key over the raw index, the index's rules, expiry at `now`, and every
/// collection's size, hash and content.
pub fn verify(path: &Path, trusted: &TrustedKeys, now: Timestamp) -> Result<ReleaseSummary> {
    if !path.exists() {
        return Err(Error::InvalidInput(format!(
            "{} does not exist: give a release directory or an offline pack",
            path.display()
        )));
    }
    if path.is_dir() {
        verify_dir(path, trusted, now)
    } else {
        let file = fs::File::open(path)?;
        let opened = pack::read(BufReader::new(file), trusted, now)?;
        let present: Vec<(String, usize)> = opened
            .collections
            .iter()
            .map(|c| (c.entry.name.clone(), count_entries(c.validated.as_ref())))
            .collect();
        Ok(summary(&opened.verified, |name| {
            present
                .iter()
                .find(|(n, _)| n == name)
                .map(|(_, count)| *count)
        }))
    }
}

fn verify_dir(dir: &Path, trusted: &TrustedKeys, now: Timestamp) -> Result<ReleaseSummary> {
    let index = read_capped(&dir.join("index.json"), MAX_INDEX_BYTES)?;
    let signature = read_capped(&dir.join("index.json.sig"), MAX_SIGNATURE_FILE)?;
    let verified = release::verify_index(index, signature, trusted, now)?;
    let mut counts = BTreeMap::new();
    for (entry, name) in verified
        .checked
        .index
        .collections
        .iter()
        .zip(&verified.checked.names)
    {
        let bytes = read_capped(&dir.join(name.path()), entry.size)?;
        let validated = release::check_collection(&verified, entry, &bytes)?;
        counts.insert(entry.name.clone(), count_entries(validated.as_ref()));
    }
    Ok(summary(&verified, |name| counts.get(name).copied()))
}

fn count_entries(validated: Option<&super::collection::Validated>) -> usize {
    match validated {
        Some(super::collection::Validated::Helplines { lines, .. }) => lines.len(),
        Some(super::collection::Validated::Translations { files, .. }) => files.len(),
        None => 0,
    }
}

fn summary(verified: &VerifiedIndex, present: impl Fn(&str) -> Option<usize>) -> ReleaseSummary {
    let index = &verified.checked.index;
    ReleaseSummary {
        serial: index.serial,
        issued: index.issued.clone(),
        expires: index.expires.clone(),
        publisher: index.publisher.clone(),
        key_ids: vec![verified.key_id.clone()],
        collections: index
            .collections
            .iter()
            .map(|e| {
                let count = present(&e.name);
                CollectionSummary {
                    name: e.name.clone(),
                    version: e.version,
                    size: e.size,
                    sha256: e.sha256.clone(),
                    changed: count.is_some(),
                    entries: count,
                }
            })
            .collect(),
    }
}

/// Reads and validates every collection source, as the canonical bytes to publish.
fn read_sources(source: &Path) -> Result<BTreeMap<CollectionName, (Vec<u8>, usize)>> {
    let mut out = BTreeMap::new();
    for kind_dir in sorted_entries(source)? {
        let kind = file_name(&kind_dir);
        if kind.starts_with('.') {
            continue;
        }
        let collection_kind = CollectionName::parse(&format!("{kind}/x"))
            .ok()
            .and_then(|n| n.kind());
        if !kind_dir.is_dir() || collection_kind.is_none() {
            return Err(Error::InvalidInput(format!(
                "{kind}: not a collection directory this version can publish (helplines/, translations/)"
            )));
        }
        if collection_kind == Some(CollectionKind::Translations) {
            for locale_dir in sorted_entries(&kind_dir)? {
                let locale = file_name(&locale_dir);
                if locale.starts_with('.') {
                    continue;
                }
                let name = CollectionName::parse(&format!("{kind}/{locale}"))?;
                let (canonical, count) = read_translations(&locale_dir, &name)?;
                out.insert(name, (canonical, count));
            }
            continue;
        }
        for file in sorted_entries(&kind_dir)? {
            let file_name = file_name(&file);
            if file_name.starts_with('.') {
                continue;
            }
            let key = file_name.strip_suffix(".json").ok_or_else(|| {
                Error::InvalidInput(format!("{kind}/{file_name}: collection files end in .json"))
            })?;
            let name = CollectionName::parse(&format!("{kind}/{key}"))?;
            let bytes = read_capped(&file, MAX_COLLECTION_BYTES)?;
            let (canonical, count) = match name.kind() {
                Some(CollectionKind::Helplines) => {
                    let parsed: CollectionFile = serde_json::from_slice(&bytes).map_err(|e| {
                        Error::InvalidInput(format!("{name}: not a helpline collection: {e}"))
                    })?;
                    let lines = model::validate_collection(parsed.clone(), key, Origin::Published)?;
                    // Phones show hours in a zone their tz database lacks as unknown; on
                    // the publisher's machine such a zone is far likelier a typo.
                    if let Some(zone) = lines.iter().find_map(|line| line.hours.unknown_zone()) {
                        return Err(Error::InvalidInput(format!(
                            "{name}: time zone {zone:?} is not in this machine's tz database"
                        )));
                    }
                    let count = lines.len();
                    (
                        serde_json::to_vec(&parsed).expect("collections serialize"),
                        count,
                    )
                }
                Some(CollectionKind::Translations) | None => {
                    return Err(Error::InvalidInput(format!(
                        "{name}: unknown collection kind"
                    )));
                }
            };
            if canonical.len() as u64 > MAX_COLLECTION_BYTES {
                return Err(Error::InvalidInput(format!(
                    "{name} is larger than the cap"
                )));
            }
            out.insert(name, (canonical, count));
        }
    }
    if out.is_empty() {
        return Err(Error::InvalidInput(
            "no collections found (expected e.g. helplines/GR.json)".into(),
        ));
    }
    Ok(out)
}

/// Builds a `translations/<locale>` collection from `dir`, the locale's `*.ftl` files,
/// validated exactly as a phone will validate it (so a broken string is never published).
fn read_translations(dir: &Path, name: &CollectionName) -> Result<(Vec<u8>, usize)> {
    if !dir.is_dir() {
        return Err(Error::InvalidInput(format!(
            "{name}: translations are a directory of .ftl files (translations/<locale>/*.ftl)"
        )));
    }
    let mut files = Vec::new();
    for path in sorted_entries(dir)? {
        let file = file_name(&path);
        if file.starts_with('.') {
            continue;
        }
        if !file.ends_with(".ftl") || !path.is_file() {
            return Err(Error::InvalidInput(format!(
                "{name}/{file}: translation files end in .ftl"
            )));
        }
        let bytes = read_capped(&path, updates::MAX_FILE_BYTES as u64)?;
        let source = String::from_utf8(bytes)
            .map_err(|_| Error::InvalidInput(format!("{name}/{file} is not UTF-8")))?;
        files.push(TranslationSource { name: file, source });
    }
    let canonical = serde_json::to_vec(&TranslationsFile {
        format: TRANSLATIONS_FORMAT,
        locale: name.key().to_owned(),
        files,
    })
    .expect("collections serialize");
    let count = parse_translations(&canonical, name.key())?.len();
    Ok((canonical, count))
}

/// The previous release's index in the output directory, if any. It is the publisher's
/// own file, read for its serial and versions.
fn previous_index(out: &Path) -> Result<Option<Index>> {
    let path = out.join("index.json");
    if !path.exists() {
        return Ok(None);
    }
    let bytes = read_capped(&path, MAX_INDEX_BYTES)?;
    Ok(Some(index::parse(&bytes)?.index))
}

/// Deletes collection files of known kinds that the new release no longer lists.
fn remove_stale(
    out: &Path,
    collections: &BTreeMap<CollectionName, (Vec<u8>, usize)>,
) -> Result<()> {
    for kind_dir in sorted_entries(out)? {
        if !kind_dir.is_dir() {
            continue;
        }
        let kind = file_name(&kind_dir);
        for file in sorted_entries(&kind_dir)? {
            let Some(key) = file_name(&file).strip_suffix(".json").map(str::to_owned) else {
                continue;
            };
            let Ok(name) = CollectionName::parse(&format!("{kind}/{key}")) else {
                continue;
            };
            if name.kind().is_some() && !collections.contains_key(&name) {
                fs::remove_file(&file)?;
            }
        }
    }
    Ok(())
}

/// Web servers such as nginx derive a file's ETag from its modification time in whole
/// seconds and its size. A new index of the same size written in the same second as the
/// previous one would keep its ETag, and phones would be told "not modified": so wait
/// for the next second first.
fn wait_for_a_new_mtime(index: &Path) {
    let Ok(modified) = fs::metadata(index).and_then(|m| m.modified()) else {
        return;
    };
    let second = |t: std::time::SystemTime| {
        t.duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| d.as_secs())
    };
    // Bounded: a file stamped in the future (a wrong clock) must not hang the tool.
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(2);
    while second(std::time::SystemTime::now()) <= second(modified)
        && std::time::Instant::now() < deadline
    {
        std::thread::sleep(std::time::Duration::from_millis(50));
    }
}

/// Writes through a temporary file and a rename, so a web server never serves half a
/// file; leaves an identical file alone.
fn write_if_changed(path: &Path, bytes: &[u8]) -> Result<()> {
    if fs::read(path).is_ok_and(|existing| existing == bytes) {
        return Ok(());
    }
    let tmp = path.with_extension("tmp");
    fs::write(&tmp, bytes)?;
    fs::rename(&tmp, path)?;
    Ok(())
}

/// Reads at most `cap` bytes; a longer file is an error, read no further than the cap.
pub fn read_capped(path: &Path, cap: u64) -> Result<Vec<u8>> {
    let file = fs::File::open(path).map_err(|e| {
        if e.kind() == std::io::ErrorKind::NotFound {
            Error::InvalidInput(format!("{} is missing", path.display()))
        } else {
            Error::Io(e)
        }
    })?;
    let mut bytes = Vec::new();
    file.take(cap + 1).read_to_end(&mut bytes)?;
    if bytes.len() as u64 > cap {
        return Err(Error::InvalidInput(format!(
            "{} is larger than its cap of {cap} bytes",
            path.display()
        )));
    }
    Ok(bytes)
}

fn sorted_entries(dir: &Path) -> Result<Vec<PathBuf>> {
    let mut entries = fs::read_dir(dir)?
        .map(|e| e.map(|e| e.path()))
        .collect::<std::io::Result<Vec<_>>>()?;
    entries.sort();
    Ok(entries)
}

fn file_name(path: &Path) -> String {
    path.file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default()
}
