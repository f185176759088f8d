//! Signed updates: fresher helplines and translations from an organisation's
//! static web server or CDN, or from an offline pack passed phone to phone.
//!
//! Trust follows The Update Framework's lessons (DESIGN.md, "Sync and trust"): only
//! releases signed by a key compiled into the app or given in its configuration; the
//! signature checked over the raw index bytes before parsing; no lower serial than the
//! one held (rollback); expiry reported, never silently ignored (freeze); every read
//! capped (endless data); every collection pinned by size and SHA-256 in the signed
//! index (mix-and-match); timeouts (slow retrieval); several trusted keys (rotation).
//! Everything is applied in one transaction, or nothing is.

pub mod apply;
pub mod collection;
pub mod db;
pub mod http;
pub mod index;
pub mod pack;
pub mod publish;
pub mod release;
pub mod signatures;
mod update;

use std::collections::BTreeSet;
use std::fs;
use std::io::BufReader;
use std::path::Path;
use std::sync::Arc;

use jiff::Timestamp;

pub use http::{
    HttpClient, HttpError, HttpHeader, HttpRequest, HttpResponse, SyncListener, SyncPhase,
    SyncProgress,
};
pub use update::PendingIndex;

use crate::app::{Salama, State};
use crate::error::{Error, Result, SalamaError};
use crate::helplines::{countries, normalize_country};
use apply::ApplySource;
use collection::CollectionName;

/// How to run an update.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct SyncOptions {
    /// Give up on any one request after this long.
    #[uniffi(default = 30000)]
    pub timeout_ms: u64,
}

impl Default for SyncOptions {
    fn default() -> Self {
        SyncOptions { timeout_ms: 30_000 }
    }
}

/// What an update would download, known before any collection is fetched, so the app
/// can ask first on mobile data.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct UpdatePlan {
    /// Nothing to download or change.
    pub up_to_date: bool,
    /// The serial of the release on offer.
    pub serial: u64,
    /// Bytes of collections to download.
    pub download_bytes: u64,
    /// The collections to download, e.g. `helplines/GR`.
    pub collections: Vec<String>,
    /// When the release on offer expires (Unix seconds).
    pub expires_at: i64,
}

/// What an update did.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct SyncReport {
    /// Something changed.
    pub updated: bool,
    /// The serial now installed.
    pub serial: u64,
    pub collections_updated: Vec<String>,
    /// Collections the publisher withdrew (their countries show the built-in data again).
    pub collections_removed: Vec<String>,
    /// HTTP requests made (0 for a pack).
    pub requests: u32,
    /// Body bytes downloaded (or read from a pack).
    pub bytes_downloaded: u64,
    /// The installed release has expired: the data is still used, but may be out of date.
    pub stale: bool,
    pub expires_at: i64,
}

/// What the app can show about updates.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct SyncStatus {
    /// The installed release's serial; `None` while only built-in data is used.
    pub serial: Option<u64>,
    pub publisher: Option<String>,
    /// The id of the key whose signature was accepted.
    pub key_id: Option<String>,
    /// Where the release came from: its URL, or `pack`.
    pub source: Option<String>,
    /// When the installed release was issued, and how old that makes the data (seconds).
    pub issued_at: Option<i64>,
    pub data_age_s: Option<u64>,
    pub expires_at: Option<i64>,
    /// The installed release has expired: still used, but may be out of date.
    pub stale: bool,
    /// The last update that succeeded (including "nothing new").
    pub last_success_at: Option<i64>,
    pub last_attempt_at: Option<i64>,
    /// Why the last attempt failed, if it did.
    pub last_error: Option<SyncErrorInfo>,
    pub collections: Vec<InstalledCollectionInfo>,
}

/// A failed update, for the status screen.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct SyncErrorInfo {
    /// The Fluent id of the error's text (`error-bad-signature`, …).
    pub message_id: String,
    /// What happened, in English, for logs and support.
    pub reason: String,
}

/// An installed collection.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct InstalledCollectionInfo {
    pub name: String,
    pub version: u64,
    pub size: u64,
    /// It is the version the installed index pins (a partial pack can leave others
    /// behind until the next update).
    pub current: bool,
}

/// What went into an offline pack.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct PackSummary {
    pub serial: u64,
    pub collections: Vec<String>,
    /// The pack's size in bytes.
    pub bytes: u64,
}

