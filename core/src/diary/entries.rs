//! Entries on disk: each is a small sealed head and one sealed body per version. An edit
//! adds a version; nothing is ever overwritten except by delete, which `secure_delete`
//! zeroes.
//!
//! The head holds what ordering and filtering need (event date, kind, when first written)
//! and pins the entry's current state: it is sealed for the current version number and
//! holds that version's number and the authentication tag of its body. So setting the
//! version column back, deleting the newest body, or putting any other genuine body in
//! its place (an older one, or one from before a merge rewrote the versions) no longer
//! matches the head, and the entry reads as damaged instead of showing old text.
//!
//! Listing newest first needs the event dates, which are sealed: they are kept in an
//! in-memory index, built on the first list after unlocking, kept up to date by every write
//! and zeroized on lock. A page then decrypts only its own bodies.
//!
//! Building the index means decrypting every head; instead, locking writes a sealed
//! snapshot of it, holding each entry's id and the tag of the head it was read from. The
//! snapshot is used only if it names exactly the entries of the `entry` table, each with
//! its current head (one pass over the table's ids and head tags, no decryption), so an
//! older snapshot put back, or one left over from before a change, is never trusted: it
//! could otherwise hide entries added since. Every change also deletes the snapshot in its
//! own transaction, so normally one that exists is current.
//!
//! Stored values are read as whatever SQLite holds: a value of the wrong type (only
//! someone editing the file can put one there) damages that one entry, never a list.

use std::collections::{HashMap, VecDeque};

use rusqlite::types::ValueRef;
use rusqlite::{Connection, OptionalExtension, params};
use zeroize::{Zeroize, Zeroizing};

use super::attachments;
use super::model::{
    DiaryEntry, EntryDraft, EntryFilter, EntryKind, EntryPage, Plain, StoredBody, invalid,
    parse_date,
};
use super::seal::{self, Id, Place, RecordKind, SecretKey, TAG_LEN, corrupted, id_to_hex};
use crate::error::{Error, Result, SalamaError};
use crate::rights::normalize::{normalize, query_terms};

/// The unlocked vault: its id (bound into every record) and its data key.
pub struct Vault {
    pub id: Id,
    pub key: SecretKey,
}

/// Bodies are padded to a multiple of this, so their sizes only roughly bound the text.
const BODY_PADDING: usize = 256;
/// A head: event date (days since 1970, i32), kind (u8), when first written (u64), the
/// current version (u32) and the authentication tag of that version's sealed body.
const HEAD_LEN: usize = 4 + 1 + 8 + 4 + TAG_LEN;
/// The head of a diary written before heads pinned the current version (vault format 1):
/// date, kind and first-written time, sealed as version 0. Only the upgrade reads it.
const LEGACY_HEAD_LEN: usize = 13;

/// The integrity tag of a sealed record: its last bytes. A value that is not a sealed
/// blob gets no tag (all zeros), which no sealed record has in practice.
pub fn tag_of(sealed: &[u8]) -> [u8; TAG_LEN] {
    let mut tag = [0u8; TAG_LEN];
    if sealed.len() >= seal::OVERHEAD {
        tag.copy_from_slice(&sealed[sealed.len() - TAG_LEN..]);
    }
    tag
}

/// A column that must hold a blob. Anything else is damage, reported for its entry.
pub fn blob(value: ValueRef<'_>) -> Option<&[u8]> {
    match value {
        ValueRef::Blob(bytes) => Some(bytes),
        _ => None,
    }
}

/// A column that must hold a version number (1 or more).
fn version_in(value: ValueRef<'_>) -> Option<u32> {
    match value {
        ValueRef::Integer(n) => u32::try_from(n).ok().filter(|v| *v >= 1),
        _ => None,
    }
}

impl Vault {
    fn head_place<'a>(&'a self, id: &'a Id, version: u32) -> Place<'a> {
        Place {
            vault: &self.id,
            kind: RecordKind::EntryHead,
            record: id,
            version: u64::from(version),
        }
    }

    fn body_place<'a>(&'a self, id: &'a Id, version: u32) -> Place<'a> {
        Place {
            vault: &self.id,
            kind: RecordKind::EntryBody,
            record: id,
            version: u64::from(version),
        }
    }

    /// Seals the head of entry `id` whose current version is `version`, sealed as
    /// `sealed_body`.
    fn seal_head(
        &self,
        id: &Id,
        draft: &EntryDraft,
        created_at: u64,
        version: u32,
        sealed_body: &[u8],
    ) -> Result<Vec<u8>> {
        let date = parse_date(&draft.happened_on)?;
        let mut head = [0u8; HEAD_LEN];
        head[..4].copy_from_slice(&date.to_be_bytes());
        head[4] = draft.kind.code();
        head[5..13].copy_from_slice(&created_at.to_be_bytes());
        head[13..17].copy_from_slice(&version.to_be_bytes());
        head[17..].copy_from_slice(&tag_of(sealed_body));
        let sealed = self.key.seal(&self.head_place(id, version), &head);
        head.zeroize();
        sealed
    }

