//! `salama publish` and `salama release`: the tools an organisation uses to sign and
//! publish helpline releases, and to check a release or a pack as a phone would.

use std::path::PathBuf;

use clap::Subcommand;
use jiff::{SignedDuration, Timestamp};
use salama_core::SalamaError;
use salama_core::sync::publish::{self, ReleaseOptions, ReleaseSummary};
use serde::Serialize;

use crate::helplines::{message, number, text};
use crate::output::{self, size};
use crate::{CliError, Context, say};

#[derive(Subcommand)]
pub enum PublishCommand {
    /// Make a new signing key: FILE (secret, PKCS#8) and FILE.pub (the public key that
    /// apps trust). Never overwrites a file.
    Keygen {
        #[arg(long, value_name = "FILE")]
        out: PathBuf,
    },
    /// Validate every collection source in DIR (helplines/GR.json, translations/ar/*.ftl,
    /// …) and write a signed release to OUT, with a higher serial than the release
    /// already there.
    Release {
        /// The sources: one directory per kind, one file per country or region
        /// (helplines/GR.json), one folder of Fluent files per locale (translations/ar/).
        dir: PathBuf,
        /// The signing key (repeat to sign with two keys while rotating).
        #[arg(long, required = true, value_name = "FILE")]
        key: Vec<PathBuf>,
        /// Where to write the release (reuse it for the next release).
        #[arg(long, value_name = "DIR")]
        out: PathBuf,
        /// Days until phones report the release as out of date.
        #[arg(long, default_value_t = 90, value_name = "DAYS")]
        expires_days: u32,
        /// Use this serial instead of the next one.
        #[arg(long, value_name = "N")]
        serial: Option<u64>,
        /// The organisation's name, shown in the apps.
        #[arg(long, value_name = "NAME")]
        publisher: Option<String>,
        /// Publish a helpline collection that has no helplines. Phones then stop showing
        /// the helplines built into the app for that country, so this is refused unless
        /// asked for.
        #[arg(long)]
        allow_empty: bool,
    },
}

#[derive(Subcommand)]
pub enum ReleaseCommand {
    /// Check a release directory or an offline pack: signature by a trusted key (built in
    /// or `--trust`), expiry, and every collection's size, hash and content.
    Verify {
        /// The release directory or pack file.
        path: PathBuf,
    },
}

pub fn publish(ctx: &Context, command: PublishCommand) -> Result<(), CliError> {
    let app = &ctx.app;
    let fail = |e| ctx.fail(SalamaError::from(e));
    match command {
        PublishCommand::Keygen { out } => {
            let public = publish::write_new_key(&out).map_err(fail)?;
            let public_path = publish::public_path(&out);
            if ctx.json {
                crate::output::json(&serde_json::json!({
                    "key": out, "public_key_file": public_path,
                    "public_key": public.to_text(), "key_id": public.id(),
                }));
            } else {
                say!(
                    "{}",
                    message(
                        app,
                        "helplines-publish-key-written",
                        &[
                            ("file", text(&out.display().to_string())),
                            ("public", text(&public_path.display().to_string())),
                            ("id", text(&public.id())),
                        ],
                    )
                );
            }
        }
        PublishCommand::Release {
            dir,
            key,
            out,
            expires_days,
            serial,
            publisher,
            allow_empty,
        } => {
            let keys = key
                .iter()
                .map(|path| publish::read_signing_key(path))
                .collect::<Result<Vec<_>, _>>()
                .map_err(fail)?;
            let issued = Timestamp::now();
            let options = ReleaseOptions {
                serial,
                issued,
                expires: issued + SignedDuration::from_hours(24 * i64::from(expires_days.max(1))),
                publisher,
                allow_empty,
            };
            let sources = publish::Sources::read(&dir).map_err(fail)?;
            let empty = sources.empty_helplines();
            if !empty.is_empty() && !allow_empty {
                let names = [("names", text(&empty.join(", ")))];
                return Err(CliError(message(app, "helplines-publish-empty", &names)));
            }
            let summary =
                publish::publish_sources(&sources, &keys, &out, &options).map_err(fail)?;
            if ctx.json {
                crate::output::json(&ShownSummary::from(&summary));
            } else {
                say!(
                    "{}",
                    message(
                        app,
                        "helplines-publish-released",
                        &[
                            ("serial", text(&output::serial(app, summary.serial))),
                            ("dir", text(&out.display().to_string())),
                            ("keys", text(&summary.key_ids.join(", "))),
                        ],
                    )
                );
                print_collections(ctx, &summary, true);
            }
        }
    }
    Ok(())
}