#[uniffi::export]
impl Salama {
    /// Fetches and verifies the release index at `url` and says what an update would
    /// download, without downloading it. A following [`Salama::sync`] reuses the index.
    pub fn check_for_update(
        &self,
        url: String,
        http: Arc<dyn HttpClient>,
        options: SyncOptions,
    ) -> Result<UpdatePlan, SalamaError> {
        Ok(self.check_for_update_at(&url, http.as_ref(), &options, Timestamp::now())?)
    }

    /// Updates from the release at `url` (a directory with `index.json`): only what
    /// changed is downloaded, everything is verified, and it is applied in one
    /// transaction or not at all. Errors: `BadSignature` (tampered, unknown key, hash
    /// mismatch), `Rollback`, `Expired`, `Network`, `InvalidInput` (a release this
    /// version cannot use). After any error the previous data is intact.
    pub fn sync(
        &self,
        url: String,
        http: Arc<dyn HttpClient>,
        options: SyncOptions,
        listener: Option<Arc<dyn SyncListener>>,
    ) -> Result<SyncReport, SalamaError> {
        Ok(self.sync_at(
            &url,
            http.as_ref(),
            &options,
            listener.as_deref(),
            Timestamp::now(),
        )?)
    }

    /// The state of updates: what is installed, how old and whether it expired, and how
    /// the last attempts went.
    pub fn sync_status(&self) -> Result<SyncStatus, SalamaError> {
        Ok(self.sync_status_at(Timestamp::now())?)
    }

    /// Installs an offline pack from `path`, verified exactly as a download.
    pub fn import_pack(
        &self,
        path: String,
        listener: Option<Arc<dyn SyncListener>>,
    ) -> Result<SyncReport, SalamaError> {
        Ok(self.import_pack_at(Path::new(&path), listener.as_deref(), Timestamp::now())?)
    }

    /// Writes an offline pack of the installed release for `countries` (ISO codes; the
    /// regions they belong to, such as `EU`, come along, and every translation update of
    /// the release) to `path`, for another phone.
    pub fn export_pack(
        &self,
        path: String,
        countries: Vec<String>,
    ) -> Result<PackSummary, SalamaError> {
        Ok(self.export_pack_at(Path::new(&path), &countries, Timestamp::now())?)
    }
}

impl Salama {
    /// Verifies a release directory or an offline pack at `path` exactly as an update
    /// would, against this instance's trusted keys, without installing anything.
    pub fn verify_release_at(
        &self,
        path: &Path,
        now: Timestamp,
    ) -> Result<publish::ReleaseSummary> {
        publish::verify(path, self.trusted_keys(), now)
    }

    /// [`Salama::sync_status`] at `now`.
    pub fn sync_status_at(&self, now: Timestamp) -> Result<SyncStatus> {
        let state = self.state();
        let release = db::installed_release(&state.content)?;
        let attempts = db::attempts(&state.content)?;
        let installed = db::installed_collections(&state.content)?;
        let index = release
            .as_ref()
            .and_then(|r| index::parse(&r.index_json).ok());
        let collections = installed
            .into_iter()
            .map(|(name, c)| InstalledCollectionInfo {
                current: index
                    .as_ref()
                    .and_then(|i| i.entry(&name))
                    .is_some_and(|e| e.sha256 == c.sha256),
                name,
                version: c.version,
                size: c.size,
            })
            .collect();
        let now_s = now.as_second();
        Ok(SyncStatus {
            serial: release.as_ref().map(|r| r.serial),
            publisher: index.as_ref().and_then(|i| i.index.publisher.clone()),
            key_id: release.as_ref().map(|r| r.key_id.clone()),
            source: release.as_ref().map(|r| r.source.clone()),
            issued_at: release.as_ref().map(|r| r.issued_at),
            data_age_s: release
                .as_ref()
                .map(|r| now_s.saturating_sub(r.issued_at).max(0) as u64),
            expires_at: release.as_ref().map(|r| r.expires_at),
            stale: release.as_ref().is_some_and(|r| now_s >= r.expires_at),
            last_success_at: attempts.succeeded_at,
            last_attempt_at: attempts.attempted_at,
            last_error: attempts
                .error
                .map(|(message_id, reason)| SyncErrorInfo { message_id, reason }),
            collections,
        })
    }

    /// [`Salama::import_pack`] at `now`.
    pub fn import_pack_at(
        &self,
        path: &Path,
        listener: Option<&dyn SyncListener>,
        now: Timestamp,
    ) -> Result<SyncReport> {
        let result = self.import_inner(path, listener, now);
        self.record_outcome(now, result)
    }