    /// Opens the head of entry `id` stored with version `version`, in a stack buffer:
    /// this runs for every entry on the first list after unlocking, so it must not
    /// allocate.
    fn open_head(&self, id: &Id, version: u32, sealed: &[u8]) -> Result<IndexRow> {
        let mut buffer = Zeroizing::new([0u8; HEAD_LEN + seal::OVERHEAD]);
        if sealed.len() != buffer.len() {
            return Err(corrupted());
        }
        buffer.copy_from_slice(sealed);
        self.key
            .open_in_place(&self.head_place(id, version), &mut buffer[..])?;
        let head = &buffer[1 + seal::NONCE_LEN..1 + seal::NONCE_LEN + HEAD_LEN];
        let row = row_of(*id, tag_of(sealed), head).ok_or_else(corrupted)?;
        if row.version != version {
            return Err(corrupted());
        }
        Ok(row)
    }

    fn snapshot_place(&self) -> Place<'_> {
        Place {
            vault: &self.id,
            kind: RecordKind::IndexSnapshot,
            record: b"index",
            version: 0,
        }
    }

    fn seal_body(&self, id: &Id, version: u32, body: &StoredBody) -> Result<Vec<u8>> {
        let mut json = Zeroizing::new(serde_json::to_vec(body).map_err(|e| internal(&e))?);
        // Trailing spaces are valid JSON whitespace.
        let padded = json.len().div_ceil(BODY_PADDING) * BODY_PADDING;
        json.resize(padded, b' ');
        self.key.seal(&self.body_place(id, version), &json)
    }

    fn open_body(&self, id: &Id, version: u32, sealed: &[u8]) -> Result<Plain<StoredBody>> {
        let json = self.key.open(&self.body_place(id, version), sealed)?;
        let body: StoredBody = serde_json::from_slice(&json).map_err(|_| corrupted())?;
        Ok(Plain::new(body))
    }
}

fn internal(error: &serde_json::Error) -> Error {
    Error::Public(SalamaError::Internal {
        reason: format!("serializing an entry: {}", error.classify() as u8),
    })
}

/// One entry in the in-memory index: what its head says.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Zeroize)]
pub struct IndexRow {
    pub id: Id,
    /// Event date, days since 1970.
    pub date: i32,
    pub kind: u8,
    /// When the entry was first written (Unix seconds): orders entries of the same day.
    pub created_at: u64,
    /// The current version, as the head pins it.
    pub version: u32,
    /// The tag of the current version's sealed body, as the head pins it.
    pub body_tag: [u8; TAG_LEN],
    /// The tag of the sealed head this row was read from.
    pub tag: [u8; TAG_LEN],
}

/// The row a head's plaintext describes; `None` if its kind is not one this build knows.
fn row_of(id: Id, tag: [u8; TAG_LEN], head: &[u8]) -> Option<IndexRow> {
    let kind = EntryKind::from_code(head[4])?;
    Some(IndexRow {
        id,
        date: i32::from_be_bytes(head[..4].try_into().expect("4 bytes")),
        kind: kind.code(),
        created_at: u64::from_be_bytes(head[5..13].try_into().expect("8 bytes")),
        version: u32::from_be_bytes(head[13..17].try_into().expect("4 bytes")),
        body_tag: head[17..HEAD_LEN].try_into().expect("tag length"),
        tag,
    })
}

/// The snapshot's plaintext: `layout (1) | n (u32) | n records in id order | the list
/// order`. A record is the id, the head tag, then the head's plaintext; a damaged entry
/// is recorded with its head tag and a kind no entry has, so that the snapshot still
/// covers every row of the table. The list order is the record numbers (u32) of the
/// readable entries, newest first. Records in id order let the check against the table be
/// one merge with its key order, and the stored list order spares a sort: the first list
/// after unlocking pays for neither.
const SNAPSHOT_LAYOUT: u8 = 2;
/// An entry's id and the tag of its sealed head.
type HeadOf = (Id, [u8; TAG_LEN]);
const SNAPSHOT_ROW: usize = seal::ID_LEN + TAG_LEN + HEAD_LEN;
const DAMAGED_KIND: u8 = 0xFF;

impl IndexRow {
    /// Newest event first, then the most recently written, then by id so the order is
    /// total and stable.
    fn order_key(&self) -> impl Ord + use<> {
        (
            std::cmp::Reverse(self.date),
            std::cmp::Reverse(self.created_at),
            self.id,
        )
    }
}

/// The decrypted heads of every entry, newest event first (then newest written first),
/// and the entries whose head failed its integrity check (with the tag of that head).
#[derive(Default)]
pub struct Index {
    /// A deque: a new entry is usually the newest and goes in front, where a `Vec` would
    /// move every row (tens of microseconds per add in a diary of thousands of entries).
    rows: VecDeque<IndexRow>,
    damaged: Vec<(Id, [u8; TAG_LEN])>,
    /// Differs from the stored snapshot: save it when locking.
    pub dirty: bool,
}

impl Drop for Index {
    fn drop(&mut self) {
        // Back into a `Vec` (the same allocation, rotated in place), whose zeroize clears
        // its whole capacity, including rows a deque operation left behind in it.
        Vec::from(std::mem::take(&mut self.rows)).zeroize();
    }
}

impl Index {
    /// Builds the index: from the snapshot if there is one and it covers exactly the
    /// entries stored, each with its current head; otherwise by decrypting every head.
    pub fn build(conn: &Connection, vault: &Vault) -> Result<Index> {
        let parsed = load_snapshot(conn, vault).and_then(|plain| Index::parse(&plain));
        let Some((index, ids_and_tags)) = parsed else {
            return Index::decrypt_all(conn, vault);
        };
        if !covers_table(conn, &ids_and_tags)? {
            return Index::decrypt_all(conn, vault);
        }
        Ok(index)
    }

