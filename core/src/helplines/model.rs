//! One helpline collection (`helplines/<CC>`) as it is written, published and compiled in,
//! and the rules every entry must pass before it reaches a phone: E.164 numbers, ISO
//! country codes, IANA time zones, required fields and caps.
//!
//! The same parser reads the compiled-in seed, checks a publisher's sources and validates
//! every downloaded collection, so nothing reaches the directory that the publisher tool
//! would have refused.

use std::collections::{BTreeMap, HashSet};
use std::fmt;

use serde::de::{self, MapAccess, Visitor};
use serde::{Deserialize, Deserializer, Serialize, Serializer};

use super::countries;
use super::hours::{self, Hours, Interval, Schedule, Weekday};
use crate::error::{Error, Result};

/// The collection format this build reads and writes.
pub const FORMAT: u32 = 1;
/// The most entries one collection may hold.
pub const MAX_ENTRIES: usize = 10_000;
const MAX_NAME: usize = 200;
const MAX_DESCRIPTION: usize = 2_000;
const MAX_ADDRESS: usize = 500;
const MAX_CHANNELS: usize = 16;
const MAX_SOURCES: usize = 8;

/// A helpline collection file: every helpline of one country or region.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CollectionFile {
    pub format: u32,
    /// ISO 3166-1 alpha-2 code, or a region such as `EU`.
    pub country: String,
    pub helplines: Vec<Entry>,
}

/// One helpline as written in a collection file.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Entry {
    /// Stable id, lower case, starting with the collection's code: `gr-a21-1109`.
    pub id: String,
    pub country: String,
    pub name: Text,
    pub description: Text,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<Text>,
    pub needs: Vec<Need>,
    pub channels: Vec<ChannelSpec>,
    /// Languages spoken (BCP 47), as the source states them; empty if it does not say.
    #[serde(default)]
    pub languages: Vec<String>,
    /// The line also speaks languages not listed (e.g. through interpreters).
    #[serde(default)]
    pub more_languages: bool,
    /// Free of charge; `null` when the source does not say.
    pub free: Option<bool>,
    pub hours: HoursSpec,
    /// Who runs it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub operator: Option<String>,
    pub status: VerificationStatus,
    pub sources: Vec<SourceSpec>,
    /// The date the entry's facts are from: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. Without
    /// `verified_by` it is the source's own date (the compiled-in seed's are all such),
    /// not a day anyone checked the line; with it, the day they checked it. `null` when
    /// every source is undated.
    pub verified: Option<String>,
    /// Who checked the entry against its sources on `verified`, if anyone is named.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub verified_by: Option<String>,
}

/// A translatable text: the compiled-in seed names a Fluent message
/// (`{"message": "helplines-…"}`), a published entry carries its translations
/// (`{"en": "…", "ar": "…"}`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Text {
    Message(String),
    Translations(BTreeMap<String, String>),
}

/// What a helpline helps with.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, uniffi::Enum,
)]
#[serde(rename_all = "kebab-case")]
pub enum Need {
    /// Immediate danger: police, ambulance, fire.
    Emergency,
    Trafficking,
    AsylumLegalAid,
    ChildProtection,
    GenderBasedViolence,
    Medical,
    Shelter,
    LabourRights,
    MissingPersons,
}

impl Need {
    pub const ALL: [Need; 9] = [
        Need::Emergency,
        Need::Trafficking,
        Need::AsylumLegalAid,
        Need::ChildProtection,
        Need::GenderBasedViolence,
        Need::Medical,
        Need::Shelter,
        Need::LabourRights,
        Need::MissingPersons,
    ];

    /// The key used in data files and message ids, e.g. `asylum-legal-aid`.
    pub fn key(self) -> &'static str {
        match self {
            Need::Emergency => "emergency",
            Need::Trafficking => "trafficking",
            Need::AsylumLegalAid => "asylum-legal-aid",
            Need::ChildProtection => "child-protection",
            Need::GenderBasedViolence => "gender-based-violence",
            Need::Medical => "medical",
            Need::Shelter => "shelter",
            Need::LabourRights => "labour-rights",
            Need::MissingPersons => "missing-persons",
        }
    }

    /// Parses a key such as `trafficking`.
    pub fn from_key(key: &str) -> Option<Need> {
        Need::ALL.into_iter().find(|n| n.key() == key)
    }
}

