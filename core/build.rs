//! Compiles every `translations/<locale>/*.ftl`, `translations/locales.json` and the seed
//! helpline directory (`content/helplines/*.json`) into the library, so all languages and
//! the helplines work offline from the first start.
//!
//! The Fluent files are stored deflated, one stream per language and without comments:
//! the text of every language is otherwise the largest part of the library on the phone
//! (`scripts/size.sh`). `l10n/embedded.rs` inflates a language the first time it is used.

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
    let out_dir = PathBuf::from(env::var("OUT_DIR").unwrap());
    let deflated_dir = out_dir.join("ftl");
    // Files from an earlier build of this kind would otherwise be counted by scripts/size.sh.
    let _ = fs::remove_dir_all(&deflated_dir);
    fs::create_dir_all(&deflated_dir).unwrap();

    // One deflated stream per locale (its files end to end): the files of a language share
    // most of their words, so one stream compresses them ~13 % better than one per file,
    // and a language is inflated all at once anyway. Comments are left out: they speak to
    // translators, and the runtime never reads them (a comment line starts at column 0,
    // which always ends an entry, so removing it cannot change any message).
    struct Locale {
        code: String,
        text: String,
        files: Vec<String>,
    }
    let mut locales: Vec<Locale> = Vec::new();
    for (code, name, path) in &files {
        let source = fs::read_to_string(path)
            .unwrap_or_else(|e| panic!("{}: not UTF-8 text: {e}", path.display()));
        if locales.last().is_none_or(|l| l.code != *code) {
            locales.push(Locale {
                code: code.clone(),
                text: String::new(),
                files: Vec::new(),
            });
        }
        let locale = locales.last_mut().unwrap();
        let stripped = without_comments(&source);
        let start = locale.text.len();
        locale.text.push_str(&stripped);
        locale
            .files
            .push(format!("({name:?}, {start}, {})", stripped.len()));
    }
    writeln!(
        out,
        "pub(crate) const LOCALE_COUNT: usize = {};",
        locales.len()
    )
    .unwrap();
    writeln!(
        out,
        "pub(crate) static FTL_LOCALES: [EmbeddedLocale; LOCALE_COUNT] = ["
    )
    .unwrap();
    for locale in &locales {
        let deflated = miniz_oxide::deflate::compress_to_vec(locale.text.as_bytes(), 10);
        let dest = deflated_dir.join(format!("{}.deflate", locale.code));
        fs::write(&dest, deflated).unwrap();
        writeln!(
            out,
            "    EmbeddedLocale {{ code: {:?}, files: &[{}], len: {}, deflated: include_bytes!({dest:?}) }},",
            locale.code,
            locale.files.join(", "),
            locale.text.len()
        )
        .unwrap();
    }
    writeln!(out, "];").unwrap();
    fs::write(out_dir.join("embedded_translations.rs"), out).unwrap();

    embed_seed_helplines(&manifest.join("content/helplines"), &out_dir);
}

/// The Fluent text without its comment lines (`#`, `##`, `###` at the start of a line).
fn without_comments(text: &str) -> String {
    text.split_inclusive('\n')
        .filter(|line| !line.starts_with('#'))
        .collect()
}

/// One `(code, json)` pair per `content/helplines/<CODE>.json`.
fn embed_seed_helplines(dir: &Path, out_dir: &Path) {
    println!("cargo:rerun-if-changed={}", dir.display());
    let mut out = String::from("pub(crate) static SEED_FILES: &[(&str, &str)] = &[\n");
    for file in sorted_entries(dir) {
        if file.extension().is_some_and(|e| e == "json") {
            println!("cargo:rerun-if-changed={}", file.display());
            let code = file.file_stem().unwrap().to_string_lossy().into_owned();
            let path = file.canonicalize().unwrap();
            writeln!(out, "    ({code:?}, include_str!({path:?})),").unwrap();
        }
    }
    out.push_str("];\n");
    fs::write(out_dir.join("embedded_helplines.rs"), out).unwrap();
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