    /// The index a snapshot's plaintext holds, and its (id, head tag) pairs in id order;
    /// `None` if it is not a snapshot of this layout.
    fn parse(plain: &[u8]) -> Option<(Index, Vec<HeadOf>)> {
        let (&layout, rest) = plain.split_first()?;
        let count = u32::from_be_bytes(rest.get(..4)?.try_into().ok()?) as usize;
        let (records, order) = rest[4..].split_at_checked(count.checked_mul(SNAPSHOT_ROW)?)?;
        if layout != SNAPSHOT_LAYOUT || order.len() % 4 != 0 {
            return None;
        }
        let mut index = Index::default();
        let mut ids_and_tags = Vec::with_capacity(count);
        let mut readable = Vec::with_capacity(count);
        for record in records.chunks_exact(SNAPSHOT_ROW) {
            let id: Id = record[..seal::ID_LEN].try_into().expect("id length");
            let tag: [u8; TAG_LEN] = record[seal::ID_LEN..seal::ID_LEN + TAG_LEN]
                .try_into()
                .expect("tag length");
            ids_and_tags.push((id, tag));
            let row = row_of(id, tag, &record[seal::ID_LEN + TAG_LEN..]);
            if row.is_none() {
                index.damaged.push((id, tag));
            }
            readable.push(row);
        }
        index.rows.reserve(order.len() / 4);
        for number in order.chunks_exact(4) {
            let number = u32::from_be_bytes(number.try_into().expect("4 bytes")) as usize;
            // Each readable record exactly once, or this is not a snapshot we wrote.
            index.rows.push_back(readable.get_mut(number)?.take()?);
        }
        if readable.iter().any(Option::is_some) {
            return None;
        }
        Some((index, ids_and_tags))
    }

    /// Builds the index by decrypting the head of every entry.
    pub fn decrypt_all(conn: &Connection, vault: &Vault) -> Result<Index> {
        let mut stmt = conn.prepare_cached("SELECT id, version, head FROM entry")?;
        let mut rows = stmt.query([])?;
        let mut index = Index::default();
        index.dirty = true;
        while let Some(row) = rows.next()? {
            // A row whose id is not one this diary makes cannot be addressed or opened.
            let Some(id) = blob(row.get_ref(0)?).and_then(|b| Id::try_from(b).ok()) else {
                continue;
            };
            let head = blob(row.get_ref(2)?);
            let opened = version_in(row.get_ref(1)?)
                .zip(head)
                .and_then(|(version, head)| vault.open_head(&id, version, head).ok());
            match opened {
                Some(row) => index.rows.push_back(row),
                None => index.damaged.push((id, tag_of(head.unwrap_or_default()))),
            }
        }
        index.sort();
        Ok(index)
    }

    /// Seals the index into `index_snapshot`, for the next unlock.
    pub fn save(&self, conn: &Connection, vault: &Vault) -> Result<()> {
        // (id, head tag, head plaintext, place in the list), put in id order.
        type Record = (Id, [u8; TAG_LEN], Zeroizing<[u8; HEAD_LEN]>, Option<u32>);
        let mut records: Vec<Record> = self
            .rows
            .iter()
            .zip(0u32..)
            .map(|(row, at)| {
                let mut head = Zeroizing::new([0u8; HEAD_LEN]);
                head[..4].copy_from_slice(&row.date.to_be_bytes());
                head[4] = row.kind;
                head[5..13].copy_from_slice(&row.created_at.to_be_bytes());
                head[13..17].copy_from_slice(&row.version.to_be_bytes());
                head[17..].copy_from_slice(&row.body_tag);
                (row.id, row.tag, head, Some(at))
            })
            .chain(self.damaged.iter().map(|(id, tag)| {
                let mut head = Zeroizing::new([0u8; HEAD_LEN]);
                head[4] = DAMAGED_KIND;
                (*id, *tag, head, None)
            }))
            .collect();
        records.sort_unstable_by_key(|r| r.0);
        let mut order = vec![0u32; self.rows.len()];
        let mut plain = Zeroizing::new(Vec::with_capacity(
            5 + records.len() * SNAPSHOT_ROW + order.len() * 4,
        ));
        plain.push(SNAPSHOT_LAYOUT);
        plain.extend_from_slice(&(records.len() as u32).to_be_bytes());
        for (number, (id, tag, head, at)) in (0u32..).zip(&records) {
            plain.extend_from_slice(id);
            plain.extend_from_slice(tag);
            plain.extend_from_slice(&head[..]);
            if let Some(at) = at {
                order[*at as usize] = number;
            }
        }
        for number in &order {
            plain.extend_from_slice(&number.to_be_bytes());
        }
        let sealed = vault.key.seal(&vault.snapshot_place(), &plain)?;
        conn.execute(
            "INSERT INTO index_snapshot (id, sealed) VALUES (1, ?1)
             ON CONFLICT (id) DO UPDATE SET sealed = ?1",
            [sealed],
        )?;
        Ok(())
    }

    fn sort(&mut self) {
        self.rows
            .make_contiguous()
            .sort_unstable_by_key(IndexRow::order_key);
        self.damaged.sort_unstable();
    }

    /// A changed entry: its old row goes, its new row goes in its place in the order.
    fn upsert(&mut self, row: IndexRow) {
        self.rows.retain(|r| r.id != row.id);
        self.damaged.retain(|(id, _)| *id != row.id);
        self.add(row);
    }