/// How to reach a helpline.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, uniffi::Enum,
)]
#[serde(rename_all = "kebab-case")]
pub enum ChannelKind {
    /// A phone number in E.164 (`+390800…`).
    Phone,
    /// A short number dialled inside the country only (`112`, `116000`).
    ShortCode,
    /// Text messages to an E.164 number or a short code.
    Sms,
    /// WhatsApp on an E.164 number.
    Whatsapp,
    /// Signal on an E.164 number.
    Signal,
    Email,
    /// A web page or chat (https).
    Web,
}

impl ChannelKind {
    pub const ALL: [ChannelKind; 7] = [
        ChannelKind::Phone,
        ChannelKind::ShortCode,
        ChannelKind::Sms,
        ChannelKind::Whatsapp,
        ChannelKind::Signal,
        ChannelKind::Email,
        ChannelKind::Web,
    ];

    /// The key used in data files and message ids, e.g. `short-code`.
    pub fn key(self) -> &'static str {
        match self {
            ChannelKind::Phone => "phone",
            ChannelKind::ShortCode => "short-code",
            ChannelKind::Sms => "sms",
            ChannelKind::Whatsapp => "whatsapp",
            ChannelKind::Signal => "signal",
            ChannelKind::Email => "email",
            ChannelKind::Web => "web",
        }
    }

    /// Parses a key such as `whatsapp`.
    pub fn from_key(key: &str) -> Option<ChannelKind> {
        ChannelKind::ALL.into_iter().find(|c| c.key() == key)
    }
}

/// One way to reach a helpline, as written.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ChannelSpec {
    #[serde(rename = "type")]
    pub kind: ChannelKind,
    pub address: String,
}

/// Opening hours, as written.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "kebab-case", deny_unknown_fields)]
pub enum HoursSpec {
    Always,
    Unknown,
    Weekly {
        time_zone: String,
        open: Vec<OpeningSpec>,
    },
}

/// Some weekdays' opening, as written: `{"days": ["mon", "tue"], "from": "09:30", "to":
/// "17:30"}`. A `to` at or before `from` runs past midnight.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct OpeningSpec {
    pub days: Vec<Weekday>,
    pub from: String,
    pub to: String,
}

/// How well the entry is verified, from the reference it was taken from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, uniffi::Enum)]
#[serde(rename_all = "kebab-case")]
pub enum VerificationStatus {
    /// Stated by a public source (primary, or two consistent ones).
    Verified,
    /// Partly verified: the source is old, secondary, truncated or undated; the note
    /// says what to check.
    PartlyVerified,
}

/// Where an entry's facts come from.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SourceSpec {
    pub url: String,
    /// The source's own date as it gives it (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`), if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<String>,
}

/// What a collection may contain: the compiled-in seed points at Fluent messages
/// shipped with the app; published collections carry their own text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Origin {
    Seed,
    Published,
}

/// A validated helpline, ready for queries.
#[derive(Debug, Clone)]
pub struct Line {
    pub spec: Entry,
    pub hours: Hours,
    /// Primary language subtags of `spec.languages`, for matching (`fa-AF` → `fa`).
    pub language_keys: Vec<String>,
    pub emergency: bool,
    pub origin: Origin,
}

/// Parses and validates one collection: its bytes must be a [`CollectionFile`] for
/// `code`, every entry must pass [`validate_entry`].
pub fn parse_collection(bytes: &[u8], code: &str, origin: Origin) -> Result<Vec<Line>> {
    let file: CollectionFile = serde_json::from_slice(bytes)
        .map_err(|e| Error::InvalidInput(format!("helplines/{code}: not a collection: {e}")))?;
    validate_collection(file, code, origin)
}

