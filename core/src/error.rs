//! Errors: a rich internal `Error` for the code, and a small public `SalamaError` whose
//! variants are only what an app can act on.
//!
//! Every public variant carries the Fluent id of its user-facing message, so the app shows
//! it in the reader's language. No variant carries anything the user wrote, a passphrase or
//! a key: internal errors are reduced to a category before they cross the boundary.

/// The internal error of the core. Functions inside the crate return [`Result`].
#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error("not found: {0}")]
    NotFound(String),
    #[error("invalid input: {0}")]
    InvalidInput(String),
    #[error("database error: {0}")]
    Sqlite(#[from] rusqlite::Error),
    #[error("i/o error: {0}")]
    Io(#[from] std::io::Error),
    #[error(
        "the database was written by a newer version of Salama (schema {found}, this build knows {known})"
    )]
    SchemaTooNew { found: u32, known: u32 },
    #[error("bundled content is invalid: {0}")]
    Content(String),
    #[error("{0}")]
    Public(SalamaError),
}

/// The core's internal result type.
pub type Result<T, E = Error> = std::result::Result<T, E>;

/// What went wrong, as an app needs to know it.
///
/// Show the text of [`SalamaError::message_id`] (through `Salama::text`) to the user;
/// every variant is safe to log: none contains anything the user wrote.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error, uniffi::Error)]
pub enum SalamaError {
    /// The thing asked for (an article, an entry, a helpline, a message) does not exist.
    #[error("not found")]
    NotFound,
    /// The input was not acceptable; `reason` says which rule it broke, never what it held.
    #[error("invalid input: {reason}")]
    InvalidInput { reason: String },
    /// The diary passphrase was wrong. `attempts_left` counts down to the lockout.
    #[error("wrong passphrase ({})", attempts_left_detail(*attempts_left))]
    WrongPassphrase { attempts_left: u32 },
    /// Too many wrong passphrases: try again after `retry_after_s` seconds.
    #[error("locked out for {retry_after_s} s")]
    LockedOut { retry_after_s: u64 },
    /// The diary is locked: unlock it first.
    #[error("the diary is locked")]
    Locked,
    /// Restoring a backup into a diary that already has `entries` entries: ask the user
    /// whether to merge or replace, then restore again with that choice.
    #[error(
        "the diary already has {entries} {}: merge or replace?",
        if *entries == 1 { "entry" } else { "entries" }
    )]
    DiaryNotEmpty { entries: u32 },
    /// A stored record failed its integrity check; the others are unaffected.
    #[error("a record is damaged and cannot be read")]
    Corrupted,
    /// Downloaded or imported data is not signed by a trusted key, or does not match what
    /// the signed index pinned.
    #[error("bad signature or hash: {reason}")]
    BadSignature { reason: String },
    /// The offered release is older than the one already installed.
    #[error("rollback refused: offered serial {offered}, installed {installed}")]
    Rollback { offered: u64, installed: u64 },
    /// The release has expired: the data still works but may be out of date.
    #[error("the release expired")]
    Expired,
    /// The network failed or the server misbehaved; nothing was changed.
    #[error("network error: {reason}")]
    Network { reason: String },
    /// Local storage failed (disk full, unreadable file); nothing was lost.
    #[error("storage error: {reason}")]
    Storage { reason: String },
    /// A bug in Salama: please report it. Nothing was changed.
    #[error("internal error: {reason}")]
    Internal { reason: String },
}

/// The English detail of `WrongPassphrase` (logs, and after the localized text in the
/// desktop app). At 0 the next try already waits.
fn attempts_left_detail(attempts_left: u32) -> String {
    match attempts_left {
        0 => "no attempts left: every try waits now".to_owned(),
        1 => "1 attempt left before a delay".to_owned(),
        n => format!("{n} attempts left before a delay"),
    }
}