    /// A new entry (its id is fresh, so there is no old row to look for).
    fn add(&mut self, row: IndexRow) {
        self.dirty = true;
        let key = row.order_key();
        let at = self.rows.partition_point(|r| r.order_key() < key);
        self.rows.insert(at, row);
    }

    fn remove(&mut self, id: &Id) {
        self.dirty = true;
        self.rows.retain(|r| r.id != *id);
        self.damaged.retain(|(d, _)| d != id);
    }
}

/// Appends the search form of `text` to `out`: exactly `normalize(text).text` (the same
/// folding as the rights search, so a word is found however it is typed), but ASCII runs,
/// the common case, are lowercased in place without building `normalize`'s position map.
/// Correct because `normalize` folds each character on its own.
fn fold_into(text: &str, out: &mut String) {
    let mut rest = text;
    while !rest.is_empty() {
        let ascii = rest
            .bytes()
            .position(|b| !b.is_ascii())
            .unwrap_or(rest.len());
        out.extend(
            rest[..ascii]
                .bytes()
                .map(|b| char::from(b.to_ascii_lowercase())),
        );
        rest = &rest[ascii..];
        let other = rest
            .char_indices()
            .find(|(_, c)| c.is_ascii())
            .map_or(rest.len(), |(i, _)| i);
        if other > 0 {
            let mut folded = normalize(&rest[..other]);
            out.push_str(&folded.text);
            folded.text.zeroize();
            rest = &rest[other..];
        }
    }
}

/// Deletes the list snapshot: called in the transaction of every change to an entry.
pub fn invalidate_snapshot(conn: &Connection) -> Result<()> {
    conn.prepare_cached("DELETE FROM index_snapshot")?
        .execute([])?;
    Ok(())
}

/// Whether a list snapshot is stored.
pub fn has_snapshot(conn: &Connection) -> Result<bool> {
    Ok(conn
        .query_row("SELECT 1 FROM index_snapshot", [], |_| Ok(()))
        .optional()?
        .is_some())
}

/// The snapshot's plaintext, decrypted in the one copy read from the file.
fn load_snapshot(conn: &Connection, vault: &Vault) -> Option<Zeroizing<Vec<u8>>> {
    let sealed: Vec<u8> = conn
        .query_row("SELECT sealed FROM index_snapshot WHERE id = 1", [], |r| {
            r.get(0)
        })
        .ok()?;
    vault.key.open_owned(&vault.snapshot_place(), sealed).ok()
}

/// Whether `expected` (id and head tag, in id order) names exactly the entries in the
/// `entry` table, each with its current head: one pass over the table in key order, no
/// decryption. A snapshot put back from earlier, which would hide entries added since,
/// fails here.
fn covers_table(conn: &Connection, expected: &[HeadOf]) -> Result<bool> {
    let mut stmt = conn.prepare_cached("SELECT id, head FROM entry ORDER BY id")?;
    let mut rows = stmt.query([])?;
    let mut expected = expected.iter();
    while let Some(row) = rows.next()? {
        let Some((id, tag)) = expected.next() else {
            return Ok(false);
        };
        let head = blob(row.get_ref(1)?).unwrap_or_default();
        if blob(row.get_ref(0)?) != Some(&id[..]) || tag_of(head) != *tag {
            return Ok(false);
        }
    }
    Ok(expected.next().is_none())
}

pub fn blob_id(bytes: &[u8]) -> Result<Id> {
    bytes.try_into().map_err(|_| corrupted())
}

/// Adds an entry in the caller's transaction; returns its id.
pub fn insert(
    conn: &Connection,
    vault: &Vault,
    index: Option<&mut Index>,
    draft: &EntryDraft,
    now: u64,
) -> Result<DiaryEntry> {
    draft.validate()?;
    let id = seal::new_id()?;
    let body = StoredBody {
        draft: draft.clone(),
        created_at: now,
        written_at: now,
    };
    let sealed = vault.seal_body(&id, 1, &body);
    let body = Plain::new(body);
    let sealed = sealed?;
    let head = vault.seal_head(&id, draft, now, 1, &sealed)?;
    invalidate_snapshot(conn)?;
    conn.prepare_cached("INSERT INTO entry (id, version, head) VALUES (?1, 1, ?2)")?
        .execute(params![&id[..], &head])?;
    conn.prepare_cached("INSERT INTO entry_version (entry_id, version, body) VALUES (?1, 1, ?2)")?
        .execute(params![&id[..], sealed])?;
    if let Some(index) = index {
        index.add(row_for(id, draft, now, 1, &sealed, &head)?);
    }
    Ok(to_entry(&id, 1, body.into_inner(), vec![]))
}

/// Inserts an entry with given versions (oldest first), for restoring a backup.
pub fn insert_versions(
    conn: &Connection,
    vault: &Vault,
    id: &Id,
    versions: &[StoredBody],
) -> Result<()> {
    let (version, head, bodies) = seal_versions(vault, id, versions)?;
    invalidate_snapshot(conn)?;
    conn.prepare_cached("INSERT INTO entry (id, version, head) VALUES (?1, ?2, ?3)")?
        .execute(params![&id[..], version, head])?;
    store_bodies(conn, id, bodies)
}

/// Replaces every version of an existing entry (for merging a backup); attachments stay.
pub fn replace_versions(
    conn: &Connection,
    vault: &Vault,
    id: &Id,
    versions: &[StoredBody],
) -> Result<()> {
    let (version, head, bodies) = seal_versions(vault, id, versions)?;
    invalidate_snapshot(conn)?;
    conn.prepare_cached("DELETE FROM entry_version WHERE entry_id = ?1")?
        .execute([&id[..]])?;
    conn.prepare_cached("UPDATE entry SET version = ?2, head = ?3 WHERE id = ?1")?
        .execute(params![&id[..], version, head])?;
    store_bodies(conn, id, bodies)
}

