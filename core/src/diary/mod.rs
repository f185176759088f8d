//! The encrypted diary: what happened, who, where, what is owed, written down so that
//! nobody who takes the phone can read it, and so that it can be handed to a lawyer.
//!
//! [`Diary`] is the surface apps use; each concern has its own module: the ciphertext
//! format (`seal`), the key hierarchy (`keys`), the unlock guard (`guard`), the schema,
//! entries, attachments, the debt ledger, the export for caseworkers, backups and the
//! quick wipe.

mod attachments;
mod backup;
mod entries;
mod export;
mod guard;
mod keys;
mod ledger;
mod model;
mod schema;
mod seal;
mod upgrade;
mod whole_file;
mod wipe;

use std::path::Path;
use std::sync::{Arc, Mutex, MutexGuard};
use std::time::Duration;

use rusqlite::{Connection, OptionalExtension, TransactionBehavior};
use zeroize::Zeroizing;

pub use backup::{RestoreMode, RestoreReport};
pub use export::ExportTarget;
pub use guard::{Clock, SystemClock};
pub use keys::{KdfParams, KeyWrapper, PassphraseCheck};
pub use ledger::{Ledger, LedgerLine};
pub use model::{
    Amount, AttachmentInfo, DiaryEntry, EntryDraft, EntryFilter, EntryKind, EntryPage, WriteReport,
};
pub use schema::DIARY_MIGRATIONS;

use crate::error::{Error, Result, SalamaError};
use crate::l10n::Localizer;
use crate::store;
use entries::{Index, Vault};
use keys::{Passphrase, Slot};
use seal::{Id, SecretKey, id_from_hex};

/// The file name of the diary in the data directory.
pub const DIARY_DB: &str = "diary.db";

/// The diary vault. Get it from `Salama::diary`; create it once, then unlock it with the
/// passphrase each time the app needs it. Every method that reads or writes entries fails
/// with `Locked` until then.
///
/// Nothing the user wrote, and none of their dates, is stored unencrypted. `lock` forgets
/// the key; so does the auto-lock after the idle time set with `set_auto_lock`.
#[derive(uniffi::Object)]
pub struct Diary {
    /// Shared (weakly) with the auto-lock thread, which ends when the diary is dropped.
    inner: Arc<Mutex<Inner>>,
}

struct Inner {
    conn: Connection,
    clock: Arc<dyn Clock>,
    /// Parameters for newly created vaults.
    kdf: KdfParams,
    /// Tests only: accept KDF parameters below the minimum.
    allow_weak_kdf: bool,
    session: Option<Session>,
    auto_lock: Option<Duration>,
    /// Whether the auto-lock thread runs.
    watcher_running: bool,
    localizer: Localizer,
}

/// What exists only while the diary is unlocked.
struct Session {
    vault: Vault,
    last_used: Duration,
    index: Option<Index>,
}

/// The plaintext row of the `vault` table.
struct VaultRow {
    id: Id,
    kdf: KdfParams,
    salt: Vec<u8>,
    hardware: bool,
    wipe_after: Option<u32>,
    /// The layout of its sealed records (see `upgrade`).
    format: u32,
}

/// How to open a diary; tests and benchmarks change the clock and the KDF cost.
pub struct DiaryOptions {
    pub kdf: KdfParams,
    pub clock: Arc<dyn Clock>,
    /// Accept KDF parameters below the minimum. Only for tests and benchmarks: a real
    /// diary must never be created this way.
    pub allow_weak_kdf: bool,
}

impl Default for DiaryOptions {
    fn default() -> Self {
        DiaryOptions {
            kdf: KdfParams::DEFAULT,
            clock: Arc::new(SystemClock::new()),
            allow_weak_kdf: false,
        }
    }
}

#[uniffi::export]
impl Diary {
    /// Whether a diary has been created in this data directory.
    pub fn exists(&self) -> Result<bool, SalamaError> {
        Ok(load_vault(&self.inner().conn)?.is_some())
    }

    /// How guessable a passphrase is, to warn before it is used (a PIN is allowed, with a
    /// warning). Fails with `InvalidInput` for a passphrase that cannot be used at all
    /// (fewer than 4 or more than 1024 characters).
    pub fn check_passphrase(&self, passphrase: String) -> Result<PassphraseCheck, SalamaError> {
        Ok(Passphrase::from_owned(passphrase)?.strength())
    }

