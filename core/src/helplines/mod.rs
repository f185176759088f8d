//! The helpline directory: who can help, in which country, for which need, in which
//! language, by which channel, and whether they answer now.
//!
//! A seed directory taken only from public sources is compiled in, so it works on the first
//! start with no network; signed releases (see [`crate::sync`]) replace it country by
//! country. Every line carries its sources and the date its facts are from: the source's
//! own date, or when a named person or organisation checked it.

pub mod countries;
mod directory;
pub mod hours;
pub mod model;

use jiff::Timestamp;

pub use directory::{Directory, Found, HelplineQuery, normalize_country, seed_files};
pub use hours::{LocalTime, OpenState, OpenStatus, Weekday};
pub use model::{ChannelKind, Need, VerificationStatus};

use crate::app::Salama;
use crate::error::{Error, SalamaError};
use crate::l10n::{LocalizedText, Localizer};
use model::{Line, Origin, Text};

/// A helpline as an app shows it, in the reader's language.
#[derive(Debug, Clone, PartialEq, uniffi::Record)]
pub struct Helpline {
    /// Stable id, e.g. `it-numero-verde-antitratta`.
    pub id: String,
    /// ISO 3166-1 alpha-2 code, or a region such as `EU`.
    pub country: String,
    pub name: LocalizedText,
    pub description: LocalizedText,
    /// A caveat to show with the line (who it is for, what to check), if any.
    pub note: Option<LocalizedText>,
    /// An emergency number: shown first, always.
    pub emergency: bool,
    pub needs: Vec<Need>,
    pub channels: Vec<Channel>,
    /// Languages spoken (BCP 47), as the source states them; empty if it does not say.
    pub languages: Vec<String>,
    /// Also speaks languages not listed (e.g. through interpreters).
    pub more_languages: bool,
    /// Free of charge; `None` when the source does not say.
    pub free: Option<bool>,
    pub hours: OpeningHours,
    /// Open now, and when that changes, at the time of the query.
    pub open: OpenStatus,
    /// Who runs it.
    pub operator: Option<String>,
    pub status: VerificationStatus,
    pub sources: Vec<HelplineSource>,
    /// The date the entry's facts are from (`YYYY[-MM[-DD]]`), if known: the source's own
    /// date, or, when `verified_by` is set, the day that person or organisation checked
    /// the entry against its sources. Without `verified_by` nobody is claimed to have
    /// checked anything on that date: show it as "source dated …", not "last checked".
    pub verified: Option<String>,
    /// Who checked the entry against its sources (on `verified`), if anyone is named.
    pub verified_by: Option<String>,
    /// Where the entry comes from: the compiled-in seed or a signed update.
    pub origin: HelplineOrigin,
}

/// One way to reach a helpline. Serializes (serde) because situation-check results carry
/// it, and a result can be kept in the diary or printed as JSON.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize, uniffi::Record)]
pub struct Channel {
    pub kind: ChannelKind,
    /// As written: `+390800290290`, `112`, `help@example.org`, `https://…`.
    pub address: String,
    /// A link the phone can open: `tel:`, `sms:`, `mailto:`, `https://wa.me/…`, ….
    pub uri: String,
    /// A short number: it only works from inside the line's country.
    pub in_country_only: bool,
}

/// When a helpline answers.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct OpeningHours {
    pub kind: HoursKind,
    /// The IANA time zone of weekly hours, e.g. `Europe/Rome`.
    pub time_zone: Option<String>,
    /// Weekly openings, empty unless `kind` is `Weekly`.
    pub openings: Vec<Opening>,
}

/// The kind of opening hours.
#[derive(Debug, Clone, Copy, PartialEq, Eq, uniffi::Enum)]
pub enum HoursKind {
    Always,
    Weekly,
    Unknown,
}

/// One weekly opening on the line's wall clock. `closes` at or before `opens` means
/// the next day.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct Opening {
    pub day: Weekday,
    /// `HH:MM`.
    pub opens: String,
    /// `HH:MM`, `24:00` for midnight.
    pub closes: String,
}

/// A source an entry was verified from.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct HelplineSource {
    pub url: String,
    /// The source's own date, as it gives it, if any.
    pub date: Option<String>,
}

/// Where a helpline entry comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, uniffi::Enum)]
pub enum HelplineOrigin {
    /// Compiled into the app.
    Seed,
    /// Installed from a signed release.
    Update,
}

#[uniffi::export]
impl Salama {
    /// Helplines matching `query`, emergency numbers first, then the best match, each
    /// with whether it is open now. An unknown country code is `InvalidInput`; a country
    /// with no lines gives its region's lines (e.g. the EU-wide numbers) or none.
    pub fn helplines(&self, query: HelplineQuery) -> Result<Vec<Helpline>, SalamaError> {
        Ok(self.helplines_at(&query, Timestamp::now())?)
    }

