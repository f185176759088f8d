//! `Salama`, the entry object: opens the data directory, owns the reader's languages, the
//! content database and the helpline directory, and answers the app's questions about
//! rights. Helplines (`helplines/`) and updates (`sync/`) add their own exported methods.

use std::collections::HashMap;
use std::fs;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex, MutexGuard};

use rusqlite::Connection;

use crate::diary::{Diary, DiaryOptions};
use crate::error::{Error, Result, SalamaError};
use crate::guide::Questionnaire;
use crate::helplines::Directory;
use crate::l10n::{
    ArgValue, LocaleInfo, LocalizedText, Localizer, TextDirection, Translations, fluent_args,
    updates,
};
use crate::rights::search::{self, SearchHit};
use crate::rights::{Article, ArticleSummary, Catalog, Renderer};
use crate::store;
use crate::sync::PendingIndex;
use crate::sync::signatures::TrustedKeys;

/// How to open Salama.
#[derive(Debug, Clone, uniffi::Record)]
pub struct SalamaConfig {
    /// A directory private to the app; created if missing. Salama keeps its databases here.
    pub data_dir: String,
    /// The reader's languages as BCP 47 tags, most preferred first (e.g. `["fa-AF", "en"]`).
    pub locales: Vec<String>,
    /// Publisher keys to trust for updates besides the compiled-in ones, each
    /// `ed25519:<64 hex digits>`. Set by the app's build (an organisation's own key, or a
    /// test key), never by the person using the app.
    #[uniffi(default = [])]
    pub trusted_keys: Vec<String>,
}

/// What happened while opening, for the app to tell the user.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct StartupReport {
    /// The content database was damaged or unreadable, was set aside and rebuilt from the
    /// compiled-in content. Downloaded updates are fetched again at the next sync; the
    /// diary is not affected.
    pub content_rebuilt: bool,
    /// The Fluent id of a notice to show, if any.
    pub notice_id: Option<String>,
}

/// The Salama core: rights, languages and search, offline from the first start.
///
/// Open one per data directory and share it between threads; every method is synchronous,
/// so call them off the UI thread.
#[derive(uniffi::Object)]
pub struct Salama {
    data_dir: PathBuf,
    state: Mutex<State>,
    startup: StartupReport,
    trusted: TrustedKeys,
    /// Opened on first use, then shared, so every caller sees the same locked or unlocked
    /// diary.
    diary: Mutex<Option<Arc<Diary>>>,
}

pub(crate) struct State {
    pub(crate) translations: Translations,
    pub(crate) l10n: Localizer,
    pub(crate) content: Connection,
    /// The situation check in force: compiled-in, or replaced by a verified release.
    pub(crate) guide: Arc<Questionnaire>,
    /// Whether the search index was brought up to date for the reader's languages since
    /// they or their text last changed. Switching language only clears it, so it stays
    /// instant; the first search after reindexes what changed (~30 ms for a language
    /// never searched on this phone).
    pub(crate) indexed: bool,
    /// The helplines shown: the compiled-in seed with installed collections over it.
    pub(crate) directory: Directory,
    /// An index fetched by `check_for_update`, for the `sync` that follows.
    pub(crate) pending_index: Option<PendingIndex>,
}

const CONTENT_DB: &str = "content.db";

#[uniffi::export]
impl Salama {
    /// Opens Salama on `config.data_dir` in the reader's languages. Works on an empty
    /// directory with no network. A damaged content database is rebuilt and reported in
    /// [`Salama::startup_report`].
    #[uniffi::constructor]
    pub fn open(config: SalamaConfig) -> Result<Arc<Self>, SalamaError> {
        Ok(Arc::new(Self::open_inner(config)?))
    }

    /// Every language Salama can show, with its native name, direction, completeness and
    /// review status, for a language picker.
    pub fn available_locales(&self) -> Vec<LocaleInfo> {
        self.state().translations.describe()
    }