    /// Creates the diary with `passphrase` and leaves it unlocked. With a `hardware` key
    /// wrapper, every later unlock needs that wrapper too. Returns the passphrase check to
    /// show its warning. Fails with `InvalidInput` if a diary already exists.
    pub fn create(
        &self,
        passphrase: String,
        hardware: Option<Arc<dyn KeyWrapper>>,
    ) -> Result<PassphraseCheck, SalamaError> {
        let passphrase = Passphrase::from_owned(passphrase)?;
        let mut inner = self.inner();
        if load_vault(&inner.conn)?.is_some() {
            return Err(invalid("a diary already exists here"));
        }
        inner.kdf.check(inner.allow_weak_kdf)?;
        let salt = keys::new_salt()?;
        let kek = inner.kdf.derive(&passphrase, &salt)?;
        let kdf = inner.kdf;
        let vault = create_vault(&mut inner.conn, kdf, &salt, &kek, hardware.as_ref())?;
        inner.start_session(vault);
        Ok(passphrase.strength())
    }

    /// Unlocks the diary. A wrong passphrase is `WrongPassphrase { attempts_left }`; after
    /// five in a row every try waits (`LockedOut { retry_after_s }`), also across restarts.
    ///
    /// The result is the same for the duress passphrase: it silently wipes the real diary
    /// and opens an empty one.
    pub fn unlock(
        &self,
        passphrase: String,
        hardware: Option<Arc<dyn KeyWrapper>>,
    ) -> Result<(), SalamaError> {
        let passphrase = Passphrase::from_owned(passphrase)?;
        let mut inner = self.inner();
        inner.session = None;
        let row = load_vault(&inner.conn)?.ok_or(SalamaError::NotFound)?;
        match inner.attempt(&row, &passphrase, hardware.as_ref())? {
            Opened::Real(key, _) => {
                guard::succeed_lazily(&inner.conn)?;
                inner.open_session(Vault { id: row.id, key }, row.format)?;
            }
            Opened::Duress(kek) => {
                // Make the empty diary this passphrase opens, reusing the key already
                // derived so the time taken does not give it away.
                inner.replace_after_duress(&row, &kek, hardware.as_ref())?;
            }
        }
        Ok(())
    }

    /// Forgets the key and every decrypted index, and moves the write-ahead log into the
    /// database (checkpoint) and empties it. Safe to call at any time.
    pub fn lock(&self) {
        self.inner().lock_now();
    }

    /// Whether the diary is unlocked now (false once the auto-lock time has passed).
    /// Asking does not count as use: it never delays the auto-lock.
    pub fn is_unlocked(&self) -> bool {
        let mut inner = self.inner();
        inner.lock_if_idle();
        inner.session.is_some()
    }

    /// Locks the diary after `idle_seconds` without a call; `None` never locks by itself.
    /// A background thread forgets the key when the time is up, even if the app makes no
    /// further call.
    pub fn set_auto_lock(&self, idle_seconds: Option<u32>) {
        let mut inner = self.inner();
        inner.auto_lock = idle_seconds.map(|s| Duration::from_secs(u64::from(s)));
        if inner.auto_lock.is_some() && !inner.watcher_running {
            inner.watcher_running = true;
            let weak = Arc::downgrade(&self.inner);
            let spawned = std::thread::Builder::new()
                .name("salama-diary-auto-lock".into())
                .spawn(move || watch_idle(weak));
            // Without a thread, the idle time is still checked at the next call.
            inner.watcher_running = spawned.is_ok();
        }
    }

    /// Wipes the diary after `failures` wrong passphrases in a row (`None`: never). Needs
    /// the diary unlocked. The setting is readable in the file, since it must work while
    /// the diary is locked.
    pub fn set_wipe_after_failures(&self, failures: Option<u32>) -> Result<(), SalamaError> {
        let mut inner = self.inner();
        inner.session()?;
        if failures.is_some_and(|n| n == 0 || n > 100) {
            return Err(invalid("wipe after 1 to 100 failures"));
        }
        set_wipe_after(&inner.conn, failures)?;
        Ok(())
    }