/// Validates a parsed collection for `code`.
pub fn validate_collection(file: CollectionFile, code: &str, origin: Origin) -> Result<Vec<Line>> {
    if file.format != FORMAT {
        return Err(Error::InvalidInput(format!(
            "helplines/{code}: format {} is not supported (this build reads {FORMAT})",
            file.format
        )));
    }
    if file.country != code {
        return Err(Error::InvalidInput(format!(
            "helplines/{code}: the file says country {:?}",
            file.country
        )));
    }
    if !countries::is_known(code) {
        return Err(Error::InvalidInput(format!(
            "helplines/{code}: not an ISO 3166-1 alpha-2 code or known region"
        )));
    }
    if file.helplines.len() > MAX_ENTRIES {
        return Err(Error::InvalidInput(format!(
            "helplines/{code}: more than {MAX_ENTRIES} entries"
        )));
    }
    let mut ids = HashSet::with_capacity(file.helplines.len());
    let mut out = Vec::with_capacity(file.helplines.len());
    for (index, entry) in file.helplines.into_iter().enumerate() {
        let helpline = validate_entry(entry, code, origin).map_err(|e| match e {
            Error::InvalidInput(reason) => {
                Error::InvalidInput(format!("helplines/{code} entry {}: {reason}", index + 1))
            }
            other => other,
        })?;
        if !ids.insert(helpline.spec.id.clone()) {
            return Err(Error::InvalidInput(format!(
                "helplines/{code}: id {:?} appears twice",
                helpline.spec.id
            )));
        }
        out.push(helpline);
    }
    Ok(out)
}

/// Checks every rule for one entry of the collection `code`.
pub fn validate_entry(entry: Entry, code: &str, origin: Origin) -> Result<Line> {
    let bad = |what: &str| Err(Error::InvalidInput(what.to_owned()));
    let prefix = format!("{}-", code.to_ascii_lowercase());
    let id_ok = entry.id.len() <= 64
        && entry.id.starts_with(&prefix)
        && entry.id.len() > prefix.len()
        && entry
            .id
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-');
    if !id_ok {
        return bad(&format!(
            "id must be lower-case letters, digits and dashes, start with {prefix:?} and be at most 64 characters"
        ));
    }
    let id = entry.id.clone();
    let fail = |what: &str| Error::InvalidInput(format!("{id}: {what}"));
    if entry.country != code {
        return Err(fail("country differs from the collection's"));
    }
    check_text(&entry.name, MAX_NAME, origin).map_err(|e| fail(&format!("name: {e}")))?;
    check_text(&entry.description, MAX_DESCRIPTION, origin)
        .map_err(|e| fail(&format!("description: {e}")))?;
    if let Some(note) = &entry.note {
        check_text(note, MAX_DESCRIPTION, origin).map_err(|e| fail(&format!("note: {e}")))?;
    }
    if entry.needs.is_empty() {
        return Err(fail("needs: at least one is required"));
    }
    if has_duplicates(&entry.needs) {
        return Err(fail("needs: listed twice"));
    }
    if entry.channels.is_empty() || entry.channels.len() > MAX_CHANNELS {
        return Err(fail("channels: between 1 and 16 are required"));
    }
    for channel in &entry.channels {
        check_channel(channel)
            .map_err(|e| fail(&format!("channel {}: {e}", channel.kind.key())))?;
    }
    let mut language_keys = Vec::with_capacity(entry.languages.len());
    for tag in &entry.languages {
        let key = language_key(tag).ok_or_else(|| fail("languages: not a BCP 47 tag"))?;
        if language_keys.contains(&key) {
            return Err(fail("languages: listed twice"));
        }
        language_keys.push(key);
    }
    let hours = build_hours(&entry.hours).map_err(|e| fail(&format!("hours: {}", reason(e))))?;
    if let Some(operator) = &entry.operator {
        check_plain(operator, MAX_NAME).map_err(|e| fail(&format!("operator: {e}")))?;
    }
    if let Some(by) = &entry.verified_by {
        check_plain(by, MAX_NAME).map_err(|e| fail(&format!("verified_by: {e}")))?;
    }
    if entry.sources.is_empty() || entry.sources.len() > MAX_SOURCES {
        return Err(fail("sources: between 1 and 8 are required"));
    }
    for source in &entry.sources {
        check_url(&source.url, false).map_err(|e| fail(&format!("source: {e}")))?;
        if let Some(date) = &source.date {
            check_partial_date(date).map_err(|e| fail(&format!("source date: {e}")))?;
        }
    }
    if let Some(date) = &entry.verified {
        check_partial_date(date).map_err(|e| fail(&format!("verified: {e}")))?;
    }
    let emergency = entry.needs.contains(&Need::Emergency);
    Ok(Line {
        spec: entry,
        hours,
        language_keys,
        emergency,
        origin,
    })
}

fn reason(error: Error) -> String {
    match error {
        Error::InvalidInput(reason) => reason,
        other => other.to_string(),
    }
}

fn has_duplicates<T: PartialEq>(items: &[T]) -> bool {
    items
        .iter()
        .enumerate()
        .any(|(i, a)| items[i + 1..].contains(a))
}

