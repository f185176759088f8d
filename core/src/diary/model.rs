//! What a diary entry is, as apps see it, and the rules its fields must follow.
//!
//! Validation happens here, once, before anything is sealed: a bad field is an
//! `InvalidInput` naming the rule, never quoting what the user typed.

use jiff::Span;
use jiff::civil::Date;
use serde::{Deserialize, Serialize};
use zeroize::Zeroize;

use crate::error::{Error, Result};

/// What an entry records.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, uniffi::Enum)]
#[serde(rename_all = "kebab-case")]
pub enum EntryKind {
    /// Something that happened: a threat, a move, a meeting.
    Event,
    /// Money paid towards a debt (set `creditor` and `amount`).
    Payment,
    /// Money someone says is owed to them (set `creditor` and `amount`).
    Debt,
    /// A document (passport, ID, contract) taken or withheld by someone.
    DocumentTaken,
    /// A person: who they are, how to recognise them.
    Person,
    /// A place: where it is, what happened there.
    Place,
    /// Anything else.
    Note,
}

impl EntryKind {
    pub const ALL: [EntryKind; 7] = [
        EntryKind::Event,
        EntryKind::Payment,
        EntryKind::Debt,
        EntryKind::DocumentTaken,
        EntryKind::Person,
        EntryKind::Place,
        EntryKind::Note,
    ];

    /// The stable name used in JSON, the CLI and Fluent ids (`diary-kind-<name>`).
    pub fn name(self) -> &'static str {
        match self {
            EntryKind::Event => "event",
            EntryKind::Payment => "payment",
            EntryKind::Debt => "debt",
            EntryKind::DocumentTaken => "document-taken",
            EntryKind::Person => "person",
            EntryKind::Place => "place",
            EntryKind::Note => "note",
        }
    }

    pub fn from_name(name: &str) -> Option<EntryKind> {
        EntryKind::ALL.into_iter().find(|k| k.name() == name)
    }

    pub(crate) fn code(self) -> u8 {
        EntryKind::ALL
            .iter()
            .position(|k| *k == self)
            .expect("in ALL") as u8
    }

    pub(crate) fn from_code(code: u8) -> Option<EntryKind> {
        EntryKind::ALL.get(usize::from(code)).copied()
    }
}

/// An amount of money: a decimal number as text (e.g. `"500"`, `"120.50"`) and an
/// ISO 4217 currency code (e.g. `"EUR"`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, uniffi::Record)]
pub struct Amount {
    /// Digits with an optional `.` and up to 4 decimals; never negative.
    pub value: String,
    /// Three capital letters.
    pub currency: String,
}

/// What the user writes: used to add an entry and to edit one (an edit replaces the whole
/// content and keeps the previous version).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, uniffi::Record)]
pub struct EntryDraft {
    /// What the entry records.
    pub kind: EntryKind,
    /// The date the thing happened, `YYYY-MM-DD` (not when it was written).
    pub happened_on: String,
    /// What happened, in the user's words (at most 100,000 characters).
    pub text: String,
    /// Where it happened.
    #[serde(default)]
    pub place: Option<String>,
    /// People involved, one name or description each.
    #[serde(default)]
    pub people: Vec<String>,
    /// Money involved: for a debt, what is claimed; for a payment, what was paid.
    #[serde(default)]
    pub amount: Option<Amount>,
    /// For debts and payments: who the money is owed or paid to.
    #[serde(default)]
    pub creditor: Option<String>,
    /// Words to find and group entries by.
    #[serde(default)]
    pub tags: Vec<String>,
}

/// A file attached to an entry (a photo, a scan).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, uniffi::Record)]
pub struct AttachmentInfo {
    /// Random id (32 hex digits).
    pub id: String,
    /// The file name the user gave it.
    pub name: String,
    /// The media type, e.g. `image/jpeg`.
    pub media_type: String,
    /// Size of the file in bytes.
    pub size: u64,
}

/// An entry as stored: its content, when it was written, and its attachments.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, uniffi::Record)]
pub struct DiaryEntry {
    /// Random id (32 hex digits); says nothing about the entry.
    pub id: String,
    /// What the user wrote (the current version).
    pub content: EntryDraft,
    /// When the entry was first written (Unix seconds, from the phone's clock).
    pub created_at: u64,
    /// When this version was written (Unix seconds).
    pub written_at: u64,
    /// 1 for an entry never edited; each edit adds one and keeps the previous version.
    pub version: u32,
    /// Files attached to the entry, in the order they were added.
    pub attachments: Vec<AttachmentInfo>,
}

