//! Opening hours in a helpline's own time zone, and whether it is open at a given instant.
//!
//! Hours are civil times ("09:30–17:30, Monday to Friday, Europe/Rome"), so "open now" is
//! decided on the local wall clock and stays right across daylight-saving changes. The
//! instants an app shows (when it closes, when it next opens) come from the IANA database
//! compiled in with `jiff`, so every phone agrees whatever its own clock settings.

use std::collections::HashMap;

use jiff::Timestamp;
use jiff::civil::{Date, DateTime};
use jiff::tz::TimeZone;
use serde::{Deserialize, Serialize};

use crate::error::{Error, Result};

/// A day of the week.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, uniffi::Enum,
)]
pub enum Weekday {
    #[serde(rename = "mon")]
    Monday,
    #[serde(rename = "tue")]
    Tuesday,
    #[serde(rename = "wed")]
    Wednesday,
    #[serde(rename = "thu")]
    Thursday,
    #[serde(rename = "fri")]
    Friday,
    #[serde(rename = "sat")]
    Saturday,
    #[serde(rename = "sun")]
    Sunday,
}

impl Weekday {
    fn from_jiff(day: jiff::civil::Weekday) -> Self {
        use jiff::civil::Weekday as J;
        match day {
            J::Monday => Weekday::Monday,
            J::Tuesday => Weekday::Tuesday,
            J::Wednesday => Weekday::Wednesday,
            J::Thursday => Weekday::Thursday,
            J::Friday => Weekday::Friday,
            J::Saturday => Weekday::Saturday,
            J::Sunday => Weekday::Sunday,
        }
    }

    /// The short English key used in data files and message ids (`mon`, `tue`, …).
    pub fn key(self) -> &'static str {
        match self {
            Weekday::Monday => "mon",
            Weekday::Tuesday => "tue",
            Weekday::Wednesday => "wed",
            Weekday::Thursday => "thu",
            Weekday::Friday => "fri",
            Weekday::Saturday => "sat",
            Weekday::Sunday => "sun",
        }
    }
}

/// One opening on one weekday, in minutes after local midnight. `to` is 1..=1440; a `to`
/// at or before `from` means the line closes the next day (a night shift).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Interval {
    pub day: Weekday,
    pub from: u16,
    pub to: u16,
}

impl Interval {
    fn ends_next_day(&self) -> bool {
        self.to <= self.from || self.to == MINUTES_PER_DAY
    }
}

const MINUTES_PER_DAY: u16 = 24 * 60;

/// When a helpline answers.
#[derive(Debug, Clone)]
pub enum Hours {
    /// Day and night, every day.
    Always,
    /// The source does not say; shown as unknown, never guessed.
    Unknown,
    /// Weekly openings in an IANA time zone.
    Weekly(Schedule),
}

/// Weekly openings in one time zone.
#[derive(Debug, Clone)]
pub struct Schedule {
    /// `None` when this phone's time-zone database does not know the zone (an older OS,
    /// or a zone newer than its tzdata): the hours then read as unknown, never guessed.
    zone: Option<TimeZone>,
    zone_name: String,
    intervals: Vec<Interval>,
}

/// Whether a helpline is open.
#[derive(Debug, Clone, Copy, PartialEq, Eq, uniffi::Enum)]
pub enum OpenState {
    /// Open day and night.
    Always,
    /// Open now, per its weekly hours.
    Open,
    /// Closed now, per its weekly hours.
    Closed,
    /// Its hours are not known.
    Unknown,
}

/// A time on the helpline's own wall clock, to show as "Monday 09:30".
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct LocalTime {
    pub day: Weekday,
    /// `HH:MM`, 24-hour.
    pub time: String,
    /// The IANA time zone the time is in, e.g. `Europe/Rome`.
    pub time_zone: String,
}

/// Whether a helpline is open at an instant, and when that changes.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct OpenStatus {
    pub state: OpenState,
    /// When it closes (Unix seconds), if it is open per weekly hours.
    pub closes_at: Option<i64>,
    pub closes_local: Option<LocalTime>,
    /// When it next opens (Unix seconds), if it is closed per weekly hours.
    pub next_opens_at: Option<i64>,
    pub next_opens_local: Option<LocalTime>,
}

impl OpenStatus {
    fn simple(state: OpenState) -> Self {
        OpenStatus {
            state,
            closes_at: None,
            closes_local: None,
            next_opens_at: None,
            next_opens_local: None,
        }
    }

