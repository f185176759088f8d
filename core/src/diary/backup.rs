//! Encrypted backups: one file that restores the whole diary (every version of every
//! entry, every attachment) on another phone with the passphrase, and nothing without it.
//!
//! Layout: a plain header (magic, format, Argon2id parameters, salt, backup id, the backup
//! key wrapped with the passphrase, and since format 2 the SHA-256 of all that), then
//! frames, each `length (u32, big-endian) | sealed
//! frame`, sealed with the backup key and bound to the backup id and the frame's number.
//! The last frame is an end marker with the counts, so a truncated, reordered or spliced
//! file is refused rather than half restored. Everything is read and checked inside one
//! transaction: a bad file changes nothing.

use std::collections::HashSet;
use std::fs::File;
use std::io::{BufReader, BufWriter, Read, Write};
use std::path::Path;

use ring::digest::{SHA256, digest};
use rusqlite::{Connection, OptionalExtension, TransactionBehavior};
use serde::{Deserialize, Serialize};
use zeroize::{Zeroize, Zeroizing};

use super::attachments::{self, MAX_ATTACHMENT_BYTES};
use super::entries::{self, Vault};
use super::keys::{self, KdfParams, Passphrase, SALT_LEN, SLOT_LEN};
use super::model::{StoredBody, WriteReport};
use super::seal::{self, ID_LEN, Id, Place, RecordKind, SecretKey, id_from_hex, id_to_hex};
use super::whole_file::write_whole;
use crate::error::{Error, Result, SalamaError};

const MAGIC: &[u8; 20] = b"SALAMA-DIARY-BACKUP\0";
/// Format 2 adds the header checksum. Format 1 files are still read.
const FORMAT: u8 = 2;
const FORMAT_1: u8 = 1;
const CHECKSUM_LEN: usize = 32;
/// A format 1 header: everything but the checksum.
const HEADER_1_LEN: usize = MAGIC.len() + 1 + 12 + SALT_LEN + ID_LEN + SLOT_LEN;
const HEADER_LEN: usize = HEADER_1_LEN + CHECKSUM_LEN;
/// The largest frame accepted: an attachment at its limit plus its name. Checked before
/// anything is allocated, so a forged length cannot exhaust memory.
const MAX_FRAME: usize = MAX_ATTACHMENT_BYTES + 64 * 1024 + seal::OVERHEAD;

const FRAME_END: u8 = 0;
const FRAME_ENTRY: u8 = 1;
const FRAME_ATTACHMENT: u8 = 2;

/// What to do with the entries already in the diary when restoring a backup into it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, uniffi::Enum)]
pub enum RestoreMode {
    /// Keep the current entries and add the backup's. An entry present on both sides with
    /// different edits keeps every version of both.
    Merge,
    /// Delete the current entries, then restore the backup's.
    Replace,
}

/// What a restore did.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, uniffi::Record)]
pub struct RestoreReport {
    /// Entries from the backup that were not in the diary.
    pub entries_added: u32,
    /// Entries present on both sides whose versions were combined.
    pub entries_merged: u32,
    /// Entries present on both sides that were already identical.
    pub entries_unchanged: u32,
    /// Entries deleted because `Replace` was chosen.
    pub entries_replaced: u32,
    /// Attachments from the backup that were not in the diary.
    pub attachments_added: u32,
}

#[derive(Serialize, Deserialize)]
struct EntryFrame {
    id: String,
    versions: Vec<StoredBody>,
}

#[derive(Serialize, Deserialize)]
struct AttachmentFrame {
    id: String,
    entry: String,
    name: String,
    media_type: String,
}

#[derive(Serialize, Deserialize)]
struct EndFrame {
    entries: u32,
    attachments: u32,
}

fn bad(reason: &str) -> Error {
    Error::InvalidInput(reason.to_owned())
}

fn damaged() -> Error {
    bad("the backup file is damaged")
}

fn frame_place(backup: &Id, number: u64) -> Place<'_> {
    Place {
        vault: backup,
        kind: RecordKind::BackupFrame,
        record: b"frame",
        version: number,
    }
}