/// Seals `versions` as versions 1, 2, … of entry `id`, and the head that pins the last:
/// `(current version, head, bodies)`.
fn seal_versions(
    vault: &Vault,
    id: &Id,
    versions: &[StoredBody],
) -> Result<(u32, Vec<u8>, Vec<Vec<u8>>)> {
    let last = versions
        .last()
        .ok_or_else(|| invalid("an entry without content"))?;
    last.draft.validate()?;
    let bodies = (1u32..)
        .zip(versions)
        .map(|(number, body)| vault.seal_body(id, number, body))
        .collect::<Result<Vec<_>>>()?;
    let current = u32::try_from(versions.len()).map_err(|_| invalid("too many versions"))?;
    let head = vault.seal_head(
        id,
        &last.draft,
        last.created_at,
        current,
        bodies.last().expect("one version at least"),
    )?;
    Ok((current, head, bodies))
}

fn store_bodies(conn: &Connection, id: &Id, bodies: Vec<Vec<u8>>) -> Result<()> {
    let mut insert = conn.prepare_cached(
        "INSERT INTO entry_version (entry_id, version, body) VALUES (?1, ?2, ?3)",
    )?;
    for (number, body) in (1u32..).zip(bodies) {
        insert.execute(params![&id[..], number, body])?;
    }
    Ok(())
}

fn row_for(
    id: Id,
    draft: &EntryDraft,
    created_at: u64,
    version: u32,
    sealed_body: &[u8],
    sealed_head: &[u8],
) -> Result<IndexRow> {
    Ok(IndexRow {
        id,
        date: parse_date(&draft.happened_on)?,
        kind: draft.kind.code(),
        created_at,
        version,
        body_tag: tag_of(sealed_body),
        tag: tag_of(sealed_head),
    })
}

/// What could be read of one entry, for backups, exports, the ledger and merges.
pub struct Readable {
    pub id: Id,
    /// Every version that opens with its number, oldest first (without `history`, only
    /// the current one).
    pub versions: Vec<(u32, Plain<StoredBody>)>,
    /// The head verified and the last of `versions` is the version it pins: the entry as
    /// the user last wrote it.
    pub current: bool,
    /// `current`, and every earlier version is there and opens.
    pub intact: bool,
}

/// Every entry with what can be read of it, in id order: one pass over each table, so
/// one damaged entry never stops the others from being read. Without `history`, only
/// current versions are decrypted (`intact` then only means `current`).
pub fn read_all(conn: &Connection, vault: &Vault, history: bool) -> Result<Vec<Readable>> {
    let mut heads: Vec<(Id, Option<IndexRow>)> = vec![];
    {
        let mut stmt = conn.prepare("SELECT id, version, head FROM entry ORDER BY id")?;
        let mut rows = stmt.query([])?;
        while let Some(row) = rows.next()? {
            let Some(id) = blob(row.get_ref(0)?).and_then(|b| Id::try_from(b).ok()) else {
                continue;
            };
            let head = version_in(row.get_ref(1)?)
                .zip(blob(row.get_ref(2)?))
                .and_then(|(version, head)| vault.open_head(&id, version, head).ok());
            heads.push((id, head));
        }
    }
    let mut out: Vec<Readable> = heads
        .iter()
        .map(|(id, _)| Readable {
            id: *id,
            versions: vec![],
            current: false,
            intact: true,
        })
        .collect();
    let mut stmt = conn
        .prepare("SELECT entry_id, version, body FROM entry_version ORDER BY entry_id, version")?;
    let mut rows = stmt.query([])?;
    let mut at = 0;
    while let Some(row) = rows.next()? {
        let Some(id) = blob(row.get_ref(0)?).and_then(|b| Id::try_from(b).ok()) else {
            continue;
        };
        // Both passes are in id order: catch up with this body's entry.
        while at < heads.len() && heads[at].0 < id {
            at += 1;
        }
        let Some((_, head)) = heads.get(at).filter(|(entry, _)| *entry == id) else {
            continue;
        };
        let (version, sealed) = (version_in(row.get_ref(1)?), blob(row.get_ref(2)?));
        take_body(vault, &mut out[at], head.as_ref(), version, sealed, history);
    }
    for entry in &mut out {
        entry.intact &= entry.current;
    }
    Ok(out)
}

/// What can be read of one entry (see [`Readable`]), or `None` if there is no such
/// entry.
pub fn read_one(conn: &Connection, vault: &Vault, id: &Id) -> Result<Option<Readable>> {
    let Some((version, head)) = entry_row(conn, id)? else {
        return Ok(None);
    };
    let head = version
        .zip(head.as_deref())
        .and_then(|(version, head)| vault.open_head(id, version, head).ok());
    let mut readable = Readable {
        id: *id,
        versions: vec![],
        current: false,
        intact: true,
    };
    let mut stmt = conn.prepare_cached(
        "SELECT version, body FROM entry_version WHERE entry_id = ?1 ORDER BY version",
    )?;
    let mut rows = stmt.query([&id[..]])?;
    while let Some(row) = rows.next()? {
        let (version, sealed) = (version_in(row.get_ref(0)?), blob(row.get_ref(1)?));
        take_body(vault, &mut readable, head.as_ref(), version, sealed, true);
    }
    readable.intact &= readable.current;
    Ok(Some(readable))
}

