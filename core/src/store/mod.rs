//! SQLite files: opening them with the pragmas Salama relies on, and migrating their schema.
//!
//! Both databases (`content.db`, `diary.db`) go through [`open`], so every file gets WAL,
//! in-memory temp tables and a busy timeout, and every schema change is one transaction
//! that a crash either finishes or never started.

use std::path::Path;
use std::time::Duration;

use rusqlite::{Connection, OpenFlags, TransactionBehavior};

use crate::error::{Error, Result};

/// One step of a schema's history: the SQL that takes `user_version` from `index` to
/// `index + 1`. A schema is the list of all its steps, oldest first; steps never change
/// once released, so a database migrated from any past version equals a fresh one.
pub type Migration = &'static str;

/// The schema of `content.db`: everything in it can be rebuilt from the compiled-in
/// content or fetched again, so a damaged file is set aside and recreated.
pub const CONTENT_MIGRATIONS: &[Migration] = &[
    // 1: key-value state, and the article search index with the fingerprint of the text
    // each locale was indexed from.
    "CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;
     CREATE TABLE search_indexed (locale TEXT PRIMARY KEY, fingerprint TEXT NOT NULL) WITHOUT ROWID;
     CREATE VIRTUAL TABLE search_fts USING fts5(
         text, article UNINDEXED, locale UNINDEXED, unit UNINDEXED, original UNINDEXED,
         tokenize = 'trigram'
     );",
    // 2: over-the-air translation updates: each locale's current update, file by file,
    // applied over the compiled-in translations (see `l10n::updates`).
    "CREATE TABLE l10n_updates (
         locale TEXT NOT NULL,
         name TEXT NOT NULL,
         source TEXT NOT NULL,
         PRIMARY KEY (locale, name)
     ) WITHOUT ROWID;",
    // 3: signed releases: the installed index and signature, each installed collection's
    // exact bytes, and the outcome of the update attempts (see `sync::db`).
    crate::sync::db::MIGRATION,
    // 4: the compiled-in translations each stored update was validated against, so an
    // update from before an app upgrade stops hiding the newer compiled strings (see
    // `l10n::updates::base`). Rows stored before this step have no base and are ignored.
    "ALTER TABLE l10n_updates ADD COLUMN base TEXT NOT NULL DEFAULT '';",
];

/// How a database file is used, which decides its pragmas.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// Rebuildable, non-secret data.
    Content,
    /// Secret data: freed pages are overwritten so deleted ciphertext does not linger.
    Secret,
}

/// Opens (creating if needed) the database at `path` and migrates it to the newest schema.
pub fn open(path: &Path, kind: Kind, migrations: &[Migration]) -> Result<Connection> {
    if kind == Kind::Secret {
        make_private(path)?;
    }
    let mut conn = Connection::open_with_flags(
        path,
        OpenFlags::SQLITE_OPEN_READ_WRITE
            | OpenFlags::SQLITE_OPEN_CREATE
            | OpenFlags::SQLITE_OPEN_NO_MUTEX
            | OpenFlags::SQLITE_OPEN_URI,
    )?;
    configure(&conn, kind)?;
    migrate(&mut conn, migrations)?;
    Ok(conn)
}

/// Creates a secret database file readable by its owner only (0600), or tightens one an
/// earlier build left readable by others, before SQLite opens it. SQLite gives the log and
/// shared-memory files (`-wal`, `-shm`) the mode of the database file, so they follow.
/// Even sealed, a diary's size and existence are nobody else's business on a shared
/// computer.
#[cfg(unix)]
fn make_private(path: &Path) -> Result<()> {
    use std::os::unix::fs::{OpenOptionsExt, PermissionsExt};
    std::fs::OpenOptions::new()
        .write(true)
        .create(true)
        .truncate(false)
        .mode(0o600)
        .open(path)?;
    for suffix in ["", "-wal", "-shm", "-journal"] {
        let mut name = path.as_os_str().to_owned();
        name.push(suffix);
        match std::fs::set_permissions(&name, std::fs::Permissions::from_mode(0o600)) {
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
            other => other?,
        }
    }
    Ok(())
}

/// Elsewhere the platform's per-user data directory is what keeps others out.
#[cfg(not(unix))]
fn make_private(_path: &Path) -> Result<()> {
    Ok(())
}

/// Opens an in-memory database with the same schema, for tests and benchmarks.
pub fn open_in_memory(kind: Kind, migrations: &[Migration]) -> Result<Connection> {
    let mut conn = Connection::open_in_memory()?;
    configure(&conn, kind)?;
    migrate(&mut conn, migrations)?;
    Ok(conn)
}