    /// Changes the passphrase: `old` is an unlock attempt like any other (counted, delayed,
    /// wiping after the failures the user chose). Only the wrapped data key changes; every
    /// entry stays as it is.
    ///
    /// With the duress passphrase as `old`, it does what unlocking with it does: the real
    /// diary is wiped silently, and `new` then opens the empty one. The result is the same
    /// as a real change.
    pub fn change_passphrase(
        &self,
        old: String,
        new: String,
        hardware: Option<Arc<dyn KeyWrapper>>,
    ) -> Result<PassphraseCheck, SalamaError> {
        let old = Passphrase::from_owned(old)?;
        let new = Passphrase::from_owned(new)?;
        let mut inner = self.inner();
        let row = load_vault(&inner.conn)?.ok_or(SalamaError::NotFound)?;
        let (key, slots) = match inner.attempt(&row, &old, hardware.as_ref())? {
            Opened::Real(key, slots) => (key, slots),
            Opened::Duress(_) => {
                // As a real change would, derive the new key, then protect the emptied
                // diary with it: the old passphrase stops working, the new one opens.
                let new_kek = row.kdf.derive(&new, &row.salt)?;
                inner.replace_after_duress(&row, &new_kek, hardware.as_ref())?;
                return Ok(new.strength());
            }
        };
        guard::succeed(&inner.conn)?;
        let new_kek = row.kdf.derive(&new, &row.salt)?;
        if keys::unwrap(&new_kek, &row.id, Slot::Duress, &slots[1]).is_some() {
            return Err(invalid("the new passphrase is the duress passphrase"));
        }
        let wrapped = keys::wrap(
            &new_kek,
            &row.id,
            Slot::Real,
            key.bytes(),
            hardware.as_ref(),
        )?;
        inner
            .conn
            .execute("UPDATE key_slot SET wrapped = ?1 WHERE slot = 0", [wrapped])
            .map_err(Error::from)?;
        inner.open_session(Vault { id: row.id, key }, row.format)?;
        Ok(new.strength())
    }

    /// Sets the duress passphrase (needs the diary unlocked): unlocking with it silently
    /// wipes the diary and opens an empty one. It must differ from the real passphrase.
    pub fn set_duress_passphrase(
        &self,
        duress: String,
        hardware: Option<Arc<dyn KeyWrapper>>,
    ) -> Result<(), SalamaError> {
        let duress = Passphrase::from_owned(duress)?;
        let mut inner = self.inner();
        inner.session()?;
        let row = load_vault(&inner.conn)?.ok_or(SalamaError::NotFound)?;
        let kek = row.kdf.derive(&duress, &row.salt)?;
        let slots = load_slots(&inner.conn, hardware.as_ref(), row.hardware)?;
        if keys::unwrap(&kek, &row.id, Slot::Real, &slots[0]).is_some() {
            return Err(invalid(
                "the duress passphrase must differ from the passphrase",
            ));
        }
        let marker = SecretKey::generate()?;
        let wrapped = keys::wrap(
            &kek,
            &row.id,
            Slot::Duress,
            marker.bytes(),
            hardware.as_ref(),
        )?;
        inner
            .conn
            .execute("UPDATE key_slot SET wrapped = ?1 WHERE slot = 1", [wrapped])
            .map_err(Error::from)?;
        Ok(())
    }

    /// Removes the duress passphrase (its slot becomes random bytes again).
    pub fn clear_duress_passphrase(
        &self,
        hardware: Option<Arc<dyn KeyWrapper>>,
    ) -> Result<(), SalamaError> {
        let mut inner = self.inner();
        inner.session()?;
        let decoy = keys::decoy(hardware.as_ref())?;
        inner
            .conn
            .execute("UPDATE key_slot SET wrapped = ?1 WHERE slot = 1", [decoy])
            .map_err(Error::from)?;
        Ok(())
    }

    /// Adds an entry, durably: when this returns, the entry survives a crash or power loss.
    pub fn add(&self, draft: EntryDraft) -> Result<DiaryEntry, SalamaError> {
        self.write(|conn, session, now| {
            entries::insert(conn, &session.vault, session.index.as_mut(), &draft, now)
        })
    }

