//! `salama sync` and `salama pack`: updating the helplines from a signed release on the
//! web, showing how updates went, and passing helplines on in offline packs.

use std::io::{IsTerminal, Write};
use std::path::PathBuf;
use std::sync::Mutex;

use clap::{Args, Subcommand};
use salama_core::{Salama, SyncListener, SyncOptions, SyncPhase, SyncProgress, SyncReport};
use serde::Serialize;

use crate::helplines::{message, number, text};
use crate::http::UreqClient;
use crate::output::{self, size, time};
use crate::{CliError, Context, say};

#[derive(Args)]
#[command(args_conflicts_with_subcommands = true)]
pub struct SyncArgs {
    #[command(subcommand)]
    command: Option<SyncCommand>,
    /// The release's address: the directory that holds index.json.
    #[arg(value_name = "URL", required = false)]
    url: Option<String>,
    /// Give up on a request after this many seconds.
    #[arg(long, default_value_t = 30, value_name = "SECONDS")]
    timeout: u64,
}

#[derive(Subcommand)]
enum SyncCommand {
    /// What is installed, how old it is, when it expires, how the last update went.
    Status,
}

#[derive(Subcommand)]
pub enum PackCommand {
    /// Write the installed helplines of some countries to one file (their regions, such
    /// as the EU, come along).
    Export {
        /// Countries, comma-separated ISO codes: GR,IT.
        #[arg(long, value_delimiter = ',', required = true, value_name = "CODES")]
        countries: Vec<String>,
        /// The pack file to write. By default `salama-GR-IT.pack` (the countries given) in
        /// the current directory, or `salama-GR-IT-2.pack` and so on if that exists: an
        /// existing file is never overwritten unless named here.
        #[arg(long, value_name = "FILE")]
        out: Option<PathBuf>,
    },
    /// Install a pack, verified exactly like a download.
    Import {
        /// The pack file.
        file: PathBuf,
    },
}

pub fn run(ctx: &Context, args: SyncArgs) -> Result<(), CliError> {
    match (args.command, args.url) {
        (Some(SyncCommand::Status), _) => status(ctx),
        (None, Some(url)) => sync(ctx, &url, args.timeout),
        (None, None) => Err(CliError(output::text(&ctx.app, "helplines-sync-usage"))),
    }
}

fn sync(ctx: &Context, url: &str, timeout_s: u64) -> Result<(), CliError> {
    let app = &ctx.app;
    let http = std::sync::Arc::new(UreqClient::new());
    let options = SyncOptions {
        timeout_ms: timeout_s.saturating_mul(1000),
    };
    if !ctx.json {
        eprintln!("{}", output::text(app, "helplines-sync-checking"));
    }
    // The first progress event comes before any collection is fetched and gives the
    // download size.
    let bar = ProgressBar::new(app, !ctx.json, std::io::stderr().is_terminal());
    let report = app
        .sync(
            url.to_owned(),
            http,
            options,
            Some(std::sync::Arc::new(bar)),
        )
        .map_err(|e| ctx.fail(e))?;
    print_report(ctx, &report);
    Ok(())
}

fn print_report(ctx: &Context, report: &SyncReport) {
    let app = &ctx.app;
    if ctx.json {
        output::json(&ShownReport::from(report));
        return;
    }
    let serial = [("serial", text(&output::serial(app, report.serial)))];
    if report.updated {
        say!("{}", message(app, "helplines-sync-updated", &serial));
        for name in &report.collections_updated {
            say!("  + {name}");
        }
        for name in &report.collections_removed {
            say!("  - {name}");
        }
    } else {
        say!("{}", message(app, "helplines-sync-up-to-date", &serial));
    }
    say!(
        "{}",
        message(
            app,
            "helplines-sync-cost",
            &[
                ("requests", number(f64::from(report.requests))),
                ("size", text(&size(app, report.bytes_downloaded))),
            ],
        )
    );
    if report.stale {
        say!("{}", output::text(app, "helplines-sync-stale"));
    }
}

/// Picks the default pack file in the current directory, `salama-GR-IT.pack`, or the first
/// of `salama-GR-IT-2.pack`, `-3`, … that does not exist, and claims it by creating it
/// empty (so two exports at once never pick the same file). Returns its full path, which
/// is what the user is told.
fn claim_pack_name(countries: &[String]) -> Result<PathBuf, salama_core::SalamaError> {
    let codes: Vec<String> = countries
        .iter()
        .map(|c| {
            c.chars()
                .filter(char::is_ascii_alphanumeric)
                .take(8)
                .collect::<String>()
                .to_ascii_uppercase()
        })
        .filter(|c| !c.is_empty())
        .collect();
    let stem = if codes.is_empty() {
        "salama".to_owned()
    } else {
        format!("salama-{}", codes.join("-"))
    };
    let dir = std::env::current_dir().map_err(storage)?;
    for n in 1..1000 {
        let name = match n {
            1 => format!("{stem}.pack"),
            n => format!("{stem}-{n}.pack"),
        };
        let path = dir.join(name);
        match std::fs::OpenOptions::new()
            .write(true)
            .create_new(true)
            .open(&path)
        {
            Ok(_) => return Ok(path),
            Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => continue,
            Err(e) => return Err(storage(e)),
        }
    }
    Err(salama_core::SalamaError::Storage {
        reason: "no free pack file name in the current directory".into(),
    })
}

