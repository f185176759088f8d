//! Compiles every `translations/<locale>/*.ftl`, `translations/locales.json` and the seed
//! helpline directory (`content/helplines/*.json`) into the library, so all languages and
//! the helplines work offline from the first start.
//!
//! The Fluent files are stored deflated: the text of every language is otherwise the
//! largest part of the library on the phone (`scripts/size.sh`). `l10n/embedded.rs`
//! inflates a file the first time it is used.

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
    fs::create_dir_all(&deflated_dir).unwrap();
    writeln!(out, "pub(crate) const FTL_COUNT: usize = {};", files.len()).unwrap();
    writeln!(
        out,
        "/// (locale, file name, length of the text in bytes, the text deflated)."
    )
    .unwrap();
    writeln!(
        out,
        "pub(crate) static FTL_FILES: [(&str, &str, usize, &[u8]); FTL_COUNT] = ["
    )
    .unwrap();
    for (locale, name, path) in &files {
        let text = fs::read_to_string(path)
            .unwrap_or_else(|e| panic!("{}: not UTF-8 text: {e}", path.display()));
        let deflated = miniz_oxide::deflate::compress_to_vec(text.as_bytes(), 10);
        let dest = deflated_dir.join(format!("{locale}-{name}.deflate"));
        fs::write(&dest, deflated).unwrap();
        writeln!(
            out,
            "    ({locale:?}, {name:?}, {}, include_bytes!({dest:?})),",
            text.len()
        )
        .unwrap();
    }
    writeln!(out, "];").unwrap();
    fs::write(out_dir.join("embedded_translations.rs"), out).unwrap();

    embed_seed_helplines(&manifest.join("content/helplines"), &out_dir);
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