/// Takes one stored body of an entry (bodies come in version order) into what is read of
/// it. Without `history`, only the version the head pins is decrypted.
fn take_body(
    vault: &Vault,
    entry: &mut Readable,
    head: Option<&IndexRow>,
    version: Option<u32>,
    sealed: Option<&[u8]>,
    history: bool,
) {
    let (Some(version), Some(sealed)) = (version, sealed) else {
        entry.intact = false;
        return;
    };
    let is_current = head.is_some_and(|h| h.version == version);
    if let Some(h) = head
        && (version > h.version || (is_current && h.body_tag != tag_of(sealed)))
    {
        // Not a version this entry has, or not the body its head pins.
        entry.intact = false;
        return;
    }
    if !is_current && !history {
        return;
    }
    // Versions are numbered from 1 without gaps: one missing is damage.
    if history && version != entry.versions.len() as u32 + 1 {
        entry.intact = false;
    }
    match vault.open_body(&entry.id, version, sealed) {
        Ok(body) => {
            entry.versions.push((version, body));
            entry.current = is_current;
        }
        Err(_) => entry.intact = false,
    }
}

/// An entry's stored version and head, each `None` if the file holds something else there.
type EntryRow = (Option<u32>, Option<Vec<u8>>);

/// An entry's stored row; `None` if there is no such entry.
fn entry_row(conn: &Connection, id: &Id) -> Result<Option<EntryRow>> {
    Ok(conn
        .prepare_cached("SELECT version, head FROM entry WHERE id = ?1")?
        .query_row([&id[..]], |r| {
            let version = version_in(r.get_ref(0)?);
            let head = blob(r.get_ref(1)?).map(<[u8]>::to_vec);
            Ok((version, head))
        })
        .optional()?)
}

/// The current state of an entry, verified: its head opens for the stored version, and
/// the stored body of that version is the one the head pins. Anything else is
/// `Corrupted`; no entry is `NotFound`.
fn read_current(
    conn: &Connection,
    vault: &Vault,
    id: &Id,
) -> Result<(IndexRow, Plain<StoredBody>)> {
    let (version, head) = entry_row(conn, id)?.ok_or(Error::Public(SalamaError::NotFound))?;
    let (version, head) = version.zip(head).ok_or_else(corrupted)?;
    let head = vault.open_head(id, version, &head)?;
    let sealed = load_sealed(conn, id, version)?;
    if tag_of(&sealed) != head.body_tag {
        return Err(corrupted());
    }
    let body = vault.open_body(id, version, &sealed)?;
    // The head must agree with the body it summarizes.
    if parse_date(&body.draft.happened_on)? != head.date || body.draft.kind.code() != head.kind {
        return Err(corrupted());
    }
    Ok((head, body))
}

/// Replaces an entry's content with `draft`, keeping the old content as a version.
pub fn update(
    conn: &Connection,
    vault: &Vault,
    index: Option<&mut Index>,
    id: &Id,
    draft: &EntryDraft,
    now: u64,
) -> Result<DiaryEntry> {
    draft.validate()?;
    // Only a verified current version is built on: never one an attacker put back.
    let (head, current) = read_current(conn, vault, id)?;
    let next = head.version + 1;
    let body = StoredBody {
        draft: draft.clone(),
        created_at: current.created_at,
        written_at: now,
    };
    let sealed = vault.seal_body(id, next, &body);
    let body = Plain::new(body);
    let sealed = sealed?;
    let head = vault.seal_head(id, draft, body.created_at, next, &sealed)?;
    conn.prepare_cached("INSERT INTO entry_version (entry_id, version, body) VALUES (?1, ?2, ?3)")?
        .execute(params![&id[..], next, &sealed])?;
    invalidate_snapshot(conn)?;
    conn.prepare_cached("UPDATE entry SET version = ?2, head = ?3 WHERE id = ?1")?
        .execute(params![&id[..], next, &head])?;
    if let Some(index) = index {
        index.upsert(row_for(*id, draft, body.created_at, next, &sealed, &head)?);
    }
    let attachments = attachments::list(conn, vault, id)?;
    Ok(to_entry(id, next, body.into_inner(), attachments))
}

/// Deletes an entry, every version and its attachments.
pub fn delete(conn: &Connection, index: Option<&mut Index>, id: &Id) -> Result<()> {
    invalidate_snapshot(conn)?;
    let deleted = conn
        .prepare_cached("DELETE FROM entry WHERE id = ?1")?
        .execute([&id[..]])?;
    if deleted == 0 {
        return Err(Error::Public(SalamaError::NotFound));
    }
    if let Some(index) = index {
        index.remove(id);
    }
    Ok(())
}

/// The sealed body of one version; missing or not a blob is `Corrupted`.
fn load_sealed(conn: &Connection, id: &Id, version: u32) -> Result<Vec<u8>> {
    conn.prepare_cached("SELECT body FROM entry_version WHERE entry_id = ?1 AND version = ?2")?
        .query_row(params![&id[..], version], |r| {
            Ok(blob(r.get_ref(0)?).map(<[u8]>::to_vec))
        })
        .optional()?
        .flatten()
        .ok_or_else(corrupted)
}

fn load_body(conn: &Connection, vault: &Vault, id: &Id, version: u32) -> Result<Plain<StoredBody>> {
    vault.open_body(id, version, &load_sealed(conn, id, version)?)
}