    /// Replaces an entry's content, keeping the previous version (see `history`).
    pub fn edit(&self, id: String, draft: EntryDraft) -> Result<DiaryEntry, SalamaError> {
        let id = id_from_hex(&id)?;
        self.write(|conn, session, now| {
            entries::update(
                conn,
                &session.vault,
                session.index.as_mut(),
                &id,
                &draft,
                now,
            )
        })
    }

    /// Deletes an entry with all its versions and attachments.
    pub fn delete(&self, id: String) -> Result<(), SalamaError> {
        let id = id_from_hex(&id)?;
        self.write(|conn, session, _| entries::delete(conn, session.index.as_mut(), &id))
    }

    /// One entry. A tampered or damaged entry is `Corrupted`; the others stay readable.
    pub fn get(&self, id: String) -> Result<DiaryEntry, SalamaError> {
        let id = id_from_hex(&id)?;
        let mut inner = self.inner();
        let (conn, session) = inner.unlocked()?;
        Ok(entries::get(conn, &session.vault, &id)?)
    }

    /// The earlier versions of an entry, oldest first.
    pub fn history(&self, id: String) -> Result<Vec<DiaryEntry>, SalamaError> {
        let id = id_from_hex(&id)?;
        let mut inner = self.inner();
        let (conn, session) = inner.unlocked()?;
        Ok(entries::history(conn, &session.vault, &id)?)
    }

    /// Entries matching `filter`, newest event first, `limit` (at most 1000) from `offset`.
    pub fn list(
        &self,
        filter: EntryFilter,
        offset: u32,
        limit: u32,
    ) -> Result<EntryPage, SalamaError> {
        let mut inner = self.inner();
        let (conn, session) = inner.unlocked()?;
        if session.index.is_none() {
            session.index = Some(Index::build(conn, &session.vault)?);
        }
        let index = session.index.as_ref().expect("built above");
        if let Some(page) = entries::list(conn, &session.vault, index, &filter, offset, limit)? {
            return Ok(page);
        }
        // The snapshot the index came from does not match the file any more.
        let index = session
            .index
            .insert(Index::decrypt_all(conn, &session.vault)?);
        let page = entries::list(conn, &session.vault, index, &filter, offset, limit)?;
        page.ok_or(SalamaError::Corrupted)
    }

    /// How many entries the diary holds.
    pub fn count(&self) -> Result<u32, SalamaError> {
        let mut inner = self.inner();
        let (conn, _) = inner.unlocked()?;
        Ok(entries::count(conn)?)
    }

    /// The debt ledger: per creditor and currency, owed, paid and remaining, from every
    /// entry that can be read, and the ids of those that cannot.
    pub fn ledger(&self) -> Result<Ledger, SalamaError> {
        let mut inner = self.inner();
        let (conn, session) = inner.unlocked()?;
        let all = entries::read_all(conn, &session.vault, false)?;
        let (current, damaged): (Vec<_>, Vec<_>) = all.iter().partition(|e| e.current);
        Ok(Ledger {
            lines: ledger::compute(
                current
                    .iter()
                    .filter_map(|e| e.versions.last())
                    .map(|(_, body)| &body.draft),
            ),
            damaged: damaged.iter().map(|e| seal::id_to_hex(&e.id)).collect(),
        })
    }

    /// Attaches a file (at most 20 MiB) to an entry.
    pub fn add_attachment(
        &self,
        entry_id: String,
        name: String,
        media_type: String,
        data: Vec<u8>,
    ) -> Result<AttachmentInfo, SalamaError> {
        let entry = id_from_hex(&entry_id)?;
        attachments::check(&name, &media_type, data.len())?;
        self.write(|conn, session, _| {
            attachments::insert(conn, &session.vault, &entry, None, &name, &media_type, data)
        })
    }

    /// The bytes of an attachment.
    pub fn attachment(&self, id: String) -> Result<Vec<u8>, SalamaError> {
        let id = id_from_hex(&id)?;
        let mut inner = self.inner();
        let (conn, session) = inner.unlocked()?;
        Ok(attachments::read(conn, &session.vault, &id)?)
    }

    /// Removes an attachment.
    pub fn remove_attachment(&self, id: String) -> Result<(), SalamaError> {
        let id = id_from_hex(&id)?;
        self.write(|conn, _, _| attachments::delete(conn, &id))
    }