fn storage(e: std::io::Error) -> salama_core::SalamaError {
    salama_core::SalamaError::Storage {
        reason: e.kind().to_string(),
    }
}

/// The download size once it is known, then a progress bar on stderr (drawn only on a
/// terminal).
struct ProgressBar {
    announce: bool,
    draw: bool,
    download: Box<dyn Fn(u32, u64) -> String + Send + Sync>,
    size: Box<dyn Fn(u64) -> String + Send + Sync>,
    applying: String,
    last: Mutex<Option<(SyncPhase, u64)>>,
}

impl ProgressBar {
    fn new(app: &std::sync::Arc<Salama>, announce: bool, draw: bool) -> Self {
        let for_messages = app.clone();
        let for_sizes = app.clone();
        ProgressBar {
            announce,
            draw: announce && draw,
            download: Box::new(move |collections, bytes| {
                message(
                    &for_messages,
                    "helplines-sync-download",
                    &[
                        ("collections", number(f64::from(collections))),
                        ("size", text(&size(&for_messages, bytes))),
                    ],
                )
            }),
            size: Box::new(move |bytes| size(&for_sizes, bytes)),
            applying: output::text(app, "helplines-sync-applying"),
            last: Mutex::new(None),
        }
    }
}

impl SyncListener for ProgressBar {
    fn on_progress(&self, p: SyncProgress) {
        if self.announce && p.phase == SyncPhase::Downloading && p.bytes_done == 0 {
            eprintln!("{}", (self.download)(p.collections_total, p.bytes_total));
        }
        if !self.draw {
            return;
        }
        let mut last = self.last.lock().unwrap_or_else(|e| e.into_inner());
        if *last == Some((p.phase, p.bytes_done)) {
            return;
        }
        *last = Some((p.phase, p.bytes_done));
        const WIDTH: u64 = 30;
        let filled = (p.bytes_done * WIDTH)
            .checked_div(p.bytes_total)
            .unwrap_or(WIDTH);
        let bar: String = (0..WIDTH)
            .map(|i| if i < filled { '#' } else { '-' })
            .collect();
        let label = match p.phase {
            SyncPhase::Downloading => {
                format!(
                    "{} / {}",
                    (self.size)(p.bytes_done),
                    (self.size)(p.bytes_total)
                )
            }
            SyncPhase::Applying => self.applying.clone(),
        };
        let mut err = std::io::stderr().lock();
        let _ = write!(err, "\r[{bar}] {label}\x1b[K");
        if p.phase == SyncPhase::Applying && p.collections_done == p.collections_total {
            let _ = writeln!(err);
        }
        let _ = err.flush();
    }
}

fn status(ctx: &Context) -> Result<(), CliError> {
    let app = &ctx.app;
    let status = app.sync_status().map_err(|e| ctx.fail(e))?;
    if ctx.json {
        output::json(&ShownStatus::from(&status));
        return Ok(());
    }
    let t = |id: &str| output::text(app, id);
    match status.serial {
        None => say!("{}", t("helplines-status-none")),
        Some(serial) => {
            say!(
                "{}",
                message(
                    app,
                    "helplines-status-release",
                    &[("serial", text(&output::serial(app, serial)))]
                )
            );
            if let Some(publisher) = &status.publisher {
                say!("  {}: {publisher}", t("helplines-status-publisher"));
            }
            if let Some(key) = &status.key_id {
                say!("  {}: {key}", t("helplines-status-key"));
            }
            if let Some(source) = &status.source {
                say!(
                    "  {}: {}",
                    t("helplines-status-source"),
                    output::ltr(app, source)
                );
            }
            if let Some(issued) = status.issued_at {
                say!("  {}: {}", t("helplines-status-issued"), time(app, issued));
            }
            if let Some(age) = status.data_age_s {
                say!(
                    "  {}",
                    message(
                        app,
                        "helplines-status-age",
                        &[("days", number((age / 86_400) as f64))]
                    )
                );
            }
            if let Some(expires) = status.expires_at {
                let now = jiff::Timestamp::now().as_second();
                say!(
                    "  {}: {}",
                    t("helplines-status-expires"),
                    output::expiry(app, expires, now)
                );
            }
            if status.stale {
                say!("  {}", t("helplines-status-expired"));
            }
            for c in &status.collections {
                let outdated = if c.current {
                    String::new()
                } else {
                    format!(" {}", t("helplines-status-outdated"))
                };
                say!(
                    "  {} v{} ({}){outdated}",
                    c.name,
                    output::serial(app, c.version),
                    size(app, c.size)
                );
            }
        }
    }
    let never = t("helplines-status-never");
    say!(
        "{}: {}",
        t("helplines-status-last-success"),
        status
            .last_success_at
            .map_or(never.clone(), |at| time(app, at))
    );
    say!(
        "{}: {}",
        t("helplines-status-last-attempt"),
        status.last_attempt_at.map_or(never, |at| time(app, at))
    );
    if let Some(error) = &status.last_error {
        say!(
            "{}: {} ({})",
            t("helplines-status-last-error"),
            output::text(app, &error.message_id),
            error.reason
        );
    }
    Ok(())
}

