//! The sync tables of `content.db`: the installed index with its signature, the exact
//! bytes of each installed collection, and how the last update attempts went.
//!
//! Exact bytes are kept so a phone can pass the release on in an offline pack that the
//! next phone verifies against the same signature.

use std::collections::BTreeMap;

use rusqlite::{Connection, OptionalExtension, Transaction, params};

use crate::error::Result;

/// The schema step that creates these tables (appended to `store::CONTENT_MIGRATIONS`).
pub const MIGRATION: &str = "
    CREATE TABLE sync_release (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        serial INTEGER NOT NULL,
        index_json BLOB NOT NULL,
        signature BLOB NOT NULL,
        key_id TEXT NOT NULL,
        issued_at INTEGER NOT NULL,
        expires_at INTEGER NOT NULL,
        source TEXT NOT NULL,
        etag TEXT,
        installed_at INTEGER NOT NULL
    );
    CREATE TABLE sync_collection (
        name TEXT PRIMARY KEY,
        version INTEGER NOT NULL,
        sha256 TEXT NOT NULL,
        body BLOB NOT NULL,
        installed_at INTEGER NOT NULL
    );
    CREATE TABLE sync_attempt (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        attempted_at INTEGER NOT NULL,
        succeeded_at INTEGER,
        error_id TEXT,
        error_reason TEXT
    );";

/// Where an installed release came from, when it is an offline pack.
pub const SOURCE_PACK: &str = "pack";

/// The installed release index.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InstalledRelease {
    pub serial: u64,
    pub index_json: Vec<u8>,
    pub signature: Vec<u8>,
    pub key_id: String,
    pub issued_at: i64,
    pub expires_at: i64,
    /// The release's base URL, or [`SOURCE_PACK`].
    pub source: String,
    pub etag: Option<String>,
}

/// An installed collection, without its body.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InstalledCollection {
    pub version: u64,
    pub sha256: String,
    pub size: u64,
}

/// How the update attempts went.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Attempts {
    pub attempted_at: Option<i64>,
    pub succeeded_at: Option<i64>,
    /// The Fluent id and the reason of the last attempt's error, if it failed.
    pub error: Option<(String, String)>,
}

pub fn installed_release(conn: &Connection) -> Result<Option<InstalledRelease>> {
    Ok(conn
        .query_row(
            "SELECT serial, index_json, signature, key_id, issued_at, expires_at, source, etag
             FROM sync_release WHERE id = 1",
            [],
            |r| {
                Ok(InstalledRelease {
                    serial: r.get::<_, i64>(0)? as u64,
                    index_json: r.get(1)?,
                    signature: r.get(2)?,
                    key_id: r.get(3)?,
                    issued_at: r.get(4)?,
                    expires_at: r.get(5)?,
                    source: r.get(6)?,
                    etag: r.get(7)?,
                })
            },
        )
        .optional()?)
}

pub fn installed_collections(conn: &Connection) -> Result<BTreeMap<String, InstalledCollection>> {
    let mut stmt =
        conn.prepare_cached("SELECT name, version, sha256, length(body) FROM sync_collection")?;
    let rows = stmt.query_map([], |r| {
        Ok((
            r.get::<_, String>(0)?,
            InstalledCollection {
                version: r.get::<_, i64>(1)? as u64,
                sha256: r.get(2)?,
                size: r.get::<_, i64>(3)? as u64,
            },
        ))
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// Every installed collection with its bytes, for loading at start and for packs.
pub fn collection_bodies(conn: &Connection) -> Result<Vec<(String, Vec<u8>)>> {
    let mut stmt = conn.prepare("SELECT name, body FROM sync_collection ORDER BY name")?;
    let rows = stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

pub fn attempts(conn: &Connection) -> Result<Attempts> {
    Ok(conn
        .query_row(
            "SELECT attempted_at, succeeded_at, error_id, error_reason FROM sync_attempt WHERE id = 1",
            [],
            |r| {
                let error = match (r.get::<_, Option<String>>(2)?, r.get::<_, Option<String>>(3)?) {
                    (Some(id), reason) => Some((id, reason.unwrap_or_default())),
                    _ => None,
                };
                Ok(Attempts {
                    attempted_at: r.get(0)?,
                    succeeded_at: r.get(1)?,
                    error,
                })
            },
        )
        .optional()?
        .unwrap_or_default())
}

pub fn put_release(tx: &Transaction, release: &InstalledRelease, now: i64) -> Result<()> {
    tx.execute(
        "INSERT OR REPLACE INTO sync_release
         (id, serial, index_json, signature, key_id, issued_at, expires_at, source, etag, installed_at)
         VALUES (1, ?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
        params![
            release.serial as i64,
            release.index_json,
            release.signature,
            release.key_id,
            release.issued_at,
            release.expires_at,
            release.source,
            release.etag,
            now
        ],
    )?;
    Ok(())
}

pub fn put_collection(
    tx: &Transaction,
    name: &str,
    version: u64,
    sha256: &str,
    body: &[u8],
    now: i64,
) -> Result<()> {
    tx.prepare_cached(
        "INSERT OR REPLACE INTO sync_collection (name, version, sha256, body, installed_at)
         VALUES (?1, ?2, ?3, ?4, ?5)",
    )?
    .execute(params![name, version as i64, sha256, body, now])?;
    Ok(())
}

pub fn delete_collection(tx: &Transaction, name: &str) -> Result<()> {
    tx.execute("DELETE FROM sync_collection WHERE name = ?1", [name])?;
    Ok(())
}

/// Records a successful attempt (inside the transaction that applied it, if any).
pub fn record_success(conn: &Connection, now: i64) -> Result<()> {
    conn.execute(
        "INSERT INTO sync_attempt (id, attempted_at, succeeded_at, error_id, error_reason)
         VALUES (1, ?1, ?1, NULL, NULL)
         ON CONFLICT (id) DO UPDATE SET attempted_at = ?1, succeeded_at = ?1,
             error_id = NULL, error_reason = NULL",
        [now],
    )?;
    Ok(())
}

/// Records a failed attempt; the last success is kept.
pub fn record_failure(conn: &Connection, now: i64, error_id: &str, reason: &str) -> Result<()> {
    conn.execute(
        "INSERT INTO sync_attempt (id, attempted_at, succeeded_at, error_id, error_reason)
         VALUES (1, ?1, NULL, ?2, ?3)
         ON CONFLICT (id) DO UPDATE SET attempted_at = ?1, error_id = ?2, error_reason = ?3",
        params![now, error_id, reason],
    )?;
    Ok(())
}