fn check_text(text: &Text, max: usize, origin: Origin) -> std::result::Result<(), String> {
    match (text, origin) {
        (Text::Message(id), Origin::Seed) => {
            if id.starts_with("helplines-")
                && id
                    .bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
            {
                Ok(())
            } else {
                Err("a message id must be helplines-…".into())
            }
        }
        (Text::Message(_), Origin::Published) => {
            Err("published entries carry their own translations, not message ids".into())
        }
        (Text::Translations(map), _) => {
            if !map.contains_key("en") {
                return Err("an English (en) text is required as the fallback".into());
            }
            for (locale, value) in map {
                if language_key(locale).is_none() {
                    return Err("a translation's key is not a BCP 47 tag".into());
                }
                check_plain(value, max)?;
            }
            Ok(())
        }
    }
}

/// Non-empty, bounded, no control characters (they could hide text in a terminal).
fn check_plain(value: &str, max: usize) -> std::result::Result<(), String> {
    if value.trim().is_empty() {
        return Err("is empty".into());
    }
    if value.chars().count() > max {
        return Err(format!("is longer than {max} characters"));
    }
    if value.chars().any(|c| c.is_control() && c != '\n') {
        return Err("contains control characters".into());
    }
    Ok(())
}

/// The primary language subtag of a BCP 47 tag, lower case (`fa-AF` → `fa`), if valid.
pub fn language_key(tag: &str) -> Option<String> {
    // Most tags are a bare primary subtag ("ar", "fa"): no need for the full parser.
    if (2..=3).contains(&tag.len()) && tag.bytes().all(|b| b.is_ascii_lowercase()) {
        return (tag != "und").then(|| tag.to_owned());
    }
    if tag.is_empty() || tag.len() > 35 {
        return None;
    }
    let id: unic_langid::LanguageIdentifier = tag.parse().ok()?;
    let language = id.language.as_str();
    (language != "und").then(|| language.to_owned())
}

/// Whether `number` is an E.164 number: `+`, a non-zero digit, 7 to 14 more digits.
pub fn is_e164(number: &str) -> bool {
    let Some(digits) = number.strip_prefix('+') else {
        return false;
    };
    (8..=15).contains(&digits.len())
        && digits.bytes().all(|b| b.is_ascii_digit())
        && !digits.starts_with('0')
}

/// Whether `number` is a short number dialled in the country (3 to 8 digits).
pub fn is_short_code(number: &str) -> bool {
    (3..=8).contains(&number.len()) && number.bytes().all(|b| b.is_ascii_digit())
}

fn check_channel(channel: &ChannelSpec) -> std::result::Result<(), String> {
    let address = channel.address.as_str();
    if address.len() > MAX_ADDRESS {
        return Err("address too long".into());
    }
    let ok = match channel.kind {
        ChannelKind::Phone | ChannelKind::Whatsapp | ChannelKind::Signal => is_e164(address),
        ChannelKind::ShortCode => is_short_code(address),
        ChannelKind::Sms => is_e164(address) || is_short_code(address),
        ChannelKind::Email => is_email(address),
        ChannelKind::Web => return check_url(address, true),
    };
    if ok {
        Ok(())
    } else {
        Err(match channel.kind {
            ChannelKind::Phone | ChannelKind::Whatsapp | ChannelKind::Signal => {
                "not an E.164 number (+ and 8 to 15 digits)".into()
            }
            ChannelKind::ShortCode => "not a short number (3 to 8 digits)".into(),
            ChannelKind::Sms => "not an E.164 number or short number".into(),
            _ => "not an e-mail address".into(),
        })
    }
}

fn is_email(address: &str) -> bool {
    let Some((local, domain)) = address.split_once('@') else {
        return false;
    };
    !local.is_empty()
        && domain.contains('.')
        && !domain.starts_with('.')
        && !domain.ends_with('.')
        && address
            .chars()
            .all(|c| c.is_ascii_graphic() && !"<>()[],;:\\\"".contains(c))
        && !domain.contains('@')
}