fn key_place(backup: &Id) -> Place<'_> {
    Place {
        vault: backup,
        kind: RecordKind::BackupKey,
        record: b"key",
        version: 0,
    }
}

/// Writes a backup of everything readable in the unlocked `vault` to `path`, and says
/// what it holds and which entries and attachments are damaged. The file appears only
/// once complete (written beside it, synced, then renamed).
pub fn write(
    conn: &Connection,
    vault: &Vault,
    kdf: KdfParams,
    passphrase: &Passphrase,
    path: &Path,
) -> Result<WriteReport> {
    let mut report = None;
    write_whole(path, |partial| {
        report = Some(write_to(conn, vault, kdf, passphrase, partial)?);
        Ok(())
    })?;
    Ok(report.expect("written"))
}

fn write_to(
    conn: &Connection,
    vault: &Vault,
    kdf: KdfParams,
    passphrase: &Passphrase,
    path: &Path,
) -> Result<WriteReport> {
    let salt = keys::new_salt()?;
    let backup_id = seal::new_id()?;
    // A backup must open on any phone: never ask more than restoring accepts.
    let kdf = kdf.for_backup();
    let kek = kdf.derive(passphrase, &salt)?;
    let key = SecretKey::generate()?;
    let wrapped = kek.seal(&key_place(&backup_id), key.bytes())?;

    let file = super::create_private_file(path)?;
    let mut out = BufWriter::new(file);
    let header = header_bytes(kdf, &salt, &backup_id, &wrapped);
    out.write_all(&header)?;

    let mut writer = FrameWriter {
        out,
        key,
        backup_id,
        number: 0,
    };
    let mut report = WriteReport {
        entries: 0,
        attachments: 0,
        damaged_entries: vec![],
        damaged_attachments: vec![],
    };
    let mut carried = HashSet::new();
    for entry in entries::read_all(conn, vault, true)? {
        if !entry.intact {
            report.damaged_entries.push(id_to_hex(&entry.id));
        }
        // Without a verified current version, the entry as the user last wrote it is not
        // known: carrying what is left would restore an older state as if it were it.
        if !entry.current {
            continue;
        }
        let frame = EntryFrame {
            id: id_to_hex(&entry.id),
            versions: entry.versions.iter().map(|(_, b)| clone_body(b)).collect(),
        };
        let json = Zeroizing::new(serde_json::to_vec(&frame).map_err(|_| damaged())?);
        let mut frame = frame;
        for v in &mut frame.versions {
            v.draft.zeroize();
        }
        writer.frame(FRAME_ENTRY, &json)?;
        carried.insert(entry.id);
        report.entries += 1;
    }
    for stored in attachments::all(conn, vault)? {
        if !carried.contains(&stored.entry) {
            // Its entry is left out and named; there is nothing to attach it to.
            continue;
        }
        let data = attachments::read(conn, vault, &stored.id);
        let (Some((_, info)), Ok(data)) = (stored.info, data) else {
            report.damaged_attachments.push(id_to_hex(&stored.id));
            continue;
        };
        let data = Zeroizing::new(data);
        let meta = serde_json::to_vec(&AttachmentFrame {
            id: info.id,
            entry: id_to_hex(&stored.entry),
            name: info.name,
            media_type: info.media_type,
        })
        .map_err(|_| damaged())?;
        let mut payload = Zeroizing::new(Vec::with_capacity(4 + meta.len() + data.len()));
        payload.extend_from_slice(&(meta.len() as u32).to_be_bytes());
        payload.extend_from_slice(&meta);
        payload.extend_from_slice(&data);
        writer.frame(FRAME_ATTACHMENT, &payload)?;
        report.attachments += 1;
    }
    let end = serde_json::to_vec(&EndFrame {
        entries: report.entries,
        attachments: report.attachments,
    })
    .map_err(|_| damaged())?;
    writer.frame(FRAME_END, &end)?;
    let file = writer.out.into_inner().map_err(|e| e.into_error())?;
    file.sync_all()?;
    Ok(report)
}

