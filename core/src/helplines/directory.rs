//! The directory in memory: the compiled-in seed, with collections from signed releases
//! laid over it country by country, and the queries people make of it.
//!
//! A query touches only the collections of one country and its regions, and works out each
//! time zone's wall clock once, so it stays well under a millisecond on a directory of
//! thousands of lines.

use std::collections::BTreeMap;
use std::sync::Arc;

use jiff::Timestamp;

use super::countries;
use super::hours::{Clocks, Hours, OpenStatus};
use super::model::{self, ChannelKind, Line, Need, Origin, VerificationStatus};
use crate::error::{Error, Result};

mod embedded {
    include!(concat!(env!("OUT_DIR"), "/embedded_helplines.rs"));
}

/// What a person is looking for. Every filter is optional.
#[derive(Debug, Clone, Default, PartialEq, uniffi::Record)]
pub struct HelplineQuery {
    /// ISO 3166-1 alpha-2 code of the country the person is in (`GR`), or a region
    /// (`EU`). Regions the country belongs to are included. `None`: every country.
    #[uniffi(default = None)]
    pub country: Option<String>,
    /// Lines that help with any of these needs. Empty: any need.
    #[uniffi(default = [])]
    pub needs: Vec<Need>,
    /// The person's languages (BCP 47), best first. Lines that say which languages they
    /// speak and speak none of these are left out; the best match comes first.
    #[uniffi(default = [])]
    pub languages: Vec<String>,
    /// Lines reachable by any of these channels. Empty: any channel.
    #[uniffi(default = [])]
    pub channels: Vec<ChannelKind>,
    /// Only lines stated to be free of charge.
    #[uniffi(default = false)]
    pub free_only: bool,
    /// Leave out lines known to be closed now (lines with unknown hours stay).
    #[uniffi(default = false)]
    pub open_now: bool,
}

/// One line found by a query, with its open status at the time of the query.
#[derive(Debug)]
pub struct Found<'a> {
    pub line: &'a Line,
    pub open: OpenStatus,
}

/// The helplines Salama knows: compiled-in seed plus installed collections.
#[derive(Clone)]
pub struct Directory {
    seed: BTreeMap<String, Arc<Vec<Line>>>,
    installed: BTreeMap<String, Arc<Vec<Line>>>,
}

impl Directory {
    /// The compiled-in seed directory alone.
    pub fn seed() -> Self {
        let seed = seed_collections()
            .into_iter()
            .map(|(code, lines)| (code, Arc::new(lines)))
            .collect();
        Directory {
            seed,
            installed: BTreeMap::new(),
        }
    }

    /// An empty directory, for benchmarks and tests that build their own.
    pub fn empty() -> Self {
        Directory {
            seed: BTreeMap::new(),
            installed: BTreeMap::new(),
        }
    }

    /// Lays an installed collection over the seed for `code`.
    pub fn install(&mut self, code: &str, lines: Vec<Line>) {
        self.installed.insert(code.to_owned(), Arc::new(lines));
    }

    /// Drops the installed collection for `code`; the seed shows again.
    pub fn uninstall(&mut self, code: &str) {
        self.installed.remove(code);
    }

    /// The lines shown for `code`: installed if any, else the seed's.
    fn collection(&self, code: &str) -> Option<&[Line]> {
        self.installed
            .get(code)
            .or_else(|| self.seed.get(code))
            .map(|lines| lines.as_slice())
    }

    /// Every country or region with lines.
    pub fn codes(&self) -> Vec<&str> {
        let mut codes: Vec<&str> = self
            .seed
            .keys()
            .chain(self.installed.keys())
            .map(String::as_str)
            .collect();
        codes.sort_unstable();
        codes.dedup();
        codes
    }

    /// One line by id.
    pub fn get(&self, id: &str) -> Option<&Line> {
        let code = id.split('-').next()?.to_ascii_uppercase();
        self.collection(&code)?.iter().find(|l| l.spec.id == id)
    }