    /// The reader's languages as negotiated: the best available match for each preferred
    /// locale, in order, always including English as the last fallback.
    pub fn active_locales(&self) -> Vec<String> {
        self.state().l10n.locales()
    }

    /// The direction of the reader's first language, for laying out screens.
    pub fn direction(&self) -> TextDirection {
        self.state().l10n.direction()
    }

    /// Changes the reader's languages; returns the negotiated list. Takes effect at once:
    /// the search index catches up at the next search.
    pub fn set_locales(&self, locales: Vec<String>) -> Result<Vec<String>, SalamaError> {
        let mut state = self.state();
        let negotiated = state.translations.negotiate(&locales);
        state.l10n = state.translations.localizer(negotiated.clone());
        state.indexed = false;
        if let Some(diary) = &*self.diary.lock().unwrap_or_else(|e| e.into_inner()) {
            diary.set_localizer(state.translations.localizer(negotiated));
        }
        Ok(state.l10n.locales())
    }

    /// The interface text `id` in the reader's language, with `args` filled in.
    pub fn text(
        &self,
        id: String,
        args: HashMap<String, ArgValue>,
    ) -> Result<LocalizedText, SalamaError> {
        Ok(self.state().l10n.text(&id, Some(&fluent_args(&args)))?)
    }

    /// The rights articles, in reading order, with their titles and summaries.
    pub fn topics(&self) -> Vec<ArticleSummary> {
        let state = self.state();
        Catalog::embedded()
            .articles
            .iter()
            .map(|spec| Renderer::summary(&state.l10n, spec))
            .collect()
    }

    /// One article, rendered in the reader's language. Unknown ids are `NotFound`.
    pub fn article(&self, id: String) -> Result<Article, SalamaError> {
        let spec = Catalog::embedded().get(&id)?;
        Ok(Renderer::new(&self.state().l10n).article(spec))
    }

    /// Searches every article in the reader's languages. Any text is a valid query; one
    /// with no letters or digits finds nothing.
    pub fn search(&self, query: String) -> Result<Vec<SearchHit>, SalamaError> {
        let mut state = self.state();
        state.ensure_indexed()?;
        Ok(search::search(&state.content, &state.l10n, &query)?)
    }

    /// What happened while opening (e.g. a rebuilt content database).
    pub fn startup_report(&self) -> StartupReport {
        self.startup.clone()
    }

    /// The encrypted diary of this data directory (created on first use, locked).
    pub fn diary(&self) -> Result<Arc<Diary>, SalamaError> {
        self.diary_with(DiaryOptions::default)
    }
}

impl Salama {
    fn open_inner(config: SalamaConfig) -> Result<Self> {
        let trusted = TrustedKeys::compiled_and(&config.trusted_keys)?;
        let data_dir = PathBuf::from(&config.data_dir);
        create_private_dir(&data_dir)?;
        let mut translations = Translations::embedded();
        let (mut content, content_rebuilt) = open_content(&data_dir.join(CONTENT_DB))?;
        translations.set_updates(updates::load(&content)?);
        let negotiated = translations.negotiate(&config.locales);
        search::ensure_indexed(&mut content, &translations, &negotiated)?;
        let l10n = translations.localizer(negotiated);
        let mut directory = Directory::seed();
        crate::sync::apply::load_installed(&content, &mut directory)?;
        Ok(Salama {
            data_dir,
            state: Mutex::new(State {
                translations,
                l10n,
                content,
                directory,
                pending_index: None,
                guide: Questionnaire::embedded()?,
                indexed: true,
            }),
            startup: StartupReport {
                content_rebuilt,
                notice_id: content_rebuilt.then(|| "notice-content-rebuilt".to_owned()),
            },
            trusted,
            diary: Mutex::new(None),
        })
    }

    /// The publisher keys this instance trusts.
    pub(crate) fn trusted_keys(&self) -> &TrustedKeys {
        &self.trusted
    }