    /// Whether someone calling now may get an answer: open, always open, or unknown.
    pub fn may_answer(&self) -> bool {
        self.state != OpenState::Closed
    }
}

impl Hours {
    /// Whether the line is open at `now`, and when it closes or next opens.
    pub fn status_at(&self, now: Timestamp) -> OpenStatus {
        match self {
            Hours::Always => OpenStatus::simple(OpenState::Always),
            Hours::Unknown => OpenStatus::simple(OpenState::Unknown),
            Hours::Weekly(schedule) => schedule.status_at(now),
        }
    }

    /// The IANA time zone of weekly hours.
    pub fn time_zone(&self) -> Option<&str> {
        match self {
            Hours::Weekly(schedule) => Some(&schedule.zone_name),
            _ => None,
        }
    }

    /// The zone of weekly hours that this machine's tz database does not know.
    pub fn unknown_zone(&self) -> Option<&str> {
        match self {
            Hours::Weekly(schedule) if schedule.zone.is_none() => Some(&schedule.zone_name),
            _ => None,
        }
    }

    /// The weekly openings, empty unless the hours are weekly.
    pub fn intervals(&self) -> &[Interval] {
        match self {
            Hours::Weekly(schedule) => &schedule.intervals,
            _ => &[],
        }
    }
}

impl Schedule {
    /// Weekly hours in `zone_name`, an IANA time-zone identifier, with at least one
    /// interval. The zone comes from the phone's own tz database (see the workspace
    /// Cargo.toml): a well-formed name that database lacks gives hours that read as
    /// unknown, so a phone with an older database still loads the whole directory.
    pub fn new(zone_name: &str, intervals: Vec<Interval>) -> Result<Self> {
        if !is_zone_identifier(zone_name) {
            return Err(Error::InvalidInput(format!(
                "not a time zone identifier {zone_name:?}"
            )));
        }
        let zone = TimeZone::get(zone_name).ok();
        if intervals.is_empty() {
            return Err(Error::InvalidInput(
                "weekly hours need at least one opening".into(),
            ));
        }
        for iv in &intervals {
            if iv.from >= MINUTES_PER_DAY
                || iv.to == 0
                || iv.to > MINUTES_PER_DAY
                || iv.to == iv.from
            {
                return Err(Error::InvalidInput("an opening has an invalid time".into()));
            }
        }
        Ok(Schedule {
            zone,
            zone_name: zone_name.to_owned(),
            intervals,
        })
    }

    fn status_at(&self, now: Timestamp) -> OpenStatus {
        let Some(zone) = &self.zone else {
            return OpenStatus::simple(OpenState::Unknown);
        };
        let local = now.to_zoned(zone.clone()).datetime();
        let openings = self.openings_around(local.date());
        if let Some(index) = openings.iter().position(|(s, e)| *s <= local && local < *e) {
            // Back-to-back openings (23:00–24:00 then 00:00–06:00) are one stretch.
            let mut end = openings[index].1;
            for (start, next_end) in &openings[index + 1..] {
                if *start <= end {
                    end = end.max(*next_end);
                } else {
                    break;
                }
            }
            return OpenStatus {
                state: OpenState::Open,
                closes_at: Some(instant(zone, end)),
                closes_local: Some(self.local_time(end)),
                next_opens_at: None,
                next_opens_local: None,
            };
        }
        let next = openings.iter().map(|(s, _)| *s).find(|s| *s > local);
        OpenStatus {
            state: OpenState::Closed,
            closes_at: None,
            closes_local: None,
            next_opens_at: next.map(|s| instant(zone, s)),
            next_opens_local: next.map(|s| self.local_time(s)),
        }
    }

    /// Every concrete opening from the day before `today` to a week after it, as local
    /// civil start and end, sorted by start.
    fn openings_around(&self, today: Date) -> Vec<(DateTime, DateTime)> {
        let mut out = Vec::with_capacity(self.intervals.len() * 2);
        for offset in -1i64..=7 {
            let Ok(date) = today.checked_add(jiff::Span::new().days(offset)) else {
                continue;
            };
            let day = Weekday::from_jiff(date.weekday());
            for iv in self.intervals.iter().filter(|iv| iv.day == day) {
                let start = date.to_datetime(civil_time(iv.from));
                let end_date = if iv.ends_next_day() {
                    match date.tomorrow() {
                        Ok(d) => d,
                        Err(_) => continue,
                    }
                } else {
                    date
                };
                let end = end_date.to_datetime(civil_time(iv.to % MINUTES_PER_DAY));
                out.push((start, end));
            }
        }
        out.sort();
        out
    }

