//! Brings a diary written by an earlier build up to the record layout this build writes,
//! the first time it is unlocked: the changes need the data key, so the schema migration
//! (which runs before anyone unlocks) cannot make them. `vault.format` says which layout
//! a diary's records have.
//!
//! - Format 1: entry heads did not pin the current version, so an older version could be
//!   put back as the current one unnoticed; attachments were ordered by counting rowids.
//! - Format 2: each head is sealed for the current version and holds the tag of its body;
//!   attachments carry their position inside their sealed name and have random rowids.
//!
//! The whole conversion is one transaction: a crash leaves format 1, converted at the next
//! unlock.

use rusqlite::{Connection, TransactionBehavior};

use super::attachments;
use super::entries::{self, Vault};
use crate::error::{Error, Result};

/// The layout this build writes.
pub const FORMAT: u32 = 2;

/// Converts the diary to [`FORMAT`] if it has an earlier one (`found`).
pub fn run(conn: &mut Connection, vault: &Vault, found: u32) -> Result<()> {
    if found == FORMAT {
        return Ok(());
    }
    if found > FORMAT {
        // Records this build cannot read correctly: refuse rather than guess.
        return Err(Error::SchemaTooNew {
            found,
            known: FORMAT,
        });
    }
    let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
    entries::upgrade_legacy_heads(&tx, vault)?;
    attachments::upgrade_legacy_order(&tx, vault)?;
    // Every head changed, so every snapshot row's tag is stale.
    entries::invalidate_snapshot(&tx)?;
    tx.execute("UPDATE vault SET format = ?1 WHERE id = 1", [FORMAT])?;
    tx.commit()?;
    Ok(())
}
