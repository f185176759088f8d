//! The unlock guard: counts wrong passphrases and makes the next try wait, persisted in
//! `diary.db` so restarting the app does not reset it.
//!
//! An attempt is counted before the key derivation runs and cleared only after it
//! succeeds, so killing the app in the middle of a guess still spends the attempt. That
//! first write is not waited for (no disk sync: a killed process does not lose it, only a
//! power cut could), and a wrong guess is synced before its error is returned. Whoever cuts
//! the power during the derivation learns nothing from that guess; whoever learns that a
//! guess was wrong has it counted on disk. So an unlock costs no disk sync at all.

use std::time::{Duration, SystemTime, UNIX_EPOCH};

use rusqlite::{Connection, OptionalExtension};

use crate::error::{Error, Result, SalamaError};

/// Wrong passphrases allowed before the first delay.
pub const FREE_ATTEMPTS: u32 = 5;
const FIRST_DELAY_S: u64 = 30;
const MAX_DELAY_S: u64 = 3_600;

/// The wait imposed after `failures` wrong passphrases: none for the first four, then
/// 30 s after the fifth, doubling up to an hour.
pub fn delay_after(failures: u32) -> u64 {
    if failures < FREE_ATTEMPTS {
        return 0;
    }
    let doublings = (failures - FREE_ATTEMPTS).min(20);
    (FIRST_DELAY_S << doublings).min(MAX_DELAY_S)
}

/// Where time comes from: the wall clock for delays that must survive restarts, a
/// monotonic clock for auto-lock. Tests substitute their own.
pub trait Clock: Send + Sync {
    /// Seconds since the Unix epoch.
    fn unix_now(&self) -> u64;
    /// A monotonic reading, for measuring idle time.
    fn monotonic(&self) -> Duration;
}

pub struct SystemClock {
    start: std::time::Instant,
}

impl SystemClock {
    pub fn new() -> Self {
        SystemClock {
            start: std::time::Instant::now(),
        }
    }
}

impl Default for SystemClock {
    fn default() -> Self {
        Self::new()
    }
}

impl Clock for SystemClock {
    fn unix_now(&self) -> u64 {
        SystemTime::now()
            .duration_since(UNIX_EPOCH)
            .map_or(0, |d| d.as_secs())
    }

    fn monotonic(&self) -> Duration {
        self.start.elapsed()
    }
}

/// The persisted state: how many wrong passphrases in a row, and until when to refuse.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct GuardState {
    pub failures: u32,
    pub not_before: u64,
}

pub fn load(conn: &Connection) -> Result<GuardState> {
    let state = conn
        .query_row(
            "SELECT failures, not_before FROM guard WHERE id = 1",
            [],
            |r| {
                Ok(GuardState {
                    failures: r.get(0)?,
                    not_before: u64::try_from(r.get::<_, i64>(1)?).unwrap_or(0),
                })
            },
        )
        .optional()?;
    Ok(state.unwrap_or(GuardState {
        failures: 0,
        not_before: 0,
    }))
}

fn store(conn: &Connection, state: GuardState) -> Result<()> {
    conn.execute(
        "INSERT INTO guard (id, failures, not_before) VALUES (1, ?1, ?2)
         ON CONFLICT (id) DO UPDATE SET failures = ?1, not_before = ?2",
        (
            state.failures,
            i64::try_from(state.not_before).unwrap_or(i64::MAX),
        ),
    )?;
    Ok(())
}

/// Refuses with `LockedOut` while a delay runs; otherwise counts the attempt as failed
/// (durably) and returns the failure count it will have if the passphrase is wrong.
pub fn begin_attempt(conn: &Connection, now: u64) -> Result<u32> {
    let state = load(conn)?;
    if now < state.not_before {
        // A clock set back far must not lock the person out for years: never wait
        // longer than the longest delay from now.
        let mut not_before = state.not_before;
        if not_before - now > MAX_DELAY_S {
            not_before = now + MAX_DELAY_S;
            store(
                conn,
                GuardState {
                    not_before,
                    ..state
                },
            )?;
        }
        return Err(Error::Public(SalamaError::LockedOut {
            retry_after_s: not_before - now,
        }));
    }
    let failures = state.failures.saturating_add(1);
    without_sync(conn, || {
        store(
            conn,
            GuardState {
                failures,
                not_before: now + delay_after(failures),
            },
        )
    })?;
    Ok(failures)
}