    /// Applies an over-the-air translation update of `locale` (file name, Fluent source)
    /// and shows it at once, without a restart. The update replaces the locale's previous
    /// one; one that does not parse, changes a message's variables, or names a locale
    /// Salama does not know is rejected whole with [`SalamaError::InvalidInput`], and the
    /// translations shown stay as they were.
    ///
    /// The signed-release sync applies translation collections with
    /// [`updates::apply`] inside its own transaction instead, then calls
    /// [`Salama::reload_translations`].
    pub fn apply_translation_update(
        &self,
        locale: &str,
        files: Vec<(String, String)>,
    ) -> Result<(), SalamaError> {
        let mut state = self.state();
        let tx = state.content.transaction().map_err(Error::from)?;
        updates::apply(&tx, locale, files)?;
        tx.commit().map_err(Error::from)?;
        Ok(state.reload_translations()?)
    }

    /// Reads the translation updates stored in `content.db` again and shows them, for
    /// after a transaction that changed them has committed.
    pub fn reload_translations(&self) -> Result<(), SalamaError> {
        Ok(self.state().reload_translations()?)
    }

    /// The diary, opened with `options` the first time (tests and benchmarks use cheaper
    /// key derivation and their own clock; apps use [`Salama::diary`]).
    pub fn diary_with(
        &self,
        options: impl FnOnce() -> DiaryOptions,
    ) -> Result<Arc<Diary>, SalamaError> {
        // The state lock is taken and released before the diary lock, never inside it:
        // `set_locales` takes them in that order.
        let localizer = {
            let state = self.state();
            state.translations.localizer(state.l10n.locales())
        };
        let mut slot = self.diary.lock().unwrap_or_else(|e| e.into_inner());
        if let Some(diary) = &*slot {
            return Ok(diary.clone());
        }
        let diary = Arc::new(Diary::open(&self.data_dir, localizer, options())?);
        *slot = Some(diary.clone());
        Ok(diary)
    }

    /// The data directory this instance was opened on.
    pub fn data_dir(&self) -> &Path {
        &self.data_dir
    }

    /// The user-facing text of an error in the reader's language.
    pub fn describe_error(&self, error: &SalamaError) -> String {
        let mut args = HashMap::new();
        match error {
            SalamaError::WrongPassphrase { attempts_left } => {
                args.insert("attempts".to_owned(), number(f64::from(*attempts_left)));
            }
            SalamaError::LockedOut { retry_after_s } => {
                args.insert("seconds".to_owned(), number(*retry_after_s as f64));
            }
            SalamaError::DiaryNotEmpty { entries } => {
                args.insert("entries".to_owned(), number(f64::from(*entries)));
            }
            _ => {}
        }
        self.state()
            .l10n
            .text_or_id(error.message_id(), Some(&fluent_args(&args)))
    }

    /// Runs `f` on the situation check in force and the reader's localizer.
    pub(crate) fn with_guide<R>(&self, f: impl FnOnce(&Questionnaire, &Localizer) -> R) -> R {
        let state = self.state();
        f(&state.guide, &state.l10n)
    }

    /// Replaces the situation check with the one `build` makes from the current
    /// translations; on error the one in force stays.
    pub(crate) fn replace_guide(
        &self,
        build: impl FnOnce(&Translations) -> Result<Questionnaire>,
    ) -> Result<()> {
        let mut state = self.state();
        state.guide = Arc::new(build(&state.translations)?);
        Ok(())
    }

    pub(crate) fn state(&self) -> MutexGuard<'_, State> {
        // A panic while the lock was held cannot leave a half-applied change behind:
        // every change is a transaction that rolls back when dropped.
        self.state.lock().unwrap_or_else(|e| e.into_inner())
    }
}

/// Errors in words, for apps: an exported error carries only its kind, so the app asks the
/// core for the sentence to show in the reader's language.
#[uniffi::export]
impl Salama {
    /// The sentence to show the reader for `error`, in their language, with its numbers
    /// (attempts left, seconds to wait) filled in. Contains nothing the user wrote.
    pub fn error_message(&self, error: SalamaError) -> String {
        self.describe_error(&error)
    }
}