/// The plain header: magic, format, Argon2id parameters, salt, backup id, wrapped key.
/// The checksum is not a security measure (anyone can recompute it): it tells a damaged
/// header from a wrong passphrase, so damage never counts as a guess against the diary.
fn header_bytes(kdf: KdfParams, salt: &[u8], backup_id: &Id, wrapped: &[u8]) -> Vec<u8> {
    let mut header = Vec::with_capacity(HEADER_LEN);
    header.extend_from_slice(MAGIC);
    header.push(FORMAT);
    for value in [kdf.memory_kib, kdf.iterations, kdf.parallelism] {
        header.extend_from_slice(&value.to_be_bytes());
    }
    header.extend_from_slice(salt);
    header.extend_from_slice(backup_id);
    header.extend_from_slice(wrapped);
    let sum = digest(&SHA256, &header);
    header.extend_from_slice(sum.as_ref());
    header
}

fn clone_body(body: &StoredBody) -> StoredBody {
    StoredBody {
        draft: body.draft.clone(),
        created_at: body.created_at,
        written_at: body.written_at,
    }
}

struct FrameWriter {
    out: BufWriter<File>,
    key: SecretKey,
    backup_id: Id,
    number: u64,
}

impl FrameWriter {
    fn frame(&mut self, kind: u8, payload: &[u8]) -> Result<()> {
        let mut plain = Zeroizing::new(Vec::with_capacity(1 + payload.len()));
        plain.push(kind);
        plain.extend_from_slice(payload);
        let sealed = self
            .key
            .seal(&frame_place(&self.backup_id, self.number), &plain)?;
        if sealed.len() > MAX_FRAME {
            return Err(bad("an entry is too large to back up"));
        }
        self.out.write_all(&(sealed.len() as u32).to_be_bytes())?;
        self.out.write_all(&sealed)?;
        self.number += 1;
        Ok(())
    }
}

/// A backup file whose passphrase was right, ready to be read frame by frame.
pub struct Opened {
    kdf: KdfParams,
    salt: [u8; SALT_LEN],
    kek: SecretKey,
    key: SecretKey,
    backup_id: Id,
    reader: BufReader<File>,
}

impl Opened {
    pub fn kdf(&self) -> KdfParams {
        self.kdf
    }
    pub fn salt(&self) -> &[u8] {
        &self.salt
    }
    pub fn kek(&self) -> &SecretKey {
        &self.kek
    }
}

/// A backup whose header was read and checked, before any passphrase is tried.
pub struct Header {
    kdf: KdfParams,
    salt: [u8; SALT_LEN],
    backup_id: Id,
    wrapped: [u8; SLOT_LEN],
    reader: BufReader<File>,
}

impl Header {
    /// Unwraps the backup key; a wrong passphrase is `WrongPassphrase`.
    pub fn unlock(self, passphrase: &Passphrase) -> Result<Opened> {
        let kek = self.kdf.derive(passphrase, &self.salt)?;
        let key = kek
            .open(&key_place(&self.backup_id), &self.wrapped)
            .ok()
            .and_then(|k| SecretKey::from_bytes(&k).ok())
            .ok_or(Error::Public(SalamaError::WrongPassphrase {
                attempts_left: 0,
            }))?;
        Ok(Opened {
            kdf: self.kdf,
            salt: self.salt,
            kek,
            key,
            backup_id: self.backup_id,
            reader: self.reader,
        })
    }
}