/// The current version of one entry.
pub fn get(conn: &Connection, vault: &Vault, id: &Id) -> Result<DiaryEntry> {
    let (head, body) = read_current(conn, vault, id)?;
    let attachments = attachments::list(conn, vault, id)?;
    Ok(to_entry(id, head.version, body.into_inner(), attachments))
}

/// Every earlier version of an entry, oldest first (the current one is not included).
pub fn history(conn: &Connection, vault: &Vault, id: &Id) -> Result<Vec<DiaryEntry>> {
    let (head, _) = read_current(conn, vault, id)?;
    (1..head.version)
        .map(|version| {
            let body = load_body(conn, vault, id, version)?;
            Ok(to_entry(id, version, body.into_inner(), vec![]))
        })
        .collect()
}

fn to_entry(
    id: &Id,
    version: u32,
    body: StoredBody,
    attachments: Vec<super::model::AttachmentInfo>,
) -> DiaryEntry {
    DiaryEntry {
        id: id_to_hex(id),
        content: body.draft,
        created_at: body.created_at,
        written_at: body.written_at,
        version,
        attachments,
    }
}

/// A filter with its dates and words parsed once.
struct Query {
    kind: Option<u8>,
    from: i32,
    to: i32,
    terms: Vec<String>,
}

impl Query {
    fn parse(filter: &EntryFilter) -> Result<Query> {
        let date = |d: &Option<String>, default| d.as_deref().map_or(Ok(default), parse_date);
        let terms = filter.words.as_deref().map(query_terms).unwrap_or_default();
        Ok(Query {
            kind: filter.kind.map(EntryKind::code),
            from: date(&filter.from, i32::MIN)?,
            to: date(&filter.to, i32::MAX)?,
            terms,
        })
    }

    fn matches_head(&self, row: &IndexRow) -> bool {
        self.kind.is_none_or(|k| k == row.kind) && (self.from..=self.to).contains(&row.date)
    }

    /// Whether every query term is in the entry; `folded` is a scratch buffer reused
    /// across entries (and zeroized by the caller).
    fn matches_words(&self, draft: &EntryDraft, folded: &mut String) -> bool {
        folded.zeroize();
        for field in [&draft.text]
            .into_iter()
            .chain(&draft.place)
            .chain(&draft.people)
            .chain(&draft.creditor)
            .chain(&draft.tags)
        {
            fold_into(field, folded);
            folded.push('\n');
        }
        self.terms.iter().all(|t| folded.contains(t.as_str()))
    }
}

/// One page of entries matching `filter`, newest event first; `None` if the index turned
/// out stale (rebuild it with [`Index::decrypt_all`] and list again).
pub fn list(
    conn: &Connection,
    vault: &Vault,
    index: &Index,
    filter: &EntryFilter,
    offset: u32,
    limit: u32,
) -> Result<Option<EntryPage>> {
    let query = Query::parse(filter)?;
    let candidates = index.rows.iter().filter(|r| query.matches_head(r));
    let mut damaged: Vec<String> = index.damaged.iter().map(|(id, _)| id_to_hex(id)).collect();
    let (offset, limit) = (offset as usize, limit.min(1_000) as usize);
    let mut page = vec![];
    let total;
    if query.terms.is_empty() {
        let candidates: Vec<&IndexRow> = candidates.collect();
        total = candidates.len();
        for row in candidates.iter().skip(offset).take(limit) {
            match page_entry(conn, vault, row) {
                Ok(Some(entry)) => page.push(entry),
                Ok(None) => return Ok(None),
                Err(Error::Public(SalamaError::Corrupted)) => damaged.push(id_to_hex(&row.id)),
                Err(e) => return Err(e),
            }
        }
    } else {
        // One sequential pass over every body; only the version each head pins is
        // decrypted, and only if it is the very body the head pins.
        let mut wanted: HashMap<Id, (&IndexRow, bool)> =
            candidates.map(|r| (r.id, (r, false))).collect();
        let mut stmt = conn.prepare_cached("SELECT entry_id, version, body FROM entry_version")?;
        let mut rows = stmt.query([])?;
        let mut matches: Matches = vec![];
        let mut folded = Zeroizing::new(String::with_capacity(4096));
        while let Some(row) = rows.next()? {
            let Some(id) = blob(row.get_ref(0)?).and_then(|b| Id::try_from(b).ok()) else {
                continue;
            };
            let Some((head, seen)) = wanted.get_mut(&id) else {
                continue;
            };
            if version_in(row.get_ref(1)?) != Some(head.version) {
                continue;
            }
            *seen = true;
            let opened = blob(row.get_ref(2)?)
                .filter(|sealed| tag_of(sealed) == head.body_tag)
                .and_then(|sealed| vault.open_body(&id, head.version, sealed).ok());
            match opened {
                Some(body) if query.matches_words(&body.draft, &mut folded) => {
                    matches.push((*head, body));
                }
                Some(_) => {}
                None => damaged.push(id_to_hex(&id)),
            }
        }
        // An entry whose current body is gone is damaged too, not just left out.
        damaged.extend(
            wanted
                .values()
                .filter(|(_, seen)| !seen)
                .map(|(head, _)| id_to_hex(&head.id)),
        );
        matches.sort_unstable_by_key(|m| m.0.order_key());
        total = matches.len();
        for (head, body) in matches.into_iter().skip(offset).take(limit) {
            match attachments::list(conn, vault, &head.id) {
                Ok(attachments) => {
                    page.push(to_entry(
                        &head.id,
                        head.version,
                        body.into_inner(),
                        attachments,
                    ));
                }
                Err(Error::Public(SalamaError::Corrupted)) => damaged.push(id_to_hex(&head.id)),
                Err(e) => return Err(e),
            }
        }
    }
    damaged.sort();
    damaged.dedup();
    Ok(Some(EntryPage {
        entries: page,
        total: total as u32,
        damaged,
    }))
}

