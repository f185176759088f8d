//! Offline search over the articles, in every script the reader uses.
//!
//! Each translatable unit of each article is indexed, normalized (see [`super::normalize`]),
//! in an FTS5 table with the trigram tokenizer: trigrams find a word inside a longer one,
//! so a word is found with or without the Arabic article or a Persian suffix, and no
//! language needs its own stemmer. A locale is indexed the first time it is used and again
//! whenever its text or the catalog changes.

use rusqlite::{Connection, params};

use super::Catalog;
use super::normalize::{SHORT_TERM_CHARS, normalize, query_terms, term_positions};
use crate::error::Result;
use crate::l10n::{Localizer, TextDirection, Translations};

/// The most terms of a query that are used; more only narrow results that are already empty.
const MAX_TERMS: usize = 16;
/// Rows read before grouping by article: every unit of a few locales.
const MAX_ROWS: usize = 5_000;
/// Length, in chars, of a snippet cut from a long paragraph.
const SNIPPET_CHARS: usize = 140;

/// A range of chars (Unicode scalar values, end exclusive) inside a snippet.
#[derive(Debug, Clone, Copy, PartialEq, Eq, uniffi::Record)]
pub struct TextRange {
    /// The first char of the range.
    pub start: u32,
    /// One past the last char of the range.
    pub end: u32,
}

/// One article that matches a search.
#[derive(Debug, Clone, PartialEq, uniffi::Record)]
pub struct SearchHit {
    /// The article that matches.
    pub article_id: String,
    /// Its title in the reader's language.
    pub title: String,
    /// The matching passage, cut to a short window.
    pub snippet: String,
    /// Where the query's words are in `snippet`, for highlighting.
    pub highlights: Vec<TextRange>,
    /// The locale of the snippet.
    pub locale: String,
    /// The direction of the snippet.
    pub direction: TextDirection,
}

/// Makes sure the index holds the current text of each of `locales`, reindexing a locale in
/// one transaction when its text or the catalog changed. Returns the locales reindexed.
pub fn ensure_indexed(
    conn: &mut Connection,
    translations: &Translations,
    locales: &[String],
) -> Result<Vec<String>> {
    let mut reindexed = vec![];
    for locale in locales {
        let fingerprint = translations.fingerprint(locale);
        let current: Option<String> = conn
            .query_row(
                "SELECT fingerprint FROM search_indexed WHERE locale = ?1",
                [locale],
                |row| row.get(0),
            )
            .map(Some)
            .or_else(|e| match e {
                rusqlite::Error::QueryReturnedNoRows => Ok(None),
                e => Err(e),
            })?;
        if current.as_deref() == Some(fingerprint.as_str()) {
            continue;
        }
        index_locale(conn, translations, locale, &fingerprint)?;
        reindexed.push(locale.clone());
    }
    Ok(reindexed)
}

fn index_locale(
    conn: &mut Connection,
    translations: &Translations,
    locale: &str,
    fingerprint: &str,
) -> Result<()> {
    // Only the locale's own messages: fallback text is indexed under its own locale.
    let l10n = translations.localizer(vec![locale.to_owned()]);
    let tx = conn.transaction()?;
    tx.execute("DELETE FROM search_fts WHERE locale = ?1", [locale])?;
    {
        let mut insert = tx.prepare(
            "INSERT INTO search_fts (text, article, locale, unit, original) \
             VALUES (?1, ?2, ?3, ?4, ?5)",
        )?;
        for spec in &Catalog::embedded().articles {
            for id in spec.message_ids() {
                let Some(unit) = l10n.format(&id, None) else {
                    continue;
                };
                let original = strip_isolation(&unit.text);
                insert.execute(params![
                    normalize(&original).text,
                    spec.id,
                    locale,
                    id,
                    original
                ])?;
            }
        }
    }
    tx.execute(
        "INSERT OR REPLACE INTO search_indexed (locale, fingerprint) VALUES (?1, ?2)",
        [locale, fingerprint],
    )?;
    tx.commit()?;
    Ok(())
}

/// Fluent's bidi isolation marks are for display; they must not split words in the index.
fn strip_isolation(text: &str) -> String {
    text.chars()
        .filter(|c| !matches!(c, '\u{2066}'..='\u{2069}'))
        .collect()
}