impl SalamaError {
    /// The Fluent message id of the user-facing text for this error.
    pub fn message_id(&self) -> &'static str {
        match self {
            SalamaError::NotFound => "error-not-found",
            SalamaError::InvalidInput { .. } => "error-invalid-input",
            SalamaError::WrongPassphrase { .. } => "error-wrong-passphrase",
            SalamaError::LockedOut { .. } => "error-locked-out",
            SalamaError::Locked => "error-locked",
            SalamaError::DiaryNotEmpty { .. } => "error-diary-not-empty",
            SalamaError::Corrupted => "error-corrupted",
            SalamaError::BadSignature { .. } => "error-bad-signature",
            SalamaError::Rollback { .. } => "error-rollback",
            SalamaError::Expired => "error-expired",
            SalamaError::Network { .. } => "error-network",
            SalamaError::Storage { .. } => "error-storage",
            SalamaError::Internal { .. } => "error-internal",
        }
    }
}

impl From<Error> for SalamaError {
    fn from(error: Error) -> Self {
        match error {
            Error::NotFound(_) => SalamaError::NotFound,
            Error::InvalidInput(reason) => SalamaError::InvalidInput { reason },
            Error::Sqlite(e) => SalamaError::Storage {
                reason: sqlite_category(&e),
            },
            Error::Io(e) => SalamaError::Storage {
                reason: e.kind().to_string(),
            },
            e @ Error::SchemaTooNew { .. } => SalamaError::Storage {
                reason: e.to_string(),
            },
            Error::Content(reason) => SalamaError::Internal { reason },
            Error::Public(e) => e,
        }
    }
}

/// A stored value of the wrong type can only come from a damaged or tampered file.
impl From<rusqlite::types::FromSqlError> for Error {
    fn from(_: rusqlite::types::FromSqlError) -> Self {
        Error::Public(SalamaError::Corrupted)
    }
}

impl From<SalamaError> for Error {
    fn from(error: SalamaError) -> Self {
        Error::Public(error)
    }
}

impl From<uniffi::UnexpectedUniFFICallbackError> for SalamaError {
    fn from(error: uniffi::UnexpectedUniFFICallbackError) -> Self {
        SalamaError::Internal {
            reason: format!("callback failed: {}", error.reason),
        }
    }
}

/// SQLite's messages can quote values from a failed statement, so only its error code
/// crosses the boundary.
fn sqlite_category(error: &rusqlite::Error) -> String {
    match error.sqlite_error_code() {
        Some(code) => format!("sqlite: {code:?}"),
        None => "sqlite: client error".to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sqlite_errors_do_not_carry_values() {
        let conn = rusqlite::Connection::open_in_memory().unwrap();
        let err = conn
            .execute("INSERT INTO nowhere VALUES ('secret-marker')", [])
            .unwrap_err();
        let public = SalamaError::from(Error::from(err));
        assert!(!format!("{public:?}").contains("secret-marker"));
        assert!(matches!(public, SalamaError::Storage { .. }));
    }

    #[test]
    fn counts_in_the_english_details_agree_in_number() {
        let wrong = |n| SalamaError::WrongPassphrase { attempts_left: n }.to_string();
        assert_eq!(
            wrong(4),
            "wrong passphrase (4 attempts left before a delay)"
        );
        assert_eq!(wrong(1), "wrong passphrase (1 attempt left before a delay)");
        assert_eq!(
            wrong(0),
            "wrong passphrase (no attempts left: every try waits now)"
        );
        let not_empty = |n| SalamaError::DiaryNotEmpty { entries: n }.to_string();
        assert_eq!(
            not_empty(1),
            "the diary already has 1 entry: merge or replace?"
        );
        assert_eq!(
            not_empty(3),
            "the diary already has 3 entries: merge or replace?"
        );
    }

    #[test]
    fn every_variant_has_an_error_message_id() {
        let all = [
            SalamaError::NotFound,
            SalamaError::InvalidInput { reason: "x".into() },
            SalamaError::WrongPassphrase { attempts_left: 1 },
            SalamaError::LockedOut { retry_after_s: 1 },
            SalamaError::Locked,
            SalamaError::DiaryNotEmpty { entries: 3 },
            SalamaError::Corrupted,
            SalamaError::BadSignature { reason: "x".into() },
            SalamaError::Rollback {
                offered: 1,
                installed: 2,
            },
            SalamaError::Expired,
            SalamaError::Network { reason: "x".into() },
            SalamaError::Storage { reason: "x".into() },
            SalamaError::Internal { reason: "x".into() },
        ];
        for e in all {
            assert!(e.message_id().starts_with("error-"));
        }
    }
}
