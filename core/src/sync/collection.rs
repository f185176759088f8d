//! Collections, the units a release is made of, and what each kind of collection means.
//!
//! A collection is named `<kind>/<key>`: `helplines/GR`, `translations/ar`. To add a kind: add a [`CollectionKind`] variant, say how its
//! bytes are validated in [`CollectionKind::validate`] (into a [`Validated`] variant), and
//! how a validated collection is installed into and removed from the running app in
//! `sync::apply`. Kinds this build does not know are listed in indexes without harm: they
//! are neither downloaded nor applied, so older apps keep working with newer releases.

use std::fmt;

use serde::{Deserialize, Serialize};

use crate::error::{Error, Result};
use crate::helplines::model::{self, Line, Origin};
use crate::l10n::updates;

/// The most bytes one collection may have.
pub const MAX_COLLECTION_BYTES: u64 = 8 * 1024 * 1024;

/// A collection's name, checked to be safe as a path segment.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct CollectionName {
    kind: String,
    key: String,
}

impl CollectionName {
    /// Parses `<kind>/<key>`: `kind` is 1–32 lower-case letters, `key` 1–35 ASCII letters,
    /// digits or dashes. Nothing else (no dots, no slashes) can reach a URL or a path.
    pub fn parse(name: &str) -> Result<Self> {
        let invalid = || Error::InvalidInput("not a valid collection name (<kind>/<key>)".into());
        let (kind, key) = name.split_once('/').ok_or_else(invalid)?;
        let kind_ok =
            (1..=32).contains(&kind.len()) && kind.bytes().all(|b| b.is_ascii_lowercase());
        let key_ok = (1..=35).contains(&key.len())
            && key.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-');
        if !kind_ok || !key_ok {
            return Err(invalid());
        }
        Ok(CollectionName {
            kind: kind.to_owned(),
            key: key.to_owned(),
        })
    }

    /// A helpline collection for a country or region code.
    pub fn helplines(code: &str) -> Self {
        CollectionName {
            kind: "helplines".into(),
            key: code.to_owned(),
        }
    }

    /// The kind, if this build knows it.
    pub fn kind(&self) -> Option<CollectionKind> {
        CollectionKind::from_name(&self.kind)
    }

    pub fn key(&self) -> &str {
        &self.key
    }

    /// Where its file lives, relative to the release: `helplines/GR.json`.
    pub fn path(&self) -> String {
        format!("{}/{}.json", self.kind, self.key)
    }
}

impl fmt::Display for CollectionName {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}/{}", self.kind, self.key)
    }
}

/// The kinds of collection this build understands.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CollectionKind {
    /// `helplines/<CC>`: every helpline of one country or region.
    Helplines,
    /// `translations/<locale>`: a locale's fixed or new strings, laid over the compiled-in
    /// translations (see `l10n::updates`).
    Translations,
}

impl CollectionKind {
    fn from_name(kind: &str) -> Option<Self> {
        match kind {
            "helplines" => Some(CollectionKind::Helplines),
            "translations" => Some(CollectionKind::Translations),
            _ => None,
        }
    }

    /// Parses and validates a collection's bytes; nothing is applied until every
    /// collection of a release has passed.
    pub fn validate(self, name: &CollectionName, bytes: &[u8]) -> Result<Validated> {
        match self {
            CollectionKind::Helplines => Ok(Validated::Helplines {
                code: name.key().to_owned(),
                lines: model::parse_collection(bytes, name.key(), Origin::Published)?,
            }),
            CollectionKind::Translations => {
                let files = parse_translations(bytes, name.key())?;
                Ok(Validated::Translations {
                    locale: name.key().to_owned(),
                    files,
                })
            }
        }
    }
}

/// A collection that passed validation, ready to be installed.
pub enum Validated {
    Helplines {
        code: String,
        lines: Vec<Line>,
    },
    /// A locale's update as (file name, Fluent source), already checked by
    /// `updates::validate`.
    Translations {
        locale: String,
        files: Vec<(String, String)>,
    },
}

/// The translation collection format this build reads and writes.
pub const TRANSLATIONS_FORMAT: u32 = 1;

/// A `translations/<locale>` collection: `{"format":1,"locale":"ar","files":[{"name":
/// "errors.ftl","source":"…"}]}`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TranslationsFile {
    pub format: u32,
    pub locale: String,
    pub files: Vec<TranslationSource>,
}

