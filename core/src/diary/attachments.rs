//! Attachments (photos, scans, files) of an entry: the bytes and the name are sealed
//! separately, both bound to the attachment's id and to its entry, so an attachment
//! cannot be moved to another entry unnoticed. The plain size is stored, and nothing else.
//!
//! The order in which an entry's attachments were added is sealed with the name (their
//! position). The table needs rowids (SQLite writes a large blob piecewise only into a
//! rowid table, which is what keeps a 20 MiB photo from being copied), so each row gets a
//! random one: a counting rowid would tell anyone with the file the order of every
//! attachment ever added.

use rusqlite::{Connection, OptionalExtension, params};
use serde::{Deserialize, Serialize};
use zeroize::{Zeroize, Zeroizing};

use super::entries::{Vault, blob, blob_id};
use super::model::{AttachmentInfo, invalid};
use super::seal::{self, Id, NONCE_LEN, OVERHEAD, Place, RecordKind, corrupted, id_to_hex};
use crate::error::{Error, Result, SalamaError};

/// The largest attachment: a good phone photo or a scanned document fits; a video does
/// not, since the whole file is held in memory while it is sealed.
pub const MAX_ATTACHMENT_BYTES: usize = 20 * 1024 * 1024;
const MAX_NAME_CHARS: usize = 255;

/// The sealed name record, padded like entry bodies so its size only roughly bounds the
/// name.
#[derive(Serialize, Deserialize)]
struct Meta {
    name: String,
    media_type: String,
    /// Order among the entry's attachments (1 = added first). Missing in attachments
    /// written before it existed, until the upgrade gives them one.
    #[serde(default)]
    position: Option<u32>,
}

const META_PADDING: usize = 64;

/// An attachment's id and its entry's id: the record both sealed parts are bound to.
fn record(id: &Id, entry: &Id) -> [u8; 2 * seal::ID_LEN] {
    let mut record = [0u8; 2 * seal::ID_LEN];
    record[..seal::ID_LEN].copy_from_slice(id);
    record[seal::ID_LEN..].copy_from_slice(entry);
    record
}

fn place<'a>(vault: &'a Vault, kind: RecordKind, record: &'a [u8]) -> Place<'a> {
    Place {
        vault: &vault.id,
        kind,
        record,
        version: 0,
    }
}

/// Checks an attachment before anything is read or sealed.
pub fn check(name: &str, media_type: &str, size: usize) -> Result<()> {
    if size > MAX_ATTACHMENT_BYTES {
        return Err(invalid("an attachment must be at most 20 MiB"));
    }
    if name.trim().is_empty() || name.chars().count() > MAX_NAME_CHARS {
        return Err(invalid("an attachment name must have 1 to 255 characters"));
    }
    if media_type.chars().count() > MAX_NAME_CHARS || !media_type.is_ascii() {
        return Err(invalid("a media type must be ASCII, like image/jpeg"));
    }
    Ok(())
}

/// Seals and stores `data` (consumed and zeroized) as an attachment of `entry`, in the
/// caller's transaction, under a new id or (restoring a backup) the given one.
pub fn insert(
    conn: &Connection,
    vault: &Vault,
    entry: &Id,
    id: Option<Id>,
    name: &str,
    media_type: &str,
    data: Vec<u8>,
) -> Result<AttachmentInfo> {
    let mut data = data;
    check(name, media_type, data.len())?;
    let exists: Option<i64> = conn
        .prepare_cached("SELECT 1 FROM entry WHERE id = ?1")?
        .query_row([&entry[..]], |r| r.get(0))
        .optional()?;
    if exists.is_none() {
        data.zeroize();
        return Err(Error::Public(SalamaError::NotFound));
    }
    let id = match id {
        Some(id) => id,
        None => seal::new_id()?,
    };
    let record = record(&id, entry);
    let size = data.len();
    // After the last one the entry has.
    let position = stored_of(conn, vault, entry)?
        .iter()
        .filter_map(|s| s.info.as_ref().map(|(position, _)| *position))
        .max()
        .unwrap_or(0)
        + 1;
    let meta = seal_meta(vault, &record, name, media_type, position)?;
    // Sealed in the caller's buffer (the plaintext becomes ciphertext, so no copy of it is
    // left behind) and written piecewise into a blob of the final size: a 20 MiB photo is
    // never copied.
    let (nonce, tag) = vault.key.seal_detached(
        &place(vault, RecordKind::AttachmentData, &record),
        &mut data,
    )?;
    let rowid = free_rowid(conn)?;
    conn.prepare_cached(
        "INSERT INTO attachment (rowid, id, entry_id, size, meta, data)
         VALUES (?1, ?2, ?3, ?4, ?5, zeroblob(?6))",
    )?
    .execute(params![
        rowid,
        &id[..],
        &entry[..],
        size as i64,
        meta,
        (size + OVERHEAD) as i64
    ])?;
    let mut blob = conn.blob_open(rusqlite::MAIN_DB, c"attachment", c"data", rowid, false)?;
    blob.write_at(&[seal::FORMAT], 0)?;
    blob.write_at(&nonce, 1)?;
    blob.write_at(&data, 1 + NONCE_LEN)?;
    blob.write_at(&tag, 1 + NONCE_LEN + size)?;
    Ok(AttachmentInfo {
        id: id_to_hex(&id),
        name: name.to_owned(),
        media_type: media_type.to_owned(),
        size: size as u64,
    })
}

