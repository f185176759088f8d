//! Entries on disk: each is a small sealed head (event date and kind, for ordering and
//! filtering) and one sealed body per version. An edit adds a version; nothing is ever
//! overwritten except by delete, which `secure_delete` zeroes.
//!
//! Listing newest first needs the event dates, which are sealed: they are kept in an
//! in-memory index, built on the first list after unlocking, kept up to date by every write
//! and zeroized on lock. A page then decrypts only its own bodies.
//!
//! Building the index means decrypting every head; instead, locking writes a sealed
//! snapshot of it, and every change to an entry deletes that snapshot in its own
//! transaction, so a snapshot that exists is current and the next first list reads it
//! instead. Each row keeps the authentication tag of the head it came from, and a page
//! checks the tags of the entries it shows: a snapshot that no longer matches the file
//! (which only tampering can cause) is dropped and every head decrypted.

use std::collections::HashMap;

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
/// A head: event date (days since 1970, i32), kind (u8), when first written (u64).
const HEAD_LEN: usize = 13;

impl Vault {
    fn head_place<'a>(&'a self, id: &'a Id) -> Place<'a> {
        Place {
            vault: &self.id,
            kind: RecordKind::EntryHead,
            record: id,
            version: 0,
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

    fn seal_head(&self, id: &Id, draft: &EntryDraft, created_at: u64) -> Result<Vec<u8>> {
        let date = parse_date(&draft.happened_on)?;
        let mut head = [0u8; HEAD_LEN];
        head[..4].copy_from_slice(&date.to_be_bytes());
        head[4] = draft.kind.code();
        head[5..].copy_from_slice(&created_at.to_be_bytes());
        let sealed = self.key.seal(&self.head_place(id), &head);
        head.zeroize();
        sealed
    }

    /// Opens a head in a stack buffer: this runs for every entry on the first list after
    /// unlocking, so it must not allocate.
    fn open_head(&self, id: &Id, sealed: &[u8]) -> Result<IndexRow> {
        let row = self.open_head_values(id, sealed)?;
        Ok(IndexRow {
            tag: head_tag(sealed),
            ..row
        })
    }

    fn open_head_values(&self, id: &Id, sealed: &[u8]) -> Result<IndexRow> {
        let mut buffer = Zeroizing::new([0u8; HEAD_LEN + seal::OVERHEAD]);
        if sealed.len() != buffer.len() {
            return Err(corrupted());
        }
        buffer.copy_from_slice(sealed);
        self.key
            .open_in_place(&self.head_place(id), &mut buffer[..])?;
        let head = &buffer[1 + seal::NONCE_LEN..1 + seal::NONCE_LEN + HEAD_LEN];
        let kind = EntryKind::from_code(head[4]).ok_or_else(corrupted)?;
        Ok(IndexRow {
            id: *id,
            date: i32::from_be_bytes(head[..4].try_into().expect("4 bytes")),
            kind: kind.code(),
            created_at: u64::from_be_bytes(head[5..].try_into().expect("8 bytes")),
            tag: [0; TAG_LEN],
        })
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

/// One entry in the in-memory index.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Zeroize)]
pub struct IndexRow {
    pub id: Id,
    /// Event date, days since 1970.
    pub date: i32,
    pub kind: u8,
    /// When the entry was first written (Unix seconds): orders entries of the same day.
    pub created_at: u64,
    /// The authentication tag of the sealed head this row was read from.
    pub tag: [u8; TAG_LEN],
}

/// The tag of a sealed head: its last bytes.
fn head_tag(sealed: &[u8]) -> [u8; TAG_LEN] {
    let mut tag = [0u8; TAG_LEN];
    if sealed.len() >= TAG_LEN {
        tag.copy_from_slice(&sealed[sealed.len() - TAG_LEN..]);
    }
    tag
}

/// A snapshot row: id, head tag, then the head's plaintext.
const SNAPSHOT_ROW: usize = seal::ID_LEN + TAG_LEN + HEAD_LEN;

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
/// and the ids of entries whose head failed its integrity check.
#[derive(Default)]
pub struct Index {
    rows: Vec<IndexRow>,
    damaged: Vec<Id>,
    /// Differs from the stored snapshot: save it when locking.
    pub dirty: bool,
}

impl Drop for Index {
    fn drop(&mut self) {
        self.rows.zeroize();
    }
}

impl Index {
    /// Builds the index: from the snapshot if there is one (every change to an entry
    /// deletes it in the same transaction, so one that exists is current), otherwise by
    /// decrypting every head.
    pub fn build(conn: &Connection, vault: &Vault) -> Result<Index> {
        let Some(snapshot) = load_snapshot(conn, vault) else {
            return Index::decrypt_all(conn, vault);
        };
        let mut index = Index::default();
        index.rows.reserve(snapshot.len() / SNAPSHOT_ROW);
        for record in snapshot.chunks_exact(SNAPSHOT_ROW) {
            let id: Id = record[..seal::ID_LEN].try_into().expect("id length");
            let tag: [u8; TAG_LEN] = record[seal::ID_LEN..seal::ID_LEN + TAG_LEN]
                .try_into()
                .expect("tag length");
            index
                .rows
                .push(snapshot_row(id, tag, &record[seal::ID_LEN + TAG_LEN..]));
        }
        // Written in list order, so this only confirms it.
        index.sort();
        Ok(index)
    }

    /// Builds the index by decrypting the head of every entry.
    pub fn decrypt_all(conn: &Connection, vault: &Vault) -> Result<Index> {
        let mut stmt = conn.prepare_cached("SELECT id, head FROM entry")?;
        let mut rows = stmt.query([])?;
        let mut index = Index::default();
        index.dirty = true;
        while let Some(row) = rows.next()? {
            let id = blob_id(row.get_ref(0)?.as_blob()?)?;
            match vault.open_head(&id, row.get_ref(1)?.as_blob()?) {
                Ok(head) => index.rows.push(head),
                Err(_) => index.damaged.push(id),
            }
        }
        index.sort();
        Ok(index)
    }

    /// Seals the index into `index_snapshot`, for the next unlock.
    pub fn save(&self, conn: &Connection, vault: &Vault) -> Result<()> {
        let mut plain = Zeroizing::new(Vec::with_capacity(self.rows.len() * SNAPSHOT_ROW));
        for row in &self.rows {
            plain.extend_from_slice(&row.id);
            plain.extend_from_slice(&row.tag);
            plain.extend_from_slice(&row.date.to_be_bytes());
            plain.push(row.kind);
            plain.extend_from_slice(&row.created_at.to_be_bytes());
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
        self.rows.sort_unstable_by_key(IndexRow::order_key);
    }

    fn upsert(&mut self, row: IndexRow) {
        self.dirty = true;
        self.rows.retain(|r| r.id != row.id);
        self.damaged.retain(|id| *id != row.id);
        let key = row.order_key();
        let at = self.rows.partition_point(|r| r.order_key() < key);
        self.rows.insert(at, row);
    }

    fn remove(&mut self, id: &Id) {
        self.dirty = true;
        self.rows.retain(|r| r.id != *id);
        self.damaged.retain(|d| d != id);
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

fn load_snapshot(conn: &Connection, vault: &Vault) -> Option<Zeroizing<Vec<u8>>> {
    let sealed: Vec<u8> = conn
        .query_row("SELECT sealed FROM index_snapshot WHERE id = 1", [], |r| {
            r.get(0)
        })
        .ok()?;
    let plain = vault.key.open(&vault.snapshot_place(), &sealed).ok()?;
    (plain.len() % SNAPSHOT_ROW == 0).then_some(plain)
}

fn snapshot_row(id: Id, tag: [u8; TAG_LEN], head: &[u8]) -> IndexRow {
    IndexRow {
        id,
        date: i32::from_be_bytes(head[..4].try_into().expect("4 bytes")),
        kind: head[4],
        created_at: u64::from_be_bytes(head[5..13].try_into().expect("8 bytes")),
        tag,
    }
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
    let head = vault.seal_head(&id, draft, now)?;
    invalidate_snapshot(conn)?;
    conn.prepare_cached("INSERT INTO entry (id, version, head) VALUES (?1, 1, ?2)")?
        .execute(params![&id[..], &head])?;
    conn.prepare_cached("INSERT INTO entry_version (entry_id, version, body) VALUES (?1, 1, ?2)")?
        .execute(params![&id[..], sealed])?;
    if let Some(index) = index {
        index.upsert(row_for(id, draft, now, &head)?);
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
    let last = versions
        .last()
        .ok_or_else(|| invalid("an entry without content"))?;
    last.draft.validate()?;
    let version = versions.len() as u32;
    invalidate_snapshot(conn)?;
    conn.prepare_cached("INSERT INTO entry (id, version, head) VALUES (?1, ?2, ?3)")?
        .execute(params![
            &id[..],
            version,
            vault.seal_head(id, &last.draft, last.created_at)?
        ])?;
    store_versions(conn, vault, id, versions)
}

/// Every version of one entry (oldest first), or `None` if there is no such entry.
pub fn versions_of(
    conn: &Connection,
    vault: &Vault,
    id: &Id,
) -> Result<Option<Vec<Plain<StoredBody>>>> {
    let Some(current) = current_version(conn, id).map(Some).or_else(|e| match e {
        Error::Public(SalamaError::NotFound) => Ok(None),
        other => Err(other),
    })?
    else {
        return Ok(None);
    };
    (1..=current)
        .map(|version| load_body(conn, vault, id, version))
        .collect::<Result<_>>()
        .map(Some)
}

/// Replaces every version of an existing entry (for merging a backup); attachments stay.
pub fn replace_versions(
    conn: &Connection,
    vault: &Vault,
    id: &Id,
    versions: &[StoredBody],
) -> Result<()> {
    let last = versions
        .last()
        .ok_or_else(|| invalid("an entry without content"))?;
    invalidate_snapshot(conn)?;
    conn.prepare_cached("DELETE FROM entry_version WHERE entry_id = ?1")?
        .execute([&id[..]])?;
    let count = versions.len() as u32;
    conn.prepare_cached("UPDATE entry SET version = ?2, head = ?3 WHERE id = ?1")?
        .execute(params![
            &id[..],
            count,
            vault.seal_head(id, &last.draft, last.created_at)?
        ])?;
    store_versions(conn, vault, id, versions)
}

/// Seals and stores `versions` as versions 1, 2, … of entry `id`.
fn store_versions(
    conn: &Connection,
    vault: &Vault,
    id: &Id,
    versions: &[StoredBody],
) -> Result<()> {
    let mut insert = conn.prepare_cached(
        "INSERT INTO entry_version (entry_id, version, body) VALUES (?1, ?2, ?3)",
    )?;
    for (number, body) in (1u32..).zip(versions) {
        insert.execute(params![&id[..], number, vault.seal_body(id, number, body)?])?;
    }
    Ok(())
}

fn row_for(id: Id, draft: &EntryDraft, created_at: u64, sealed_head: &[u8]) -> Result<IndexRow> {
    Ok(IndexRow {
        id,
        date: parse_date(&draft.happened_on)?,
        kind: draft.kind.code(),
        created_at,
        tag: head_tag(sealed_head),
    })
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
    let version = current_version(conn, id)?;
    let current = load_body(conn, vault, id, version)?;
    let next = version + 1;
    let body = StoredBody {
        draft: draft.clone(),
        created_at: current.created_at,
        written_at: now,
    };
    let sealed = vault.seal_body(id, next, &body);
    let body = Plain::new(body);
    conn.prepare_cached("INSERT INTO entry_version (entry_id, version, body) VALUES (?1, ?2, ?3)")?
        .execute(params![&id[..], next, sealed?])?;
    let head = vault.seal_head(id, draft, body.created_at)?;
    invalidate_snapshot(conn)?;
    conn.prepare_cached("UPDATE entry SET version = ?2, head = ?3 WHERE id = ?1")?
        .execute(params![&id[..], next, &head])?;
    if let Some(index) = index {
        index.upsert(row_for(*id, draft, body.created_at, &head)?);
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

fn current_version(conn: &Connection, id: &Id) -> Result<u32> {
    conn.prepare_cached("SELECT version FROM entry WHERE id = ?1")?
        .query_row([&id[..]], |r| r.get(0))
        .optional()?
        .ok_or(Error::Public(SalamaError::NotFound))
}

fn load_body(conn: &Connection, vault: &Vault, id: &Id, version: u32) -> Result<Plain<StoredBody>> {
    let sealed: Vec<u8> = conn
        .prepare_cached("SELECT body FROM entry_version WHERE entry_id = ?1 AND version = ?2")?
        .query_row(params![&id[..], version], |r| r.get(0))
        .optional()?
        .ok_or_else(corrupted)?;
    vault.open_body(id, version, &sealed)
}

/// The current version of one entry.
pub fn get(conn: &Connection, vault: &Vault, id: &Id) -> Result<DiaryEntry> {
    let version = current_version(conn, id)?;
    let sealed_head: Vec<u8> = conn
        .prepare_cached("SELECT head FROM entry WHERE id = ?1")?
        .query_row([&id[..]], |r| r.get(0))?;
    let head = vault.open_head(id, &sealed_head)?;
    let body = load_body(conn, vault, id, version)?;
    // The head must agree with the body it summarizes, or one of them was replaced.
    if parse_date(&body.draft.happened_on)? != head.date || body.draft.kind.code() != head.kind {
        return Err(corrupted());
    }
    let attachments = attachments::list(conn, vault, id)?;
    Ok(to_entry(id, version, body.into_inner(), attachments))
}

/// Every earlier version of an entry, oldest first (the current one is not included).
pub fn history(conn: &Connection, vault: &Vault, id: &Id) -> Result<Vec<DiaryEntry>> {
    let current = current_version(conn, id)?;
    (1..current)
        .map(|version| {
            let body = load_body(conn, vault, id, version)?;
            Ok(to_entry(id, version, body.into_inner(), vec![]))
        })
        .collect()
}

/// Every version of every entry, for backups: `(id, versions oldest first)`.
pub fn all_versions(conn: &Connection, vault: &Vault) -> Result<Vec<(Id, Vec<Plain<StoredBody>>)>> {
    let mut stmt = conn
        .prepare("SELECT entry_id, version, body FROM entry_version ORDER BY entry_id, version")?;
    let mut rows = stmt.query([])?;
    let mut out: Vec<(Id, Vec<Plain<StoredBody>>)> = vec![];
    while let Some(row) = rows.next()? {
        let id = blob_id(row.get_ref(0)?.as_blob()?)?;
        let version: u32 = row.get(1)?;
        let body = vault.open_body(&id, version, row.get_ref(2)?.as_blob()?)?;
        match out.last_mut() {
            Some((last, versions)) if *last == id => versions.push(body),
            _ => out.push((id, vec![body])),
        }
    }
    Ok(out)
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
    let mut damaged: Vec<String> = index.damaged.iter().map(id_to_hex).collect();
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
        // One sequential pass over every body in key order (entry id, then version), so
        // the last row of each id is its current version: no lookup per entry.
        let wanted: HashMap<Id, &IndexRow> = candidates.map(|r| (r.id, r)).collect();
        let mut stmt = conn.prepare_cached("SELECT entry_id, version, body FROM entry_version")?;
        let mut rows = stmt.query([])?;
        let mut matches: Matches = vec![];
        let mut folded = Zeroizing::new(String::with_capacity(4096));
        let mut last: Option<(Id, u32, Vec<u8>)> = None;
        while let Some(row) = rows.next()? {
            let id = blob_id(row.get_ref(0)?.as_blob()?)?;
            let version: u32 = row.get(1)?;
            match &mut last {
                Some((last_id, last_version, sealed)) if *last_id == id => {
                    *last_version = version;
                    sealed.clear();
                    sealed.extend_from_slice(row.get_ref(2)?.as_blob()?);
                }
                _ => {
                    let next = Some((id, version, row.get_ref(2)?.as_blob()?.to_vec()));
                    let pending = std::mem::replace(&mut last, next);
                    let scratch = (&mut *folded, &mut matches, &mut damaged);
                    consider(pending, &wanted, vault, &query, scratch);
                }
            }
        }
        consider(
            last.take(),
            &wanted,
            vault,
            &query,
            (&mut *folded, &mut matches, &mut damaged),
        );
        matches.sort_unstable_by_key(|m| m.0.order_key());
        total = matches.len();
        for (head, version, body) in matches.into_iter().skip(offset).take(limit) {
            let attachments = attachments::list(conn, vault, &head.id)?;
            page.push(to_entry(&head.id, version, body.into_inner(), attachments));
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

type Matches<'a> = Vec<(&'a IndexRow, u32, Plain<StoredBody>)>;

/// Decrypts one current body from the word search's pass and keeps it if it matches.
fn consider<'a>(
    pending: Option<(Id, u32, Vec<u8>)>,
    wanted: &HashMap<Id, &'a IndexRow>,
    vault: &Vault,
    query: &Query,
    (folded, matches, damaged): (&mut String, &mut Matches<'a>, &mut Vec<String>),
) {
    let Some((id, version, sealed)) = pending else {
        return;
    };
    let Some(head) = wanted.get(&id) else {
        return;
    };
    match vault.open_body(&id, version, &sealed) {
        Ok(body) if query.matches_words(&body.draft, folded) => {
            matches.push((head, version, body));
        }
        Ok(_) => {}
        Err(_) => damaged.push(id_to_hex(&id)),
    }
}

/// One entry of a page: its current body in one query, then its attachments. `None` when
/// the stored head is not the one the index row was read from: the index is stale.
fn page_entry(conn: &Connection, vault: &Vault, row: &IndexRow) -> Result<Option<DiaryEntry>> {
    let id = &row.id;
    let found: Option<(u32, Vec<u8>, Vec<u8>)> = conn
        .prepare_cached(
            "SELECT e.version, e.head, v.body FROM entry e JOIN entry_version v
             ON v.entry_id = e.id AND v.version = e.version WHERE e.id = ?1",
        )?
        .query_row([&id[..]], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))
        .optional()?;
    let Some((version, head, sealed)) = found else {
        return Ok(None);
    };
    if head_tag(&head) != row.tag {
        return Ok(None);
    }
    let body = vault.open_body(id, version, &sealed)?;
    let attachments = attachments::list(conn, vault, id)?;
    Ok(Some(to_entry(id, version, body.into_inner(), attachments)))
}

/// How many entries the diary holds.
pub fn count(conn: &Connection) -> Result<u32> {
    Ok(conn.query_row("SELECT count(*) FROM entry", [], |r| r.get(0))?)
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