type Matches<'a> = Vec<(&'a IndexRow, Plain<StoredBody>)>;

/// One entry of a page: its current body in one query, then its attachments. `None` when
/// the entry is gone or its stored head is not the one the index row was read from: the
/// index is stale. `Corrupted` when the stored version or body is not the one the head
/// pins.
fn page_entry(conn: &Connection, vault: &Vault, row: &IndexRow) -> Result<Option<DiaryEntry>> {
    let id = &row.id;
    let found = conn
        .prepare_cached(
            "SELECT e.version, e.head, v.body FROM entry e LEFT JOIN entry_version v
             ON v.entry_id = e.id AND v.version = e.version WHERE e.id = ?1",
        )?
        .query_row([&id[..]], |r| {
            Ok((
                version_in(r.get_ref(0)?),
                tag_of(blob(r.get_ref(1)?).unwrap_or_default()),
                blob(r.get_ref(2)?).map(<[u8]>::to_vec),
            ))
        })
        .optional()?;
    let Some((version, head_tag, sealed)) = found else {
        return Ok(None);
    };
    if head_tag != row.tag {
        return Ok(None);
    }
    let Some(sealed) = sealed.filter(|s| version == Some(row.version) && tag_of(s) == row.body_tag)
    else {
        return Err(corrupted());
    };
    let body = vault.open_body(id, row.version, &sealed)?;
    let attachments = attachments::list(conn, vault, id)?;
    Ok(Some(to_entry(
        id,
        row.version,
        body.into_inner(),
        attachments,
    )))
}

/// How many entries the diary holds.
pub fn count(conn: &Connection) -> Result<u32> {
    Ok(conn.query_row("SELECT count(*) FROM entry", [], |r| r.get(0))?)
}

/// Upgrade from vault format 1, in the caller's transaction: every head of the earlier
/// layout (not bound to the current version) is checked against its current body the way
/// that format allowed (same date and kind) and sealed again in the current layout. A
/// head that fails is left as it is, and its entry reads as damaged.
pub fn upgrade_legacy_heads(conn: &Connection, vault: &Vault) -> Result<()> {
    let legacy: Vec<(Id, u32, Vec<u8>)> = {
        let mut stmt =
            conn.prepare("SELECT id, version, head FROM entry WHERE length(head) = ?1")?;
        let rows = stmt.query_map([(LEGACY_HEAD_LEN + seal::OVERHEAD) as i64], |r| {
            Ok((
                blob(r.get_ref(0)?).and_then(|b| Id::try_from(b).ok()),
                version_in(r.get_ref(1)?),
                blob(r.get_ref(2)?).map(<[u8]>::to_vec),
            ))
        })?;
        rows.filter_map(|row| match row {
            Ok((Some(id), Some(version), Some(head))) => Some(Ok((id, version, head))),
            Ok(_) => None,
            Err(e) => Some(Err(e)),
        })
        .collect::<rusqlite::Result<_>>()?
    };
    let mut update = conn.prepare("UPDATE entry SET head = ?2 WHERE id = ?1")?;
    for (id, version, head) in legacy {
        let legacy_place = Place {
            version: 0,
            ..vault.head_place(&id, version)
        };
        let Ok(plain) = vault.key.open(&legacy_place, &head) else {
            continue;
        };
        let Ok(sealed) = load_sealed(conn, &id, version) else {
            continue;
        };
        let Ok(body) = vault.open_body(&id, version, &sealed) else {
            continue;
        };
        let date = i32::from_be_bytes(plain[..4].try_into().expect("4 bytes"));
        if parse_date(&body.draft.happened_on).ok() != Some(date)
            || body.draft.kind.code() != plain[4]
        {
            continue;
        }
        let created_at = u64::from_be_bytes(plain[5..13].try_into().expect("8 bytes"));
        let head = vault.seal_head(&id, &body.draft, created_at, version, &sealed)?;
        update.execute(params![&id[..], head])?;
    }
    Ok(())
}

/// Tests only: a head as vault format 1 wrote it.
#[cfg(test)]
pub fn seal_legacy_head(vault: &Vault, id: &Id, draft: &EntryDraft, created_at: u64) -> Vec<u8> {
    let mut head = [0u8; LEGACY_HEAD_LEN];
    head[..4].copy_from_slice(&parse_date(&draft.happened_on).unwrap().to_be_bytes());
    head[4] = draft.kind.code();
    head[5..].copy_from_slice(&created_at.to_be_bytes());
    let place = Place {
        version: 0,
        ..vault.head_place(id, 1)
    };
    vault.key.seal(&place, &head).unwrap()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fold_into_equals_normalize() {
        for text in [
            "Hello WORLD",
            "Café crème ß",
            "مِرا تهديد کرد",
            "İstanbul ı",
            "a\u{200C}b ١٢٣ x",
            "",
            "ÀÉÎ",
        ] {
            let mut folded = String::new();
            fold_into(text, &mut folded);
            assert_eq!(folded, normalize(text).text, "{text}");
        }
    }
}