    /// Writes an export for a lawyer or caseworker to `path`: one age-encrypted file (to an
    /// `age1…` recipient or a passphrase) holding a readable report, JSON and attachments.
    /// The standard `age` tool decrypts it. Damaged entries and attachments do not stop
    /// it: they are named in the result and in the report.
    pub fn export(&self, target: ExportTarget, path: String) -> Result<WriteReport, SalamaError> {
        let mut inner = self.inner();
        let now = inner.clock.unix_now();
        inner.session()?;
        let Inner {
            conn,
            session,
            localizer,
            ..
        } = &mut *inner;
        let session = session.as_ref().ok_or(SalamaError::Locked)?;
        Ok(export::write(
            conn,
            &session.vault,
            localizer,
            target,
            Path::new(&path),
            now,
        )?)
    }

    /// Writes an encrypted backup of the whole diary to `path`, readable with
    /// `passphrase` (normally the diary's own) on any phone. Needs the diary unlocked.
    /// Damaged entries and attachments do not stop it: they are named in the result.
    pub fn backup(&self, path: String, passphrase: String) -> Result<WriteReport, SalamaError> {
        let passphrase = Passphrase::from_owned(passphrase)?;
        let mut inner = self.inner();
        let kdf = inner.kdf;
        let (conn, session) = inner.unlocked()?;
        Ok(backup::write(
            conn,
            &session.vault,
            kdf,
            &passphrase,
            Path::new(&path),
        )?)
    }

    /// Restores a backup. Into a data directory without a diary, it creates the diary with
    /// the backup's passphrase and leaves it unlocked. Into an unlocked diary that already
    /// has entries, `mode` must say whether to merge (keep both; the same entry edited on
    /// both sides keeps every version) or replace (the current entries are deleted);
    /// without it the result is `DiaryNotEmpty` and nothing changes.
    pub fn restore(
        &self,
        path: String,
        passphrase: String,
        mode: Option<RestoreMode>,
        hardware: Option<Arc<dyn KeyWrapper>>,
    ) -> Result<RestoreReport, SalamaError> {
        let passphrase = Passphrase::from_owned(passphrase)?;
        let mut inner = self.inner();
        let now = inner.clock.unix_now();
        let exists = load_vault(&inner.conn)?.is_some();
        if exists {
            inner.session()?;
        }
        // A file that is not a backup is refused before any passphrase is tried, so it
        // neither counts as a guess nor resets the count.
        let header = backup::read_header(Path::new(&path), inner.allow_weak_kdf)?;
        // Trying a backup's passphrase is a guess like an unlock: an unlocked diary must
        // not become a way around the delays (a backup usually has the diary's own).
        let failures = guard::begin_attempt(&inner.conn, now)?;
        let opened = match header.unlock(&passphrase) {
            Ok(opened) => {
                guard::succeed_lazily(&inner.conn)?;
                opened
            }
            Err(Error::Public(SalamaError::WrongPassphrase { .. })) => {
                let wipe_after = load_vault(&inner.conn)?.and_then(|row| row.wipe_after);
                return Err(inner.wrong_passphrase(failures, wipe_after)?.into());
            }
            Err(e) => return Err(e.into()),
        };
        if !exists {
            let vault = create_vault(
                &mut inner.conn,
                opened.kdf(),
                opened.salt(),
                opened.kek(),
                hardware.as_ref(),
            )?;
            inner.start_session(vault);
        }
        let Inner { conn, session, .. } = &mut *inner;
        let open_session = session.as_mut().ok_or(SalamaError::Locked)?;
        match backup::restore(conn, &open_session.vault, opened, mode) {
            Ok(report) => {
                open_session.index = None;
                Ok(report)
            }
            Err(e) => {
                if !exists {
                    // The diary made for this restore is empty: remove it, so a bad file
                    // leaves the data directory as it was.
                    *session = None;
                    wipe::wipe(conn)?;
                }
                Err(e.into())
            }
        }
    }

    /// Destroys the diary now: the key first (after that nothing can be decrypted, even
    /// with the passphrase), then every entry and attachment. Works locked or unlocked.
    pub fn wipe(&self) -> Result<(), SalamaError> {
        let mut inner = self.inner();
        inner.session = None;
        wipe::wipe(&mut inner.conn)?;
        Ok(())
    }
}