/// Which entries to list. Every field narrows the list; all empty lists everything.
#[derive(Debug, Clone, Default, PartialEq, Eq, uniffi::Record)]
pub struct EntryFilter {
    /// Only entries of this kind.
    pub kind: Option<EntryKind>,
    /// First event date to include, `YYYY-MM-DD`.
    pub from: Option<String>,
    /// Last event date to include, `YYYY-MM-DD`.
    pub to: Option<String>,
    /// Words that must all appear (in the text, place, people, creditor or tags); matched
    /// without regard to case, accents or Arabic/Persian letter variants.
    pub words: Option<String>,
}

/// One page of entries, newest event first.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, uniffi::Record)]
pub struct EntryPage {
    /// The entries of this page, newest event first.
    pub entries: Vec<DiaryEntry>,
    /// How many entries match the filter in all.
    pub total: u32,
    /// Ids of entries that failed their integrity check (tampered or damaged): they are
    /// left out of `entries`, and every other entry is still shown.
    pub damaged: Vec<String>,
}

/// What a backup or an export file holds. One damaged entry never stops the others from
/// being written: it is named here instead.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, uniffi::Record)]
pub struct WriteReport {
    /// Entries written.
    pub entries: u32,
    /// Attachments written.
    pub attachments: u32,
    /// Ids of entries that failed their integrity check (tampered or damaged). One whose
    /// current version cannot be verified is left out (in a backup, with its attachments);
    /// one where only earlier versions are damaged is written with the versions that
    /// could be read.
    pub damaged_entries: Vec<String>,
    /// Ids of attachments that failed their integrity check: left out.
    pub damaged_attachments: Vec<String>,
}

/// The sealed content of one entry version.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub(crate) struct StoredBody {
    pub draft: EntryDraft,
    pub created_at: u64,
    pub written_at: u64,
}

/// Longest entry text, in chars: far more than a diary entry needs, small enough that a
/// pasted file cannot fill a phone's memory.
pub const MAX_TEXT_CHARS: usize = 100_000;
const MAX_FIELD_CHARS: usize = 1_000;
const MAX_LIST_ITEMS: usize = 100;

impl EntryDraft {
    /// Checks every rule; the reason names the field, never its content.
    pub fn validate(&self) -> Result<()> {
        parse_date(&self.happened_on)
            .map_err(|_| invalid("happened_on must be a date YYYY-MM-DD"))?;
        if self.text.chars().count() > MAX_TEXT_CHARS {
            return Err(invalid("text is longer than 100000 characters"));
        }
        let short_fields = self.place.iter().chain(&self.creditor);
        for field in short_fields.chain(&self.people).chain(&self.tags) {
            if field.chars().count() > MAX_FIELD_CHARS {
                return Err(invalid(
                    "a place, person, creditor or tag is longer than 1000 characters",
                ));
            }
        }
        if self.people.len() > MAX_LIST_ITEMS || self.tags.len() > MAX_LIST_ITEMS {
            return Err(invalid("more than 100 people or tags"));
        }
        if let Some(amount) = &self.amount {
            parse_money(&amount.value)?;
            check_currency(&amount.currency)?;
        }
        let money_kind = matches!(self.kind, EntryKind::Debt | EntryKind::Payment);
        if money_kind && (self.amount.is_none() || blank(&self.creditor)) {
            return Err(invalid("debts and payments need an amount and a creditor"));
        }
        Ok(())
    }
}

fn blank(field: &Option<String>) -> bool {
    field.as_deref().is_none_or(|s| s.trim().is_empty())
}

impl Zeroize for EntryDraft {
    fn zeroize(&mut self) {
        self.happened_on.zeroize();
        self.text.zeroize();
        self.place.zeroize();
        self.people.zeroize();
        if let Some(amount) = &mut self.amount {
            amount.value.zeroize();
            amount.currency.zeroize();
        }
        self.creditor.zeroize();
        self.tags.zeroize();
    }
}

