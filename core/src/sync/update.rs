//! Updating over the network, as DESIGN.md's sync section describes: a conditional
//! request for the index (an unchanged release costs one tiny response), its signature
//! checked over the raw bytes, no going back in serial, then only the collections whose
//! hash changed, each capped at the size the signed index gives, checked and validated,
//! and everything applied in one transaction — or nothing.
//!
//! The network is never used while the app's state is locked, so the directory stays
//! usable during a slow download.

use jiff::{SignedDuration, Timestamp};

use super::apply::{self, ApplySource, Checked};
use super::db;
use super::http::{self, HttpClient, HttpHeader, SyncListener, SyncPhase, SyncProgress};
use super::index::MAX_INDEX_BYTES;
use super::release::{self, Freshness};
use super::signatures::MAX_SIGNATURE_FILE;
use super::{SyncOptions, SyncReport, UpdatePlan};
use crate::app::{Salama, State};
use crate::error::{Error, Result, SalamaError};

const INDEX_PATH: &str = "index.json";
const SIGNATURE_PATH: &str = "index.json.sig";
/// How long a plan's downloaded index may stand in for a fresh request.
const PENDING_FOR: SignedDuration = SignedDuration::from_mins(10);

/// An index fetched and verified by `check_for_update`, kept so the update that follows
/// does not download it again.
pub struct PendingIndex {
    base: String,
    bytes: Vec<u8>,
    signature: Vec<u8>,
    etag: Option<String>,
    fetched_at: Timestamp,
}

/// Requests and bytes an update cost.
#[derive(Default)]
struct Counter {
    requests: u32,
    bytes: u64,
}

enum IndexFetch {
    /// 304: the installed index is the server's.
    Unchanged,
    Fetched {
        bytes: Vec<u8>,
        signature: Vec<u8>,
        etag: Option<String>,
    },
}

impl Salama {
    /// [`Salama::check_for_update`] at `now`.
    pub fn check_for_update_at(
        &self,
        url: &str,
        http: &dyn HttpClient,
        options: &SyncOptions,
        now: Timestamp,
    ) -> Result<UpdatePlan> {
        let result = self.check_inner(url, http, options, now);
        self.record_outcome(now, result)
    }

    fn check_inner(
        &self,
        url: &str,
        http: &dyn HttpClient,
        options: &SyncOptions,
        now: Timestamp,
    ) -> Result<UpdatePlan> {
        let base = http::base_url(url)?;
        let (installed, collections) = {
            let state = self.state();
            (
                db::installed_release(&state.content)?,
                db::installed_collections(&state.content)?,
            )
        };
        let etag = installed
            .as_ref()
            .filter(|r| r.source == base)
            .and_then(|r| r.etag.clone());
        let mut counter = Counter::default();
        let fetched = fetch_index(http, &base, etag.as_deref(), options, &mut counter)?;
        let IndexFetch::Fetched {
            bytes,
            signature,
            etag,
        } = fetched
        else {
            let state = self.state();
            db::record_success(&state.content, now.as_second())?;
            let installed = installed.ok_or_else(not_modified_without_index)?;
            return Ok(UpdatePlan {
                up_to_date: true,
                serial: installed.serial,
                download_bytes: 0,
                collections: vec![],
                expires_at: installed.expires_at,
            });
        };
        let verified = release::verify_index(bytes, signature, self.trusted_keys(), now)?;
        release::check_freshness(&verified, installed.as_ref())?;
        let needed = release::needed(&verified, &collections);
        let plan = UpdatePlan {
            up_to_date: needed.is_empty() && release::withdrawn(&verified, &collections).is_empty(),
            serial: verified.serial(),
            download_bytes: needed.iter().map(|e| e.size).sum(),
            collections: needed.iter().map(|e| e.name.clone()).collect(),
            expires_at: verified.checked.expires.as_second(),
        };
        self.state().pending_index = Some(PendingIndex {
            base,
            bytes: verified.bytes,
            signature: verified.signature,
            etag,
            fetched_at: now,
        });
        Ok(plan)
    }

    /// [`Salama::sync`] at `now`.
    pub fn sync_at(
        &self,
        url: &str,
        http: &dyn HttpClient,
        options: &SyncOptions,
        listener: Option<&dyn SyncListener>,
        now: Timestamp,
    ) -> Result<SyncReport> {
        let result = self.sync_inner(url, http, options, listener, now);
        self.record_outcome(now, result)
    }