fn invalid(reason: &str) -> SalamaError {
    SalamaError::InvalidInput {
        reason: reason.to_owned(),
    }
}

impl Diary {
    /// Opens (creating if needed) `diary.db` in `data_dir`.
    pub fn open(data_dir: &Path, localizer: Localizer, options: DiaryOptions) -> Result<Self> {
        let conn = store::open(
            &data_dir.join(DIARY_DB),
            store::Kind::Secret,
            DIARY_MIGRATIONS,
        )?;
        // Checkpoint when locking (see `lock`) rather than in the middle of a write: the
        // default would copy a 20 MiB photo into the database file inside the same call
        // that stored it. SQLite still checkpoints by itself past 64 MiB of log, and when
        // the last connection closes.
        conn.pragma_update(None, "wal_autocheckpoint", 16_384)?;
        conn.pragma_update(None, "cache_spill", false)?;
        Ok(Diary {
            inner: Arc::new(Mutex::new(Inner {
                conn,
                clock: options.clock,
                kdf: options.kdf,
                allow_weak_kdf: options.allow_weak_kdf,
                session: None,
                auto_lock: None,
                watcher_running: false,
                localizer,
            })),
        })
    }

    /// Changes the language of exported reports.
    pub fn set_localizer(&self, localizer: Localizer) {
        self.inner().localizer = localizer;
    }

    fn inner(&self) -> MutexGuard<'_, Inner> {
        // Every change is a transaction that rolls back if a panic interrupted it.
        self.inner.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// Runs `change` in one immediate transaction and commits it durably.
    fn write<T>(
        &self,
        change: impl FnOnce(&Connection, &mut Session, u64) -> Result<T>,
    ) -> Result<T, SalamaError> {
        let mut inner = self.inner();
        let now = inner.clock.unix_now();
        inner.session()?;
        let Inner { conn, session, .. } = &mut *inner;
        let session = session.as_mut().ok_or(SalamaError::Locked)?;
        let tx = conn
            .transaction_with_behavior(TransactionBehavior::Immediate)
            .map_err(Error::from)?;
        // On error the index may have been updated for a change that rolls back: drop it
        // so it is rebuilt from what is really stored.
        match change(&tx, session, now) {
            Ok(value) => match tx.commit() {
                Ok(()) => Ok(value),
                Err(e) => {
                    session.index = None;
                    Err(Error::from(e).into())
                }
            },
            Err(e) => {
                session.index = None;
                Err(e.into())
            }
        }
    }
}

/// Leaves a current list snapshot for the next unlock: the index of this session if it
/// changed, or, if a change deleted the snapshot before any list built the index, a new
/// one (decrypting every head here, when locking, instead of at the next first list).
fn save_snapshot(conn: &Connection, session: Session) -> Result<()> {
    let index = match session.index {
        Some(index) if !index.dirty => return Ok(()),
        Some(index) => index,
        None if entries::has_snapshot(conn)? => return Ok(()),
        None => Index::decrypt_all(conn, &session.vault)?,
    };
    index.save(conn, &session.vault)
}

/// The auto-lock thread: sleeps until the idle time could be over, locks if it is, and
/// stops when auto-lock is turned off or the diary is gone.
fn watch_idle(inner: std::sync::Weak<Mutex<Inner>>) {
    let mut wait = Duration::from_millis(200);
    loop {
        std::thread::sleep(wait);
        let Some(inner) = inner.upgrade() else {
            return;
        };
        let mut inner = inner.lock().unwrap_or_else(|e| e.into_inner());
        let Some(idle) = inner.auto_lock else {
            inner.watcher_running = false;
            return;
        };
        let now = inner.clock.monotonic();
        wait = match &inner.session {
            Some(session) => {
                let idle_for = now.saturating_sub(session.last_used);
                if idle_for > idle {
                    inner.lock_now();
                    idle
                } else {
                    idle - idle_for + Duration::from_millis(50)
                }
            }
            None => idle,
        }
        .clamp(Duration::from_millis(200), Duration::from_secs(60));
    }
}

