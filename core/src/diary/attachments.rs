//! Attachments (photos, scans, files) of an entry: the bytes and the name are sealed
//! separately, both bound to the attachment's id and to its entry, so an attachment
//! cannot be moved to another entry unnoticed. The plain size is stored, and nothing else.

use rusqlite::{Connection, OptionalExtension, params};
use serde::{Deserialize, Serialize};
use zeroize::{Zeroize, Zeroizing};

use super::entries::{Vault, blob_id};
use super::model::{AttachmentInfo, invalid};
use super::seal::{self, Id, NONCE_LEN, OVERHEAD, Place, RecordKind, corrupted, id_to_hex};
use crate::error::{Error, Result, SalamaError};

/// The largest attachment: a good phone photo or a scanned document fits; a video does
/// not, since the whole file is held in memory while it is sealed.
pub const MAX_ATTACHMENT_BYTES: usize = 20 * 1024 * 1024;
const MAX_NAME_CHARS: usize = 255;

#[derive(Serialize, Deserialize)]
struct Meta {
    name: String,
    media_type: String,
}

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
    let meta = Zeroizing::new(
        serde_json::to_vec(&Meta {
            name: name.to_owned(),
            media_type: media_type.to_owned(),
        })
        .map_err(|_| invalid("attachment name"))?,
    );
    let meta = vault
        .key
        .seal(&place(vault, RecordKind::AttachmentMeta, &record), &meta)?;
    // Sealed in the caller's buffer (the plaintext becomes ciphertext, so no copy of it is
    // left behind) and written piecewise into a blob of the final size: a 20 MiB photo is
    // never copied.
    let (nonce, tag) = vault.key.seal_detached(
        &place(vault, RecordKind::AttachmentData, &record),
        &mut data,
    )?;
    conn.prepare_cached(
        "INSERT INTO attachment (id, entry_id, size, meta, data)
         VALUES (?1, ?2, ?3, ?4, zeroblob(?5))",
    )?
    .execute(params![
        &id[..],
        &entry[..],
        size as i64,
        meta,
        (size + OVERHEAD) as i64
    ])?;
    let mut blob = conn.blob_open(
        rusqlite::MAIN_DB,
        c"attachment",
        c"data",
        conn.last_insert_rowid(),
        false,
    )?;
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

fn open_meta(
    vault: &Vault,
    id: &Id,
    entry: &Id,
    size: i64,
    sealed: &[u8],
) -> Result<AttachmentInfo> {
    let record = record(id, entry);
    let json = vault
        .key
        .open(&place(vault, RecordKind::AttachmentMeta, &record), sealed)?;
    let meta: Meta = serde_json::from_slice(&json).map_err(|_| corrupted())?;
    Ok(AttachmentInfo {
        id: id_to_hex(id),
        name: meta.name,
        media_type: meta.media_type,
        size: u64::try_from(size).map_err(|_| corrupted())?,
    })
}

/// The attachments of an entry, in the order they were added.
pub fn list(conn: &Connection, vault: &Vault, entry: &Id) -> Result<Vec<AttachmentInfo>> {
    let mut stmt = conn.prepare_cached(
        "SELECT id, size, meta FROM attachment WHERE entry_id = ?1 ORDER BY rowid",
    )?;
    let mut rows = stmt.query([&entry[..]])?;
    let mut out = vec![];
    while let Some(row) = rows.next()? {
        let id = blob_id(row.get_ref(0)?.as_blob()?)?;
        out.push(open_meta(
            vault,
            &id,
            entry,
            row.get(1)?,
            row.get_ref(2)?.as_blob()?,
        )?);
    }
    Ok(out)
}

/// The bytes of an attachment. A damaged or moved attachment is `Corrupted`.
pub fn read(conn: &Connection, vault: &Vault, id: &Id) -> Result<Vec<u8>> {
    let (entry, size, mut data): (Vec<u8>, i64, Vec<u8>) = conn
        .prepare_cached("SELECT entry_id, size, data FROM attachment WHERE id = ?1")?
        .query_row([&id[..]], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))
        .optional()?
        .ok_or(Error::Public(SalamaError::NotFound))?;
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

/// Every attachment id with its entry, for backups and exports.
pub fn all(conn: &Connection) -> Result<Vec<(Id, Id)>> {
    let mut stmt = conn.prepare("SELECT id, entry_id FROM attachment ORDER BY rowid")?;
    let rows = stmt.query_map([], |r| {
        Ok((r.get::<_, Vec<u8>>(0)?, r.get::<_, Vec<u8>>(1)?))
    })?;
    rows.map(|row| {
        let (id, entry) = row?;
        Ok((blob_id(&id)?, blob_id(&entry)?))
    })
    .collect()
}

/// The name and type of one attachment.
pub fn info(conn: &Connection, vault: &Vault, id: &Id) -> Result<AttachmentInfo> {
    let (entry, size, meta): (Vec<u8>, i64, Vec<u8>) = conn
        .prepare_cached("SELECT entry_id, size, meta FROM attachment WHERE id = ?1")?
        .query_row([&id[..]], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))
        .optional()?
        .ok_or(Error::Public(SalamaError::NotFound))?;
    open_meta(vault, id, &blob_id(&entry)?, size, &meta)
}