    /// One helpline by id, with whether it is open now.
    pub fn helpline(&self, id: String) -> Result<Helpline, SalamaError> {
        let state = self.state();
        let line = state.directory.get(&id).ok_or(SalamaError::NotFound)?;
        let open = line.hours.status_at(Timestamp::now());
        Ok(render(line, open, &state.l10n, &state.l10n.locales()))
    }
}

impl Salama {
    /// [`Salama::helplines`] at a given instant.
    pub fn helplines_at(
        &self,
        query: &HelplineQuery,
        now: Timestamp,
    ) -> Result<Vec<Helpline>, Error> {
        let state = self.state();
        let found = state.directory.query(query, now)?;
        let chain = state.l10n.locales();
        Ok(found
            .into_iter()
            .map(|f| render(f.line, f.open, &state.l10n, &chain))
            .collect())
    }
}

/// Renders a line in the reader's languages (`chain`: `l10n.locales()`, worked out once
/// per query).
pub fn render(line: &Line, open: OpenStatus, l10n: &Localizer, chain: &[String]) -> Helpline {
    let spec = &line.spec;
    Helpline {
        id: spec.id.clone(),
        country: spec.country.clone(),
        name: localize(&spec.name, l10n, chain),
        description: localize(&spec.description, l10n, chain),
        note: spec.note.as_ref().map(|n| localize(n, l10n, chain)),
        emergency: line.emergency,
        needs: spec.needs.clone(),
        channels: spec
            .channels
            .iter()
            .map(|c| Channel {
                kind: c.kind,
                address: c.address.clone(),
                uri: channel_uri(c.kind, &c.address),
                in_country_only: c.kind == ChannelKind::ShortCode
                    || (c.kind == ChannelKind::Sms && !c.address.starts_with('+')),
            })
            .collect(),
        languages: spec.languages.clone(),
        more_languages: spec.more_languages,
        free: spec.free,
        hours: opening_hours(&line.hours),
        open,
        operator: spec.operator.clone(),
        status: spec.status,
        sources: spec
            .sources
            .iter()
            .map(|s| HelplineSource {
                url: s.url.clone(),
                date: s.date.clone(),
            })
            .collect(),
        verified: spec.verified.clone(),
        verified_by: spec.verified_by.clone(),
        origin: match line.origin {
            Origin::Seed => HelplineOrigin::Seed,
            Origin::Published => HelplineOrigin::Update,
        },
    }
}

/// A seed message in the reader's languages, or a published entry's best translation:
/// the reader's languages in order, then English (which validation requires).
fn localize(text: &Text, l10n: &Localizer, chain: &[String]) -> LocalizedText {
    match text {
        Text::Message(id) => l10n.format(id, None).unwrap_or_else(|| LocalizedText {
            text: id.clone(),
            locale: crate::l10n::SOURCE_LOCALE.to_owned(),
            direction: crate::l10n::TextDirection::Ltr,
        }),
        Text::Translations(map) => {
            let chosen = chain
                .iter()
                .find_map(|locale| map.get(locale).map(|t| (locale.clone(), t)))
                .or_else(|| map.iter().next().map(|(l, t)| (l.clone(), t)));
            let (locale, text) = chosen.map_or_else(Default::default, |(l, t)| (l, t.clone()));
            LocalizedText {
                text,
                direction: l10n.direction_of(&locale),
                locale,
            }
        }
    }
}

/// The link a phone opens for a channel. Addresses are validated, so no escaping is
/// needed beyond what the formats allow.
fn channel_uri(kind: ChannelKind, address: &str) -> String {
    match kind {
        ChannelKind::Phone | ChannelKind::ShortCode => format!("tel:{address}"),
        ChannelKind::Sms => format!("sms:{address}"),
        ChannelKind::Whatsapp => format!("https://wa.me/{}", address.trim_start_matches('+')),
        ChannelKind::Signal => format!("https://signal.me/#p/{address}"),
        ChannelKind::Email => format!("mailto:{address}"),
        ChannelKind::Web => address.to_owned(),
    }
}

