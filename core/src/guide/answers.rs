//! Answer files for scripts (`salama guide --answers <file>`): a JSON object from
//! question id to answer, in the order the questions were answered:
//!
//! ```json
//! { "danger": "no", "fear-return": "yes", "crossed-border": "prefer-not-to-say" }
//! ```
//!
//! The file is written by a person, so errors say where the problem is (the position of
//! the answer) and never repeat what the file holds.

use std::fmt;

use serde::de::{self, Deserializer, MapAccess, Visitor};

use super::{GuideAnswer, GuideChoice};
use crate::error::{Error, Result, SalamaError};

/// Answer files larger than this are refused before parsing.
pub const MAX_ANSWERS_BYTES: usize = 64 * 1024;
/// More answers than any questionnaire has questions.
const MAX_ANSWERS: usize = 500;

/// Parses an answer file. Checks its form only; the questions are checked against the
/// questionnaire when the answers are used. Errors are `InvalidInput`.
pub fn parse_answers(bytes: &[u8]) -> Result<Vec<GuideAnswer>, SalamaError> {
    Ok(parse(bytes)?)
}

fn parse(bytes: &[u8]) -> Result<Vec<GuideAnswer>> {
    if bytes.len() > MAX_ANSWERS_BYTES {
        return Err(invalid(format!(
            "the answers are larger than {} KiB",
            MAX_ANSWERS_BYTES / 1024
        )));
    }
    let mut de = serde_json::Deserializer::from_slice(bytes);
    let entries = de
        // `deserialize_any`, so that a file that is not an object reaches the visitor's
        // own wording (serde_json's `deserialize_map` would quote the value).
        .deserialize_any(EntriesVisitor)
        .and_then(|entries| de.end().map(|()| entries))
        .map_err(|e| invalid(format!("the answers are not a JSON object of answers: {e}")))?;
    entries
        .into_iter()
        .enumerate()
        .map(|(n, (question_id, value))| {
            let choice = value.as_str().and_then(GuideChoice::parse).ok_or_else(|| {
                invalid(format!(
                    "answer {}: unknown answer (use yes, no, not-sure or prefer-not-to-say)",
                    n + 1
                ))
            })?;
            Ok(GuideAnswer {
                question_id,
                choice,
            })
        })
        .collect()
}

fn invalid(reason: String) -> Error {
    Error::InvalidInput(reason)
}

/// Reads the object's entries in order, keeping duplicates so they can be refused, and
/// words type errors without the offending value (serde's default would quote it).
struct EntriesVisitor;