impl Inner {
    /// Forgets the key: saves the list snapshot if it changed, then checkpoints the log.
    fn lock_now(&mut self) {
        if let Some(session) = self.session.take() {
            // Best effort: without a snapshot the next list decrypts every head instead.
            let _ = save_snapshot(&self.conn, session);
        }
        // Best effort: a failed checkpoint leaves the log for the next one; nothing is lost.
        let _ = wipe::checkpoint(&self.conn);
    }

    /// Locks if the session has been idle for longer than the auto-lock time, without
    /// counting this check as use.
    fn lock_if_idle(&mut self) {
        let now = self.clock.monotonic();
        let expired = match (&self.session, self.auto_lock) {
            (Some(session), Some(idle)) => now.saturating_sub(session.last_used) > idle,
            _ => false,
        };
        if expired {
            self.lock_now();
        }
    }

    /// The session, if unlocked and not idle for longer than the auto-lock time; marks it
    /// used.
    fn session(&mut self) -> Result<&mut Session, SalamaError> {
        self.lock_if_idle();
        let now = self.clock.monotonic();
        let session = self.session.as_mut().ok_or(SalamaError::Locked)?;
        session.last_used = now;
        Ok(session)
    }

    fn unlocked(&mut self) -> Result<(&Connection, &mut Session), SalamaError> {
        self.session()?;
        let session = self.session.as_mut().ok_or(SalamaError::Locked)?;
        Ok((&self.conn, session))
    }

    /// Starts a session on an existing vault, first bringing its records to the layout
    /// this build writes.
    fn open_session(&mut self, vault: Vault, format: u32) -> Result<()> {
        upgrade::run(&mut self.conn, &vault, format)?;
        self.start_session(vault);
        Ok(())
    }

    fn start_session(&mut self, vault: Vault) {
        self.session = Some(Session {
            vault,
            last_used: self.clock.monotonic(),
            index: None,
        });
    }

    /// One passphrase attempt against the vault, the only way the diary's passphrase is
    /// checked (unlock, passphrase change): the hardware layer first (a missing or
    /// refused device key is not a guess), then the guard counts the attempt before the
    /// slow derivation. A wrong passphrase is recorded, wipes the diary if the user chose
    /// that, and is `WrongPassphrase`; the caller clears the count on success.
    fn attempt(
        &mut self,
        row: &VaultRow,
        passphrase: &Passphrase,
        hardware: Option<&Arc<dyn KeyWrapper>>,
    ) -> Result<Opened> {
        let slots = load_slots(&self.conn, hardware, row.hardware)?;
        row.kdf.check(self.allow_weak_kdf)?;
        let failures = guard::begin_attempt(&self.conn, self.clock.unix_now())?;
        let kek = row.kdf.derive(passphrase, &row.salt)?;
        if let Some(key) = keys::unwrap(&kek, &row.id, Slot::Real, &slots[0]) {
            return Ok(Opened::Real(key, slots));
        }
        if keys::unwrap(&kek, &row.id, Slot::Duress, &slots[1]).is_some() {
            // The duress passphrase: the real diary goes first, whatever the caller
            // does next.
            self.session = None;
            wipe::wipe(&mut self.conn)?;
            return Ok(Opened::Duress(kek));
        }
        Err(self.wrong_passphrase(failures, row.wipe_after)?)
    }

    /// A wrong passphrase that made `failures` in a row: made durable, and the diary wiped
    /// if that reaches the limit the user set. Returns the error to give.
    fn wrong_passphrase(&mut self, failures: u32, wipe_after: Option<u32>) -> Result<Error> {
        guard::fail(&self.conn)?;
        if wipe_after.is_some_and(|limit| failures >= limit) {
            self.session = None;
            wipe::wipe(&mut self.conn)?;
        }
        Ok(guard::wrong(failures))
    }

    /// After the duress passphrase wiped the real diary: an empty one protected by `kek`
    /// (with the same salt and cost, so it looks like the diary it replaces), keeping the
    /// user's wipe setting, and unlocked.
    fn replace_after_duress(
        &mut self,
        row: &VaultRow,
        kek: &SecretKey,
        hardware: Option<&Arc<dyn KeyWrapper>>,
    ) -> Result<()> {
        let vault = create_vault(&mut self.conn, row.kdf, &row.salt, kek, hardware)?;
        set_wipe_after(&self.conn, row.wipe_after)?;
        self.start_session(vault);
        Ok(())
    }
}