fn configure(conn: &Connection, kind: Kind) -> Result<()> {
    conn.busy_timeout(Duration::from_secs(5))?;
    // Reading the header fails fast on a file that is not a database at all.
    conn.query_row("PRAGMA schema_version", [], |_| Ok(()))?;
    conn.pragma_update(None, "journal_mode", "WAL")?;
    // NORMAL is durable across application crashes in WAL mode; FULL adds a sync per
    // commit so acknowledged writes also survive power loss, which the diary promises.
    let synchronous = match kind {
        Kind::Content => "NORMAL",
        Kind::Secret => "FULL",
    };
    conn.pragma_update(None, "synchronous", synchronous)?;
    conn.pragma_update(None, "temp_store", "MEMORY")?;
    conn.pragma_update(None, "foreign_keys", "ON")?;
    if kind == Kind::Secret {
        conn.pragma_update(None, "secure_delete", "ON")?;
    }
    Ok(())
}

/// Brings the schema to `migrations.len()` in one transaction, or leaves it untouched.
pub fn migrate(conn: &mut Connection, migrations: &[Migration]) -> Result<()> {
    let known = u32::try_from(migrations.len()).expect("fewer than 2^32 migrations");
    let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
    let found: u32 = tx.query_row("PRAGMA user_version", [], |row| row.get(0))?;
    if found > known {
        return Err(Error::SchemaTooNew { found, known });
    }
    for step in &migrations[found as usize..] {
        tx.execute_batch(step)?;
    }
    if found != known {
        tx.pragma_update(None, "user_version", known)?;
    }
    tx.commit()?;
    Ok(())
}

/// The schema of a database as `sqlite_master` describes it, for comparing a migrated
/// database with a fresh one in tests.
#[cfg(test)]
pub fn schema_of(conn: &Connection) -> Vec<(String, String, String)> {
    let mut stmt = conn
        .prepare(
            "SELECT type, name, coalesce(sql, '') FROM sqlite_master \
             WHERE name NOT LIKE 'sqlite_%' ORDER BY type, name",
        )
        .unwrap();
    stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap()
}

/// Asserts that migrating from every past version of `migrations` gives the same schema as
/// a fresh database. Each component calls this on its own schema.
#[cfg(test)]
pub fn assert_migrations_converge(migrations: &[Migration]) {
    let fresh = open_in_memory(Kind::Content, migrations).unwrap();
    let fresh_schema = schema_of(&fresh);
    for past in 0..migrations.len() {
        let mut conn = open_in_memory(Kind::Content, &migrations[..past]).unwrap();
        migrate(&mut conn, migrations).unwrap();
        assert_eq!(
            schema_of(&conn),
            fresh_schema,
            "migrating from version {past}"
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const STEPS: &[Migration] = &[
        "CREATE TABLE a (id INTEGER PRIMARY KEY);",
        "ALTER TABLE a ADD COLUMN name TEXT; CREATE INDEX a_name ON a(name);",
    ];

    #[test]
    fn migrations_converge() {
        assert_migrations_converge(STEPS);
        assert_migrations_converge(CONTENT_MIGRATIONS);
    }

    #[test]
    fn refuses_a_newer_schema() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("x.db");
        drop(open(&path, Kind::Content, STEPS).unwrap());
        let err = open(&path, Kind::Content, &STEPS[..1]).unwrap_err();
        assert!(matches!(err, Error::SchemaTooNew { found: 2, known: 1 }));
    }

    #[test]
    fn a_failing_step_changes_nothing() {
        let mut conn = open_in_memory(Kind::Content, &STEPS[..1]).unwrap();
        let broken: &[Migration] = &[STEPS[0], "CREATE TABLE b (x); THIS IS NOT SQL;"];
        assert!(migrate(&mut conn, broken).is_err());
        let version: u32 = conn
            .query_row("PRAGMA user_version", [], |r| r.get(0))
            .unwrap();
        assert_eq!(version, 1);
        assert!(conn.prepare("SELECT * FROM b").is_err());
    }

    #[test]
    fn secret_databases_use_secure_delete_and_wal() {
        let dir = tempfile::tempdir().unwrap();
        let conn = open(&dir.path().join("s.db"), Kind::Secret, STEPS).unwrap();
        let secure: i64 = conn
            .query_row("PRAGMA secure_delete", [], |r| r.get(0))
            .unwrap();
        let mode: String = conn
            .query_row("PRAGMA journal_mode", [], |r| r.get(0))
            .unwrap();
        assert_eq!(secure, 1);
        assert_eq!(mode, "wal");
    }

    #[test]
    fn a_file_that_is_not_a_database_is_an_error() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("junk.db");
        std::fs::write(
            &path,
            b"this is definitely not an sqlite database file at all",
        )
        .unwrap();
        assert!(open(&path, Kind::Content, STEPS).is_err());
    }
}
