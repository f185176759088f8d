//! The translations compiled into the library (by `core/build.rs`): `locales.json` as text
//! and every Fluent file deflated, since the text of every language would otherwise be the
//! largest part of the library on a phone. A file is inflated the first time it is used and
//! kept for the life of the process, so only the reader's languages (and English) are ever
//! inflated in a normal session.

use std::sync::OnceLock;

include!(concat!(env!("OUT_DIR"), "/embedded_translations.rs"));

static INFLATED: [OnceLock<String>; FTL_COUNT] = [const { OnceLock::new() }; FTL_COUNT];

/// The text of compiled-in file number `index`.
fn source(index: usize) -> &'static str {
    INFLATED[index].get_or_init(|| {
        let (locale, name, len, deflated) = FTL_FILES[index];
        // build.rs deflated this text from a UTF-8 file in this very build, and the tests
        // inflate every file: a failure here is a broken build, not bad input.
        let bytes = miniz_oxide::inflate::decompress_to_vec_with_limit(deflated, len)
            .unwrap_or_else(|e| panic!("compiled-in {locale}/{name} does not inflate: {e:?}"));
        String::from_utf8(bytes)
            .unwrap_or_else(|_| panic!("compiled-in {locale}/{name} is not UTF-8"))
    })
}

/// The compiled-in Fluent sources of one locale.
pub(super) fn sources(code: &str) -> impl Iterator<Item = &'static str> + '_ {
    FTL_FILES
        .iter()
        .enumerate()
        .filter(move |(_, (locale, ..))| *locale == code)
        .map(|(index, _)| source(index))
}

/// Every compiled-in Fluent file: (locale, file name, source). Inflates them all.
pub(super) fn files() -> &'static [(&'static str, &'static str, &'static str)] {
    static ALL: OnceLock<Vec<(&'static str, &'static str, &'static str)>> = OnceLock::new();
    ALL.get_or_init(|| {
        FTL_FILES
            .iter()
            .enumerate()
            .map(|(index, (locale, name, ..))| (*locale, *name, source(index)))
            .collect()
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::path::Path;

    /// Every compiled-in file inflates to exactly the file in `translations/`, and every
    /// file there is compiled in.
    #[test]
    fn every_file_inflates_to_its_source_byte_for_byte() {
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
                    assert_eq!(compiled.2, std::fs::read_to_string(&file).unwrap());
                }
            }
        }
        assert_eq!(files().len(), on_disk);
    }

    #[test]
    fn the_deflated_text_is_much_smaller() {
        let raw: usize = FTL_FILES.iter().map(|(_, _, len, _)| len).sum();
        let deflated: usize = FTL_FILES.iter().map(|(_, _, _, bytes)| bytes.len()).sum();
        assert!(deflated * 3 < raw, "{deflated} deflated bytes for {raw}");
    }
}
