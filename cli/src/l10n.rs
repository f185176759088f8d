//! `salama l10n …`: the translators' tools. `check` finds what is wrong in every locale
//! of a translations folder; `status` shows how far each one is, as a table and a chart.
//!
//! They read `.ftl` files from a folder (the repository's `translations/` by default),
//! never the data directory, so they work on a translator's checkout before anything is
//! built or installed.

mod chart;

use std::collections::HashMap;
use std::fs;
use std::path::{Path, PathBuf};

use clap::Subcommand;
use salama_core::l10n::check::{self, FtlFile, ParsedLocale, Problem, ProblemKind, Severity};
use salama_core::l10n::coverage::{self, Coverage};
use salama_core::l10n::{ArgValue, Localizer, SOURCE_LOCALE, Translations, fluent_args};
use serde::{Deserialize, Serialize};

use crate::CliError;
use crate::output;

#[derive(Subcommand)]
pub enum L10nCommand {
    /// Check every locale against English: syntax, missing and obsolete messages,
    /// variables, plural forms, references, empty values, duplicates, bidi controls.
    /// Exits non-zero on errors only (missing strings fall back to English).
    Check {
        /// The translations folder (one sub-folder per locale). Defaults to the nearest
        /// `translations/` with a `locales.json`, here or above.
        dir: Option<PathBuf>,
    },
    /// How far each locale is: messages, share translated, words, review status.
    Status {
        /// Also write a coverage chart to this SVG file.
        #[arg(long, value_name = "FILE")]
        svg: Option<PathBuf>,
        /// The translations folder, as for `check`.
        dir: Option<PathBuf>,
    },
}

/// Runs an `l10n` command, worded in the reader's `locales`.
pub fn run(command: L10nCommand, locales: &[String], json: bool) -> Result<(), CliError> {
    let translations = Translations::embedded();
    let ui = Ui {
        l10n: translations.localizer(translations.negotiate(locales)),
    };
    match command {
        L10nCommand::Check { dir } => {
            let folder = Folder::read(&ui, dir)?;
            check(&ui, &folder, json)
        }
        L10nCommand::Status { svg, dir } => {
            let folder = Folder::read(&ui, dir)?;
            status(&ui, &folder, svg.as_deref(), json)
        }
    }
}

/// The interface language of the tools.
struct Ui {
    l10n: Localizer,
}

impl Ui {
    fn text(&self, id: &str, args: &[(&str, String)]) -> String {
        let args: HashMap<String, ArgValue> = args
            .iter()
            .map(|(name, value)| {
                let value = match value.parse::<f64>() {
                    Ok(number) if is_count(name) => ArgValue::Number { value: number },
                    _ => ArgValue::Text {
                        value: value.clone(),
                    },
                };
                (name.to_string(), value)
            })
            .collect();
        // Fluent isolates each placeable for apps that lay text out; terminals, CI logs
        // and JSON readers show the marks as boxes instead, and each line here is read on
        // its own.
        chart::strip_controls(&self.l10n.text_or_id(id, Some(&fluent_args(&args))))
    }

    fn problem(&self, problem: &Problem) -> String {
        let id = format!("l10n-problem-{}", problem.kind.name());
        self.text(&id, &problem.kind.details())
    }

    fn severity(&self, severity: Severity) -> String {
        match severity {
            Severity::Error => self.text("l10n-severity-error", &[]),
            Severity::Warning => self.text("l10n-severity-warning", &[]),
        }
    }
}

fn is_count(name: &str) -> bool {
    matches!(name, "errors" | "warnings" | "locales")
}

/// A translations folder, read: the source locale and every other locale's files.
struct Folder {
    /// (locale, files as (name, source)), the source locale first, then by code.
    locales: Vec<(String, Vec<(String, String)>)>,
    /// Files that could not be read as text, reported as problems.
    unreadable: Vec<Problem>,
    catalog: Option<Catalog>,
}

/// `locales.json`, as far as the tools need it.
#[derive(Deserialize)]
struct Catalog {
    locales: Vec<CatalogLocale>,
}

#[derive(Deserialize)]
struct CatalogLocale {
    code: String,
    name: String,
    review: CatalogReview,
}

#[derive(Deserialize, Serialize, Clone)]
struct CatalogReview {
    status: String,
    #[serde(default)]
    by: Option<String>,
    #[serde(default)]
    date: Option<String>,
}