impl State {
    /// Loads the stored translation updates and rebuilds the reader's localizer on them;
    /// the next search reindexes what changed.
    pub(crate) fn reload_translations(&mut self) -> Result<()> {
        self.translations.set_updates(updates::load(&self.content)?);
        self.l10n = self.translations.localizer(self.l10n.locales());
        self.indexed = false;
        Ok(())
    }

    /// Brings the search index up to date for the reader's languages, if they or their
    /// text changed since it last was.
    fn ensure_indexed(&mut self) -> Result<()> {
        if !self.indexed {
            let locales = self.l10n.locales();
            search::ensure_indexed(&mut self.content, &self.translations, &locales)?;
            self.indexed = true;
        }
        Ok(())
    }
}

fn number(value: f64) -> ArgValue {
    ArgValue::Number { value }
}

fn create_private_dir(dir: &Path) -> Result<()> {
    fs::create_dir_all(dir)?;
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        fs::set_permissions(dir, fs::Permissions::from_mode(0o700))?;
    }
    Ok(())
}

/// Opens `content.db`; a file that is damaged, not a database, or from a newer Salama is
/// moved aside to `content.db.damaged` and a fresh one created, since everything in it
/// can be rebuilt or fetched again. Errors that a new file would not fix (permissions, a
/// full disk) are returned.
fn open_content(path: &Path) -> Result<(Connection, bool)> {
    match open_checked(path) {
        Ok(conn) => Ok((conn, false)),
        Err(e) if is_damage(&e) => {
            let aside = path.with_extension("db.damaged");
            fs::rename(path, &aside)?;
            for suffix in ["-wal", "-shm"] {
                let sidecar = PathBuf::from(format!("{}{suffix}", path.display()));
                if sidecar.exists() {
                    fs::remove_file(sidecar)?;
                }
            }
            Ok((open_checked(path)?, true))
        }
        Err(e) => Err(e),
    }
}

fn open_checked(path: &Path) -> Result<Connection> {
    let conn = store::open(path, store::Kind::Content, store::CONTENT_MIGRATIONS)?;
    // Every page of every real table, the search index's own tables included, table by
    // table: a plain `quick_check` also runs FTS5's check of the whole index against its
    // text, which cost 20 times as much (3 ms of a 4 ms open) for damage the page check
    // already finds.
    let tables: Vec<String> = conn
        .prepare(
            "SELECT name FROM sqlite_schema \
             WHERE type = 'table' AND sql NOT LIKE 'CREATE VIRTUAL%'",
        )?
        .query_map([], |row| row.get(0))?
        .collect::<rusqlite::Result<_>>()?;
    for table in tables {
        let pragma = format!("PRAGMA quick_check(\"{}\")", table.replace('"', "\"\""));
        let check: String = conn.query_row(&pragma, [], |row| row.get(0))?;
        if check != "ok" {
            return Err(Error::Sqlite(rusqlite::Error::SqliteFailure(
                rusqlite::ffi::Error::new(rusqlite::ffi::SQLITE_CORRUPT),
                None,
            )));
        }
    }
    Ok(conn)
}

