//! Quick wipe by crypto-shredding: the wrapped keys are destroyed first, so that even if
//! the phone dies a moment later nothing left on disk can be decrypted with the
//! passphrase; then the rows go, and the write-ahead log is checkpointed and truncated so
//! no old page survives in it.
//!
//! What this cannot promise: flash storage may keep old blocks that the file system freed.
//! Without the wrapped key those blocks are ciphertext nobody can open.

use rusqlite::{Connection, TransactionBehavior};

use crate::error::{Error, Result, SalamaError};

/// Destroys the diary in `conn`: keys first, then rows, then the log.
pub fn wipe(conn: &mut Connection) -> Result<()> {
    // 1. Crypto-shred: overwrite both key slots and the salt with random bytes, and push
    // that into the main file at once, so the old wrapped key exists nowhere.
    let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
    tx.execute(
        "UPDATE key_slot SET wrapped = randomblob(length(wrapped))",
        [],
    )?;
    tx.execute("UPDATE vault SET salt = randomblob(length(salt))", [])?;
    tx.commit()?;
    checkpoint(conn)?;

    // 2. The rows. `secure_delete` zeroes the freed space in each page.
    let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
    tx.execute_batch(
        "DELETE FROM index_snapshot;
         DELETE FROM attachment;
         DELETE FROM entry_version;
         DELETE FROM entry;
         DELETE FROM key_slot;
         DELETE FROM vault;
         DELETE FROM guard;",
    )?;
    tx.commit()?;

    // 3. Give back the freed pages (zeroed) and empty the log.
    conn.execute_batch("VACUUM")?;
    checkpoint(conn)?;
    Ok(())
}

/// Copies every page of the log into the main file and truncates the log to zero bytes.
pub fn checkpoint(conn: &Connection) -> Result<()> {
    let busy: i64 = conn.query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |r| r.get(0))?;
    if busy != 0 {
        return Err(Error::Public(SalamaError::Storage {
            reason: "another connection holds the diary open".into(),
        }));
    }
    Ok(())
}