impl Zeroize for StoredBody {
    fn zeroize(&mut self) {
        self.draft.zeroize();
        self.created_at.zeroize();
        self.written_at.zeroize();
    }
}

impl Zeroize for DiaryEntry {
    fn zeroize(&mut self) {
        self.content.zeroize();
        for attachment in &mut self.attachments {
            attachment.name.zeroize();
            attachment.media_type.zeroize();
        }
    }
}

/// Decrypted data that is zeroized when dropped unless handed on with `into_inner`.
pub(crate) struct Plain<T: Zeroize>(Option<T>);

impl<T: Zeroize> Plain<T> {
    pub fn new(value: T) -> Self {
        Plain(Some(value))
    }

    pub fn into_inner(mut self) -> T {
        self.0.take().expect("present until taken")
    }
}

impl<T: Zeroize> std::ops::Deref for Plain<T> {
    type Target = T;
    fn deref(&self) -> &T {
        self.0.as_ref().expect("present until taken")
    }
}

impl<T: Zeroize> Drop for Plain<T> {
    fn drop(&mut self) {
        if let Some(value) = &mut self.0 {
            value.zeroize();
        }
    }
}

pub fn invalid(reason: &str) -> Error {
    Error::InvalidInput(reason.to_owned())
}

/// Days since 1970-01-01 of a `YYYY-MM-DD` date between 1900 and 2200.
pub fn parse_date(text: &str) -> Result<i32> {
    let bad = || invalid("a date must be YYYY-MM-DD");
    // jiff also accepts forms such as `+002024-01-01`; the diary takes exactly ten chars.
    let strict = text.len() == 10 && text.as_bytes()[4] == b'-' && text.as_bytes()[7] == b'-';
    let date: Date = text.parse().map_err(|_| bad())?;
    if !strict || !(1900..=2200).contains(&date.year()) {
        return Err(bad());
    }
    Ok((date - EPOCH).get_days())
}

/// The `YYYY-MM-DD` date of a count of days since 1970-01-01.
pub fn format_date(days: i32) -> String {
    EPOCH
        .checked_add(Span::new().days(days))
        .map_or_else(|_| "????-??-??".to_owned(), |d| d.to_string())
}

/// Today's date (UTC) from Unix seconds.
pub fn date_of_unix(seconds: u64) -> String {
    format_date((seconds / 86_400) as i32)
}

/// `YYYY-MM-DD HH:MM UTC` from Unix seconds, for reports.
pub fn timestamp_of_unix(seconds: u64) -> String {
    let minutes = (seconds % 86_400) / 60;
    format!(
        "{} {:02}:{:02} UTC",
        date_of_unix(seconds),
        minutes / 60,
        minutes % 60
    )
}

const EPOCH: Date = jiff::civil::date(1970, 1, 1);

/// Money as an integer count of ten-thousandths, so sums are exact.
pub type Money = i128;
pub const MONEY_SCALE: i128 = 10_000;

/// Parses `"500"`, `"120.5"`, `"0.0001"`: digits, an optional point and up to 4 decimals,
/// at most 15 digits before the point.
pub fn parse_money(text: &str) -> Result<Money> {
    let bad = || invalid("an amount must be a number like 500 or 120.50");
    let (whole, fraction) = text.trim().split_once('.').unwrap_or((text.trim(), ""));
    let digits = |s: &str| s.bytes().all(|b| b.is_ascii_digit());
    if whole.is_empty()
        || whole.len() > 15
        || fraction.len() > 4
        || !digits(whole)
        || !digits(fraction)
    {
        return Err(bad());
    }
    if text.trim().ends_with('.') {
        return Err(bad());
    }
    let whole: i128 = whole.parse().map_err(|_| bad())?;
    let padded = format!("{fraction:0<4}");
    let fraction: i128 = padded.parse().map_err(|_| bad())?;
    Ok(whole * MONEY_SCALE + fraction)
}

/// Writes money back as the shortest exact decimal (`5000000` → `"500"`, `1205000` →
/// `"120.5"`), with a leading `-` when negative (an overpaid debt).
pub fn format_money(value: Money) -> String {
    let sign = if value < 0 { "-" } else { "" };
    let value = value.unsigned_abs();
    let scale = MONEY_SCALE as u128;
    let (whole, fraction) = (value / scale, value % scale);
    if fraction == 0 {
        format!("{sign}{whole}")
    } else {
        let fraction = format!("{fraction:04}");
        format!("{sign}{whole}.{}", fraction.trim_end_matches('0'))
    }
}