/// Searches the articles of the reader's locales. Any query text is safe: operators,
/// quotes and symbols are not syntax here, and a query with no words finds nothing.
pub fn search(conn: &Connection, l10n: &Localizer, query: &str) -> Result<Vec<SearchHit>> {
    let mut terms = query_terms(query);
    terms.truncate(MAX_TERMS);
    if terms.is_empty() {
        return Ok(vec![]);
    }
    // Trigrams need three chars; shorter words are found with LIKE on the same rows, then
    // kept only where they start a word (`term_positions`), or `un` would match inside
    // "punished".
    let (long, short): (Vec<&String>, Vec<&String>) = terms
        .iter()
        .partition(|t| t.chars().count() >= SHORT_TERM_CHARS);
    // One parameter per locale: SQLite is built without its JSON functions (size).
    let mut values: Vec<String> = l10n.locales();
    let placeholders = (1..=values.len())
        .map(|i| format!("?{i}"))
        .collect::<Vec<_>>()
        .join(", ");
    let mut sql = format!(
        "SELECT article, locale, unit, original, text FROM search_fts WHERE locale IN ({placeholders})"
    );
    if !long.is_empty() {
        // Terms hold only letters and digits, so quoting each as a phrase is exact.
        let phrase = long
            .iter()
            .map(|t| format!("\"{t}\""))
            .collect::<Vec<_>>()
            .join(" ");
        values.push(phrase);
        sql.push_str(&format!(" AND search_fts MATCH ?{}", values.len()));
    }
    for term in &short {
        values.push(format!("%{term}%"));
        sql.push_str(&format!(" AND text LIKE ?{}", values.len()));
    }
    sql.push_str(&format!(" LIMIT {MAX_ROWS}"));

    // bm25 over trigram phrases costs several times the match itself, and over nine
    // articles a plainer order serves readers better: an article whose title matches comes
    // before one where only a paragraph does, then the one with more matching passages.
    let mut best: Vec<ArticleMatch> = vec![];
    let mut stmt = conn.prepare_cached(&sql)?;
    let mut rows = stmt.query(rusqlite::params_from_iter(values.iter()))?;
    while let Some(row) = rows.next()? {
        let text = row.get_ref(4)?.as_str().unwrap_or_default();
        if !short.iter().all(|t| !term_positions(text, t).is_empty()) {
            continue;
        }
        let article: String = row.get(0)?;
        let weight = unit_weight(row.get_ref(2)?.as_str().unwrap_or_default());
        match best.iter_mut().find(|m| m.article == article) {
            Some(m) => {
                m.matches += 1;
                if weight < m.weight {
                    (m.weight, m.locale, m.original) = (weight, row.get(1)?, row.get(3)?);
                }
            }
            None => best.push(ArticleMatch {
                article,
                weight,
                matches: 1,
                locale: row.get(1)?,
                original: row.get(3)?,
            }),
        }
    }
    let catalog = Catalog::embedded();
    let position = |id: &str| catalog.articles.iter().position(|a| a.id == id);
    best.sort_by_key(|m| (m.weight, std::cmp::Reverse(m.matches), position(&m.article)));

    best.into_iter()
        .map(|m| {
            let spec = catalog.get(&m.article)?;
            let (snippet, highlights) = snippet(&m.original, &terms);
            Ok(SearchHit {
                title: l10n.text_or_id(&spec.title_id(), None),
                direction: l10n.direction_of(&m.locale),
                article_id: m.article,
                snippet,
                highlights,
                locale: m.locale,
            })
        })
        .collect()
}

/// The best passage of one article that matches, and how many of its passages do.
struct ArticleMatch {
    article: String,
    weight: u8,
    matches: u32,
    locale: String,
    original: String,
}

/// How telling a match in this unit is: title, summary, heading, step, paragraph.
fn unit_weight(unit: &str) -> u8 {
    if unit.ends_with("-title") {
        0
    } else if unit.ends_with("-summary") {
        1
    } else if unit.ends_with("-heading") {
        2
    } else if unit.contains("-step-") {
        3
    } else {
        4
    }
}

