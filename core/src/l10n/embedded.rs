//! The translations compiled into the library (by `core/build.rs`): `locales.json` as text
//! and the Fluent files of each language as one deflated stream without comments, since the
//! text of every language would otherwise be the largest part of the library on a phone. A
//! language is inflated the first time it is used and kept for the life of the process, so
//! only the reader's languages (and English) are ever inflated in a normal session.

use std::sync::OnceLock;

/// One language's compiled-in Fluent files.
pub(crate) struct EmbeddedLocale {
    pub(crate) code: &'static str,
    /// (file name, start, length) of each file in the inflated text.
    pub(crate) files: &'static [(&'static str, usize, usize)],
    /// Length of the inflated text in bytes.
    pub(crate) len: usize,
    pub(crate) deflated: &'static [u8],
}

include!(concat!(env!("OUT_DIR"), "/embedded_translations.rs"));

static INFLATED: [OnceLock<String>; LOCALE_COUNT] = [const { OnceLock::new() }; LOCALE_COUNT];

/// The inflated text of compiled-in locale number `index`.
fn text(index: usize) -> &'static str {
    INFLATED[index].get_or_init(|| {
        let locale = &FTL_LOCALES[index];
        // build.rs deflated this text from UTF-8 files in this very build, and the tests
        // inflate every locale: a failure here is a broken build, not bad input.
        let bytes = miniz_oxide::inflate::decompress_to_vec_with_limit(locale.deflated, locale.len)
            .unwrap_or_else(|e| panic!("compiled-in {} does not inflate: {e:?}", locale.code));
        String::from_utf8(bytes)
            .unwrap_or_else(|_| panic!("compiled-in {} is not UTF-8", locale.code))
    })
}

/// The files of compiled-in locale number `index`: (file name, source).
fn files_of(index: usize) -> impl Iterator<Item = (&'static str, &'static str)> {
    let text = text(index);
    FTL_LOCALES[index]
        .files
        .iter()
        .map(move |(name, start, len)| (*name, &text[*start..start + len]))
}

/// The compiled-in Fluent sources of one locale (none for a locale not compiled in).
pub(super) fn sources(code: &str) -> impl Iterator<Item = &'static str> + '_ {
    FTL_LOCALES
        .iter()
        .position(|locale| locale.code == code)
        .into_iter()
        .flat_map(|index| files_of(index).map(|(_, source)| source))
}

/// Every compiled-in Fluent file: (locale, file name, source). Inflates every locale.
pub(super) fn files() -> &'static [(&'static str, &'static str, &'static str)] {
    static ALL: OnceLock<Vec<(&'static str, &'static str, &'static str)>> = OnceLock::new();
    ALL.get_or_init(|| {
        (0..LOCALE_COUNT)
            .flat_map(|index| {
                files_of(index).map(move |(name, source)| (FTL_LOCALES[index].code, name, source))
            })
            .collect()
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::path::Path;

    /// Every compiled-in file inflates to exactly the file in `translations/` without its
    /// comment lines, and every file there is compiled in.
    #[test]
    fn every_file_inflates_to_its_source_without_comments() {
        let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../translations");
        let mut on_disk = 0;
        for locale in std::fs::read_dir(&root).unwrap() {
            let locale = locale.unwrap().path();
            if !locale.is_dir() {
                continue;
            }
            for file in std::fs::read_dir(&locale).unwrap() {
                let file = file.unwrap().path();
                if file.extension().is_some_and(|e| e == "ftl") {
                    on_disk += 1;
                    let code = locale.file_name().unwrap().to_str().unwrap();
                    let name = file.file_name().unwrap().to_str().unwrap();
                    let compiled = files()
                        .iter()
                        .find(|(l, n, _)| *l == code && *n == name)
                        .unwrap_or_else(|| panic!("{code}/{name} is not compiled in"));
                    let source = std::fs::read_to_string(&file).unwrap();
                    let expected: String = source
                        .split_inclusive('\n')
                        .filter(|line| !line.starts_with('#'))
                        .collect();
                    assert_eq!(compiled.2, expected, "{code}/{name}");
                }
            }
        }
        assert_eq!(files().len(), on_disk);
    }

    #[test]
    fn the_deflated_text_is_much_smaller() {
        let raw: usize = FTL_LOCALES.iter().map(|l| l.len).sum();
        let deflated: usize = FTL_LOCALES.iter().map(|l| l.deflated.len()).sum();
        assert!(deflated * 3 < raw, "{deflated} deflated bytes for {raw}");
    }

    /// Leaving the comments out changes no message: each compiled-in file parses to the
    /// same entries as the file in `translations/`, once the comments are set aside.
    #[test]
    fn comments_left_out_change_no_message() {
        use fluent_syntax::ast::{Entry, Resource};
        fn messages(source: &str) -> Vec<Entry<&str>> {
            let resource: Resource<&str> =
                fluent_syntax::parser::parse(source).unwrap_or_else(|(r, _)| r);
            resource
                .body
                .into_iter()
                .filter_map(|entry| match entry {
                    Entry::Message(mut m) => {
                        m.comment = None;
                        Some(Entry::Message(m))
                    }
                    Entry::Term(mut t) => {
                        t.comment = None;
                        Some(Entry::Term(t))
                    }
                    Entry::Junk { .. } => Some(entry),
                    _ => None,
                })
                .collect()
        }
        let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../translations");
        for (code, name, compiled) in files() {
            let source = std::fs::read_to_string(root.join(code).join(name)).unwrap();
            assert_eq!(messages(compiled), messages(&source), "{code}/{name}");
        }
    }
}