impl<'de> Visitor<'de> for EntriesVisitor {
    type Value = Vec<(String, serde_json::Value)>;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a JSON object from question id to answer")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
        let mut entries: Vec<(String, serde_json::Value)> = Vec::new();
        while let Some((key, value)) = map.next_entry::<String, serde_json::Value>()? {
            if entries.len() == MAX_ANSWERS {
                return Err(de::Error::custom(format!(
                    "more than {MAX_ANSWERS} answers"
                )));
            }
            if entries.iter().any(|(k, _)| *k == key) {
                return Err(de::Error::custom(format!(
                    "answer {}: this question was already answered",
                    entries.len() + 1
                )));
            }
            entries.push((key, value));
        }
        Ok(entries)
    }

    fn visit_str<E: de::Error>(self, _: &str) -> Result<Self::Value, E> {
        Err(E::custom("found a string, expected an object"))
    }

    fn visit_bool<E: de::Error>(self, _: bool) -> Result<Self::Value, E> {
        Err(E::custom("found true or false, expected an object"))
    }

    fn visit_i64<E: de::Error>(self, _: i64) -> Result<Self::Value, E> {
        Err(E::custom("found a number, expected an object"))
    }

    fn visit_u64<E: de::Error>(self, _: u64) -> Result<Self::Value, E> {
        Err(E::custom("found a number, expected an object"))
    }

    fn visit_f64<E: de::Error>(self, _: f64) -> Result<Self::Value, E> {
        Err(E::custom("found a number, expected an object"))
    }

    fn visit_unit<E: de::Error>(self) -> Result<Self::Value, E> {
        Err(E::custom("found null, expected an object"))
    }

    fn visit_seq<A: de::SeqAccess<'de>>(self, _: A) -> Result<Self::Value, A::Error> {
        Err(de::Error::custom("found a list, expected an object"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn reason(bytes: &[u8]) -> String {
        match parse_answers(bytes) {
            Err(SalamaError::InvalidInput { reason }) => reason,
            other => panic!("expected InvalidInput, got {other:?}"),
        }
    }

    #[test]
    fn parses_answers_in_order() {
        let answers = parse_answers(
            br#"{"danger":"no","fear-return":"not-sure","alone":"prefer-not-to-say","work":"yes"}"#,
        )
        .unwrap();
        let got: Vec<(&str, GuideChoice)> = answers
            .iter()
            .map(|a| (a.question_id.as_str(), a.choice))
            .collect();
        assert_eq!(
            got,
            [
                ("danger", GuideChoice::No),
                ("fear-return", GuideChoice::NotSure),
                ("alone", GuideChoice::PreferNotToSay),
                ("work", GuideChoice::Yes),
            ]
        );
        assert!(parse_answers(b" {} ").unwrap().is_empty());
    }

    #[test]
    fn refuses_malformed_truncated_oversized_and_hostile_files_without_echoing_them() {
        let secret = "MY-SECRET-WORDS";
        let cases: Vec<(Vec<u8>, &str)> = vec![
            (
                format!(r#"{{"danger":"{secret}"}}"#).into_bytes(),
                "answer 1: unknown answer",
            ),
            (
                format!(r#"{{"danger":"no","x":"{secret}"}}"#).into_bytes(),
                "answer 2: unknown answer",
            ),
            (br#"{"danger":"YES"}"#.to_vec(), "unknown answer"),
            (br#"{"danger":true}"#.to_vec(), "unknown answer"),
            (br#"{"danger":["no"]}"#.to_vec(), "unknown answer"),
            (
                br#"{"danger":"no","danger":"yes"}"#.to_vec(),
                "answer 2: this question was already answered",
            ),
            (format!(r#""{secret}""#).into_bytes(), "found a string"),
            (format!(r#"["{secret}"]"#).into_bytes(), "found a list"),
            (b"42".to_vec(), "found a number"),
            (b"null".to_vec(), "found null"),
            (br#"{"danger":"no""#.to_vec(), "not a JSON object"),
            (b"".to_vec(), "not a JSON object"),
            (br#"{"danger":"no"} trailing"#.to_vec(), "not a JSON object"),
            (b"\xff\xfe{}".to_vec(), "not a JSON object"),
            (vec![b' '; MAX_ANSWERS_BYTES + 1], "larger than 64 KiB"),
        ];
        for (bytes, expected) in cases {
            let reason = reason(&bytes);
            assert!(reason.contains(expected), "{reason:?} lacks {expected:?}");
            assert!(!reason.contains(secret), "{reason:?} echoes the input");
        }
    }

    #[test]
    fn refuses_too_many_answers() {
        let mut json = String::from("{");
        for n in 0..=MAX_ANSWERS {
            json.push_str(&format!(r#""q{n}":"no","#));
        }
        json.pop();
        json.push('}');
        assert!(json.len() < MAX_ANSWERS_BYTES);
        assert!(reason(json.as_bytes()).contains("more than 500 answers"));
    }

    #[test]
    fn deep_nesting_is_an_error_not_a_crash() {
        let mut json = String::from(r#"{"danger":"#);
        json.push_str(&"[".repeat(10_000));
        assert!(reason(json.as_bytes()).contains("not a JSON object"));
    }
}