/// A wrong passphrase: make the counted attempt durable before anyone is told.
pub fn fail(conn: &Connection) -> Result<()> {
    let state = load(conn)?;
    // Rewriting the row in a synchronous commit syncs the log, including the earlier write.
    store(conn, state)
}

fn without_sync<T>(conn: &Connection, write: impl FnOnce() -> Result<T>) -> Result<T> {
    conn.pragma_update(None, "synchronous", "NORMAL")?;
    let result = write();
    conn.pragma_update(None, "synchronous", "FULL")?;
    result
}

/// The right passphrase: forget the failures.
pub fn succeed(conn: &Connection) -> Result<()> {
    store(
        conn,
        GuardState {
            failures: 0,
            not_before: 0,
        },
    )
}

/// The right passphrase, on the unlock path: the reset is committed without waiting for
/// the disk. Losing it in a power cut only leaves the count one higher, which never gives
/// anyone an extra guess.
pub fn succeed_lazily(conn: &Connection) -> Result<()> {
    without_sync(conn, || succeed(conn))
}

/// The error for a wrong passphrase that made `failures` in a row (after [`fail`]).
pub fn wrong(failures: u32) -> Error {
    Error::Public(SalamaError::WrongPassphrase {
        attempts_left: FREE_ATTEMPTS.saturating_sub(failures),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diary::schema::DIARY_MIGRATIONS;
    use crate::store;

    #[test]
    fn delays_start_after_five_failures_and_grow_to_a_cap() {
        let delays: Vec<u64> = (0..12).map(delay_after).collect();
        assert_eq!(delays, [0, 0, 0, 0, 0, 30, 60, 120, 240, 480, 960, 1920]);
        assert_eq!(delay_after(13), 3_600);
        assert_eq!(delay_after(u32::MAX), 3_600);
    }

    #[test]
    fn attempts_are_counted_and_cleared() {
        let conn = store::open_in_memory(store::Kind::Secret, DIARY_MIGRATIONS).unwrap();
        for expected in 1..=5 {
            assert_eq!(begin_attempt(&conn, 1_000).unwrap(), expected);
        }
        let locked = begin_attempt(&conn, 1_010).unwrap_err();
        assert!(matches!(
            locked,
            Error::Public(SalamaError::LockedOut { retry_after_s: 20 })
        ));
        assert_eq!(begin_attempt(&conn, 1_030).unwrap(), 6);
        assert!(matches!(
            begin_attempt(&conn, 1_031),
            Err(Error::Public(SalamaError::LockedOut { retry_after_s: 59 }))
        ));
        succeed(&conn).unwrap();
        assert_eq!(load(&conn).unwrap().failures, 0);
        assert_eq!(begin_attempt(&conn, 0).unwrap(), 1);
    }

    #[test]
    fn a_clock_set_back_never_locks_out_for_longer_than_the_cap() {
        let conn = store::open_in_memory(store::Kind::Secret, DIARY_MIGRATIONS).unwrap();
        store(
            &conn,
            GuardState {
                failures: 9,
                not_before: 10_000_000,
            },
        )
        .unwrap();
        assert!(matches!(
            begin_attempt(&conn, 5),
            Err(Error::Public(SalamaError::LockedOut {
                retry_after_s: 3_600
            }))
        ));
        // The shortened wait is stored: an hour later the next attempt is allowed.
        assert_eq!(begin_attempt(&conn, 3_605).unwrap(), 10);
    }
}
