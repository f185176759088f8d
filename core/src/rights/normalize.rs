//! Text normalization for search, the same for what is indexed and what is typed.
//!
//! People type without vowel marks, with the Persian or the Arabic form of a letter,
//! without capitals or accents. Normalizing both sides makes those spellings meet. The
//! normalized text remembers where each of its characters came from, so a match can be
//! highlighted in the original text.

/// Normalized text and, for each of its chars, the index of the original char it came from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Normalized {
    pub text: String,
    /// `origin[i]` is the char index in the original text of the i-th normalized char.
    pub origin: Vec<usize>,
}

/// Normalizes `text` for indexing and matching.
pub fn normalize(text: &str) -> Normalized {
    let mut out = String::with_capacity(text.len());
    let mut origin = Vec::with_capacity(text.len());
    for (index, c) in text.chars().enumerate() {
        if is_ignorable(c) {
            continue;
        }
        for folded in fold(c) {
            out.push(folded);
            origin.push(index);
        }
    }
    Normalized { text: out, origin }
}

/// Normalizes a query into its search terms: runs of letters and digits, with the Arabic
/// definite article removed so that a word is found with and without it. The article
/// typed alone is no word: it would match nearly every Arabic sentence.
pub fn query_terms(query: &str) -> Vec<String> {
    normalize(query)
        .text
        .split(|c: char| !is_word_char(c))
        .filter(|term| !term.is_empty() && !LONE_ARTICLES.contains(term))
        .map(|term| strip_arabic_article(term).to_owned())
        .collect()
}

/// Terms shorter than this match only at the start of a word (see [`term_positions`]).
pub const SHORT_TERM_CHARS: usize = 3;

/// The Arabic article and the prefixes fused with it, longest first.
const ARTICLES: [&str; 6] = ["وال", "فال", "بال", "كال", "لل", "ال"];
/// Article forms that are never words of their own (`بال` is Persian for "wing").
const LONE_ARTICLES: [&str; 2] = ["ال", "لل"];

/// Where `term` occurs in normalized `text`, as byte offsets. A term of
/// [`SHORT_TERM_CHARS`] or more matches anywhere, as the trigram index does, so a word is
/// found inside a longer one (with a Persian suffix, say). A shorter one matches only at
/// the start of a word, or right after the Arabic article there: `un` finds "UNHCR" but
/// not "punished", and `حق` finds `الحق`.
pub fn term_positions(text: &str, term: &str) -> Vec<usize> {
    let long = term.chars().count() >= SHORT_TERM_CHARS;
    text.match_indices(term)
        .map(|(at, _)| at)
        .filter(|&at| long || starts_word(text, at))
        .collect()
}

/// Whether byte offset `at` of `text` starts a word, or follows an article that does.
fn starts_word(text: &str, at: usize) -> bool {
    let before = &text[..at];
    let word_start = before
        .char_indices()
        .rev()
        .find(|(_, c)| !is_word_char(*c))
        .map_or(0, |(i, c)| i + c.len_utf8());
    word_start == at || ARTICLES.contains(&&before[word_start..])
}

/// Letters, digits, and the combining signs of Brahmic scripts (Bengali virama ্ and nukta
/// ়, which Unicode does not count as alphabetic) that sit inside words.
pub fn is_word_char(c: char) -> bool {
    c.is_alphanumeric()
        || (matches!(c, '\u{0900}'..='\u{0DFF}') && !matches!(c, '\u{0964}' | '\u{0965}'))
}

/// Marks and invisible characters that vary between spellings of the same word: Arabic
/// harakat and Quranic marks, tatweel, zero-width joiners and non-joiners (Persian writes
/// "می‌خواهم" with or without ZWNJ), bidi controls, soft hyphens and Latin combining marks.
fn is_ignorable(c: char) -> bool {
    matches!(c,
        '\u{064B}'..='\u{065F}'
        | '\u{0670}'
        | '\u{06D6}'..='\u{06ED}'
        | '\u{0640}'
        | '\u{0300}'..='\u{036F}'
        | '\u{00AD}'
        | '\u{200B}'..='\u{200F}'
        | '\u{202A}'..='\u{202E}'
        | '\u{2066}'..='\u{2069}'
        | '\u{FEFF}')
}