/// Cuts a window of `text` around the first match and marks every match inside it.
fn snippet(text: &str, terms: &[String]) -> (String, Vec<TextRange>) {
    let normalized = normalize(text);
    let chars: Vec<char> = text.chars().collect();
    // Matches as original char ranges.
    let mut matches: Vec<(usize, usize)> = vec![];
    for term in terms {
        for byte_start in term_positions(&normalized.text, term) {
            let first = normalized.text[..byte_start].chars().count();
            let last = first + term.chars().count() - 1;
            matches.push((normalized.origin[first], normalized.origin[last] + 1));
        }
    }
    matches.sort_unstable();

    let (mut start, mut end) = (0, chars.len());
    if chars.len() > SNIPPET_CHARS {
        let first = matches.first().map_or(0, |m| m.0);
        start = first.saturating_sub(SNIPPET_CHARS / 3);
        // Start at a word boundary, so the snippet never begins mid-word.
        while start > 0 && !chars[start - 1].is_whitespace() {
            start -= 1;
        }
        end = (start + SNIPPET_CHARS).min(chars.len());
        while end < chars.len() && !chars[end].is_whitespace() {
            end += 1;
        }
    }
    let prefix = if start > 0 { "… " } else { "" };
    let suffix = if end < chars.len() { " …" } else { "" };
    let shift = prefix.chars().count();
    let snippet = format!(
        "{prefix}{}{suffix}",
        chars[start..end].iter().collect::<String>()
    );
    let mut highlights: Vec<TextRange> = vec![];
    for (m_start, m_end) in matches {
        if m_start < start || m_end > end {
            continue;
        }
        let range = TextRange {
            start: (m_start - start + shift) as u32,
            end: (m_end - start + shift) as u32,
        };
        // Overlapping terms ("asyl", "asylum") merge into one highlight.
        match highlights.last_mut() {
            Some(last) if range.start <= last.end => last.end = last.end.max(range.end),
            _ => highlights.push(range),
        }
    }
    (snippet, highlights)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store;

    fn index(locales: &[&str]) -> (Connection, Translations, Localizer) {
        let mut conn =
            store::open_in_memory(store::Kind::Content, store::CONTENT_MIGRATIONS).unwrap();
        let translations = Translations::embedded();
        let requested: Vec<String> = locales.iter().map(|l| l.to_string()).collect();
        let negotiated = translations.negotiate(&requested);
        ensure_indexed(&mut conn, &translations, &negotiated).unwrap();
        let l10n = translations.localizer(negotiated);
        (conn, translations, l10n)
    }

    fn highlighted(hit: &SearchHit) -> Vec<String> {
        let chars: Vec<char> = hit.snippet.chars().collect();
        hit.highlights
            .iter()
            .map(|r| chars[r.start as usize..r.end as usize].iter().collect())
            .collect()
    }

    #[test]
    fn finds_each_article_by_a_word_of_its_title_in_each_locale() {
        let translations = Translations::embedded();
        for locale in translations.available() {
            let (conn, _, l10n) = index(&[locale]);
            let single = translations.localizer(vec![locale.to_owned()]);
            for spec in &Catalog::embedded().articles {
                let title = strip_isolation(&single.text(&spec.title_id(), None).unwrap().text);
                let word = longest_word(&title);
                let hits = search(&conn, &l10n, &word).unwrap();
                assert!(
                    hits.iter().any(|h| h.article_id == spec.id),
                    "{locale}: '{word}' does not find {}",
                    spec.id
                );
            }
        }
    }

    fn longest_word(text: &str) -> String {
        text.split(|c: char| !crate::rights::normalize::is_word_char(c) && !is_mark(c))
            .max_by_key(|w| w.chars().count())
            .unwrap()
            .to_owned()
    }

    fn is_mark(c: char) -> bool {
        matches!(c, '\u{064B}'..='\u{065F}' | '\u{0670}' | '\u{200C}')
    }

    #[test]
    fn arabic_with_and_without_vowel_marks_and_article() {
        let (conn, _, l10n) = index(&["ar"]);
        let plain = search(&conn, &l10n, "اللجوء").unwrap();
        assert!(!plain.is_empty());
        let voweled = search(&conn, &l10n, "اللُّجُوء").unwrap();
        let bare = search(&conn, &l10n, "لجوء").unwrap();
        let ids = |hits: &[SearchHit]| {
            hits.iter()
                .map(|h| h.article_id.clone())
                .collect::<Vec<_>>()
        };
        assert_eq!(ids(&plain), ids(&voweled));
        assert_eq!(ids(&plain), ids(&bare));
        for hit in &plain {
            assert!(!hit.highlights.is_empty(), "{hit:?}");
        }
    }

    #[test]
    fn hostile_queries_give_results_or_nothing() {
        let (conn, _, l10n) = index(&["fa"]);
        let long = "a".repeat(10_000);
        let many_words = "asylum ".repeat(2_000);
        for query in [
            "",
            "   ",
            "\"",
            "\"\"\"",
            "asylum\" OR \"x",
            "NEAR(asylum refugee, 2)",
            "asy*",
            "-asylum",
            "title:asylum",
            "a AND OR NOT",
            "'; DROP TABLE search_fts; --",
            "%_%",
            "🙂🙃 🇸🇾",
            "\u{202E}\u{2066}\u{0000}",
            long.as_str(),
            many_words.as_str(),
        ] {
            search(&conn, &l10n, query).unwrap_or_else(|e| panic!("{query:.40}: {e}"));
        }
        assert!(search(&conn, &l10n, "").unwrap().is_empty());
        let count: i64 = conn
            .query_row("SELECT count(*) FROM search_fts", [], |r| r.get(0))
            .unwrap();
        assert!(count > 0);
    }

    #[test]
    fn latin_search_ignores_case_and_highlights_the_word() {
        let (conn, _, l10n) = index(&["en"]);
        let hits = search(&conn, &l10n, "ASYLUM").unwrap();
        assert!(hits.iter().any(|h| h.article_id == "asylum"));
        for hit in &hits {
            for word in highlighted(hit) {
                assert_eq!(word.to_lowercase(), "asylum", "{hit:?}");
            }
        }
    }

    #[test]
    fn a_title_match_ranks_first() {
        let (conn, _, l10n) = index(&["en"]);
        let hits = search(&conn, &l10n, "children").unwrap();
        assert_eq!(hits[0].article_id, "children", "{hits:?}");
        let hits = search(&conn, &l10n, "detained").unwrap();
        assert_eq!(hits[0].article_id, "detention", "{hits:?}");
    }

    #[test]
    fn short_words_match_at_the_start_of_a_word_only() {
        let (conn, _, l10n) = index(&["en"]);
        let hits = search(&conn, &l10n, "UN").unwrap();
        assert!(hits.iter().any(|h| h.article_id == "smuggled-not-criminal"));
        for hit in &hits {
            let chars: Vec<char> = hit.snippet.chars().collect();
            assert!(!hit.highlights.is_empty(), "{hit:?}");
            for range in &hit.highlights {
                let before = chars[..range.start as usize].last();
                assert!(
                    before.is_none_or(|c| !c.is_alphanumeric()),
                    "highlight inside a word: {hit:?}"
                );
            }
        }
        // "punished" holds `un`; the non-punishment article is found by the word, not by it.
        let un_only: Vec<_> = search(&conn, &l10n, "un punished").unwrap();
        let punished = search(&conn, &l10n, "punished").unwrap();
        assert!(un_only.len() < punished.len(), "{un_only:?}");
    }

    #[test]
    fn the_arabic_article_alone_finds_nothing_and_short_arabic_words_follow_it() {
        let (conn, _, l10n) = index(&["ar"]);
        assert!(search(&conn, &l10n, "ال").unwrap().is_empty());
        assert!(search(&conn, &l10n, "اَلْ").unwrap().is_empty());
        // حق (a right) is two letters: found as a word and after the article (الحق), and
        // the highlight covers the word, not the article.
        let hits = search(&conn, &l10n, "حق").unwrap();
        assert!(hits.iter().any(|h| h.article_id == "asylum"), "{hits:?}");
        for hit in &hits {
            for word in highlighted(hit) {
                assert_eq!(normalize(&word).text, "حق", "{hit:?}");
            }
        }
    }

    #[test]
    fn each_article_is_found_in_arabic_and_persian_with_and_without_vowel_marks() {
        let translations = Translations::embedded();
        for locale in ["ar", "fa"] {
            let (conn, _, l10n) = index(&[locale]);
            let single = translations.localizer(vec![locale.to_owned()]);
            for spec in &Catalog::embedded().articles {
                let title = strip_isolation(&single.text(&spec.title_id(), None).unwrap().text);
                let bare: String = longest_word(&title)
                    .chars()
                    .filter(|c| !is_mark(*c))
                    .collect();
                // Fatha on every letter and a shadda on the first, as a reader adds them.
                let voweled: String = bare
                    .chars()
                    .enumerate()
                    .flat_map(|(i, c)| {
                        let marks: &[char] = if i == 0 {
                            &['\u{0651}', '\u{064E}']
                        } else {
                            &['\u{064E}']
                        };
                        std::iter::once(c).chain(marks.iter().copied())
                    })
                    .collect();
                for word in [&bare, &voweled] {
                    let hits = search(&conn, &l10n, word).unwrap();
                    assert!(
                        hits.iter().any(|h| h.article_id == spec.id),
                        "{locale}: '{word}' does not find {}",
                        spec.id
                    );
                }
            }
        }
    }

    #[test]
    fn reindexes_only_when_text_changes() {
        let (mut conn, translations, l10n) = index(&["ar"]);
        let again = ensure_indexed(&mut conn, &translations, &l10n.locales()).unwrap();
        assert!(again.is_empty());
    }

    #[test]
    fn snippet_windows_long_text_and_maps_highlights() {
        let text = format!("{} asylum {}", "word ".repeat(60), "more ".repeat(60));
        let (snippet, ranges) = snippet(&text, &["asylum".to_owned()]);
        assert!(snippet.starts_with("… ") && snippet.ends_with(" …"));
        assert!(snippet.chars().count() < SNIPPET_CHARS + 20);
        let chars: Vec<char> = snippet.chars().collect();
        let r = ranges[0];
        assert_eq!(
            chars[r.start as usize..r.end as usize]
                .iter()
                .collect::<String>(),
            "asylum"
        );
    }

    #[test]
    fn highlights_cover_vowel_marks_inside_the_word() {
        let (snippet, ranges) = snippet("حَقُّ اللُّجُوءِ", &["لجوء".to_owned()]);
        let chars: Vec<char> = snippet.chars().collect();
        let marked: String = chars[ranges[0].start as usize..ranges[0].end as usize]
            .iter()
            .collect();
        assert_eq!(marked, "لُّجُوء");
    }
}