/// What a passphrase attempt opened.
enum Opened {
    /// The real passphrase: the data key, and both key slots without their hardware
    /// layer (so the device key is asked once).
    Real(SecretKey, [Zeroizing<Vec<u8>>; 2]),
    /// The duress passphrase (the real diary is already wiped): the key it derived.
    Duress(SecretKey),
}

fn load_vault(conn: &Connection) -> Result<Option<VaultRow>> {
    let row = conn
        .query_row(
            "SELECT vault_id, kdf_memory_kib, kdf_iterations, kdf_parallelism, salt, hardware,
                    wipe_after, format
             FROM vault WHERE id = 1",
            [],
            |r| {
                Ok((
                    r.get::<_, Vec<u8>>(0)?,
                    KdfParams {
                        memory_kib: r.get(1)?,
                        iterations: r.get(2)?,
                        parallelism: r.get(3)?,
                    },
                    r.get::<_, Vec<u8>>(4)?,
                    r.get::<_, bool>(5)?,
                    r.get::<_, Option<u32>>(6)?,
                    r.get::<_, u32>(7)?,
                ))
            },
        )
        .optional()?;
    row.map(|(id, kdf, salt, hardware, wipe_after, format)| {
        Ok(VaultRow {
            id: entries::blob_id(&id)?,
            kdf,
            salt,
            hardware,
            wipe_after,
            format,
        })
    })
    .transpose()
}

/// Both key slots without their hardware layer.
fn load_slots(
    conn: &Connection,
    hardware: Option<&Arc<dyn KeyWrapper>>,
    needs_hardware: bool,
) -> Result<[Zeroizing<Vec<u8>>; 2]> {
    let hardware = match (needs_hardware, hardware) {
        (true, None) => {
            return Err(Error::InvalidInput(
                "this diary needs the device key to unlock".into(),
            ));
        }
        (true, some) => some,
        (false, _) => None,
    };
    let slot = |n: i64| -> Result<Zeroizing<Vec<u8>>> {
        let stored: Vec<u8> = conn
            .query_row("SELECT wrapped FROM key_slot WHERE slot = ?1", [n], |r| {
                r.get(0)
            })
            .optional()?
            .ok_or_else(seal::corrupted)?;
        keys::hardware_unwrap(&stored, hardware)
    };
    Ok([slot(0)?, slot(1)?])
}

/// Creates a vault: a new data key wrapped by `kek` in slot 0, a decoy in slot 1.
fn create_vault(
    conn: &mut Connection,
    kdf: KdfParams,
    salt: &[u8],
    kek: &SecretKey,
    hardware: Option<&Arc<dyn KeyWrapper>>,
) -> Result<Vault> {
    let id = seal::new_id()?;
    let key = SecretKey::generate()?;
    let real = keys::wrap(kek, &id, Slot::Real, key.bytes(), hardware)?;
    let decoy = keys::decoy(hardware)?;
    let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
    tx.execute(
        "INSERT INTO vault (id, vault_id, kdf_memory_kib, kdf_iterations, kdf_parallelism,
                            salt, hardware, format)
         VALUES (1, ?1, ?2, ?3, ?4, ?5, ?6, ?7)",
        rusqlite::params![
            &id[..],
            kdf.memory_kib,
            kdf.iterations,
            kdf.parallelism,
            salt,
            hardware.is_some(),
            upgrade::FORMAT
        ],
    )?;
    tx.execute(
        "INSERT INTO key_slot (slot, wrapped) VALUES (0, ?1), (1, ?2)",
        [real, decoy],
    )?;
    guard::succeed(&tx)?;
    tx.commit()?;
    Ok(Vault { id, key })
}

/// Creates (or truncates) a file only the user can read: exports and backups are
/// encrypted, but their size and existence are nobody else's business either.
fn create_private_file(path: &Path) -> std::io::Result<std::fs::File> {
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create(true).truncate(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(0o600);
    }
    options.open(path)
}

fn set_wipe_after(conn: &Connection, failures: Option<u32>) -> Result<()> {
    conn.execute("UPDATE vault SET wipe_after = ?1 WHERE id = 1", [failures])?;
    Ok(())
}

#[cfg(test)]
mod tests;