    /// The lines matching `query` at `now`: emergency numbers first, then the best match
    /// (the person's language, open now, the country's own lines before its region's,
    /// fully verified first).
    pub fn query(&self, query: &HelplineQuery, now: Timestamp) -> Result<Vec<Found<'_>>> {
        let codes = match &query.country {
            Some(country) => {
                let code = normalize_country(country)?;
                let mut codes = vec![code.clone()];
                codes.extend(countries::regions_of(&code).map(str::to_owned));
                codes
            }
            None => self.codes().into_iter().map(str::to_owned).collect(),
        };
        let wanted: Vec<String> = query
            .languages
            .iter()
            .map(|tag| {
                model::language_key(tag)
                    .ok_or_else(|| Error::InvalidInput("a language is not a BCP 47 tag".into()))
            })
            .collect::<Result<_>>()?;
        let mut clocks = Clocks::new(now);
        let mut ranked: Vec<(Rank, &Line)> = Vec::new();
        for (code_rank, code) in codes.iter().enumerate() {
            let code_rank = if query.country.is_some() {
                code_rank
            } else {
                0
            };
            for line in self.collection(code).unwrap_or_default() {
                let spec = &line.spec;
                if !query.channels.is_empty()
                    && !spec
                        .channels
                        .iter()
                        .any(|c| query.channels.contains(&c.kind))
                {
                    continue;
                }
                if query.free_only && spec.free != Some(true) {
                    continue;
                }
                // Someone in danger must always see the emergency numbers, whatever else
                // they asked for.
                if !line.emergency
                    && !query.needs.is_empty()
                    && !spec.needs.iter().any(|n| query.needs.contains(n))
                {
                    continue;
                }
                let language_rank = if line.emergency {
                    0
                } else {
                    match language_rank(line, &wanted) {
                        Some(rank) => rank,
                        None => continue,
                    }
                };
                let may_answer = clocks.may_answer(&line.hours);
                if query.open_now && !may_answer {
                    continue;
                }
                let open_rank = match (&line.hours, may_answer) {
                    (Hours::Always, _) | (Hours::Weekly(_), true) => 0,
                    (Hours::Unknown, _) => 1,
                    (Hours::Weekly(_), false) => 2,
                };
                let status_rank = match spec.status {
                    VerificationStatus::Verified => 0,
                    VerificationStatus::PartlyVerified => 1,
                };
                let key = (
                    !line.emergency,
                    language_rank,
                    open_rank,
                    code_rank,
                    status_rank,
                );
                ranked.push((key, line));
            }
        }
        ranked.sort_by(|(a, la), (b, lb)| a.cmp(b).then_with(|| la.spec.id.cmp(&lb.spec.id)));
        Ok(ranked
            .into_iter()
            .map(|(_, line)| Found {
                line,
                open: line.hours.status_at(clocks.now()),
            })
            .collect())
    }
}

/// How a line ranks for a query, lower first: not an emergency number, language fit,
/// open now, the country's own before its region's, verification.
type Rank = (bool, usize, u8, usize, u8);

/// Upper-cases and checks a country or region code; anything else is a clear error.
pub fn normalize_country(code: &str) -> Result<String> {
    let upper = code.trim().to_ascii_uppercase();
    if countries::is_known(&upper) {
        Ok(upper)
    } else {
        Err(Error::InvalidInput(
            "unknown country code: use ISO 3166-1 alpha-2 (e.g. GR) or EU".into(),
        ))
    }
}

/// How well a line's languages fit the person's (lower is better), or `None` if the line
/// says which languages it speaks and speaks none of theirs.
fn language_rank(line: &Line, wanted: &[String]) -> Option<usize> {
    if wanted.is_empty() {
        return Some(0);
    }
    if let Some(rank) = wanted.iter().position(|w| line.language_keys.contains(w)) {
        return Some(rank);
    }
    if line.spec.more_languages {
        Some(wanted.len())
    } else if line.language_keys.is_empty() {
        Some(wanted.len() + 1)
    } else {
        None
    }
}