/// An absolute http(s) URL with a host and no spaces; `https_only` for links people open.
fn check_url(url: &str, https_only: bool) -> std::result::Result<(), String> {
    let rest = if let Some(rest) = url.strip_prefix("https://") {
        rest
    } else if let Some(rest) = url.strip_prefix("http://").filter(|_| !https_only) {
        rest
    } else if https_only {
        return Err("must start with https://".into());
    } else {
        return Err("must start with http:// or https://".into());
    };
    let host = rest.split(['/', '?', '#']).next().unwrap_or("");
    if url.len() > MAX_ADDRESS
        || host.is_empty()
        || url.chars().any(|c| c.is_whitespace() || c.is_control())
    {
        return Err("not a valid URL".into());
    }
    Ok(())
}

/// `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, a real calendar date.
fn check_partial_date(date: &str) -> std::result::Result<(), String> {
    let parts: Vec<&str> = date.split('-').collect();
    let lengths_ok = match parts.as_slice() {
        [y] => y.len() == 4,
        [y, m] => y.len() == 4 && m.len() == 2,
        [y, m, d] => y.len() == 4 && m.len() == 2 && d.len() == 2,
        _ => false,
    };
    let numbers: Option<Vec<i16>> = parts
        .iter()
        .map(|p| {
            p.bytes()
                .all(|b| b.is_ascii_digit())
                .then(|| p.parse().ok())
                .flatten()
        })
        .collect();
    let valid = lengths_ok
        && numbers.is_some_and(|n| {
            let (year, month, day) = (
                n[0],
                n.get(1).copied().unwrap_or(1),
                n.get(2).copied().unwrap_or(1),
            );
            (1900..=2200).contains(&year)
                && jiff::civil::Date::new(year, month as i8, day as i8).is_ok()
        });
    if valid {
        Ok(())
    } else {
        Err("not a date (YYYY, YYYY-MM or YYYY-MM-DD)".into())
    }
}

fn build_hours(spec: &HoursSpec) -> Result<Hours> {
    match spec {
        HoursSpec::Always => Ok(Hours::Always),
        HoursSpec::Unknown => Ok(Hours::Unknown),
        HoursSpec::Weekly { time_zone, open } => {
            let mut intervals = Vec::new();
            for opening in open {
                if opening.days.is_empty() || has_duplicates(&opening.days) {
                    return Err(Error::InvalidInput(
                        "each opening needs its days, each once".into(),
                    ));
                }
                let from = hours::parse_clock(&opening.from, false)?;
                let to = hours::parse_clock(&opening.to, true)?;
                for &day in &opening.days {
                    intervals.push(Interval { day, from, to });
                }
            }
            if intervals.len() > 7 * 8 {
                return Err(Error::InvalidInput("too many openings".into()));
            }
            Ok(Hours::Weekly(Schedule::new(time_zone, intervals)?))
        }
    }
}

impl Serialize for Text {
    fn serialize<S: Serializer>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error> {
        match self {
            Text::Message(id) => {
                let mut map = BTreeMap::new();
                map.insert("message", id.as_str());
                map.serialize(serializer)
            }
            Text::Translations(map) => map.serialize(serializer),
        }
    }
}

impl<'de> Deserialize<'de> for Text {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> std::result::Result<Self, D::Error> {
        struct TextVisitor;

        impl<'de> Visitor<'de> for TextVisitor {
            type Value = Text;

            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str(r#"{"message": "<id>"} or {"<locale>": "<text>", …}"#)
            }

            fn visit_map<A: MapAccess<'de>>(
                self,
                mut map: A,
            ) -> std::result::Result<Text, A::Error> {
                let mut translations = BTreeMap::new();
                let mut message = None;
                while let Some(key) = map.next_key::<String>()? {
                    let value: String = map.next_value()?;
                    if key == "message" {
                        message = Some(value);
                    } else if translations.insert(key, value).is_some() {
                        return Err(de::Error::custom("a locale appears twice"));
                    }
                }
                match (message, translations.is_empty()) {
                    (Some(id), true) => Ok(Text::Message(id)),
                    (None, false) => Ok(Text::Translations(translations)),
                    (Some(_), false) => Err(de::Error::custom(
                        "a text is either a message id or translations, not both",
                    )),
                    (None, true) => Err(de::Error::custom("a text needs at least one translation")),
                }
            }
        }

