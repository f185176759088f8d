//! `salama helplines`: find who can help, and the commands around the directory (updates,
//! offline packs, publishing), which `main.rs` takes in as one flattened group.

use std::collections::HashMap;

use clap::{Args, Subcommand};
use salama_core::{
    ArgValue, ChannelKind, Helpline, HelplineQuery, HoursKind, LocalTime, Need, OpenState, Salama,
    VerificationStatus,
};
use serde::Serialize;

use crate::output::{self, indented, ltr, paragraph};
use crate::{CliError, Context, say};

#[derive(Subcommand)]
pub enum DirectoryCommand {
    /// Find helplines: emergency numbers first, then the best match for you. Works
    /// offline. With `--lang`, only lines that speak your language (or do not say) are
    /// shown, best match first.
    Helplines(HelplinesArgs),
    /// Update the helplines from a signed release (`salama sync <url>`), or show how the
    /// updates went (`salama sync status`).
    Sync(crate::sync::SyncArgs),
    /// Offline packs: pass helplines from phone to phone without internet.
    #[command(subcommand)]
    Pack(crate::sync::PackCommand),
    /// For publishers: signing keys and releases.
    #[command(subcommand)]
    Publish(crate::publish::PublishCommand),
    /// For publishers and outreach workers: check a release or a pack as a phone would.
    #[command(subcommand)]
    Release(crate::publish::ReleaseCommand),
}

pub fn run(ctx: &Context, command: DirectoryCommand) -> Result<(), CliError> {
    match command {
        DirectoryCommand::Helplines(args) => helplines(ctx, args),
        DirectoryCommand::Sync(args) => crate::sync::run(ctx, args),
        DirectoryCommand::Pack(command) => crate::sync::pack(ctx, command),
        DirectoryCommand::Publish(command) => crate::publish::publish(ctx, command),
        DirectoryCommand::Release(command) => crate::publish::release(ctx, command),
    }
}

#[derive(Args)]
pub struct HelplinesArgs {
    /// The country you are in (ISO code such as GR, IT, LY) or a region (EU).
    #[arg(long, value_name = "CODE")]
    country: Option<String>,
    /// What you need help with (repeatable): emergency, trafficking, asylum-legal-aid,
    /// child-protection, gender-based-violence, medical, shelter, labour-rights,
    /// missing-persons.
    #[arg(long, value_name = "NEED")]
    need: Vec<String>,
    /// How you can reach them (repeatable): phone, short-code, sms, whatsapp, signal,
    /// email, web.
    #[arg(long, value_name = "CHANNEL")]
    channel: Vec<String>,
    /// Only lines that are free of charge.
    #[arg(long)]
    free: bool,
    /// Leave out lines that are closed now (lines with unknown hours stay).
    #[arg(long)]
    open_now: bool,
}

fn helplines(ctx: &Context, args: HelplinesArgs) -> Result<(), CliError> {
    let app = &ctx.app;
    let needs = args
        .need
        .iter()
        .map(|key| {
            Need::from_key(key).ok_or_else(|| {
                let list = Need::ALL.map(Need::key).join(", ");
                CliError(message(
                    app,
                    "helplines-cli-unknown-need",
                    &[("list", text(&list))],
                ))
            })
        })
        .collect::<Result<_, _>>()?;
    let channels = args
        .channel
        .iter()
        .map(|key| {
            ChannelKind::from_key(key).ok_or_else(|| {
                let list = ChannelKind::ALL.map(ChannelKind::key).join(", ");
                CliError(message(
                    app,
                    "helplines-cli-unknown-channel",
                    &[("list", text(&list))],
                ))
            })
        })
        .collect::<Result<_, _>>()?;
    let query = HelplineQuery {
        country: args.country,
        needs,
        languages: ctx.langs.clone(),
        channels,
        free_only: args.free,
        open_now: args.open_now,
    };
    let found = app.helplines(query).map_err(|e| ctx.fail(e))?;
    if ctx.json {
        output::json(&found.iter().map(ShownHelpline::from).collect::<Vec<_>>());
        return Ok(());
    }
    if found.is_empty() {
        say!(
            "{}",
            paragraph(&output::text(app, "helplines-none-found"), app.direction())
        );
        return Ok(());
    }
    for (i, line) in found.iter().enumerate() {
        if i > 0 {
            say!("");
        }
        print_helpline(app, line);
    }
    Ok(())
}