    fn is_open_civil(&self, local: DateTime) -> bool {
        let day = Weekday::from_jiff(local.weekday());
        let yesterday = Weekday::from_jiff(
            local
                .date()
                .yesterday()
                .map_or(local.weekday(), |d| d.weekday()),
        );
        let minute = local.hour() as u16 * 60 + local.minute() as u16;
        self.intervals.iter().any(|iv| {
            if iv.day == day {
                minute >= iv.from && (iv.ends_next_day() || minute < iv.to)
            } else {
                // A night shift that started yesterday.
                iv.day == yesterday && iv.ends_next_day() && minute < iv.to % MINUTES_PER_DAY
            }
        })
    }

    fn local_time(&self, local: DateTime) -> LocalTime {
        LocalTime {
            day: Weekday::from_jiff(local.weekday()),
            time: format!("{:02}:{:02}", local.hour(), local.minute()),
            time_zone: self.zone_name.clone(),
        }
    }
}

/// "Now" on many wall clocks: the local time of each time zone is worked out once per
/// query, so filtering thousands of lines by "open now" stays cheap.
pub struct Clocks {
    now: Timestamp,
    local: HashMap<String, DateTime>,
}

impl Clocks {
    pub fn new(now: Timestamp) -> Self {
        Clocks {
            now,
            local: HashMap::new(),
        }
    }

    /// The instant these clocks show.
    pub fn now(&self) -> Timestamp {
        self.now
    }

    /// Whether a line with `hours` may answer now: open, always open, or hours unknown.
    pub fn may_answer(&mut self, hours: &Hours) -> bool {
        match hours {
            Hours::Always | Hours::Unknown => true,
            Hours::Weekly(Schedule { zone: None, .. }) => true,
            Hours::Weekly(
                schedule @ Schedule {
                    zone: Some(zone), ..
                },
            ) => {
                let now = self.now;
                let local = *self
                    .local
                    .entry(schedule.zone_name.clone())
                    .or_insert_with(|| now.to_zoned(zone.clone()).datetime());
                schedule.is_open_civil(local)
            }
        }
    }
}

/// The instant a local civil time falls on in `zone`; a time skipped by a spring-forward
/// jump counts as the first instant after the jump.
fn instant(zone: &TimeZone, local: DateTime) -> i64 {
    zone.to_ambiguous_zoned(local)
        .compatible()
        .map_or_else(|_| local_fallback(local), |z| z.timestamp().as_second())
}

/// Whether `name` has the shape of an IANA identifier (`Europe/Rome`, `Etc/GMT+3`, `UTC`):
/// ASCII letters, digits and `._+-` in `/`-separated parts, none of them `.` or `..`.
fn is_zone_identifier(name: &str) -> bool {
    !name.is_empty()
        && name.len() <= 64
        && name.split('/').all(|part| {
            !part.is_empty()
                && part != "."
                && part != ".."
                && part
                    .bytes()
                    .all(|b| b.is_ascii_alphanumeric() || b"._+-".contains(&b))
        })
}

/// Only reached at the ends of jiff's supported range (year ±9999): treat it as UTC.
fn local_fallback(local: DateTime) -> i64 {
    local
        .to_zoned(TimeZone::UTC)
        .map_or(0, |z| z.timestamp().as_second())
}

fn civil_time(minutes: u16) -> jiff::civil::Time {
    jiff::civil::time((minutes / 60) as i8, (minutes % 60) as i8, 0, 0)
}