/// One char to its search form (usually one char; `ß` and ligatures give more).
fn fold(c: char) -> impl Iterator<Item = char> {
    let arabic = match c {
        // Alef with hamza above/below, madda, wasla.
        '\u{0622}' | '\u{0623}' | '\u{0625}' | '\u{0671}' | '\u{0672}' | '\u{0673}' => {
            Some('\u{0627}')
        }
        // Alef maksura, Farsi yeh, yeh with hamza, Urdu yeh barree → yeh.
        '\u{0649}' | '\u{06CC}' | '\u{0626}' | '\u{06D2}' | '\u{06D0}' => Some('\u{064A}'),
        // Waw with hamza → waw.
        '\u{0624}' => Some('\u{0648}'),
        // Keheh (Persian kaf) → kaf.
        '\u{06A9}' => Some('\u{0643}'),
        // Teh marbuta, heh with yeh, heh goal, heh doachashmee → heh.
        '\u{0629}' | '\u{06C0}' | '\u{06C1}' | '\u{06BE}' => Some('\u{0647}'),
        // Arabic-Indic and extended (Persian) digits → ASCII, so numbers match however typed.
        '\u{0660}'..='\u{0669}' => char::from_digit(c as u32 - 0x0660, 10),
        '\u{06F0}'..='\u{06F9}' => char::from_digit(c as u32 - 0x06F0, 10),
        // Bengali digits.
        '\u{09E6}'..='\u{09EF}' => char::from_digit(c as u32 - 0x09E6, 10),
        _ => None,
    };
    // Bengali letters with nukta have a precomposed and a decomposed spelling.
    let decomposed = match c {
        '\u{09DC}' => Some(['\u{09A1}', '\u{09BC}']),
        '\u{09DD}' => Some(['\u{09A2}', '\u{09BC}']),
        '\u{09DF}' => Some(['\u{09AF}', '\u{09BC}']),
        _ => None,
    };
    if let Some(pair) = decomposed {
        return Vec::from(pair).into_iter();
    }
    let folded: Vec<char> = match arabic {
        Some(f) => vec![f],
        None => match latin_base(c) {
            Some(base) => vec![base],
            // Dotless ı lowercases to itself; Turkish readers type either.
            None if c == 'ı' => vec!['i'],
            None if c == 'ß' => vec!['s', 's'],
            None => c.to_lowercase().filter(|l| !is_ignorable(*l)).collect(),
        },
    };
    folded.into_iter()
}

/// The base letter of a precomposed Latin letter with a diacritic (Latin-1 Supplement and
/// Latin Extended-A), lowercased: enough for French, Spanish, Turkish, Kurmanji and Somali.
fn latin_base(c: char) -> Option<char> {
    // Index = code point - 0xC0, for U+00C0..=U+017F; '.' means "no single base letter".
    const TABLE: &str = concat!(
        "aaaaaaaceeeeiiii", // C0–CF (Æ→a is approximate but findable)
        "dnooooo.ouuuuyts", // D0–DF (× is not a letter, Þ→t, ß handled separately)
        "aaaaaaaceeeeiiii", // E0–EF
        "dnooooo.ouuuuyty", // F0–FF (÷ is not a letter, þ→t)
        "aaaaaaccccccccdd", // 100–10F
        "ddeeeeeeeeeegggg", // 110–11F
        "gggghhhhiiiiiiii", // 120–12F
        "iiiijjkkklllllll", // 130–13F
        "lllnnnnnnnnnoooo", // 140–14F
        "oooorrrrrrssssss", // 150–15F
        "ssttttttuuuuuuuu", // 160–16F
        "uuuuwwyyyzzzzzzs", // 170–17F
    );
    let offset = (c as u32).checked_sub(0xC0)? as usize;
    let base = TABLE.as_bytes().get(offset).copied()? as char;
    (base != '.' && c != 'ß').then_some(base)
}