fn opening_hours(hours: &hours::Hours) -> OpeningHours {
    let clock = |minutes: u16| format!("{:02}:{:02}", minutes / 60, minutes % 60);
    OpeningHours {
        kind: match hours {
            hours::Hours::Always => HoursKind::Always,
            hours::Hours::Weekly(_) => HoursKind::Weekly,
            hours::Hours::Unknown => HoursKind::Unknown,
        },
        time_zone: hours.time_zone().map(str::to_owned),
        openings: hours
            .intervals()
            .iter()
            .map(|iv| Opening {
                day: iv.day,
                opens: clock(iv.from),
                closes: clock(iv.to),
            })
            .collect(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::app::SalamaConfig;
    use crate::l10n::TextDirection;

    fn open(dir: &std::path::Path, locales: &[&str]) -> std::sync::Arc<Salama> {
        Salama::open(SalamaConfig {
            data_dir: dir.to_string_lossy().into_owned(),
            locales: locales.iter().map(|l| l.to_string()).collect(),
            trusted_keys: vec![],
        })
        .unwrap()
    }

    #[test]
    fn helplines_render_in_the_readers_language_with_links() {
        let dir = tempfile::tempdir().unwrap();
        let app = open(dir.path(), &["en"]);
        let lines = app
            .helplines(HelplineQuery {
                country: Some("MX".into()),
                ..Default::default()
            })
            .unwrap();
        let mx = lines
            .iter()
            .find(|l| l.id == "mx-linea-contra-la-trata")
            .unwrap();
        assert!(mx.name.text.contains("Trafficking"), "{}", mx.name.text);
        assert_eq!(mx.name.locale, "en");
        assert_eq!(mx.channels[0].uri, "tel:+528005533000");
        assert_eq!(mx.channels[1].uri, "https://wa.me/528005533000");
        assert_eq!(mx.origin, HelplineOrigin::Seed);
        assert_eq!(mx.hours.kind, HoursKind::Always);
        assert_eq!(mx.open.state, OpenState::Always);
        let one = app.helpline("eu-112".into()).unwrap();
        assert!(one.emergency && one.channels[0].in_country_only);
        assert_eq!(one.channels[0].uri, "tel:112");
        assert_eq!(
            app.helpline("zz-nothing".into()),
            Err(SalamaError::NotFound)
        );
        let err = app
            .helplines(HelplineQuery {
                country: Some("QQ".into()),
                ..Default::default()
            })
            .unwrap_err();
        assert!(matches!(err, SalamaError::InvalidInput { .. }));
    }

    /// The order a reader sees `text` in, by the Unicode bidi algorithm, laid out as a
    /// right-to-left paragraph (as an app lays out Arabic text).
    fn visual_rtl(text: &str) -> String {
        let info = unicode_bidi::BidiInfo::new(text, Some(unicode_bidi::Level::rtl()));
        let paragraph = &info.paragraphs[0];
        info.reorder_line(paragraph, paragraph.range.clone())
            .into_owned()
    }

    #[test]
    fn phone_numbers_in_right_to_left_helpline_text_read_in_dialling_order() {
        let dir = tempfile::tempdir().unwrap();
        // (line, number, whether right-to-left words surround the number: a Latin word
        // before it, "Hilfetelefon 116 016", keeps even a bare number in order).
        let cases = [
            ("eu-116000", "116 000", true),
            ("eu-116111", "116 111", true),
            ("de-hilfetelefon-116016", "116 016", false),
            ("rs-astra-sos", "116 000", true),
        ];
        for locale in ["ar", "fa", "ps", "ur", "ckb"] {
            let app = open(&dir.path().join(locale), &[locale]);
            for (id, number, amid_rtl) in cases {
                let line = app.helpline(id.into()).unwrap();
                let text = line
                    .note
                    .filter(|_| id == "rs-astra-sos")
                    .unwrap_or(line.name);
                assert_eq!(text.locale, locale);
                assert_eq!(text.direction, TextDirection::Rtl);
                assert!(
                    visual_rtl(&text.text).contains(number),
                    "{locale} {id}: {:?}",
                    visual_rtl(&text.text)
                );
                if !amid_rtl {
                    continue;
                }
                // Without its isolate the same number reads backwards: what PHONE() fixes.
                let bare: String = text
                    .text
                    .chars()
                    .filter(|c| !crate::l10n::is_bidi_control(*c))
                    .collect();
                let reversed: String = number.split(' ').rev().collect::<Vec<_>>().join(" ");
                assert!(visual_rtl(&bare).contains(&reversed), "{locale} {id}");
            }
        }
    }

    #[test]
    fn published_translations_fall_back_through_the_readers_languages() {
        let dir = tempfile::tempdir().unwrap();
        let app = open(dir.path(), &["fa", "ar"]);
        let l10n = app.state().l10n.locales();
        assert_eq!(l10n, ["fa", "ar", "en"]);
        let state = app.state();
        let mut map = std::collections::BTreeMap::new();
        map.insert("en".to_owned(), "Line".to_owned());
        map.insert("ar".to_owned(), "خط".to_owned());
        let chain = state.l10n.locales();
        let text = localize(&Text::Translations(map.clone()), &state.l10n, &chain);
        assert_eq!((text.text.as_str(), text.locale.as_str()), ("خط", "ar"));
        assert_eq!(text.direction, TextDirection::Rtl);
        map.remove("ar");
        let text = localize(&Text::Translations(map), &state.l10n, &chain);
        assert_eq!((text.text.as_str(), text.locale.as_str()), ("Line", "en"));
        assert_eq!(text.direction, TextDirection::Ltr);
    }
}
