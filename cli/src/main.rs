//! `salama`: the desktop app. With no arguments it is an interactive reader in the
//! terminal; with a command it is a scriptable tool for readers, outreach workers,
//! translators and publishers.

mod diary;
mod guide;
mod helplines;
mod http;
mod interactive;
mod l10n;
mod output;
mod publish;
mod rights;
mod settings;
mod sync;

use std::collections::HashMap;
use std::ffi::OsString;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::Arc;

use clap::{CommandFactory, Parser, Subcommand};
use salama_core::l10n::{Translations, fluent_args};
use salama_core::{ArgValue, Salama, SalamaConfig, SalamaError};

/// Salama: your rights, offline, in your language.
#[derive(Parser)]
#[command(name = "salama", version, about)]
struct Cli {
    /// Your languages, most preferred first (e.g. `--lang fa --lang en`). Defaults to the
    /// language picked in the interactive reader, then the system language.
    #[arg(long, global = true, value_name = "LOCALE")]
    lang: Vec<String>,
    /// Where Salama keeps its data. Defaults to the platform's data directory.
    #[arg(long, global = true, env = "SALAMA_DATA_DIR", value_name = "DIR")]
    data_dir: Option<PathBuf>,
    /// Print machine-readable JSON instead of text.
    #[arg(long, global = true)]
    json: bool,
    /// Also trust the publisher public key in FILE (`ed25519:…`) for updates and packs,
    /// besides the keys built into Salama. For outreach workers and testing.
    #[arg(long, global = true, value_name = "FILE")]
    trust: Vec<PathBuf>,
    /// With an error, also print its technical detail (in English), e.g. for a bug report.
    #[arg(long, global = true)]
    verbose: bool,
    #[command(subcommand)]
    command: Option<Command>,
}

#[derive(Subcommand)]
enum Command {
    /// Read your rights.
    #[command(subcommand)]
    Rights(rights::RightsCommand),
    /// Check your situation: which rights may protect you, and what help to ask for.
    /// Asks one question at a time, or reads the answers from a file (--answers).
    Guide(guide::GuideArgs),
    /// Your encrypted diary: write down what happens, export it for a lawyer.
    #[command(subcommand)]
    Diary(Box<diary::DiaryCommand>),
    /// Search every article in your languages. Any words: `salama search -asylum` looks
    /// for "asylum".
    Search {
        /// Words to look for.
        #[arg(required = true)]
        query: Vec<String>,
    },
    /// Tools for translators: check translations, see how far each language is.
    #[command(subcommand)]
    L10n(l10n::L10nCommand),
    /// Helplines, updates, offline packs and publishing.
    #[command(flatten)]
    Directory(helplines::DirectoryCommand),
}

/// What every command gets: the open core and how to print.
pub struct Context {
    pub app: Arc<Salama>,
    pub json: bool,
    /// The languages given with `--lang`, as typed (empty: none given).
    pub langs: Vec<String>,
    /// `--verbose`: errors also show their technical detail.
    pub verbose: bool,
}

impl Context {
    /// The user-facing text of a core error, in the reader's language, with its technical
    /// detail where that helps (see [`with_detail`]).
    pub fn fail(&self, error: SalamaError) -> CliError {
        let message = self.app.describe_error(&error);
        let english = self.app.active_locales().first().map(String::as_str) == Some("en");
        CliError(with_detail(message, &error, self.verbose, english))
    }
}

/// A localized error message, followed by the error's technical detail in brackets when
/// `--verbose` asks for it, or when the reader reads English and the detail says more
/// than the message (which rule an input broke, which storage call failed): the detail
/// is English, and in any other language it would be a stray foreign sentence.
fn with_detail(message: String, error: &SalamaError, verbose: bool, english: bool) -> String {
    let specific = matches!(
        error,
        SalamaError::InvalidInput { .. }
            | SalamaError::BadSignature { .. }
            | SalamaError::Network { .. }
            | SalamaError::Storage { .. }
            | SalamaError::Internal { .. }
    );
    if verbose || (english && specific) {
        format!("{message} ({error})")
    } else {
        message
    }
}

/// An error already worded for the user.
#[derive(Debug)]
pub struct CliError(pub String);