/// Parses `HH:MM` into minutes after midnight; `24:00` only where `allow_24` (a closing
/// time).
pub fn parse_clock(text: &str, allow_24: bool) -> Result<u16> {
    let invalid = || Error::InvalidInput("a time is not HH:MM".into());
    let bytes = text.as_bytes();
    if bytes.len() != 5 || bytes[2] != b':' {
        return Err(invalid());
    }
    let digits = |r: std::ops::Range<usize>| -> Result<u16> {
        let part = &text[r];
        if !part.bytes().all(|b| b.is_ascii_digit()) {
            return Err(invalid());
        }
        part.parse().map_err(|_| invalid())
    };
    let (hour, minute) = (digits(0..2)?, digits(3..5)?);
    match (hour, minute) {
        (24, 0) if allow_24 => Ok(MINUTES_PER_DAY),
        (0..=23, 0..=59) => Ok(hour * 60 + minute),
        _ => Err(invalid()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn weekdays(from: &str, to: &str) -> Vec<Interval> {
        let (from, to) = (
            parse_clock(from, false).unwrap(),
            parse_clock(to, true).unwrap(),
        );
        [
            Weekday::Monday,
            Weekday::Tuesday,
            Weekday::Wednesday,
            Weekday::Thursday,
            Weekday::Friday,
        ]
        .into_iter()
        .map(|day| Interval { day, from, to })
        .collect()
    }

    fn at(utc: &str) -> Timestamp {
        utc.parse().unwrap()
    }

    fn rome_9_to_5() -> Hours {
        Hours::Weekly(Schedule::new("Europe/Rome", weekdays("09:00", "17:00")).unwrap())
    }

    fn civil_check(hours: &Hours, now: Timestamp) -> bool {
        Clocks::new(now).may_answer(hours)
    }

    #[test]
    fn open_now_follows_the_local_clock_across_the_spring_change() {
        let hours = rome_9_to_5();
        // Monday 30 March 2026 is the first working day of summer time (CEST, UTC+2).
        // 07:30 UTC is 09:30 in Rome: open. A fixed winter offset would say 08:30: closed.
        let status = hours.status_at(at("2026-03-30T07:30:00Z"));
        assert_eq!(status.state, OpenState::Open);
        assert!(civil_check(&hours, at("2026-03-30T07:30:00Z")));
        // It closes at 17:00 CEST = 15:00 UTC, not 16:00.
        assert_eq!(
            status.closes_at,
            Some(at("2026-03-30T15:00:00Z").as_second())
        );
        // 15:30 UTC is 17:30 in Rome: closed (the winter offset would say 16:30: open).
        let status = hours.status_at(at("2026-03-30T15:30:00Z"));
        assert_eq!(status.state, OpenState::Closed);
        assert!(!civil_check(&hours, at("2026-03-30T15:30:00Z")));
        // On the Friday before the change, 08:30 UTC is 09:30 CET: open; 07:30 UTC closed.
        assert_eq!(
            hours.status_at(at("2026-03-27T08:30:00Z")).state,
            OpenState::Open
        );
        assert_eq!(
            hours.status_at(at("2026-03-27T07:30:00Z")).state,
            OpenState::Closed
        );
    }

    #[test]
    fn next_opening_over_a_weekend_with_a_clock_change() {
        let hours = rome_9_to_5();
        // Saturday 28 March 2026, 12:00 UTC (13:00 CET). Clocks go forward on Sunday
        // night, so Monday 09:00 is 07:00 UTC, not 08:00.
        let status = hours.status_at(at("2026-03-28T12:00:00Z"));
        assert_eq!(status.state, OpenState::Closed);
        assert_eq!(
            status.next_opens_at,
            Some(at("2026-03-30T07:00:00Z").as_second())
        );
        let local = status.next_opens_local.unwrap();
        assert_eq!((local.day, local.time.as_str()), (Weekday::Monday, "09:00"));
        assert_eq!(local.time_zone, "Europe/Rome");
        // Autumn: Saturday 24 October 2026, clocks go back on Sunday; Monday 09:00 CET is
        // 08:00 UTC.
        let status = hours.status_at(at("2026-10-24T12:00:00Z"));
        assert_eq!(
            status.next_opens_at,
            Some(at("2026-10-26T08:00:00Z").as_second())
        );
    }

    #[test]
    fn an_opening_inside_the_skipped_hour_starts_after_the_jump() {
        // 02:30 does not exist in Rome on 29 March 2026; the line opens at 03:00 CEST.
        let iv = Interval {
            day: Weekday::Sunday,
            from: parse_clock("02:30", false).unwrap(),
            to: parse_clock("05:00", true).unwrap(),
        };
        let hours = Hours::Weekly(Schedule::new("Europe/Rome", vec![iv]).unwrap());
        let status = hours.status_at(at("2026-03-28T23:00:00Z"));
        assert_eq!(status.state, OpenState::Closed);
        assert_eq!(
            status.next_opens_at,
            Some(at("2026-03-29T01:30:00Z").as_second())
        );
        assert_eq!(
            hours.status_at(at("2026-03-29T01:45:00Z")).state,
            OpenState::Open
        );
    }

    #[test]
    fn night_shifts_and_back_to_back_openings() {
        // Friday 22:00 to Saturday 06:00, then Saturday 06:00–12:00.
        let hours = Hours::Weekly(
            Schedule::new(
                "Africa/Tripoli",
                vec![
                    Interval {
                        day: Weekday::Friday,
                        from: parse_clock("22:00", false).unwrap(),
                        to: parse_clock("06:00", true).unwrap(),
                    },
                    Interval {
                        day: Weekday::Saturday,
                        from: parse_clock("06:00", false).unwrap(),
                        to: parse_clock("12:00", true).unwrap(),
                    },
                ],
            )
            .unwrap(),
        );
        // Tripoli is UTC+2 all year. Saturday 2026-05-02 03:00 local = 01:00 UTC.
        let now = at("2026-05-02T01:00:00Z");
        let status = hours.status_at(now);
        assert_eq!(status.state, OpenState::Open);
        assert!(civil_check(&hours, now));
        assert_eq!(
            status.closes_at,
            Some(at("2026-05-02T10:00:00Z").as_second())
        );
        assert_eq!(status.closes_local.unwrap().time, "12:00");
        // Thursday: closed, opens Friday 22:00 local = 20:00 UTC.
        let status = hours.status_at(at("2026-04-30T10:00:00Z"));
        assert_eq!(
            status.next_opens_at,
            Some(at("2026-05-01T20:00:00Z").as_second())
        );
        assert!(!civil_check(&hours, at("2026-04-30T10:00:00Z")));
    }

    #[test]
    fn always_and_unknown_never_claim_a_change() {
        let now = at("2026-01-01T00:00:00Z");
        assert_eq!(
            Hours::Always.status_at(now),
            OpenStatus::simple(OpenState::Always)
        );
        let unknown = Hours::Unknown.status_at(now);
        assert_eq!(unknown.state, OpenState::Unknown);
        assert!(unknown.may_answer());
        assert!(civil_check(&Hours::Unknown, now));
    }

    #[test]
    fn a_zone_this_phone_does_not_know_reads_as_unknown() {
        // Well formed but in no tz database: a phone whose OS tzdata predates a zone.
        let schedule = Schedule::new("Mars/Olympus_Mons", weekdays("09:00", "17:00")).unwrap();
        let hours = Hours::Weekly(schedule);
        assert_eq!(hours.time_zone(), Some("Mars/Olympus_Mons"));
        let status = hours.status_at(at("2026-03-30T08:00:00Z"));
        assert_eq!(status.state, OpenState::Unknown);
        assert_eq!(status.next_opens_at, None);
        assert!(civil_check(&hours, at("2026-03-30T03:00:00Z")));
        // The zones Salama's own directory uses are known to this machine's database.
        for zone in ["Europe/Rome", "Europe/Athens", "Etc/GMT+3", "UTC"] {
            let schedule = Schedule::new(zone, weekdays("09:00", "17:00")).unwrap();
            assert!(schedule.zone.is_some(), "{zone}");
        }
    }

    #[test]
    fn clock_and_zone_parsing_rejects_junk() {
        assert_eq!(parse_clock("09:30", false).unwrap(), 570);
        assert_eq!(parse_clock("24:00", true).unwrap(), 1440);
        for bad in [
            "24:00",
            "9:30",
            "09:60",
            "25:00",
            "0930",
            "09:3a",
            "",
            "٠٩:٣٠",
            "+9:30",
        ] {
            assert!(parse_clock(bad, false).is_err(), "{bad}");
        }
        for bad in [
            "",
            "Europe/Rome;",
            "../../etc/passwd",
            "/etc/localtime",
            "Europe//Rome",
            "Europe/Rome ",
            "Europa/Roma\u{0}",
            "Ευρώπη/Ρώμη",
        ] {
            assert!(
                Schedule::new(bad, weekdays("09:00", "17:00")).is_err(),
                "{bad:?}"
            );
        }
        assert!(Schedule::new(&"A/".repeat(40), weekdays("09:00", "17:00")).is_err());
        assert!(Schedule::new("Europe/Rome", vec![]).is_err());
        let same = vec![Interval {
            day: Weekday::Monday,
            from: 600,
            to: 600,
        }];
        assert!(Schedule::new("Europe/Rome", same).is_err());
    }
}