pub fn release(ctx: &Context, command: ReleaseCommand) -> Result<(), CliError> {
    let ReleaseCommand::Verify { path } = command;
    let app = &ctx.app;
    // Named here, with the path as given: the core would only see a file it cannot open.
    let given = [("path", text(&path.display().to_string()))];
    if !path.exists() {
        return Err(CliError(message(
            app,
            "helplines-release-no-such-path",
            &given,
        )));
    }
    let looks_right = if path.is_dir() {
        path.join("index.json").is_file()
    } else {
        salama_core::sync::pack::is_pack_file(&path)
    };
    if !looks_right {
        return Err(CliError(message(
            app,
            "helplines-release-not-a-release",
            &given,
        )));
    }
    let now = Timestamp::now();
    let summary = app
        .verify_release_at(&path, now)
        .map_err(|e| ctx.fail(SalamaError::from(e)))?;
    if ctx.json {
        crate::output::json(&ShownSummary::from(&summary));
    } else {
        // Verified, so the index's expiry parses; its raw RFC 3339 form is for machines.
        let expires = summary.expires.parse::<Timestamp>().map_or_else(
            |_| summary.expires.clone(),
            |t| output::expiry(app, t.as_second(), now.as_second()),
        );
        say!(
            "{}",
            message(
                app,
                "helplines-release-verified",
                &[
                    ("serial", text(&output::serial(app, summary.serial))),
                    ("key", text(&summary.key_ids.join(", "))),
                    ("expires", text(&expires)),
                ],
            )
        );
        print_collections(ctx, &summary, false);
    }
    Ok(())
}

fn print_collections(ctx: &Context, summary: &ReleaseSummary, publishing: bool) {
    let app = &ctx.app;
    for c in &summary.collections {
        // A translation collection holds Fluent files, not helplines.
        let translations = c.name.starts_with("translations/");
        let id = match (publishing, c.changed, translations) {
            (true, true, false) => "helplines-publish-collection-changed",
            (true, false, false) => "helplines-publish-collection-same",
            (true, true, true) => "helplines-publish-translations-changed",
            (true, false, true) => "helplines-publish-translations-same",
            (false, true, false) => "helplines-release-collection",
            (false, true, true) => "helplines-release-translations",
            (false, false, _) => "helplines-release-collection-absent",
        };
        let count = number(c.entries.unwrap_or(0) as f64);
        let args = [
            ("name", text(&c.name)),
            ("version", text(&output::serial(app, c.version))),
            ("size", text(&size(app, c.size))),
            (if translations { "files" } else { "entries" }, count),
        ];
        say!("  {}", message(app, id, &args));
    }
}

#[derive(Serialize)]
struct ShownSummary {
    serial: u64,
    issued: String,
    expires: String,
    publisher: Option<String>,
    key_ids: Vec<String>,
    collections: Vec<ShownCollection>,
}

#[derive(Serialize)]
struct ShownCollection {
    name: String,
    version: u64,
    size: u64,
    sha256: String,
    changed: bool,
    entries: Option<usize>,
}

impl From<&ReleaseSummary> for ShownSummary {
    fn from(s: &ReleaseSummary) -> Self {
        ShownSummary {
            serial: s.serial,
            issued: s.issued.clone(),
            expires: s.expires.clone(),
            publisher: s.publisher.clone(),
            key_ids: s.key_ids.clone(),
            collections: s
                .collections
                .iter()
                .map(|c| ShownCollection {
                    name: c.name.clone(),
                    version: c.version,
                    size: c.size,
                    sha256: c.sha256.clone(),
                    changed: c.changed,
                    entries: c.entries,
                })
                .collect(),
        }
    }
}