    fn import_inner(
        &self,
        path: &Path,
        listener: Option<&dyn SyncListener>,
        now: Timestamp,
    ) -> Result<SyncReport> {
        let file = fs::File::open(path)
            .map_err(|_| Error::InvalidInput("the pack file cannot be opened".into()))?;
        let size = file.metadata()?.len();
        let opened = pack::read(BufReader::new(file), self.trusted_keys(), now)?;
        let mut state = self.state();
        let State {
            content, directory, ..
        } = &mut *state;
        let installed = db::installed_collections(content)?;
        let needed: BTreeSet<String> = release::needed(&opened.verified, &installed)
            .into_iter()
            .map(|e| e.name.clone())
            .collect();
        let collections = opened
            .collections
            .into_iter()
            .filter(|c| needed.contains(&c.entry.name))
            .collect();
        let applied = apply::apply(
            content,
            directory,
            &opened.verified,
            collections,
            ApplySource {
                source: db::SOURCE_PACK,
                etag: None,
            },
            now,
            listener,
        )?;
        // Committed: the app shows the new strings without a restart.
        if applied.translations_changed {
            state.reload_translations()?;
        }
        Ok(SyncReport {
            updated: !applied.updated.is_empty() || !applied.removed.is_empty(),
            serial: opened.verified.serial(),
            collections_updated: applied.updated,
            collections_removed: applied.removed,
            requests: 0,
            bytes_downloaded: size,
            stale: false,
            expires_at: opened.verified.checked.expires.as_second(),
        })
    }

    /// [`Salama::export_pack`] at `now`.
    pub fn export_pack_at(
        &self,
        path: &Path,
        countries: &[String],
        now: Timestamp,
    ) -> Result<PackSummary> {
        if countries.is_empty() {
            return Err(Error::InvalidInput("name at least one country".into()));
        }
        let codes = countries
            .iter()
            .map(|c| normalize_country(c))
            .collect::<Result<Vec<_>>>()?;
        let state = self.state();
        let release = db::installed_release(&state.content)?.ok_or_else(|| {
            Error::InvalidInput("no signed release is installed yet: sync first".into())
        })?;
        if now.as_second() >= release.expires_at {
            return Err(SalamaError::Expired.into());
        }
        let index = index::parse(&release.index_json)?;
        let mut wanted = BTreeSet::new();
        for code in &codes {
            let own = CollectionName::helplines(code).to_string();
            if index.entry(&own).is_none() && !countries::is_region(code) {
                // Regions alone may cover a country; it only needs something to carry.
                let regions: Vec<_> = countries::regions_of(code)
                    .filter(|r| {
                        index
                            .entry(&CollectionName::helplines(r).to_string())
                            .is_some()
                    })
                    .collect();
                if regions.is_empty() {
                    return Err(Error::InvalidInput(format!(
                        "the installed release has no helplines for {code}"
                    )));
                }
            }
            wanted.insert(own);
            for region in countries::regions_of(code) {
                wanted.insert(CollectionName::helplines(region).to_string());
            }
        }
        // Translations are small and every phone needs its reader's: all of them go along.
        for entry in &index.index.collections {
            if CollectionName::parse(&entry.name)
                .is_ok_and(|n| n.kind() == Some(collection::CollectionKind::Translations))
            {
                wanted.insert(entry.name.clone());
            }
        }
        // Only exact bytes the signed index pins can be passed on.
        let collections: Vec<(String, Vec<u8>)> = db::collection_bodies(&state.content)?
            .into_iter()
            .filter(|(name, body)| {
                wanted.contains(name)
                    && index
                        .entry(name)
                        .is_some_and(|e| e.sha256 == signatures::sha256_hex(body))
            })
            .collect();
        for code in &codes {
            let own = CollectionName::helplines(code).to_string();
            if index.entry(&own).is_some() && !collections.iter().any(|(n, _)| *n == own) {
                return Err(Error::InvalidInput(format!(
                    "{own} is not installed at the version the release pins: sync first"
                )));
            }
        }
        drop(state);
        let tmp = path.with_extension("partial");
        {
            let mut out = std::io::BufWriter::new(fs::File::create(&tmp)?);
            pack::write(
                &mut out,
                &release.index_json,
                &release.signature,
                &collections,
            )?;
            std::io::Write::flush(&mut out)?;
            out.get_ref().sync_all()?;
        }
        fs::rename(&tmp, path)?;
        Ok(PackSummary {
            serial: release.serial,
            collections: collections.into_iter().map(|(name, _)| name).collect(),
            bytes: fs::metadata(path)?.len(),
        })
    }
}

#[cfg(test)]
mod tests;