fn seal_meta(
    vault: &Vault,
    record: &[u8],
    name: &str,
    media_type: &str,
    position: u32,
) -> Result<Vec<u8>> {
    let mut meta = Zeroizing::new(
        serde_json::to_vec(&Meta {
            name: name.to_owned(),
            media_type: media_type.to_owned(),
            position: Some(position),
        })
        .map_err(|_| invalid("attachment name"))?,
    );
    // Trailing spaces are valid JSON whitespace.
    let padded = meta.len().div_ceil(META_PADDING) * META_PADDING;
    meta.resize(padded, b' ');
    vault
        .key
        .seal(&place(vault, RecordKind::AttachmentMeta, record), &meta)
}

fn open_meta(vault: &Vault, id: &Id, entry: &Id, sealed: &[u8]) -> Result<Meta> {
    let record = record(id, entry);
    let json = vault
        .key
        .open(&place(vault, RecordKind::AttachmentMeta, &record), sealed)?;
    serde_json::from_slice(&json).map_err(|_| corrupted())
}

/// A free random rowid (see the module documentation). A collision among 2^63 values is
/// not expected, but is checked rather than left to fail the insert.
fn free_rowid(conn: &Connection) -> Result<i64> {
    loop {
        let mut bytes = [0u8; 8];
        seal::fill_random(&mut bytes)?;
        let rowid = (i64::from_be_bytes(bytes) & i64::MAX).max(1);
        let taken: Option<i64> = conn
            .prepare_cached("SELECT 1 FROM attachment WHERE rowid = ?1")?
            .query_row([rowid], |r| r.get(0))
            .optional()?;
        if taken.is_none() {
            return Ok(rowid);
        }
    }
}

/// One stored attachment: its id, its entry, and its position and description if its
/// sealed name record opens (`None`: damaged).
pub struct Stored {
    pub id: Id,
    pub entry: Id,
    pub info: Option<(u32, AttachmentInfo)>,
}

/// The stored attachments of one entry (`Some(entry)`) or of all, each decrypted on its
/// own so one damaged record does not hide the others; in order of entry, position, id.
fn stored(conn: &Connection, vault: &Vault, entry: Option<&Id>) -> Result<Vec<Stored>> {
    let mut stmt;
    let mut rows = match entry {
        Some(entry) => {
            stmt = conn.prepare_cached(
                "SELECT id, entry_id, size, meta FROM attachment WHERE entry_id = ?1",
            )?;
            stmt.query([&entry[..]])?
        }
        None => {
            stmt = conn.prepare_cached("SELECT id, entry_id, size, meta FROM attachment")?;
            stmt.query([])?
        }
    };
    let mut out = vec![];
    while let Some(row) = rows.next()? {
        let id = blob(row.get_ref(0)?).and_then(|b| Id::try_from(b).ok());
        let owner = blob(row.get_ref(1)?).and_then(|b| Id::try_from(b).ok());
        let (Some(id), Some(owner)) = (id, owner) else {
            // Not an attachment this diary wrote: it cannot be addressed or opened.
            continue;
        };
        let size = row
            .get_ref(2)?
            .as_i64()
            .ok()
            .and_then(|s| u64::try_from(s).ok());
        let meta = blob(row.get_ref(3)?).and_then(|m| open_meta(vault, &id, &owner, m).ok());
        let info = meta.zip(size).map(|(meta, size)| {
            (
                meta.position.unwrap_or(0),
                AttachmentInfo {
                    id: id_to_hex(&id),
                    name: meta.name,
                    media_type: meta.media_type,
                    size,
                },
            )
        });
        out.push(Stored {
            id,
            entry: owner,
            info,
        });
    }
    out.sort_unstable_by_key(|s| (s.entry, s.info.as_ref().map(|(p, _)| *p), s.id));
    Ok(out)
}

fn stored_of(conn: &Connection, vault: &Vault, entry: &Id) -> Result<Vec<Stored>> {
    stored(conn, vault, Some(entry))
}

/// Every attachment, for backups and exports: in order of entry and position, damaged
/// ones included (with no `info`) so the caller can name them.
pub fn all(conn: &Connection, vault: &Vault) -> Result<Vec<Stored>> {
    stored(conn, vault, None)
}