impl Folder {
    fn read(ui: &Ui, dir: Option<PathBuf>) -> Result<Self, CliError> {
        let path = match dir {
            Some(dir) => dir,
            None => {
                default_folder().ok_or_else(|| CliError(ui.text("l10n-error-no-folder", &[])))?
            }
        };
        let unreadable = |p: &Path| {
            CliError(ui.text(
                "l10n-error-unreadable",
                &[("path", p.display().to_string())],
            ))
        };
        if !path.join(SOURCE_LOCALE).is_dir() {
            return Err(CliError(ui.text(
                "l10n-error-no-source",
                &[("path", path.display().to_string())],
            )));
        }
        let mut folder = Folder {
            locales: vec![],
            unreadable: vec![],
            catalog: None,
        };
        for locale_dir in sorted_entries(&path).map_err(|_| unreadable(&path))? {
            let Some(code) = locale_dir.file_name().and_then(|n| n.to_str()) else {
                continue;
            };
            if !locale_dir.is_dir() || code.starts_with('.') {
                continue;
            }
            let mut files = vec![];
            for file in sorted_entries(&locale_dir).map_err(|_| unreadable(&locale_dir))? {
                if file.extension().is_none_or(|e| e != "ftl") || !file.is_file() {
                    continue;
                }
                let name = file
                    .file_name()
                    .unwrap_or_default()
                    .to_string_lossy()
                    .into_owned();
                let bytes = fs::read(&file).map_err(|_| unreadable(&file))?;
                match String::from_utf8(bytes) {
                    Ok(source) => files.push((name, source)),
                    Err(_) => folder.unreadable.push(Problem {
                        locale: code.to_owned(),
                        file: name,
                        line: None,
                        column: None,
                        id: None,
                        severity: Severity::Error,
                        kind: ProblemKind::SyntaxError {
                            detail: ui.text("l10n-error-not-utf8", &[]),
                        },
                    }),
                }
            }
            folder.locales.push((code.to_owned(), files));
        }
        folder
            .locales
            .sort_by_key(|(code, _)| (code != SOURCE_LOCALE, code.clone()));
        let catalog_path = path.join("locales.json");
        if catalog_path.exists() {
            let text = fs::read_to_string(&catalog_path).map_err(|_| unreadable(&catalog_path))?;
            folder.catalog =
                Some(serde_json::from_str(&text).map_err(|_| unreadable(&catalog_path))?);
        }
        Ok(folder)
    }

    fn files(&self, index: usize) -> Vec<FtlFile<'_>> {
        self.locales[index]
            .1
            .iter()
            .map(|(name, source)| FtlFile { name, source })
            .collect()
    }

    fn catalog_entry(&self, code: &str) -> Option<&CatalogLocale> {
        self.catalog
            .as_ref()?
            .locales
            .iter()
            .find(|l| l.code == code)
    }
}

/// The folder's entries, sorted by name.
fn sorted_entries(dir: &Path) -> std::io::Result<Vec<PathBuf>> {
    let mut entries = fs::read_dir(dir)?
        .map(|e| e.map(|e| e.path()))
        .collect::<std::io::Result<Vec<_>>>()?;
    entries.sort();
    Ok(entries)
}

/// The nearest `translations/` with a `locales.json`, from the working directory up;
/// then the one this program was built from, if it is still there.
fn default_folder() -> Option<PathBuf> {
    let cwd = std::env::current_dir().ok()?;
    let found = cwd
        .ancestors()
        .map(|dir| dir.join("translations"))
        .find(|dir| dir.join("locales.json").is_file());
    found.or_else(|| {
        let built = Path::new(env!("CARGO_MANIFEST_DIR")).join("../translations");
        built.join("locales.json").is_file().then_some(built)
    })
}

#[derive(Serialize)]
struct CheckOutput<'a> {
    problems: Vec<ShownProblem<'a>>,
    locales: usize,
    errors: usize,
    warnings: usize,
}

#[derive(Serialize)]
struct ShownProblem<'a> {
    #[serde(flatten)]
    problem: &'a Problem,
    message: String,
}

/// Every problem of every locale in the folder, the source locale first.
fn all_problems(folder: &Folder) -> Vec<Problem> {
    let source_files = folder.files(0);
    let source = ParsedLocale::parse(SOURCE_LOCALE, &source_files);
    let mut problems = folder.unreadable.clone();
    problems.extend(check::check_source(&source));
    for (index, (code, _)) in folder.locales.iter().enumerate().skip(1) {
        let files = folder.files(index);
        let locale = ParsedLocale::parse(code, &files);
        problems.extend(check::check_translation(&source, &locale));
    }
    problems
}

fn check(ui: &Ui, folder: &Folder, json: bool) -> Result<(), CliError> {
    let problems = all_problems(folder);
    let errors = problems
        .iter()
        .filter(|p| p.severity == Severity::Error)
        .count();
    let warnings = problems.len() - errors;
    let summary = ui.text(
        "l10n-check-summary",
        &[
            ("locales", folder.locales.len().to_string()),
            ("errors", errors.to_string()),
            ("warnings", warnings.to_string()),
        ],
    );
    if json {
        output::json(&CheckOutput {
            problems: problems
                .iter()
                .map(|problem| ShownProblem {
                    problem,
                    message: ui.problem(problem),
                })
                .collect(),
            locales: folder.locales.len(),
            errors,
            warnings,
        });
    } else {
        for problem in &problems {
            println!("{}", problem_line(ui, problem));
        }
    }
    if errors > 0 {
        // Printed once, on stderr, as every failure of the command line is.
        return Err(CliError(summary));
    }
    if !json {
        println!("{summary}");
    }
    Ok(())
}