        deserializer.deserialize_map(TextVisitor)
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    /// A valid published entry for `code`, as JSON, for tests to mutate.
    pub fn entry_json(code: &str, n: usize) -> serde_json::Value {
        serde_json::json!({
            "id": format!("{}-line-{n}", code.to_ascii_lowercase()),
            "country": code,
            "name": {"en": format!("Line {n}"), "ar": format!("خط {n}")},
            "description": {"en": "Help for people who were trafficked."},
            "needs": ["trafficking", "labour-rights"],
            "channels": [
                {"type": "phone", "address": "+390800290290"},
                {"type": "whatsapp", "address": "+393511376335"}
            ],
            "languages": ["en", "ar", "fa-AF"],
            "free": true,
            "hours": {"type": "weekly", "time_zone": "Europe/Rome",
                      "open": [{"days": ["mon", "tue", "wed", "thu", "fri"], "from": "09:30", "to": "17:30"}]},
            "operator": "Example NGO",
            "status": "verified",
            "sources": [{"url": "https://example.org/helpline", "date": "2026-01-16"}],
            "verified": "2026-01-16"
        })
    }

    fn collection(code: &str, entries: Vec<serde_json::Value>) -> Vec<u8> {
        serde_json::to_vec(&serde_json::json!({"format": 1, "country": code, "helplines": entries}))
            .unwrap()
    }

    fn check(entry: serde_json::Value) -> Result<Vec<Line>> {
        parse_collection(&collection("IT", vec![entry]), "IT", Origin::Published)
    }

    #[test]
    fn a_valid_collection_parses() {
        let lines = check(entry_json("IT", 1)).unwrap();
        assert_eq!(lines[0].language_keys, ["en", "ar", "fa"]);
        assert!(!lines[0].emergency);
        assert_eq!(lines[0].hours.time_zone(), Some("Europe/Rome"));
    }

    #[test]
    fn every_rule_is_enforced() {
        type Mutation = Box<dyn Fn(&mut serde_json::Value)>;
        let cases: Vec<(&str, Mutation)> = vec![
            (
                "E.164",
                Box::new(|e| e["channels"][0]["address"] = "0039 800 290 290".into()),
            ),
            (
                "E.164",
                Box::new(|e| e["channels"][0]["address"] = "+0800290290".into()),
            ),
            (
                "E.164",
                Box::new(|e| e["channels"][0]["address"] = "+39".into()),
            ),
            (
                "E.164",
                Box::new(|e| e["channels"][0]["address"] = "+3908002902901234".into()),
            ),
            (
                "short number",
                Box::new(|e| {
                    e["channels"][0] = serde_json::json!({"type": "short-code", "address": "11"})
                }),
            ),
            (
                "https",
                Box::new(|e| {
                    e["channels"][0] =
                        serde_json::json!({"type": "web", "address": "http://example.org"})
                }),
            ),
            (
                "https",
                Box::new(|e| {
                    e["channels"][0] =
                        serde_json::json!({"type": "web", "address": "javascript:alert(1)"})
                }),
            ),
            (
                "e-mail",
                Box::new(|e| {
                    e["channels"][0] = serde_json::json!({"type": "email", "address": "no-at-sign"})
                }),
            ),
            (
                "time zone",
                Box::new(|e| e["hours"]["time_zone"] = "Europe/Rome; rm".into()),
            ),
            (
                "HH:MM",
                Box::new(|e| e["hours"]["open"][0]["from"] = "9:30".into()),
            ),
            (
                "days",
                Box::new(|e| e["hours"]["open"][0]["days"] = serde_json::json!([])),
            ),
            ("country differs", Box::new(|e| e["country"] = "GR".into())),
            ("id must", Box::new(|e| e["id"] = "gr-wrong-prefix".into())),
            ("id must", Box::new(|e| e["id"] = "it-UPPER".into())),
            (
                "English",
                Box::new(|e| e["name"] = serde_json::json!({"ar": "خط"})),
            ),
            (
                "BCP 47",
                Box::new(|e| e["languages"] = serde_json::json!(["not a tag!"])),
            ),
            (
                "twice",
                Box::new(|e| e["languages"] = serde_json::json!(["fa", "fa-AF"])),
            ),
            ("needs", Box::new(|e| e["needs"] = serde_json::json!([]))),
            (
                "twice",
                Box::new(|e| e["needs"] = serde_json::json!(["medical", "medical"])),
            ),
            (
                "channels",
                Box::new(|e| e["channels"] = serde_json::json!([])),
            ),
            (
                "sources",
                Box::new(|e| e["sources"] = serde_json::json!([])),
            ),
            (
                "URL",
                Box::new(|e| e["sources"][0]["url"] = "https:// spaced.org".into()),
            ),
            ("date", Box::new(|e| e["verified"] = "2026-02-30".into())),
            (
                "date",
                Box::new(|e| e["sources"][0]["date"] = "16.01.2026".into()),
            ),
            (
                "control",
                Box::new(|e| e["operator"] = "Evil\u{1b}[2J".into()),
            ),
            ("empty", Box::new(|e| e["name"]["en"] = " ".into())),
            (
                "message ids",
                Box::new(|e| e["name"] = serde_json::json!({"message": "helplines-x"})),
            ),
        ];
        for (expected, mutate) in cases {
            let mut entry = entry_json("IT", 1);
            mutate(&mut entry);
            let err = check(entry).expect_err(expected);
            let text = err.to_string();
            assert!(text.contains(expected), "expected {expected:?} in {text}");
        }
    }