/// The compiled-in seed, parsed and validated. The seed is checked by tests, so a failure
/// here is a build mistake, not something a user can cause.
pub fn seed_collections() -> Vec<(String, Vec<Line>)> {
    embedded::SEED_FILES
        .iter()
        .map(|(code, json)| {
            let lines = model::parse_collection(json.as_bytes(), code, Origin::Seed)
                .unwrap_or_else(|e| panic!("core/content/helplines/{code}.json: {e}"));
            (code.to_string(), lines)
        })
        .collect()
}

/// The compiled-in seed files, `(code, json)`.
pub fn seed_files() -> &'static [(&'static str, &'static str)] {
    embedded::SEED_FILES
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::helplines::hours::OpenState;
    use crate::helplines::model::tests::entry_json;
    use crate::l10n::{SOURCE_LOCALE, Translations};

    fn at(utc: &str) -> Timestamp {
        utc.parse().unwrap()
    }

    fn ids(found: &[Found]) -> Vec<String> {
        found.iter().map(|f| f.line.spec.id.clone()).collect()
    }

    fn country(code: &str) -> HelplineQuery {
        HelplineQuery {
            country: Some(code.into()),
            ..Default::default()
        }
    }

    #[test]
    fn the_seed_is_valid_and_every_message_exists_in_english() {
        let translations = Translations::embedded();
        let messages = translations.message_ids(SOURCE_LOCALE);
        let mut count = 0;
        for (code, lines) in seed_collections() {
            for line in &lines {
                count += 1;
                assert_eq!(line.origin, Origin::Seed);
                for text in [
                    Some(&line.spec.name),
                    Some(&line.spec.description),
                    line.spec.note.as_ref(),
                ]
                .into_iter()
                .flatten()
                {
                    let model::Text::Message(id) = text else {
                        panic!("{code}: seed texts are Fluent messages");
                    };
                    assert!(messages.contains(id), "missing message {id}");
                }
                assert!(!line.spec.sources.is_empty());
            }
        }
        assert!(count >= 20, "{count}");
    }

    #[test]
    fn emergency_numbers_come_first_and_regions_are_included() {
        let directory = Directory::seed();
        let found = directory
            .query(&country("gr"), at("2026-05-04T10:00:00Z"))
            .unwrap();
        let ids = ids(&found);
        assert_eq!(ids[0], "eu-112");
        assert!(ids.contains(&"gr-a21-1109".to_owned()));
        assert!(ids.contains(&"eu-116000".to_owned()));
        assert!(!ids.iter().any(|id| id.starts_with("it-")));
        // The country's own line ranks before the region's lines of the same fit.
        let trafficking = HelplineQuery {
            needs: vec![Need::Trafficking],
            ..country("GR")
        };
        let found = directory
            .query(&trafficking, at("2026-05-04T10:00:00Z"))
            .unwrap();
        assert_eq!(self::ids(&found), ["eu-112", "gr-a21-1109"]);
    }

    #[test]
    fn a_country_with_no_entries_gets_its_regions_or_nothing_and_unknown_codes_fail() {
        let directory = Directory::seed();
        let now = at("2026-05-04T10:00:00Z");
        // Portugal has no lines of its own: the EU-wide lines still apply.
        let pt = ids(&directory.query(&country("PT"), now).unwrap());
        assert!(pt.contains(&"eu-112".to_owned()) && pt.iter().all(|id| id.starts_with("eu-")));
        // Japan is a real country with no entries at all: an empty answer, not an error.
        assert!(directory.query(&country("JP"), now).unwrap().is_empty());
        for bad in ["XX", "Greece", "", "G", "EL", "1"] {
            let err = directory.query(&country(bad), now).unwrap_err();
            assert!(
                err.to_string().contains("unknown country code"),
                "{bad}: {err}"
            );
        }
    }

    #[test]
    fn filters_by_language_channel_cost_and_need() {
        let directory = Directory::seed();
        let now = at("2026-05-04T10:00:00Z");
        let arabic = HelplineQuery {
            languages: vec!["ar-SY".into()],
            ..country("IT")
        };
        let found = ids(&directory.query(&arabic, now).unwrap());
        // The anti-trafficking line lists Arabic; ARCI speaks "36 languages" (more
        // languages, unlisted) and ranks after it.
        let anti = found
            .iter()
            .position(|id| id == "it-numero-verde-antitratta")
            .unwrap();
        let arci = found.iter().position(|id| id == "it-arci-asylum").unwrap();
        assert!(anti < arci, "{found:?}");
        assert_eq!(found[0], "eu-112");

        let german = HelplineQuery {
            languages: vec!["tr".into()],
            needs: vec![Need::Trafficking],
            ..country("DE")
        };
        // The Hilfetelefon lists German and "more languages": kept, after any exact match.
        assert!(
            ids(&directory.query(&german, now).unwrap())
                .contains(&"de-hilfetelefon-116016".to_owned())
        );

        let whatsapp = HelplineQuery {
            channels: vec![ChannelKind::Whatsapp],
            ..country("MX")
        };
        assert_eq!(
            ids(&directory.query(&whatsapp, now).unwrap()),
            ["mx-linea-contra-la-trata"]
        );

        let free = HelplineQuery {
            free_only: true,
            ..country("IT")
        };
        let found = ids(&directory.query(&free, now).unwrap());
        assert!(
            !found.contains(&"it-arci-asylum".to_owned()),
            "ARCI's cost is not stated"
        );
        assert!(found.contains(&"it-numero-verde-antitratta".to_owned()));

        let bad_language = HelplineQuery {
            languages: vec!["not a tag!".into()],
            ..country("IT")
        };
        assert!(directory.query(&bad_language, now).is_err());
    }

    #[test]
    fn open_now_uses_each_lines_time_zone() {
        let directory = Directory::seed();
        let open_now = HelplineQuery {
            open_now: true,
            ..country("LY")
        };
        // Sunday 3 May 2026, 10:00 in Tripoli (08:00 UTC): CESVI is open (Sun–Thu).
        let found = directory
            .query(&open_now, at("2026-05-03T08:00:00Z"))
            .unwrap();
        let cesvi = found
            .iter()
            .find(|f| f.line.spec.id == "ly-cesvi-protection")
            .unwrap();
        assert_eq!(cesvi.open.state, OpenState::Open);
        // Friday: CESVI is closed and left out; the 24/7 line and the unknown-hours line stay.
        let found = directory
            .query(&open_now, at("2026-05-08T08:00:00Z"))
            .unwrap();
        let ids = ids(&found);
        assert!(!ids.contains(&"ly-cesvi-protection".to_owned()));
        assert!(ids.contains(&"ly-sexual-violence-line".to_owned()));
        assert!(ids.contains(&"ly-unhcr-protection".to_owned()));
        // Without the filter it is listed as closed, with when it next opens (Sunday 09:00).
        let all = directory
            .query(&country("LY"), at("2026-05-08T08:00:00Z"))
            .unwrap();
        let cesvi = all
            .iter()
            .find(|f| f.line.spec.id == "ly-cesvi-protection")
            .unwrap();
        assert_eq!(cesvi.open.state, OpenState::Closed);
        assert_eq!(
            cesvi.open.next_opens_at,
            Some(at("2026-05-10T07:00:00Z").as_second())
        );
    }

    #[test]
    fn installed_collections_replace_the_seed_for_their_country_only() {
        let mut directory = Directory::seed();
        let bytes = serde_json::to_vec(&serde_json::json!({
            "format": 1, "country": "GR", "helplines": [entry_json("GR", 1)]
        }))
        .unwrap();
        let lines = model::parse_collection(&bytes, "GR", Origin::Published).unwrap();
        directory.install("GR", lines);
        let now = at("2026-05-04T10:00:00Z");
        let gr = ids(&directory.query(&country("GR"), now).unwrap());
        assert!(gr.contains(&"gr-line-1".to_owned()) && !gr.contains(&"gr-a21-1109".to_owned()));
        assert!(gr.contains(&"eu-112".to_owned()));
        assert!(directory.get("gr-line-1").is_some());
        directory.uninstall("GR");
        assert!(directory.get("gr-a21-1109").is_some() && directory.get("gr-line-1").is_none());
    }
}