/// Reads and checks the header of the backup at `path`. A file that is not a backup, is
/// truncated, is damaged or names parameters this phone should not run is
/// `InvalidInput`, before any passphrase is tried.
pub fn read_header(path: &Path, allow_weak_kdf: bool) -> Result<Header> {
    let file = File::open(path).map_err(|e| match e.kind() {
        std::io::ErrorKind::NotFound => Error::Public(SalamaError::NotFound),
        _ => Error::Io(e),
    })?;
    let mut reader = BufReader::new(file);
    let mut header = [0u8; HEADER_LEN];
    let read = read_up_to(&mut reader, &mut header[..MAGIC.len() + 1])?;
    if read < MAGIC.len() || &header[..MAGIC.len()] != MAGIC {
        return Err(bad("this is not a Salama diary backup"));
    }
    if read < MAGIC.len() + 1 {
        return Err(bad("the backup file is truncated"));
    }
    let len = match header[MAGIC.len()] {
        FORMAT => HEADER_LEN,
        FORMAT_1 => HEADER_1_LEN,
        _ => return Err(bad("this backup was made by a newer version of Salama")),
    };
    if MAGIC.len() + 1 + read_up_to(&mut reader, &mut header[MAGIC.len() + 1..len])? < len {
        return Err(bad("the backup file is truncated"));
    }
    if len == HEADER_LEN
        && digest(&SHA256, &header[..HEADER_1_LEN]).as_ref() != &header[HEADER_1_LEN..]
    {
        return Err(damaged());
    }
    let mut at = MAGIC.len() + 1;
    let mut number = || {
        let value = u32::from_be_bytes(header[at..at + 4].try_into().expect("4 bytes"));
        at += 4;
        value
    };
    let kdf = KdfParams {
        memory_kib: number(),
        iterations: number(),
        parallelism: number(),
    };
    // Parameters no backup this build writes would have: the file was altered.
    kdf.check_for_backup(allow_weak_kdf)
        .map_err(|_| damaged())?;
    let salt: [u8; SALT_LEN] = header[at..at + SALT_LEN].try_into().expect("salt");
    at += SALT_LEN;
    let backup_id: Id = header[at..at + ID_LEN].try_into().expect("id");
    at += ID_LEN;
    let wrapped: [u8; SLOT_LEN] = header[at..at + SLOT_LEN].try_into().expect("slot");
    Ok(Header {
        kdf,
        salt,
        backup_id,
        wrapped,
        reader,
    })
}

fn read_up_to(reader: &mut impl Read, buffer: &mut [u8]) -> Result<usize> {
    let mut filled = 0;
    while filled < buffer.len() {
        match reader.read(&mut buffer[filled..])? {
            0 => break,
            n => filled += n,
        }
    }
    Ok(filled)
}

impl Opened {
    /// The next frame's kind and payload, or an error for a damaged or truncated file.
    fn next_frame(&mut self, number: u64) -> Result<(u8, Zeroizing<Vec<u8>>)> {
        let mut length = [0u8; 4];
        if read_up_to(&mut self.reader, &mut length)? < 4 {
            return Err(bad("the backup file is truncated"));
        }
        let length = u32::from_be_bytes(length) as usize;
        if length > MAX_FRAME {
            return Err(bad("a part of the backup file is too large"));
        }
        if length < seal::OVERHEAD + 1 {
            return Err(damaged());
        }
        let mut sealed = Zeroizing::new(vec![0u8; length]);
        if read_up_to(&mut self.reader, &mut sealed)? < length {
            return Err(bad("the backup file is truncated"));
        }
        let mut plain = self
            .key
            .open(&frame_place(&self.backup_id, number), &sealed)
            .map_err(|_| damaged())?;
        let kind = plain[0];
        plain.drain(..1);
        Ok((kind, plain))
    }
}

/// Restores the opened backup into `vault` in one transaction.
pub fn restore(
    conn: &mut Connection,
    vault: &Vault,
    mut backup: Opened,
    mode: Option<RestoreMode>,
) -> Result<RestoreReport> {
    let existing = entries::count(conn)?;
    if existing > 0 && mode.is_none() {
        return Err(Error::Public(SalamaError::DiaryNotEmpty {
            entries: existing,
        }));
    }
    let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
    let mut report = RestoreReport {
        entries_added: 0,
        entries_merged: 0,
        entries_unchanged: 0,
        entries_replaced: 0,
        attachments_added: 0,
    };
    if mode == Some(RestoreMode::Replace) {
        report.entries_replaced = existing;
        entries::invalidate_snapshot(&tx)?;
        tx.execute("DELETE FROM entry", [])?;
    }
    let mut seen_entries: HashSet<Id> = HashSet::new();
    let mut attachments_seen = 0u32;
    let mut number = 0u64;
    loop {
        let (kind, payload) = backup.next_frame(number)?;
        number += 1;
        match kind {
            FRAME_ENTRY => {
                if attachments_seen > 0 {
                    return Err(damaged());
                }
                let mut frame: EntryFrame =
                    serde_json::from_slice(&payload).map_err(|_| damaged())?;
                let id = id_from_hex(&frame.id).map_err(|_| damaged())?;
                if !seen_entries.insert(id) {
                    return Err(damaged());
                }
                let outcome = restore_entry(&tx, vault, &id, &frame.versions);
                for v in &mut frame.versions {
                    v.draft.zeroize();
                }
                match outcome? {
                    Outcome::Added => report.entries_added += 1,
                    Outcome::Merged => report.entries_merged += 1,
                    Outcome::Unchanged => report.entries_unchanged += 1,
                }
            }
            FRAME_ATTACHMENT => {
                attachments_seen += 1;
                if restore_attachment(&tx, vault, &payload, &seen_entries)? {
                    report.attachments_added += 1;
                }
            }
            FRAME_END => {
                let end: EndFrame = serde_json::from_slice(&payload).map_err(|_| damaged())?;
                if end.entries as usize != seen_entries.len() || end.attachments != attachments_seen
                {
                    return Err(damaged());
                }
                let mut trailing = [0u8; 1];
                if read_up_to(&mut backup.reader, &mut trailing)? != 0 {
                    return Err(damaged());
                }
                break;
            }
            _ => return Err(damaged()),
        }
    }
    tx.commit()?;
    Ok(report)
}

