//! The schema of `diary.db`: only random ids, sizes, sealed blobs and the metadata needed
//! to unwrap the key. Nothing the user wrote and none of their dates is a column.
//!
//! What the file does reveal, and why that is accepted:
//! - how many entries there are, how many versions each has, how many attachments, and
//!   their sealed sizes. Entry bodies are padded to 256-byte steps so sizes only roughly
//!   bound the text length.
//! - nothing about order or time in any value: entries are keyed by random ids (tables
//!   without rowid, so there is no write counter either); attachments need a rowid table
//!   (SQLite writes large blobs piecewise only there) and get random rowids. The event
//!   date and the time an entry was written, which order the list, are inside each
//!   entry's sealed head; an attachment's position among its entry's is sealed with its
//!   name. (Where SQLite happens to place rows in the file can still hint at the order
//!   they were written: new pages are added at the end.)
//! - the unlock guard (failure count, the time before which no attempt is accepted) and
//!   whether wiping after failures is on: they must work while the diary is locked.

use crate::store::Migration;

pub const DIARY_MIGRATIONS: &[Migration] = &[
    // 1: the vault, its two key slots, the unlock guard, entries with their versions, and
    // attachments.
    "CREATE TABLE vault (
         id INTEGER PRIMARY KEY CHECK (id = 1),
         vault_id BLOB NOT NULL,
         kdf_memory_kib INTEGER NOT NULL,
         kdf_iterations INTEGER NOT NULL,
         kdf_parallelism INTEGER NOT NULL,
         salt BLOB NOT NULL,
         hardware INTEGER NOT NULL,
         wipe_after INTEGER
     );
     -- Slot 0 holds the data key wrapped by the passphrase; slot 1 holds the duress
     -- marker or random bytes of the same length, so the file never tells whether a duress
     -- passphrase is set.
     CREATE TABLE key_slot (
         slot INTEGER PRIMARY KEY CHECK (slot IN (0, 1)),
         wrapped BLOB NOT NULL
     );
     CREATE TABLE guard (
         id INTEGER PRIMARY KEY CHECK (id = 1),
         failures INTEGER NOT NULL,
         not_before INTEGER NOT NULL
     );
     -- One B-tree each, so adding an entry writes as few pages as possible.
     CREATE TABLE entry (
         id BLOB PRIMARY KEY,
         version INTEGER NOT NULL,
         head BLOB NOT NULL
     ) WITHOUT ROWID;
     CREATE TABLE entry_version (
         entry_id BLOB NOT NULL REFERENCES entry(id) ON DELETE CASCADE,
         version INTEGER NOT NULL,
         body BLOB NOT NULL,
         PRIMARY KEY (entry_id, version)
     ) WITHOUT ROWID;
     CREATE TABLE attachment (
         id BLOB PRIMARY KEY,
         entry_id BLOB NOT NULL REFERENCES entry(id) ON DELETE CASCADE,
         size INTEGER NOT NULL,
         meta BLOB NOT NULL,
         data BLOB NOT NULL
     );
     CREATE INDEX attachment_by_entry ON attachment(entry_id);
     -- The sealed list-order index, written when the diary is locked (see entries.rs).
     CREATE TABLE index_snapshot (
         id INTEGER PRIMARY KEY CHECK (id = 1),
         sealed BLOB NOT NULL
     );",
    // 2: the layout of the sealed records (see upgrade.rs). Diaries made before it have
    // layout 1 and are converted when next unlocked, since that needs the key.
    "ALTER TABLE vault ADD COLUMN format INTEGER NOT NULL DEFAULT 1;",
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn migrations_converge() {
        crate::store::assert_migrations_converge(DIARY_MIGRATIONS);
    }

    #[test]
    fn no_column_can_hold_a_plaintext_date_or_text() {
        let conn =
            crate::store::open_in_memory(crate::store::Kind::Secret, DIARY_MIGRATIONS).unwrap();
        let schema = crate::store::schema_of(&conn);
        let sql: String = schema.iter().map(|(_, _, sql)| sql.as_str()).collect();
        for forbidden in ["TEXT", "DATE", "TIME", "created", "written", "happened"] {
            assert!(!sql.contains(forbidden), "{forbidden} in diary schema");
        }
    }
}
