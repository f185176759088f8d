//! # Salama core
//!
//! The offline-first core of Salama, shared by the Android app, the iOS app (through
//! [uniffi](https://mozilla.github.io/uniffi-rs/)) and the desktop command line. It gives
//! people on the move their rights in their own language, offline, lets them search
//! them in their own script, and finds the helplines that can help them now, from a
//! directory that works offline and updates itself from signed releases.
//!
//! Everything starts from [`Salama`]:
//!
//! ```
//! use salama_core::{Salama, SalamaConfig};
//!
//! let dir = tempfile::tempdir().unwrap();
//! let salama = Salama::open(SalamaConfig {
//!     data_dir: dir.path().to_string_lossy().into_owned(),
//!     locales: vec!["fa-AF".into()],
//!     trusted_keys: vec![],
//! })
//! .unwrap();
//! assert_eq!(salama.active_locales(), ["fa", "en"]);
//! let article = salama.article("non-refoulement".into()).unwrap();
//! assert_eq!(article.locale, "fa");
//! assert!(!article.sources.is_empty());
//!
//! // Helplines work offline from the first start: emergency numbers first.
//! let lines = salama
//!     .helplines(salama_core::HelplineQuery {
//!         country: Some("GR".into()),
//!         ..Default::default()
//!     })
//!     .unwrap();
//! assert_eq!(lines[0].id, "eu-112");
//! ```
//!
//! Errors reach apps as [`SalamaError`], whose variants are what an app can act on and
//! whose [`SalamaError::message_id`] names the text to show.

uniffi::setup_scaffolding!();

mod app;
pub mod diary;
mod error;
pub mod guide;
pub mod helplines;
pub mod l10n;
pub mod rights;
pub mod store;
pub mod sync;
#[cfg(feature = "test-hooks")]
mod test_hooks;

pub use app::{Salama, SalamaConfig, StartupReport};
pub use diary::{
    Amount, AttachmentInfo, Diary, DiaryEntry, EntryDraft, EntryFilter, EntryKind, EntryPage,
    ExportTarget, KeyWrapper, Ledger, LedgerLine, PassphraseCheck, RestoreMode, RestoreReport,
    WriteReport,
};
pub use error::SalamaError;
pub use guide::{
    GuideAnswer, GuideArticle, GuideChoice, GuideCountry, GuideHelpline, GuideNeed, GuideNote,
    GuideOption, GuideQuestion, GuideResult, GuideStep,
};
pub use helplines::{
    Channel, ChannelKind, Helpline, HelplineOrigin, HelplineQuery, HelplineSource, HoursKind,
    LocalTime, Need, OpenState, OpenStatus, Opening, OpeningHours, VerificationStatus, Weekday,
};
pub use l10n::{ArgValue, LocaleInfo, LocalizedText, ReviewState, ReviewStatus, TextDirection};
pub use rights::search::{SearchHit, TextRange};
pub use rights::{Article, ArticleSection, ArticleSummary, LegalSource};
pub use sync::{
    HttpClient, HttpError, HttpHeader, HttpRequest, HttpResponse, InstalledCollectionInfo,
    PackSummary, SyncErrorInfo, SyncListener, SyncOptions, SyncPhase, SyncProgress, SyncReport,
    SyncStatus, UpdatePlan,
};