fn main() -> ExitCode {
    let cli = Cli::parse_from(search_words_last(std::env::args_os().collect()));
    match run(cli) {
        Ok(()) => ExitCode::SUCCESS,
        Err(CliError(message)) => {
            eprintln!("salama: {message}");
            ExitCode::FAILURE
        }
    }
}

fn run(cli: Cli) -> Result<(), CliError> {
    let data_dir = cli.data_dir.clone().unwrap_or_else(default_data_dir);
    // `--lang` wins; else the language picked in the interactive reader, with the system's
    // languages after it as fallbacks.
    let remembered = settings::remembered_language(&data_dir);
    let locales = if cli.lang.is_empty() {
        remembered.iter().cloned().chain(system_locales()).collect()
    } else {
        cli.lang.clone()
    };
    // The translators' tools read a translations folder, not the data directory.
    let command = match cli.command {
        Some(Command::L10n(command)) => return l10n::run(command, &locales, cli.json),
        other => other,
    };
    let trusted_keys = cli
        .trust
        .iter()
        .map(|path| {
            salama_core::sync::publish::read_public_key(path)
                .map_err(|e| CliError(format!("{}: {}", path.display(), SalamaError::from(e))))
        })
        .collect::<Result<Vec<_>, _>>()?;
    let app = Salama::open(SalamaConfig {
        data_dir: data_dir.to_string_lossy().into_owned(),
        locales: locales.clone(),
        trusted_keys,
    })
    .map_err(|e| cannot_open(&data_dir, &locales, &e, cli.verbose))?;
    let ctx = Context {
        app,
        json: cli.json,
        langs: cli.lang.clone(),
        verbose: cli.verbose,
    };
    if let Some(notice) = ctx.app.startup_report().notice_id {
        eprintln!("{}", output::text(&ctx.app, &notice));
    }
    // Scripts reading JSON get the review status from the data; people reading text are
    // told on stderr, so the notice never mixes into piped output.
    if command.is_some()
        && !ctx.json
        && let Some(notice) = output::review_notice(&ctx.app)
    {
        eprintln!("{notice}");
    }
    // The first start of the interactive reader asks for the language before anything
    // else, unless `--lang` already said it.
    let first_start = remembered.is_none() && cli.lang.is_empty();
    match command {
        None => interactive::run(&ctx, first_start),
        Some(Command::Rights(command)) => rights::run(&ctx, command),
        Some(Command::Guide(args)) => guide::run(&ctx, args),
        Some(Command::Search { query }) => rights::search(&ctx, &query.join(" ")),
        Some(Command::Directory(command)) => helplines::run(&ctx, command),
        Some(Command::L10n(_)) => unreachable!("handled before opening the data directory"),
        Some(Command::Diary(command)) => diary::run(&ctx, *command),
    }
}

/// Why the data directory cannot be opened, in the reader's language. There is no open
/// core to ask yet, so the compiled-in translations say it. The path is the one the
/// person gave (or the default), on their own machine.
fn cannot_open(
    data_dir: &Path,
    locales: &[String],
    error: &SalamaError,
    verbose: bool,
) -> CliError {
    let translations = Translations::embedded();
    let l10n = translations.localizer(translations.negotiate(locales));
    let message = match error {
        // Not a folder, not writable, a full disk: the folder is what to check.
        SalamaError::Storage { .. } => {
            let args = HashMap::from([(
                "path".to_owned(),
                ArgValue::Text {
                    value: data_dir.display().to_string(),
                },
            )]);
            l10n.text_or_id("error-data-dir", Some(&fluent_args(&args)))
        }
        other => l10n.text_or_id(other.message_id(), None),
    };
    CliError(with_detail(message, error, verbose, l10n.primary() == "en"))
}