pub fn check_currency(code: &str) -> Result<()> {
    if code.len() == 3 && code.bytes().all(|b| b.is_ascii_uppercase()) {
        Ok(())
    } else {
        Err(invalid("a currency must be a three-letter code like EUR"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    pub fn draft(kind: EntryKind, text: &str) -> EntryDraft {
        EntryDraft {
            kind,
            happened_on: "2024-03-01".into(),
            text: text.into(),
            place: None,
            people: vec![],
            amount: None,
            creditor: None,
            tags: vec![],
        }
    }

    #[test]
    fn dates_round_trip_and_reject_impossible_days() {
        for (text, days) in [
            ("1970-01-01", 0),
            ("2000-02-29", 11_016),
            ("1900-01-01", -25_567),
        ] {
            assert_eq!(parse_date(text).unwrap(), days, "{text}");
            assert_eq!(format_date(days), text);
        }
        for day in -25_000..60_000 {
            assert_eq!(parse_date(&format_date(day)).unwrap(), day);
        }
        for bad in [
            "",
            "2024-02-30",
            "2023-02-29",
            "2024-13-01",
            "2024-1-01",
            "24-01-01",
            "2024/01/01",
            "1899-12-31",
            "2201-01-01",
            "2024-01-01T00",
            "２０２４-01-01",
            "+024-01-01",
        ] {
            assert!(parse_date(bad).is_err(), "{bad}");
        }
        assert_eq!(date_of_unix(1_700_000_000), "2023-11-14");
    }

    #[test]
    fn money_is_exact_and_strict() {
        assert_eq!(parse_money("500").unwrap(), 5_000_000);
        assert_eq!(parse_money("120.50").unwrap(), 1_205_000);
        assert_eq!(parse_money("0.0001").unwrap(), 1);
        assert_eq!(format_money(1_205_000), "120.5");
        assert_eq!(format_money(-5_000_000), "-500");
        assert_eq!(format_money(1), "0.0001");
        for bad in [
            "",
            "-5",
            "1e3",
            "1.23456",
            "1,5",
            ".5",
            "5.",
            "١٢",
            "1234567890123456",
            "NaN",
        ] {
            assert!(parse_money(bad).is_err(), "{bad}");
        }
        assert!(check_currency("EUR").is_ok());
        for bad in ["eur", "EURO", "E1R", ""] {
            assert!(check_currency(bad).is_err());
        }
    }

    #[test]
    fn drafts_are_validated_without_quoting_the_content() {
        assert!(draft(EntryKind::Note, "fine").validate().is_ok());
        let mut debt = draft(EntryKind::Debt, "owed");
        let err = debt.validate().unwrap_err().to_string();
        assert!(err.contains("creditor"), "{err}");
        debt.creditor = Some("X".into());
        debt.amount = Some(Amount {
            value: "500".into(),
            currency: "EUR".into(),
        });
        assert!(debt.validate().is_ok());

        let secret = "SECRET-MARKER";
        let mut long = draft(
            EntryKind::Note,
            &format!("{secret}{}", "x".repeat(MAX_TEXT_CHARS)),
        );
        let err = long.validate().unwrap_err().to_string();
        assert!(!err.contains(secret));
        long.text = "ok".into();
        long.happened_on = secret.into();
        assert!(!long.validate().unwrap_err().to_string().contains(secret));
    }

    #[test]
    fn kinds_have_stable_names_and_codes() {
        for kind in EntryKind::ALL {
            assert_eq!(EntryKind::from_name(kind.name()), Some(kind));
            assert_eq!(EntryKind::from_code(kind.code()), Some(kind));
        }
        assert_eq!(EntryKind::from_code(7), None);
    }

    #[test]
    fn plain_values_are_zeroized_on_drop_and_kept_when_taken() {
        let kept = Plain::new(draft(EntryKind::Note, "keep")).into_inner();
        assert_eq!(kept.text, "keep");
        let mut d = draft(EntryKind::Note, "gone");
        d.zeroize();
        assert!(d.text.is_empty());
    }
}
