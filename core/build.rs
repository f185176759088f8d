//! Compiles every `translations/<locale>/*.ftl` and `translations/locales.json` into the
//! library, so all languages work offline from the first start.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::{env, fs};

fn main() {
    let manifest = PathBuf::from(env::var("CARGO_MANIFEST_DIR").unwrap());
    let translations = manifest.join("../translations");
    println!("cargo:rerun-if-changed={}", translations.display());

    let mut files: Vec<(String, String, PathBuf)> = Vec::new();
    for locale_dir in sorted_entries(&translations) {
        if !locale_dir.is_dir() {
            continue;
        }
        println!("cargo:rerun-if-changed={}", locale_dir.display());
        let locale = file_name(&locale_dir);
        for file in sorted_entries(&locale_dir) {
            if file.extension().is_some_and(|e| e == "ftl") {
                println!("cargo:rerun-if-changed={}", file.display());
                files.push((
                    locale.clone(),
                    file_name(&file),
                    file.canonicalize().unwrap(),
                ));
            }
        }
    }

    let locales_json = translations.join("locales.json").canonicalize().unwrap();
    println!("cargo:rerun-if-changed={}", locales_json.display());
    let mut out = String::new();
    writeln!(
        out,
        "pub(crate) const LOCALES_JSON: &str = include_str!({:?});",
        locales_json
    )
    .unwrap();
    writeln!(
        out,
        "pub(crate) static FTL_FILES: &[(&str, &str, &str)] = &["
    )
    .unwrap();
    for (locale, name, path) in &files {
        writeln!(out, "    ({locale:?}, {name:?}, include_str!({path:?})),").unwrap();
    }
    writeln!(out, "];").unwrap();
    let dest = PathBuf::from(env::var("OUT_DIR").unwrap()).join("embedded_translations.rs");
    fs::write(dest, out).unwrap();
}

fn sorted_entries(dir: &Path) -> Vec<PathBuf> {
    let mut entries: Vec<PathBuf> = fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("reading {}: {e}", dir.display()))
        .map(|e| e.unwrap().path())
        .collect();
    entries.sort();
    entries
}

fn file_name(path: &Path) -> String {
    path.file_name().unwrap().to_string_lossy().into_owned()
}