/// `salama search` takes any words, even ones that start with `-` (`salama search
/// -asylum`: a query never fails, issue 2), while options such as `--json` still work
/// before or after the words. Clap's hyphen values would swallow those options, so the
/// words after `search` that are not options move behind a `--`, in their order.
fn search_words_last(args: Vec<OsString>) -> Vec<OsString> {
    let mut command = Cli::command();
    command.build();
    let search = command
        .find_subcommand("search")
        .expect("search is a command")
        .clone();
    // `Some(takes a value)` for an option `salama search` knows (`--lang fa`, `--lang=fa`,
    // `--json`, `-h`), `None` for a word.
    let option = |arg: &str| -> Option<bool> {
        let (name, inline) = match arg.split_once('=') {
            Some((name, _)) => (name, true),
            None => (arg, false),
        };
        let known = search.get_arguments().find(|a| {
            if let Some(long) = name.strip_prefix("--") {
                a.get_long() == Some(long)
            } else {
                let mut chars = name.chars();
                chars.next() == Some('-')
                    && chars.next().is_some_and(|c| a.get_short() == Some(c))
                    && chars.next().is_none()
            }
        })?;
        Some(known.get_action().takes_values() && !inline)
    };
    // Find the command word, stepping over options before it and their values.
    let mut at = 1;
    while let Some(arg) = args.get(at).and_then(|a| a.to_str()) {
        match option(arg) {
            Some(takes_value) => at += 1 + usize::from(takes_value),
            None => break,
        }
    }
    if args.get(at).and_then(|a| a.to_str()) != Some("search") {
        return args;
    }
    let mut out = args[..=at].to_vec();
    let mut words = Vec::new();
    let mut rest = args[at + 1..].iter();
    while let Some(arg) = rest.next() {
        let text = arg.to_str().unwrap_or("");
        if text == "--" {
            words.extend(rest.by_ref().cloned());
            break;
        }
        match option(text) {
            Some(takes_value) => {
                out.push(arg.clone());
                if takes_value {
                    out.extend(rest.next().cloned());
                }
            }
            None => words.push(arg.clone()),
        }
    }
    if !words.is_empty() {
        out.push("--".into());
        out.extend(words);
    }
    out
}

/// The platform's per-user data directory (e.g. `~/.local/share/salama` on Linux).
fn default_data_dir() -> PathBuf {
    dirs::data_dir()
        .unwrap_or_else(|| PathBuf::from("."))
        .join("salama")
}

/// The user's languages from the POSIX environment (`LANGUAGE`, `LC_ALL`, `LC_MESSAGES`,
/// `LANG`), as BCP 47 tags: `fa_IR.UTF-8` becomes `fa-IR`.
fn system_locales() -> Vec<String> {
    let mut locales = vec![];
    for var in ["LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"] {
        let Ok(value) = std::env::var(var) else {
            continue;
        };
        for posix in value.split(':') {
            let tag = posix
                .split(['.', '@'])
                .next()
                .unwrap_or("")
                .replace('_', "-");
            if !tag.is_empty() && tag != "C" && tag != "POSIX" && !locales.contains(&tag) {
                locales.push(tag);
            }
        }
    }
    locales
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rewritten(args: &[&str]) -> Vec<String> {
        let args = std::iter::once("salama").chain(args.iter().copied());
        search_words_last(args.map(OsString::from).collect())
            .into_iter()
            .skip(1)
            .map(|a| a.into_string().unwrap())
            .collect()
    }

    #[test]
    fn search_words_go_behind_the_options_in_order() {
        assert_eq!(
            rewritten(&["search", "-asylum"]),
            ["search", "--", "-asylum"]
        );
        assert_eq!(
            rewritten(&[
                "--lang",
                "fa",
                "search",
                "a",
                "-b",
                "--json",
                "--lang=ar",
                "c"
            ]),
            [
                "--lang",
                "fa",
                "search",
                "--json",
                "--lang=ar",
                "--",
                "a",
                "-b",
                "c"
            ]
        );
        assert_eq!(
            rewritten(&["search", "--lang", "fa", "x", "--", "--json"]),
            ["search", "--lang", "fa", "--", "x", "--json"]
        );
        // Other commands are left to clap as they are.
        assert_eq!(
            rewritten(&["rights", "show", "-x"]),
            ["rights", "show", "-x"]
        );
        assert_eq!(rewritten(&["--json"]), ["--json"]);
    }

    #[test]
    fn errors_show_technical_detail_only_when_it_helps() {
        let input = SalamaError::InvalidInput {
            reason: "answer 2: unknown answer".into(),
        };
        let shown = |error: &SalamaError, verbose, english| {
            with_detail("Message.".into(), error, verbose, english)
        };
        assert_eq!(shown(&input, false, false), "Message.");
        assert_eq!(
            shown(&input, false, true),
            "Message. (invalid input: answer 2: unknown answer)"
        );
        assert_eq!(shown(&SalamaError::NotFound, false, true), "Message.");
        assert_eq!(
            shown(&SalamaError::NotFound, true, false),
            "Message. (not found)"
        );
    }
}