fn is_damage(error: &Error) -> bool {
    use rusqlite::ErrorCode::{DatabaseCorrupt, NotADatabase};
    match error {
        Error::SchemaTooNew { .. } => true,
        Error::Sqlite(e) => matches!(e.sqlite_error_code(), Some(DatabaseCorrupt | NotADatabase)),
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn open(dir: &Path, locales: &[&str]) -> Arc<Salama> {
        Salama::open(SalamaConfig {
            data_dir: dir.to_string_lossy().into_owned(),
            locales: locales.iter().map(|l| l.to_string()).collect(),
            trusted_keys: vec![],
        })
        .unwrap()
    }

    #[test]
    fn opens_on_an_empty_directory_and_reads_an_article() {
        let dir = tempfile::tempdir().unwrap();
        let app = open(&dir.path().join("new/nested"), &["ar"]);
        assert_eq!(app.active_locales(), ["ar", "en"]);
        assert_eq!(app.direction(), TextDirection::Rtl);
        let article = app.article("asylum".into()).unwrap();
        assert_eq!(article.locale, "ar");
        assert_eq!(article.direction, TextDirection::Rtl);
        assert!(!app.startup_report().content_rebuilt);
    }

    #[test]
    fn unknown_article_is_not_found_and_unknown_locale_falls_back() {
        let dir = tempfile::tempdir().unwrap();
        let app = open(dir.path(), &["zz-Unknown", "fa-AF"]);
        assert_eq!(app.active_locales(), ["fa", "en"]);
        assert_eq!(app.article("nope".into()), Err(SalamaError::NotFound));
        assert_eq!(app.set_locales(vec!["xx".into()]).unwrap(), ["en"]);
        assert_eq!(app.topics()[0].locale, "en");
    }

    #[test]
    fn per_message_fallback_reports_the_locale_used() {
        let dir = tempfile::tempdir().unwrap();
        let app = open(dir.path(), &["ar"]);
        let text = app.text("rights-notice".into(), HashMap::new()).unwrap();
        assert_eq!(text.locale, "ar");
        assert_eq!(
            app.text("no-such-message".into(), HashMap::new()),
            Err(SalamaError::NotFound)
        );
    }

    #[test]
    fn damage_behind_an_intact_header_is_found_and_rebuilt() {
        let dir = tempfile::tempdir().unwrap();
        drop(open(dir.path(), &["ar"]));
        let db = dir.path().join(CONTENT_DB);
        // Checkpointed, so the damage is in the main file, not in a log SQLite ignores.
        let conn = rusqlite::Connection::open(&db).unwrap();
        conn.pragma_update(None, "journal_mode", "DELETE").unwrap();
        drop(conn);
        let mut bytes = fs::read(&db).unwrap();
        let page = 4096;
        let len = bytes.len();
        // Page 1 (header and schema) stays; the pages after it are scrambled.
        for b in &mut bytes[page..len] {
            *b = b.wrapping_mul(31).wrapping_add(7);
        }
        fs::write(&db, bytes).unwrap();
        let app = open(dir.path(), &["ar"]);
        assert!(app.startup_report().content_rebuilt);
        assert!(!app.search("اللجوء".into()).unwrap().is_empty());
    }

    #[test]
    fn a_damaged_content_database_is_set_aside_and_rebuilt() {
        let dir = tempfile::tempdir().unwrap();
        drop(open(dir.path(), &["fa"]));
        let db = dir.path().join(CONTENT_DB);
        // Overwrite the middle of the file with garbage, as a bad flash sector would.
        let mut bytes = fs::read(&db).unwrap();
        let len = bytes.len();
        for b in &mut bytes[len / 4..] {
            *b = 0xA5;
        }
        bytes[..16].copy_from_slice(b"not a database!!");
        fs::write(&db, bytes).unwrap();

        let app = open(dir.path(), &["fa"]);
        let report = app.startup_report();
        assert!(report.content_rebuilt);
        assert_eq!(report.notice_id.as_deref(), Some("notice-content-rebuilt"));
        assert!(dir.path().join("content.db.damaged").exists());
        assert!(!app.search("پناهندگی".into()).unwrap().is_empty());

        drop(app);
        assert!(!open(dir.path(), &["fa"]).startup_report().content_rebuilt);
    }

    #[test]
    fn describes_errors_without_leaking_placeholders() {
        let dir = tempfile::tempdir().unwrap();
        let app = open(dir.path(), &["en"]);
        let text = app.describe_error(&SalamaError::LockedOut { retry_after_s: 30 });
        assert!(text.contains("30"), "{text}");
        assert!(!text.starts_with("error-"));
        assert_eq!(
            app.error_message(SalamaError::LockedOut { retry_after_s: 30 }),
            text
        );
    }
}