/// One Fluent file of a translation collection.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TranslationSource {
    pub name: String,
    pub source: String,
}

/// Parses and validates a `translations/<locale>` collection: its format, that it names
/// the locale of its key, and that its Fluent passes every check of `updates::validate`.
pub fn parse_translations(bytes: &[u8], locale: &str) -> Result<Vec<(String, String)>> {
    let file: TranslationsFile = serde_json::from_slice(bytes).map_err(|e| {
        Error::InvalidInput(format!(
            "translations/{locale}: not a translation collection: {e}"
        ))
    })?;
    if file.format != TRANSLATIONS_FORMAT {
        return Err(Error::InvalidInput(format!(
            "translations/{locale}: format {} is not one this version reads",
            file.format
        )));
    }
    if file.locale != locale {
        return Err(Error::InvalidInput(format!(
            "translations/{locale}: the collection says it is for another locale"
        )));
    }
    let files: Vec<(String, String)> = file.files.into_iter().map(|f| (f.name, f.source)).collect();
    updates::validate(locale, &files)?;
    Ok(files)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_safe_path_segments() {
        let name = CollectionName::parse("helplines/GR").unwrap();
        assert_eq!(name.kind(), Some(CollectionKind::Helplines));
        assert_eq!(
            (name.key(), name.path().as_str()),
            ("GR", "helplines/GR.json")
        );
        assert_eq!(name.to_string(), "helplines/GR");
        let translations = CollectionName::parse("translations/ar").unwrap();
        assert_eq!(translations.kind(), Some(CollectionKind::Translations));
        let future = CollectionName::parse("ringtones/ar").unwrap();
        assert_eq!(future.kind(), None);
        for bad in [
            "",
            "helplines",
            "helplines/",
            "/GR",
            "helplines/G.R",
            "helplines/../x",
            "Helplines/GR",
            "helplines/GR/x",
            "helplines/G R",
            "helplines/ΓΡ",
            "a/0123456789012345678901234567890123456",
        ] {
            assert!(CollectionName::parse(bad).is_err(), "{bad}");
        }
    }

    fn translations(body: &str) -> Result<Validated> {
        let name = CollectionName::parse("translations/ar").unwrap();
        CollectionKind::Translations.validate(&name, body.as_bytes())
    }

    #[test]
    fn translation_collections_are_checked_whole() {
        let ok = r#"{"format":1,"locale":"ar","files":[{"name":"app.ftl","source":"app-back = عودة\n"}]}"#;
        match translations(ok).unwrap() {
            Validated::Translations { locale, files } => {
                assert_eq!(locale, "ar");
                assert_eq!(
                    files,
                    [("app.ftl".to_owned(), "app-back = عودة\n".to_owned())]
                );
            }
            Validated::Helplines { .. } => panic!("wrong kind"),
        }
        for (bad, expected) in [
            ("", "not a translation collection"),
            (
                "{\"format\":1,\"locale\":\"ar\",\"files\":[",
                "not a translation collection",
            ),
            ("[]", "not a translation collection"),
            (
                "{\"format\":1,\"locale\":\"ar\",\"files\":[],\"x\":1}",
                "unknown field",
            ),
            ("{\"format\":2,\"locale\":\"ar\",\"files\":[]}", "format 2"),
            (
                "{\"format\":1,\"locale\":\"fa\",\"files\":[]}",
                "another locale",
            ),
            (
                r#"{"format":1,"locale":"ar","files":[{"name":"app.ftl","source":"app-back = { $x !"}]}"#,
                "syntax-error",
            ),
            (
                r#"{"format":1,"locale":"ar","files":[{"name":"app.ftl"}]}"#,
                "missing field",
            ),
        ] {
            match translations(bad) {
                Err(Error::InvalidInput(why)) => assert!(why.contains(expected), "{why}"),
                Err(other) => panic!("{bad}: {other:?}"),
                Ok(_) => panic!("{bad} must be refused"),
            }
        }
        let unknown = CollectionName::parse("translations/xx").unwrap();
        let body = br#"{"format":1,"locale":"xx","files":[]}"#;
        assert!(
            CollectionKind::Translations
                .validate(&unknown, body)
                .is_err()
        );
    }
}