enum Outcome {
    Added,
    Merged,
    Unchanged,
}

fn restore_entry(
    conn: &Connection,
    vault: &Vault,
    id: &Id,
    versions: &[StoredBody],
) -> Result<Outcome> {
    if versions.is_empty() {
        return Err(damaged());
    }
    for version in versions {
        version.draft.validate().map_err(|_| damaged())?;
    }
    let local = match entries::read_one(conn, vault, id)? {
        None => {
            entries::insert_versions(conn, vault, id, versions)?;
            return Ok(Outcome::Added);
        }
        Some(local) => local,
    };
    // Every version of both sides, each once, in the order they were written. A local
    // entry that is damaged keeps whatever of it can still be read, and the backup's
    // copy repairs it.
    let mut merged: Vec<StoredBody> = local.versions.iter().map(|(_, b)| clone_body(b)).collect();
    let mut added = false;
    for version in versions {
        if !merged.iter().any(|m| same_body(m, version)) {
            merged.push(clone_body(version));
            added = true;
        }
    }
    let outcome = if added || !local.intact {
        merged.sort_by_key(|b| b.written_at);
        entries::replace_versions(conn, vault, id, &merged)?;
        Outcome::Merged
    } else {
        Outcome::Unchanged
    };
    for body in &mut merged {
        body.draft.zeroize();
    }
    Ok(outcome)
}

fn same_body(a: &StoredBody, b: &StoredBody) -> bool {
    a.draft == b.draft && a.created_at == b.created_at && a.written_at == b.written_at
}

fn restore_attachment(
    conn: &Connection,
    vault: &Vault,
    payload: &[u8],
    entries_in_backup: &HashSet<Id>,
) -> Result<bool> {
    if payload.len() < 4 {
        return Err(damaged());
    }
    let meta_len = u32::from_be_bytes(payload[..4].try_into().expect("4 bytes")) as usize;
    if payload.len() < 4 + meta_len {
        return Err(damaged());
    }
    let meta: AttachmentFrame =
        serde_json::from_slice(&payload[4..4 + meta_len]).map_err(|_| damaged())?;
    let id = id_from_hex(&meta.id).map_err(|_| damaged())?;
    let entry = id_from_hex(&meta.entry).map_err(|_| damaged())?;
    if !entries_in_backup.contains(&entry) {
        return Err(damaged());
    }
    let already: Option<i64> = conn
        .query_row("SELECT 1 FROM attachment WHERE id = ?1", [&id[..]], |r| {
            r.get(0)
        })
        .optional()?;
    if already.is_some() {
        return Ok(false);
    }
    let data = payload[4 + meta_len..].to_vec();
    attachments::insert(
        conn,
        vault,
        &entry,
        Some(id),
        &meta.name,
        &meta.media_type,
        data,
    )
    .map_err(|e| match e {
        Error::InvalidInput(_) => damaged(),
        other => other,
    })?;
    Ok(true)
}

#[cfg(test)]
pub(crate) fn header_len() -> usize {
    HEADER_LEN
}
