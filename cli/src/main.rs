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
mod sync;

use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::Arc;

use clap::{Parser, Subcommand};
use salama_core::{Salama, SalamaConfig, SalamaError};

/// Salama: your rights, offline, in your language.
#[derive(Parser)]
#[command(name = "salama", version, about)]
struct Cli {
    /// Your languages, most preferred first (e.g. `--lang fa --lang en`). Defaults to the
    /// system language.
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
    /// Search every article in your languages.
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
}

impl Context {
    /// The user-facing text of a core error, in the reader's language.
    pub fn fail(&self, error: SalamaError) -> CliError {
        CliError(format!("{} ({error})", self.app.describe_error(&error)))
    }
}

/// An error already worded for the user.
#[derive(Debug)]
pub struct CliError(pub String);

fn main() -> ExitCode {
    let cli = Cli::parse();
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
    let locales = if cli.lang.is_empty() {
        system_locales()
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
        locales,
        trusted_keys,
    })
    .map_err(|e| CliError(format!("cannot open {}: {e}", data_dir.display())))?;
    let ctx = Context {
        app,
        json: cli.json,
        langs: cli.lang.clone(),
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
    match command {
        None => interactive::run(&ctx),
        Some(Command::Rights(command)) => rights::run(&ctx, command),
        Some(Command::Guide(args)) => guide::run(&ctx, args),
        Some(Command::Search { query }) => rights::search(&ctx, &query.join(" ")),
        Some(Command::Directory(command)) => helplines::run(&ctx, command),
        Some(Command::L10n(_)) => unreachable!("handled before opening the data directory"),
        Some(Command::Diary(command)) => diary::run(&ctx, *command),
    }
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