    fn sync_inner(
        &self,
        url: &str,
        http: &dyn HttpClient,
        options: &SyncOptions,
        listener: Option<&dyn SyncListener>,
        now: Timestamp,
    ) -> Result<SyncReport> {
        let base = http::base_url(url)?;
        let (installed, collections, pending) = {
            let mut state = self.state();
            (
                db::installed_release(&state.content)?,
                db::installed_collections(&state.content)?,
                state.pending_index.take(),
            )
        };
        let mut counter = Counter::default();
        let pending = pending.filter(|p| {
            p.base == base && now >= p.fetched_at && now.duration_since(p.fetched_at) < PENDING_FOR
        });
        let (bytes, signature, etag) = match pending {
            Some(p) => (p.bytes, p.signature, p.etag),
            None => {
                let etag = installed
                    .as_ref()
                    .filter(|r| r.source == base)
                    .and_then(|r| r.etag.clone());
                match fetch_index(http, &base, etag.as_deref(), options, &mut counter)? {
                    IndexFetch::Unchanged => {
                        let installed = installed.ok_or_else(not_modified_without_index)?;
                        let state = self.state();
                        db::record_success(&state.content, now.as_second())?;
                        return Ok(SyncReport {
                            updated: false,
                            serial: installed.serial,
                            collections_updated: vec![],
                            collections_removed: vec![],
                            requests: counter.requests,
                            bytes_downloaded: counter.bytes,
                            stale: now.as_second() >= installed.expires_at,
                            expires_at: installed.expires_at,
                        });
                    }
                    IndexFetch::Fetched {
                        bytes,
                        signature,
                        etag,
                    } => (bytes, signature, etag),
                }
            }
        };
        let verified = release::verify_index(bytes, signature, self.trusted_keys(), now)?;
        let freshness = release::check_freshness(&verified, installed.as_ref())?;
        let needed = release::needed(&verified, &collections);
        let bytes_total: u64 = needed.iter().map(|e| e.size).sum();
        let collections_total = needed.len() as u32;
        let report = |bytes_done, collections_done| {
            if let Some(listener) = listener {
                listener.on_progress(SyncProgress {
                    phase: SyncPhase::Downloading,
                    bytes_done,
                    bytes_total,
                    collections_done,
                    collections_total,
                });
            }
        };
        report(0, 0);
        let mut checked = Vec::with_capacity(needed.len());
        let mut bytes_done = 0;
        for entry in needed {
            let name = super::collection::CollectionName::parse(&entry.name)?;
            let response = http::fetch(
                http,
                &base,
                &name.path(),
                vec![],
                entry.size,
                options.timeout_ms,
                false,
            )?;
            counter.requests += 1;
            counter.bytes += response.body.len() as u64;
            let validated = release::check_collection(&verified, entry, &response.body)?;
            bytes_done += response.body.len() as u64;
            checked.push(Checked {
                entry: entry.clone(),
                bytes: response.body,
                validated,
            });
            report(bytes_done, checked.len() as u32);
        }
        let serial = verified.serial();
        let expires_at = verified.checked.expires.as_second();
        let applied = {
            let mut state = self.state();
            let State {
                content, directory, ..
            } = &mut *state;
            let applied = apply::apply(
                content,
                directory,
                &verified,
                checked,
                ApplySource {
                    source: &base,
                    etag,
                },
                now,
                listener,
            )?;
            // Committed: the app shows the new strings without a restart.
            if applied.translations_changed {
                state.reload_translations()?;
            }
            applied
        };
        Ok(SyncReport {
            updated: freshness == Freshness::Newer
                || !applied.updated.is_empty()
                || !applied.removed.is_empty(),
            serial,
            collections_updated: applied.updated,
            collections_removed: applied.removed,
            requests: counter.requests,
            bytes_downloaded: counter.bytes,
            stale: false,
            expires_at,
        })
    }

    /// Records how an attempt ended, for the sync status; the error itself is returned
    /// unchanged (recording is best effort: the app already hears about the error).
    pub(crate) fn record_outcome<T>(&self, now: Timestamp, result: Result<T>) -> Result<T> {
        if let Err(error) = &result {
            let public = match error {
                Error::Public(e) => e.clone(),
                Error::InvalidInput(reason) => SalamaError::InvalidInput {
                    reason: reason.clone(),
                },
                other => SalamaError::Internal {
                    reason: other.to_string(),
                },
            };
            let state = self.state();
            let _ = db::record_failure(
                &state.content,
                now.as_second(),
                public.message_id(),
                &public.to_string(),
            );
        }
        result
    }
}

/// Only sent with an ETag, which only an installed index has; never expected.
fn not_modified_without_index() -> Error {
    Error::Public(SalamaError::Network {
        reason: "index.json: 304 to a request that was not conditional".into(),
    })
}

/// Fetches the index (conditionally when an ETag is known) and, if it changed, its
/// signature.
fn fetch_index(
    http: &dyn HttpClient,
    base: &str,
    etag: Option<&str>,
    options: &SyncOptions,
    counter: &mut Counter,
) -> Result<IndexFetch> {
    let headers = etag
        .map(|value| {
            vec![HttpHeader {
                name: "If-None-Match".into(),
                value: value.to_owned(),
            }]
        })
        .unwrap_or_default();
    let index = http::fetch(
        http,
        base,
        INDEX_PATH,
        headers,
        MAX_INDEX_BYTES,
        options.timeout_ms,
        etag.is_some(),
    )?;
    counter.requests += 1;
    counter.bytes += index.body.len() as u64;
    if index.status == 304 {
        return Ok(IndexFetch::Unchanged);
    }
    let signature = http::fetch(
        http,
        base,
        SIGNATURE_PATH,
        vec![],
        MAX_SIGNATURE_FILE,
        options.timeout_ms,
        false,
    )?;
    counter.requests += 1;
    counter.bytes += signature.body.len() as u64;
    Ok(IndexFetch::Fetched {
        etag: index.header("etag").map(str::to_owned),
        bytes: index.body,
        signature: signature.body,
    })
}