fn print_helpline(app: &Salama, line: &Helpline) {
    let direction = line.name.direction;
    let title = if line.emergency {
        format!(
            "{}  {}",
            output::text(app, "helplines-emergency-label"),
            line.name.text
        )
    } else {
        line.name.text.clone()
    };
    say!("{}", paragraph(&title, direction));
    say!(
        "{}",
        paragraph(&line.description.text, line.description.direction)
    );
    for channel in &line.channels {
        let label = output::text(app, &format!("helplines-channel-{}", channel.kind.key()));
        say!(
            "  {label}: {}   {}",
            ltr(app, &channel.address),
            ltr(app, &channel.uri)
        );
    }
    say!("  {}", open_text(app, line));
    let cost = match line.free {
        Some(true) => "helplines-free",
        Some(false) => "helplines-not-free",
        None => "helplines-free-unknown",
    };
    say!("  {}", output::text(app, cost));
    let languages = if line.languages.is_empty() && !line.more_languages {
        output::text(app, "helplines-languages-unknown")
    } else {
        let mut list = line.languages.join(", ");
        if line.more_languages && list.is_empty() {
            list = output::text(app, "helplines-languages-unlisted");
        } else if line.more_languages {
            list.push(' ');
            list.push_str(&output::text(app, "helplines-languages-more"));
        }
        format!("{}: {list}", output::text(app, "helplines-languages"))
    };
    say!("  {languages}");
    if let Some(operator) = &line.operator {
        say!("  {}: {operator}", output::text(app, "helplines-operator"));
    }
    if let Some(note) = &line.note {
        say!("{}", indented(&note.text, note.direction, 2));
    }
    if line.status == VerificationStatus::PartlyVerified {
        say!(
            "  {}",
            output::text(app, "helplines-status-partly-verified")
        );
    }
    for source in &line.sources {
        let label = output::text(app, "helplines-sources");
        let url = ltr(app, &source.url);
        match &source.date {
            Some(date) => say!("  {label}: {url} ({})", output::digits(app, date)),
            None => say!("  {label}: {url}"),
        }
    }
    say!("  {}", dated(app, line));
}

/// What the entry's date is: the source's own date, unless someone is named as having
/// checked the entry, in which case it is when they did. Never "last checked" for a date
/// nobody checked on.
fn dated(app: &Salama, line: &Helpline) -> String {
    let date = line
        .verified
        .as_deref()
        .map(|d| text(&output::digits(app, d)));
    match (&line.verified_by, date) {
        (Some(by), Some(date)) => message(
            app,
            "helplines-checked-by",
            &[("by", text(by)), ("date", date)],
        ),
        (Some(by), None) => message(app, "helplines-checked-by-undated", &[("by", text(by))]),
        (None, Some(date)) => message(app, "helplines-source-dated", &[("date", date)]),
        (None, None) => output::text(app, "helplines-source-undated"),
    }
}

/// "Open now. Closes Friday at 17:30 (Europe/Rome)." and the like.
fn open_text(app: &Salama, line: &Helpline) -> String {
    let at = |id: &str, local: &LocalTime| {
        let day = output::text(app, &format!("helplines-day-{}", local.day.key()));
        message(
            app,
            id,
            &[
                ("day", text(&day)),
                ("time", text(&output::digits(app, &local.time))),
                ("zone", text(&local.time_zone)),
            ],
        )
    };
    match (&line.open.state, line.hours.kind) {
        (OpenState::Always, _) => output::text(app, "helplines-open-always"),
        (OpenState::Unknown, _) | (_, HoursKind::Unknown) => {
            output::text(app, "helplines-open-unknown")
        }
        (OpenState::Open, _) => match &line.open.closes_local {
            Some(local) => at("helplines-open-closes", local),
            None => output::text(app, "helplines-open-now"),
        },
        (OpenState::Closed, _) => match &line.open.next_opens_local {
            Some(local) => at("helplines-closed-opens", local),
            None => output::text(app, "helplines-closed"),
        },
    }
}

/// A message with arguments, in the reader's language.
pub fn message(app: &Salama, id: &str, args: &[(&str, ArgValue)]) -> String {
    let args: HashMap<String, ArgValue> = args
        .iter()
        .map(|(name, value)| (name.to_string(), value.clone()))
        .collect();
    app.text(id.to_owned(), args)
        .map_or_else(|_| id.to_owned(), |t| t.text)
}