/// The attachments of an entry, in the order they were added. A damaged one makes the
/// whole list `Corrupted`, as the entry cannot be shown complete.
pub fn list(conn: &Connection, vault: &Vault, entry: &Id) -> Result<Vec<AttachmentInfo>> {
    stored_of(conn, vault, entry)?
        .into_iter()
        .map(|s| s.info.map(|(_, info)| info).ok_or_else(corrupted))
        .collect()
}

/// The bytes of an attachment. A damaged or moved attachment is `Corrupted`.
pub fn read(conn: &Connection, vault: &Vault, id: &Id) -> Result<Vec<u8>> {
    let (entry, size, data) = conn
        .prepare_cached("SELECT entry_id, size, data FROM attachment WHERE id = ?1")?
        .query_row([&id[..]], |r| {
            Ok((
                blob(r.get_ref(0)?).map(<[u8]>::to_vec),
                r.get_ref(1)?.as_i64().ok(),
                blob(r.get_ref(2)?).map(<[u8]>::to_vec),
            ))
        })
        .optional()?
        .ok_or(Error::Public(SalamaError::NotFound))?;
    // Values of another type than this diary writes: damage, reported as such.
    let (Some(entry), Some(size), Some(mut data)) = (entry, size, data) else {
        return Err(corrupted());
    };
    let entry = blob_id(&entry)?;
    let record = record(id, &entry);
    let len = vault.key.open_in_place(
        &place(vault, RecordKind::AttachmentData, &record),
        &mut data,
    )?;
    if i64::try_from(len).ok() != Some(size) {
        data.zeroize();
        return Err(corrupted());
    }
    data.truncate(1 + NONCE_LEN + len);
    data.drain(..1 + NONCE_LEN);
    Ok(data)
}

/// Removes an attachment; `secure_delete` zeroes its pages.
pub fn delete(conn: &Connection, id: &Id) -> Result<()> {
    let deleted = conn
        .prepare_cached("DELETE FROM attachment WHERE id = ?1")?
        .execute([&id[..]])?;
    if deleted == 0 {
        return Err(Error::Public(SalamaError::NotFound));
    }
    Ok(())
}

/// Upgrade from vault format 1, in the caller's transaction: each entry's attachments
/// get positions in the order their counting rowids give (the only record of that order),
/// sealed into their name records, and then random rowids.
pub fn upgrade_legacy_order(conn: &Connection, vault: &Vault) -> Result<()> {
    // (rowid, id, entry, sealed name), each `None` where the file holds something else.
    type Row = (i64, Option<Id>, Option<Id>, Option<Vec<u8>>);
    let rows: Vec<Row> = {
        let mut stmt = conn
            .prepare("SELECT rowid, id, entry_id, meta FROM attachment ORDER BY entry_id, rowid")?;
        let rows = stmt.query_map([], |r| {
            Ok((
                r.get(0)?,
                blob(r.get_ref(1)?).and_then(|b| Id::try_from(b).ok()),
                blob(r.get_ref(2)?).and_then(|b| Id::try_from(b).ok()),
                blob(r.get_ref(3)?).map(<[u8]>::to_vec),
            ))
        })?;
        rows.collect::<rusqlite::Result<_>>()?
    };
    let mut next: std::collections::HashMap<Id, u32> = std::collections::HashMap::new();
    let mut positioned = vec![];
    for (rowid, id, entry, meta) in rows {
        let opened = match (id, entry, &meta) {
            (Some(id), Some(entry), Some(meta)) => open_meta(vault, &id, &entry, meta)
                .ok()
                .map(|m| (id, entry, m)),
            _ => None,
        };
        let resealed = match opened {
            // Keep a position that is already there; number the others after it.
            Some((
                _,
                entry,
                Meta {
                    position: Some(p), ..
                },
            )) => {
                let n = next.entry(entry).or_insert(1);
                *n = (*n).max(p + 1);
                None
            }
            Some((id, entry, meta)) => {
                let n = next.entry(entry).or_insert(1);
                let position = *n;
                *n += 1;
                let record = record(&id, &entry);
                Some(seal_meta(
                    vault,
                    &record,
                    &meta.name,
                    &meta.media_type,
                    position,
                )?)
            }
            None => None,
        };
        positioned.push((rowid, resealed));
    }
    for (rowid, meta) in positioned {
        let new_rowid = free_rowid(conn)?;
        conn.execute(
            "UPDATE attachment SET rowid = ?2, meta = coalesce(?3, meta) WHERE rowid = ?1",
            params![rowid, new_rowid, meta],
        )?;
    }
    Ok(())
}

/// Tests only: a name record as vault format 1 wrote it (no position, no padding).
#[cfg(test)]
pub fn seal_legacy_meta(vault: &Vault, id: &Id, entry: &Id, info: &AttachmentInfo) -> Vec<u8> {
    let json = format!(
        r#"{{"name":"{}","media_type":"{}"}}"#,
        info.name, info.media_type
    );
    let record = record(id, entry);
    vault
        .key
        .seal(
            &place(vault, RecordKind::AttachmentMeta, &record),
            json.as_bytes(),
        )
        .unwrap()
}
