//! What the desktop app remembers between starts: only the language the person picked in
//! the interactive reader, so they pick it once. It is a locale code in a small file in
//! the data directory, next to `content.db`: not secret, and nothing else is kept.

use std::fs;
use std::io::{self, Read};
use std::path::Path;

/// The file that holds the remembered language, e.g. `fa`.
const LANGUAGE_FILE: &str = "language";
/// Longer than any BCP 47 tag Salama offers; a larger file is not one this app wrote.
const MAX_BYTES: u64 = 64;

/// The language remembered in `data_dir`, if one was picked there and the file still
/// holds a plausible locale code (anything else is ignored: the picker shows again).
pub fn remembered_language(data_dir: &Path) -> Option<String> {
    let mut text = String::new();
    fs::File::open(data_dir.join(LANGUAGE_FILE))
        .ok()?
        .take(MAX_BYTES)
        .read_to_string(&mut text)
        .ok()?;
    let code = text.trim();
    let plausible = (2..=35).contains(&code.len())
        && code.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-');
    plausible.then(|| code.to_owned())
}

/// Remembers `code` as the language to start in. Written beside and renamed, so a crash
/// leaves the old choice or the new one, never half a file.
pub fn remember_language(data_dir: &Path, code: &str) -> io::Result<()> {
    let partial = data_dir.join(format!("{LANGUAGE_FILE}.partial"));
    fs::write(&partial, format!("{code}\n"))?;
    fs::rename(&partial, data_dir.join(LANGUAGE_FILE))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_language_is_remembered_and_read_back() {
        let dir = tempfile::tempdir().unwrap();
        assert_eq!(remembered_language(dir.path()), None);
        remember_language(dir.path(), "fa").unwrap();
        assert_eq!(remembered_language(dir.path()).as_deref(), Some("fa"));
        remember_language(dir.path(), "ckb").unwrap();
        assert_eq!(remembered_language(dir.path()).as_deref(), Some("ckb"));
        assert!(!dir.path().join("language.partial").exists());
    }

    #[test]
    fn anything_but_a_locale_code_is_ignored() {
        let dir = tempfile::tempdir().unwrap();
        for junk in ["", "x", "fa IR", "../../etc", "ع", &"a".repeat(100)] {
            fs::write(dir.path().join(LANGUAGE_FILE), junk).unwrap();
            assert_eq!(remembered_language(dir.path()), None, "{junk:?}");
        }
    }
}