pub fn text(value: &str) -> ArgValue {
    ArgValue::Text {
        value: value.to_owned(),
    }
}

pub fn number(value: f64) -> ArgValue {
    ArgValue::Number { value }
}

#[derive(Serialize)]
struct ShownHelpline {
    id: String,
    country: String,
    emergency: bool,
    name: String,
    description: String,
    note: Option<String>,
    locale: String,
    needs: Vec<&'static str>,
    channels: Vec<ShownChannel>,
    languages: Vec<String>,
    more_languages: bool,
    free: Option<bool>,
    hours: ShownHours,
    open: ShownOpen,
    operator: Option<String>,
    status: &'static str,
    sources: Vec<ShownSource>,
    verified: Option<String>,
    verified_by: Option<String>,
    origin: &'static str,
}

#[derive(Serialize)]
struct ShownChannel {
    kind: &'static str,
    address: String,
    uri: String,
    in_country_only: bool,
}

#[derive(Serialize)]
struct ShownHours {
    kind: &'static str,
    time_zone: Option<String>,
    openings: Vec<[String; 3]>,
}

#[derive(Serialize)]
struct ShownOpen {
    state: &'static str,
    closes_at: Option<i64>,
    /// The same instant on the line's own wall clock, as the text output shows it.
    closes_local: Option<ShownLocalTime>,
    next_opens_at: Option<i64>,
    next_opens_local: Option<ShownLocalTime>,
}

#[derive(Serialize)]
struct ShownLocalTime {
    day: &'static str,
    time: String,
    time_zone: String,
}

impl From<&LocalTime> for ShownLocalTime {
    fn from(t: &LocalTime) -> Self {
        ShownLocalTime {
            day: t.day.key(),
            time: t.time.clone(),
            time_zone: t.time_zone.clone(),
        }
    }
}

#[derive(Serialize)]
struct ShownSource {
    url: String,
    date: Option<String>,
}

impl From<&Helpline> for ShownHelpline {
    fn from(h: &Helpline) -> Self {
        ShownHelpline {
            id: h.id.clone(),
            country: h.country.clone(),
            emergency: h.emergency,
            name: h.name.text.clone(),
            description: h.description.text.clone(),
            note: h.note.as_ref().map(|n| n.text.clone()),
            locale: h.name.locale.clone(),
            needs: h.needs.iter().map(|n| n.key()).collect(),
            channels: h
                .channels
                .iter()
                .map(|c| ShownChannel {
                    kind: c.kind.key(),
                    address: c.address.clone(),
                    uri: c.uri.clone(),
                    in_country_only: c.in_country_only,
                })
                .collect(),
            languages: h.languages.clone(),
            more_languages: h.more_languages,
            free: h.free,
            hours: ShownHours {
                kind: match h.hours.kind {
                    HoursKind::Always => "always",
                    HoursKind::Weekly => "weekly",
                    HoursKind::Unknown => "unknown",
                },
                time_zone: h.hours.time_zone.clone(),
                openings: h
                    .hours
                    .openings
                    .iter()
                    .map(|o| [o.day.key().to_owned(), o.opens.clone(), o.closes.clone()])
                    .collect(),
            },
            open: ShownOpen {
                state: match h.open.state {
                    OpenState::Always => "always",
                    OpenState::Open => "open",
                    OpenState::Closed => "closed",
                    OpenState::Unknown => "unknown",
                },
                closes_at: h.open.closes_at,
                closes_local: h.open.closes_local.as_ref().map(ShownLocalTime::from),
                next_opens_at: h.open.next_opens_at,
                next_opens_local: h.open.next_opens_local.as_ref().map(ShownLocalTime::from),
            },
            operator: h.operator.clone(),
            status: match h.status {
                VerificationStatus::Verified => "verified",
                VerificationStatus::PartlyVerified => "partly-verified",
            },
            sources: h
                .sources
                .iter()
                .map(|s| ShownSource {
                    url: s.url.clone(),
                    date: s.date.clone(),
                })
                .collect(),
            verified: h.verified.clone(),
            verified_by: h.verified_by.clone(),
            origin: match h.origin {
                salama_core::HelplineOrigin::Seed => "seed",
                salama_core::HelplineOrigin::Update => "update",
            },
        }
    }
}