    #[test]
    fn malformed_and_hostile_collections_are_refused() {
        let ok = collection("IT", vec![entry_json("IT", 1)]);
        assert!(
            parse_collection(&ok, "GR", Origin::Published).is_err(),
            "wrong code"
        );
        assert!(parse_collection(&ok[..ok.len() / 2], "IT", Origin::Published).is_err());
        for junk in [
            &b""[..],
            b"<html>captive portal</html>",
            b"\xff\xfe\x00",
            b"[]",
            b"null",
        ] {
            assert!(parse_collection(junk, "IT", Origin::Published).is_err());
        }
        let mut unknown_field = serde_json::from_slice::<serde_json::Value>(&ok).unwrap();
        unknown_field["helplines"][0]["evil"] = true.into();
        let bytes = serde_json::to_vec(&unknown_field).unwrap();
        assert!(parse_collection(&bytes, "IT", Origin::Published).is_err());
        let twice = collection("IT", vec![entry_json("IT", 1), entry_json("IT", 1)]);
        assert!(
            parse_collection(&twice, "IT", Origin::Published)
                .unwrap_err()
                .to_string()
                .contains("twice")
        );
        let v2 =
            serde_json::to_vec(&serde_json::json!({"format": 2, "country": "IT", "helplines": []}))
                .unwrap();
        assert!(parse_collection(&v2, "IT", Origin::Published).is_err());
        let unknown_country = collection("XX", vec![]);
        assert!(parse_collection(&unknown_country, "XX", Origin::Published).is_err());
        // Deeply nested JSON is refused by serde_json's recursion limit, not a stack overflow.
        let deep = format!("{}{}", "[".repeat(100_000), "]".repeat(100_000));
        assert!(parse_collection(deep.as_bytes(), "IT", Origin::Published).is_err());
    }

    #[test]
    fn too_many_entries_are_refused() {
        let entries: Vec<_> = (0..=MAX_ENTRIES).map(|n| entry_json("IT", n)).collect();
        let err =
            parse_collection(&collection("IT", entries), "IT", Origin::Published).unwrap_err();
        assert!(err.to_string().contains("more than"), "{err}");
    }

    #[test]
    fn texts_are_messages_or_translations_never_both() {
        let t: Text = serde_json::from_str(r#"{"message": "helplines-x"}"#).unwrap();
        assert_eq!(t, Text::Message("helplines-x".into()));
        let t: Text = serde_json::from_str(r#"{"en": "a", "ar": "b"}"#).unwrap();
        assert!(matches!(t, Text::Translations(ref m) if m.len() == 2));
        assert!(serde_json::from_str::<Text>(r#"{"message": "x", "en": "y"}"#).is_err());
        assert!(serde_json::from_str::<Text>(r#"{}"#).is_err());
        assert!(serde_json::from_str::<Text>(r#"{"en": "a", "en": "b"}"#).is_err());
        assert!(serde_json::from_str::<Text>(r#""plain""#).is_err());
        let round: Text = serde_json::from_str(&serde_json::to_string(&t).unwrap()).unwrap();
        assert_eq!(round, t);
    }

    #[test]
    fn phone_number_forms() {
        assert!(is_e164("+390800290290") && is_e164("+18883737888") && is_e164("+44800012170"));
        assert!(!is_e164("390800290290") && !is_e164("+39 0800") && !is_e164("+"));
        assert!(is_short_code("112") && is_short_code("116000") && !is_short_code("12"));
        assert!(!is_short_code("1a2"));
    }
}
