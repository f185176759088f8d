//! Applying a verified release: every collection, the index and the sync state in one
//! SQLite transaction, then the running directory — or, if anything fails (a crash, a
//! full disk, a newer release applied meanwhile, a translation that does not validate),
//! nothing at all. Translations are stored by `l10n::updates` inside the same
//! transaction; the caller reloads them once it has committed
//! ([`Applied::translations_changed`]).

use jiff::Timestamp;
use rusqlite::{Connection, TransactionBehavior};

use super::collection::{CollectionKind, CollectionName, Validated};
use super::db::{self, InstalledRelease};
use super::http::{SyncListener, SyncPhase, SyncProgress};
use super::index::IndexEntry;
use super::release::{self, VerifiedIndex};
use crate::error::Result;
use crate::helplines::Directory;
use crate::helplines::model::{self, Origin};
use crate::l10n::updates;

/// A downloaded, checked and validated collection.
pub struct Checked {
    pub entry: IndexEntry,
    pub bytes: Vec<u8>,
    pub validated: Option<Validated>,
}

/// What an apply changed.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Applied {
    pub updated: Vec<String>,
    pub removed: Vec<String>,
    /// Translation updates were stored or withdrawn: the caller reloads the translations.
    pub translations_changed: bool,
}

/// Where an apply's release came from.
pub struct ApplySource<'a> {
    /// The base URL, or [`db::SOURCE_PACK`].
    pub source: &'a str,
    /// The index's ETag, for the next conditional request.
    pub etag: Option<String>,
}

/// Applies `collections` of `verified` in one transaction, then installs them in
/// `directory`. The freshness check is repeated inside the transaction, so two updates
/// racing each other cannot install an older release over a newer one.
pub fn apply(
    conn: &mut Connection,
    directory: &mut Directory,
    verified: &VerifiedIndex,
    collections: Vec<Checked>,
    origin: ApplySource<'_>,
    now: Timestamp,
    listener: Option<&dyn SyncListener>,
) -> Result<Applied> {
    let now_s = now.as_second();
    let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
    let installed = db::installed_release(&tx)?;
    release::check_freshness(verified, installed.as_ref())?;
    let installed_collections = db::installed_collections(&tx)?;
    let removed = release::withdrawn(verified, &installed_collections);
    let mut translations_changed = false;
    for name in &removed {
        db::delete_collection(&tx, name)?;
        if let Ok(name) = CollectionName::parse(name)
            && name.kind() == Some(CollectionKind::Translations)
        {
            // A withdrawn translation goes back to the compiled-in strings.
            updates::apply(&tx, name.key(), Vec::new())?;
            translations_changed = true;
        }
    }
    let bytes_total: u64 = collections.iter().map(|c| c.bytes.len() as u64).sum();
    let collections_total = collections.len() as u32;
    let mut bytes_done = 0;
    let mut updated = Vec::with_capacity(collections.len());
    let mut to_install = Vec::with_capacity(collections.len());
    for (done, checked) in collections.into_iter().enumerate() {
        // Collections of kinds this build does not use are neither stored nor applied.
        let Some(mut validated) = checked.validated else {
            continue;
        };
        if let Validated::Translations { locale, files } = &mut validated {
            // Validated again as it is stored: an error rolls back the whole release.
            updates::apply(&tx, locale, std::mem::take(files))?;
            translations_changed = true;
        }
        db::put_collection(
            &tx,
            &checked.entry.name,
            checked.entry.version,
            &checked.entry.sha256,
            &checked.bytes,
            now_s,
        )?;
        bytes_done += checked.bytes.len() as u64;
        if let Some(listener) = listener {
            listener.on_progress(SyncProgress {
                phase: SyncPhase::Applying,
                bytes_done,
                bytes_total,
                collections_done: done as u32 + 1,
                collections_total,
            });
        }
        updated.push(checked.entry.name);
        to_install.push(validated);
    }
    db::put_release(
        &tx,
        &InstalledRelease {
            serial: verified.serial(),
            index_json: verified.bytes.clone(),
            signature: verified.signature.clone(),
            key_id: verified.key_id.clone(),
            issued_at: verified.checked.issued.as_second(),
            expires_at: verified.checked.expires.as_second(),
            source: origin.source.to_owned(),
            etag: origin.etag,
        },
        now_s,
    )?;
    db::record_success(&tx, now_s)?;
    tx.commit()?;

    // Committed: now the running app shows it too.
    for name in &removed {
        uninstall(directory, name);
    }
    for validated in to_install {
        install(directory, validated);
    }
    Ok(Applied {
        updated,
        removed,
        translations_changed,
    })
}

/// Puts a validated collection into the running app. One arm per collection kind.
fn install(directory: &mut Directory, validated: Validated) {
    match validated {
        Validated::Helplines { code, lines } => directory.install(&code, lines),
        // Stored in the transaction; the caller reloads the translations.
        Validated::Translations { .. } => {}
    }
}

/// Takes a withdrawn collection out of the running app. One arm per collection kind.
fn uninstall(directory: &mut Directory, name: &str) {
    if let Ok(name) = CollectionName::parse(name) {
        match name.kind() {
            Some(CollectionKind::Helplines) => directory.uninstall(name.key()),
            Some(CollectionKind::Translations) | None => {}
        }
    }
}

/// Lays every installed collection over the seed at start. A stored collection this
/// build can no longer read (its rules got stricter) is skipped, so the seed shows for
/// that country and the next update replaces it.
pub fn load_installed(conn: &Connection, directory: &mut Directory) -> Result<()> {
    for (name, body) in db::collection_bodies(conn)? {
        let Ok(name) = CollectionName::parse(&name) else {
            continue;
        };
        match name.kind() {
            Some(CollectionKind::Helplines) => {
                if let Ok(lines) = model::parse_collection(&body, name.key(), Origin::Published) {
                    directory.install(name.key(), lines);
                }
            }
            // Stored as `l10n_updates` rows, which `l10n::updates::load` reads at open.
            Some(CollectionKind::Translations) | None => {}
        }
    }
    Ok(())
}
