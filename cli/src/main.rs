//! `salama`: the desktop app. With no arguments it is an interactive reader in the
//! terminal; with a command it is a scriptable tool for readers, outreach workers,
//! translators and publishers.

mod diary;
mod interactive;
mod output;
mod rights;

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
    #[command(subcommand)]
    command: Option<Command>,
}

#[derive(Subcommand)]
enum Command {
    /// Read your rights.
    #[command(subcommand)]
    Rights(rights::RightsCommand),
    /// Your encrypted diary: write down what happens, export it for a lawyer.
    #[command(subcommand)]
    Diary(Box<diary::DiaryCommand>),
    /// Search every article in your languages.
    Search {
        /// Words to look for.
        #[arg(required = true)]
        query: Vec<String>,
    },
}

/// What every command gets: the open core and how to print.
pub struct Context {
    pub app: Arc<Salama>,
    pub json: bool,
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
    let app = Salama::open(SalamaConfig {
        data_dir: data_dir.to_string_lossy().into_owned(),
        locales,
    })
    .map_err(|e| CliError(format!("cannot open {}: {e}", data_dir.display())))?;
    let ctx = Context {
        app,
        json: cli.json,
    };
    if let Some(notice) = ctx.app.startup_report().notice_id {
        eprintln!("{}", output::text(&ctx.app, &notice));
    }
    match cli.command {
        None => interactive::run(&ctx),
        Some(Command::Rights(command)) => rights::run(&ctx, command),
        Some(Command::Search { query }) => rights::search(&ctx, &query.join(" ")),
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