/// `ar/app.ftl:16:9: error: app-search-results: <message>`, the form editors and CI
/// logs link to their places.
fn problem_line(ui: &Ui, problem: &Problem) -> String {
    let mut place = format!("{}/{}", problem.locale, problem.file);
    if let (Some(line), Some(column)) = (problem.line, problem.column) {
        place.push_str(&format!(":{line}:{column}"));
    }
    let id = problem
        .id
        .as_deref()
        .map_or_else(String::new, |id| format!("{id}: "));
    format!(
        "{place}: {}: {id}{}",
        ui.severity(problem.severity),
        ui.problem(problem)
    )
}

/// One row of `salama l10n status`.
#[derive(Serialize)]
struct StatusRow {
    code: String,
    name: Option<String>,
    #[serde(flatten)]
    coverage: Coverage,
    percent: f64,
    review: Option<CatalogReview>,
}

fn status(ui: &Ui, folder: &Folder, svg: Option<&Path>, json: bool) -> Result<(), CliError> {
    let source_files = folder.files(0);
    let source = ParsedLocale::parse(SOURCE_LOCALE, &source_files);
    let mut rows: Vec<StatusRow> = folder
        .locales
        .iter()
        .enumerate()
        .map(|(index, (code, _))| {
            let files = folder.files(index);
            let locale = ParsedLocale::parse(code, &files);
            let coverage = coverage::coverage(&source, &locale);
            let entry = folder.catalog_entry(code);
            StatusRow {
                code: code.clone(),
                name: entry.map(|e| e.name.clone()),
                percent: coverage.percent(),
                coverage,
                review: entry.map(|e| e.review.clone()),
            }
        })
        .collect();
    // Catalog locales whose folder does not exist yet are at zero.
    if let Some(catalog) = &folder.catalog {
        for entry in &catalog.locales {
            if !rows.iter().any(|r| r.code == entry.code) {
                let coverage = coverage::coverage(&source, &ParsedLocale::parse(&entry.code, &[]));
                rows.push(StatusRow {
                    code: entry.code.clone(),
                    name: Some(entry.name.clone()),
                    percent: coverage.percent(),
                    coverage,
                    review: Some(entry.review.clone()),
                });
            }
        }
    }
    if json {
        output::json(&rows);
    } else {
        print!("{}", table(ui, &rows));
    }
    if let Some(path) = svg {
        let svg = chart::render(ui, &rows);
        fs::write(path, svg).map_err(|_| {
            CliError(ui.text(
                "l10n-error-unreadable",
                &[("path", path.display().to_string())],
            ))
        })?;
        if !json {
            println!(
                "{}",
                ui.text(
                    "l10n-status-chart-written",
                    &[("path", path.display().to_string())]
                )
            );
        }
    }
    Ok(())
}

fn review_label(ui: &Ui, review: Option<&CatalogReview>) -> String {
    let Some(review) = review else {
        return ui.text("l10n-status-review-unknown", &[]);
    };
    let mut label = ui.text(&format!("l10n-status-review-{}", review.status), &[]);
    let by_when: Vec<&str> = [review.by.as_deref(), review.date.as_deref()]
        .into_iter()
        .flatten()
        .collect();
    if !by_when.is_empty() {
        label.push_str(&format!(" ({})", by_when.join(", ")));
    }
    label
}

/// The status table, columns aligned by display width (names are in many scripts).
fn table(ui: &Ui, rows: &[StatusRow]) -> String {
    let header = [
        ui.text("l10n-status-locale", &[]),
        ui.text("l10n-status-messages", &[]),
        ui.text("l10n-status-translated", &[]),
        ui.text("l10n-status-words", &[]),
        ui.text("l10n-status-review", &[]),
    ];
    let mut lines: Vec<[String; 5]> = vec![header];
    for row in rows {
        let name = row.name.as_deref().unwrap_or("");
        lines.push([
            format!("{:<4} {}", row.code, chart::strip_controls(name)),
            format!("{}/{}", row.coverage.translated, row.coverage.messages),
            format!("{:.1}%", row.percent),
            format!("{}/{}", row.coverage.translated_words, row.coverage.words),
            review_label(ui, row.review.as_ref()),
        ]);
    }
    let width = |s: &str| textwrap::core::display_width(s);
    let widths: Vec<usize> = (0..5)
        .map(|c| lines.iter().map(|l| width(&l[c])).max().unwrap_or(0))
        .collect();
    let mut out = String::new();
    for line in &lines {
        let mut cells = vec![];
        for (c, cell) in line.iter().enumerate() {
            let pad = " ".repeat(widths[c] - width(cell));
            // Numbers read best right-aligned, words left-aligned.
            if (1..=3).contains(&c) {
                cells.push(format!("{pad}{cell}"));
            } else if c == 4 {
                cells.push(cell.clone());
            } else {
                cells.push(format!("{cell}{pad}"));
            }
        }
        out.push_str(&cells.join("  "));
        out.push('\n');
    }
    out
}