pub fn pack(ctx: &Context, command: PackCommand) -> Result<(), CliError> {
    let app = &ctx.app;
    match command {
        PackCommand::Export { countries, out } => {
            let (out, claimed) = match out {
                Some(out) => (out, false),
                None => (claim_pack_name(&countries).map_err(|e| ctx.fail(e))?, true),
            };
            let exported = app.export_pack(out.to_string_lossy().into_owned(), countries);
            let summary = match exported {
                Ok(summary) => summary,
                Err(e) => {
                    if claimed {
                        // Only the empty file claimed for the name is removed.
                        let _ = std::fs::remove_file(&out);
                    }
                    return Err(ctx.fail(e));
                }
            };
            if ctx.json {
                output::json(&serde_json::json!({
                    "file": out, "serial": summary.serial,
                    "collections": summary.collections, "bytes": summary.bytes,
                }));
            } else {
                say!(
                    "{}",
                    message(
                        app,
                        "helplines-pack-exported",
                        &[
                            ("file", text(&out.display().to_string())),
                            ("serial", text(&output::serial(app, summary.serial))),
                            ("collections", text(&summary.collections.join(", "))),
                            ("size", text(&size(app, summary.bytes))),
                        ],
                    )
                );
            }
        }
        PackCommand::Import { file } => {
            let report = app
                .import_pack(file.to_string_lossy().into_owned(), None)
                .map_err(|e| ctx.fail(e))?;
            print_report(ctx, &report);
        }
    }
    Ok(())
}

#[derive(Serialize)]
struct ShownReport {
    updated: bool,
    serial: u64,
    collections_updated: Vec<String>,
    collections_removed: Vec<String>,
    requests: u32,
    bytes_downloaded: u64,
    stale: bool,
    expires_at: i64,
}

impl From<&SyncReport> for ShownReport {
    fn from(r: &SyncReport) -> Self {
        ShownReport {
            updated: r.updated,
            serial: r.serial,
            collections_updated: r.collections_updated.clone(),
            collections_removed: r.collections_removed.clone(),
            requests: r.requests,
            bytes_downloaded: r.bytes_downloaded,
            stale: r.stale,
            expires_at: r.expires_at,
        }
    }
}

#[derive(Serialize)]
struct ShownStatus {
    serial: Option<u64>,
    publisher: Option<String>,
    key_id: Option<String>,
    source: Option<String>,
    issued_at: Option<i64>,
    data_age_s: Option<u64>,
    expires_at: Option<i64>,
    stale: bool,
    last_success_at: Option<i64>,
    last_attempt_at: Option<i64>,
    last_error: Option<ShownError>,
    collections: Vec<ShownCollection>,
}

#[derive(Serialize)]
struct ShownError {
    message_id: String,
    reason: String,
}

#[derive(Serialize)]
struct ShownCollection {
    name: String,
    version: u64,
    size: u64,
    current: bool,
}

impl From<&salama_core::SyncStatus> for ShownStatus {
    fn from(s: &salama_core::SyncStatus) -> Self {
        ShownStatus {
            serial: s.serial,
            publisher: s.publisher.clone(),
            key_id: s.key_id.clone(),
            source: s.source.clone(),
            issued_at: s.issued_at,
            data_age_s: s.data_age_s,
            expires_at: s.expires_at,
            stale: s.stale,
            last_success_at: s.last_success_at,
            last_attempt_at: s.last_attempt_at,
            last_error: s.last_error.as_ref().map(|e| ShownError {
                message_id: e.message_id.clone(),
                reason: e.reason.clone(),
            }),
            collections: s
                .collections
                .iter()
                .map(|c| ShownCollection {
                    name: c.name.clone(),
                    version: c.version,
                    size: c.size,
                    current: c.current,
                })
                .collect(),
        }
    }
}