/// Strips a leading Arabic definite article (and a preposition or conjunction fused with
/// it: و ف ب ك ل) from a term long enough to still be a word after it.
fn strip_arabic_article(term: &str) -> &str {
    for prefix in ARTICLES {
        if let Some(rest) = term.strip_prefix(prefix)
            && rest.chars().count() >= 2
        {
            return rest;
        }
    }
    term
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn arabic_vowel_marks_and_tatweel_are_removed() {
        assert_eq!(normalize("اللُّجُوء").text, normalize("اللجوء").text);
        assert_eq!(normalize("لـجـوء").text, "لجوء");
    }

    #[test]
    fn letter_variants_meet() {
        assert_eq!(normalize("إنسان").text, normalize("انسان").text);
        assert_eq!(normalize("کودک").text, normalize("كودك").text);
        assert_eq!(normalize("پناهندگی").text, normalize("پناهندگي").text);
        assert_eq!(normalize("مدرسة").text, normalize("مدرسه").text);
        assert_eq!(normalize("على").text, normalize("علي").text);
    }

    #[test]
    fn persian_zwnj_is_ignored() {
        assert_eq!(normalize("می\u{200C}خواهم").text, normalize("میخواهم").text);
    }

    #[test]
    fn latin_is_case_and_accent_folded() {
        assert_eq!(normalize("Réfugié").text, "refugie");
        assert_eq!(normalize("NIÑO").text, "nino");
        assert_eq!(normalize("İltica sığınma").text, "iltica siginma");
        assert_eq!(normalize("Straße").text, "strasse");
        assert_eq!(normalize("Refuge\u{0301}").text, "refuge");
        assert_eq!(normalize("Біженець").text, "біженець");
    }

    #[test]
    fn digits_of_every_script_become_ascii() {
        assert_eq!(normalize("١١٢ ۱۱۲ ১১২").text, "112 112 112");
    }

    #[test]
    fn origin_maps_back_to_original_chars() {
        let original = "اَلْحَق";
        let n = normalize(original);
        assert_eq!(n.text.chars().count(), n.origin.len());
        let chars: Vec<char> = original.chars().collect();
        for (i, c) in n.text.chars().enumerate() {
            assert_eq!(fold(chars[n.origin[i]]).next(), Some(c));
        }
    }

    #[test]
    fn bengali_words_stay_whole_and_nukta_spellings_meet() {
        assert_eq!(query_terms("আশ্রয়ের অধিকার।"), ["আশ্রয়ের", "অধিকার"]);
        assert_eq!(
            normalize("\u{09DF}").text,
            normalize("\u{09AF}\u{09BC}").text
        );
    }

    #[test]
    fn query_terms_split_and_drop_the_article() {
        assert_eq!(query_terms("اللُّجوء"), ["لجوء"]);
        assert_eq!(query_terms("والأطفال"), ["اطفال"]);
        assert_eq!(
            query_terms("\"asylum\" OR NEAR(x*)"),
            ["asylum", "or", "near", "x"]
        );
        assert!(query_terms("🙂 ** \"\"").is_empty());
        assert!(query_terms("ال").is_empty());
        assert!(query_terms("اَلْ لل").is_empty());
        assert_eq!(query_terms("بال"), ["بال"]);
    }

    #[test]
    fn short_terms_match_only_at_the_start_of_a_word() {
        let text = normalize("They are punished; the UN, UNHCR and (un)fair rules.").text;
        let found: Vec<&str> = term_positions(&text, "un")
            .into_iter()
            .map(|at| &text[at - 1..at + 2])
            .collect();
        assert_eq!(found, [" un", " un", "(un"]);
        // Three chars or more match inside words, as the trigram index does.
        assert_eq!(term_positions(&text, "nis").len(), 1);
        let arabic = normalize("الحق بالحق حقوق محقق").text;
        assert_eq!(term_positions(&arabic, "حق").len(), 3, "not inside محقق");
        assert!(term_positions("", "un").is_empty());
    }
}
