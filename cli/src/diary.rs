//! `salama diary …`: the encrypted diary on the desktop. Every command unlocks the diary
//! with the passphrase (typed without echo, or from `SALAMA_PASSPHRASE` for scripts), does
//! one thing, and locks it again before it returns, even when it fails: the key is
//! dropped and the list snapshot written, so the next `list` reads it instead of
//! decrypting every entry.

use std::collections::HashMap;
use std::io::{self, BufRead, IsTerminal, Write};
use std::ops::Deref;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use clap::{Args, Subcommand, ValueEnum};
use salama_core::diary::{DiaryOptions, KdfParams};
use salama_core::{
    Amount, ArgValue, Diary, DiaryEntry, EntryDraft, EntryFilter, EntryKind, ExportTarget,
    RestoreMode, SalamaError, WriteReport,
};
use serde::Deserialize;
use zeroize::Zeroizing;

use crate::output;
use crate::{CliError, Context};

/// Environment variables for scripts and tests; interactive use prompts without echo.
const ENV_PASSPHRASE: &str = "SALAMA_PASSPHRASE";
const ENV_NEW_PASSPHRASE: &str = "SALAMA_NEW_PASSPHRASE";
const ENV_EXPORT_PASSPHRASE: &str = "SALAMA_EXPORT_PASSPHRASE";
/// The passphrase of a backup being restored, when it is not the diary's own (a backup
/// made before the passphrase was changed).
const ENV_BACKUP_PASSPHRASE: &str = "SALAMA_BACKUP_PASSPHRASE";

#[derive(Subcommand)]
pub enum DiaryCommand {
    /// Create the diary (asks for a new passphrase, or reads SALAMA_NEW_PASSPHRASE).
    Init {
        /// Wipe the diary after this many wrong passphrases in a row (1 to 100; 0: never).
        #[arg(long, value_name = "N")]
        wipe_after: Option<u32>,
        /// Argon2id memory in MiB (default 46; at least 19). Lower unlocks faster and
        /// makes a copied diary cheaper to attack.
        #[arg(long, value_name = "MIB")]
        kdf_memory_mib: Option<u32>,
        /// Argon2id passes (default 2; at least 2).
        #[arg(long, value_name = "N")]
        kdf_iterations: Option<u32>,
    },
    /// Add an entry.
    Add {
        #[command(flatten)]
        fields: EntryFields,
        /// Attach a file (at most 20 MiB); repeat for several.
        #[arg(long = "attach", value_name = "FILE")]
        attach: Vec<PathBuf>,
    },
    /// List entries, newest event first.
    List {
        #[arg(long, value_enum)]
        kind: Option<KindArg>,
        /// First event date, YYYY-MM-DD.
        #[arg(long)]
        from: Option<String>,
        /// Last event date, YYYY-MM-DD.
        #[arg(long)]
        to: Option<String>,
        /// Words that must all appear.
        #[arg(long = "words", visible_alias = "word")]
        words: Option<String>,
        #[arg(long, default_value_t = 0)]
        offset: u32,
        #[arg(long, default_value_t = 50)]
        limit: u32,
    },
    /// Show one entry.
    Show {
        id: String,
        /// Also show earlier versions.
        #[arg(long)]
        history: bool,
        /// Save the entry's attachments into this directory.
        #[arg(long, value_name = "DIR")]
        save_attachments: Option<PathBuf>,
    },
    /// Change an entry; the previous version is kept. Only the fields given change.
    Edit {
        id: String,
        #[command(flatten)]
        fields: EditFields,
    },
    /// Delete an entry with its versions and attachments.
    Delete {
        id: String,
        /// Do not ask for confirmation.
        #[arg(long)]
        yes: bool,
    },
    /// The debt ledger: owed, paid and remaining per creditor.
    Ledger,
    /// Export for a lawyer or caseworker: one file the `age` tool decrypts.
    Export {
        /// The reader's age public key (age1…).
        #[arg(long, value_name = "AGE_RECIPIENT", conflicts_with = "passphrase")]
        to: Option<String>,
        /// Encrypt with a passphrase instead (asked, or SALAMA_EXPORT_PASSPHRASE).
        #[arg(long)]
        passphrase: bool,
        #[arg(long, value_name = "FILE")]
        out: PathBuf,
    },
    /// Write an encrypted backup that restores on another computer or phone with the
    /// diary passphrase.
    Backup {
        #[arg(long, value_name = "FILE")]
        out: PathBuf,
    },
    /// Restore a backup. Into a diary with entries, say --merge or --replace (asked when
    /// run in a terminal). The backup's passphrase is asked (Enter: the diary's), or read
    /// from SALAMA_BACKUP_PASSPHRASE; without either, scripts use the diary's.
    Restore {
        file: PathBuf,
        #[arg(long, conflicts_with = "replace")]
        merge: bool,
        #[arg(long)]
        replace: bool,
    },
    /// Destroy the diary now. It cannot be recovered.
    Wipe {
        #[arg(long)]
        yes: bool,
    },
    /// Change the passphrase (or, with --duress, set the duress passphrase).
    Passwd {
        /// Set the duress passphrase: unlocking with it wipes the diary and opens an empty
        /// one.
        #[arg(long)]
        duress: bool,
        /// Wipe the diary after this many wrong passphrases in a row (1 to 100; 0: never).
        #[arg(long, value_name = "N")]
        wipe_after: Option<u32>,
    },
    /// For scripts: read one JSON operation per line on stdin (`{"op":"add","entry":{…}}`,
    /// `{"op":"edit","id":…,"entry":{…}}`, `{"op":"delete","id":…}`) and print one JSON
    /// line per operation once it is durably committed.
    Batch,
}

#[derive(Clone, Copy, ValueEnum)]
pub enum KindArg {
    Event,
    Payment,
    Debt,
    DocumentTaken,
    Person,
    Place,
    Note,
}

impl From<KindArg> for EntryKind {
    fn from(kind: KindArg) -> Self {
        match kind {
            KindArg::Event => EntryKind::Event,
            KindArg::Payment => EntryKind::Payment,
            KindArg::Debt => EntryKind::Debt,
            KindArg::DocumentTaken => EntryKind::DocumentTaken,
            KindArg::Person => EntryKind::Person,
            KindArg::Place => EntryKind::Place,
            KindArg::Note => EntryKind::Note,
        }
    }
}

#[derive(Args)]
pub struct EntryFields {
    #[arg(long, value_enum, default_value = "event")]
    kind: KindArg,
    /// The date it happened, YYYY-MM-DD (default: today).
    #[arg(long)]
    date: Option<String>,
    /// What happened. `-` reads it from stdin.
    #[arg(long)]
    text: String,
    #[arg(long)]
    place: Option<String>,
    /// A person involved; repeat for several.
    #[arg(long = "person")]
    people: Vec<String>,
    /// An amount of money, e.g. 500 or 120.50.
    #[arg(long, requires = "currency")]
    amount: Option<String>,
    /// Its currency, e.g. EUR.
    #[arg(long, requires = "amount")]
    currency: Option<String>,
    /// Who the money is owed or paid to.
    #[arg(long)]
    creditor: Option<String>,
    /// A tag; repeat for several.
    #[arg(long = "tag")]
    tags: Vec<String>,
}

/// A field `edit --clear` can empty.
#[derive(Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ClearField {
    Place,
    Amount,
    Creditor,
    People,
    Tags,
}

#[derive(Args)]
pub struct EditFields {
    #[arg(long, value_enum)]
    kind: Option<KindArg>,
    #[arg(long)]
    date: Option<String>,
    /// New text. `-` reads it from stdin.
    #[arg(long)]
    text: Option<String>,
    #[arg(long)]
    place: Option<String>,
    /// Replaces the people; repeat for several.
    #[arg(long = "person")]
    people: Vec<String>,
    #[arg(long, requires = "currency")]
    amount: Option<String>,
    #[arg(long, requires = "amount")]
    currency: Option<String>,
    #[arg(long)]
    creditor: Option<String>,
    /// Replaces the tags; repeat for several.
    #[arg(long = "tag")]
    tags: Vec<String>,
    /// Empties these fields: a comma-separated list of place, amount (with its currency),
    /// creditor, people and tags.
    #[arg(long, value_enum, value_delimiter = ',', value_name = "FIELDS")]
    clear: Vec<ClearField>,
}

pub fn run(ctx: &Context, command: DiaryCommand) -> Result<(), CliError> {
    let t = |id: &str| output::text(&ctx.app, id);
    match command {
        DiaryCommand::Init {
            wipe_after,
            kdf_memory_mib,
            kdf_iterations,
        } => {
            // Every option is checked before anything is created, so a bad one never
            // leaves a diary without the setting that was asked for.
            let wipe_after = wipe_after_setting(ctx, wipe_after)?.flatten();
            let kdf = kdf_params(ctx, kdf_memory_mib, kdf_iterations)?;
            let diary = Open(
                ctx.app
                    .diary_with(|| DiaryOptions {
                        kdf,
                        ..DiaryOptions::default()
                    })
                    .map_err(|e| fail(ctx, e))?,
            );
            let passphrase = new_passphrase(ctx, "diary-prompt-new-passphrase")?;
            let check = diary
                .create(passphrase.to_string(), None)
                .map_err(|e| fail(ctx, e))?;
            if let Some(warning) = check.warning_id {
                eprintln!("{}", t(&warning));
            }
            if wipe_after.is_some() {
                diary
                    .set_wipe_after_failures(wipe_after)
                    .map_err(|e| fail(ctx, e))?;
            }
            eprintln!("{}", t("diary-created"));
        }
        DiaryCommand::Add { fields, attach } => {
            let diary = unlocked(ctx)?;
            let draft = fields.into_draft()?;
            // Read every file before writing anything, so a missing file adds nothing.
            let files = attach
                .iter()
                .map(|path| read_attachment(ctx, path))
                .collect::<Result<Vec<_>, _>>()?;
            let entry = diary.add(draft).map_err(|e| fail(ctx, e))?;
            for (name, media_type, data) in files {
                diary
                    .add_attachment(entry.id.clone(), name, media_type, data)
                    .map_err(|e| fail(ctx, e))?;
            }
            let entry = diary.get(entry.id).map_err(|e| fail(ctx, e))?;
            if ctx.json {
                output::json(&entry);
            } else {
                println!("{}", entry.id);
                eprintln!("{}", t("diary-added"));
            }
        }
        DiaryCommand::List {
            kind,
            from,
            to,
            words,
            offset,
            limit,
        } => {
            let diary = unlocked(ctx)?;
            let filter = EntryFilter {
                kind: kind.map(Into::into),
                from,
                to,
                words,
            };
            let page = diary
                .list(filter, offset, limit)
                .map_err(|e| fail(ctx, e))?;
            if ctx.json {
                output::json(&page);
            } else {
                if page.entries.is_empty() {
                    println!("{}", t("diary-no-entries"));
                }
                for entry in &page.entries {
                    println!("{}", summary_line(ctx, entry));
                }
                let mut args = HashMap::new();
                args.insert("shown".into(), number(page.entries.len() as f64));
                args.insert("total".into(), number(f64::from(page.total)));
                eprintln!("{}", text_with(ctx, "diary-list-count", args));
            }
            if !page.damaged.is_empty() {
                eprintln!("{}", t("diary-damaged-entries"));
                for id in &page.damaged {
                    eprintln!("  {id}");
                }
            }
        }
        DiaryCommand::Show {
            id,
            history,
            save_attachments,
        } => {
            let diary = unlocked(ctx)?;
            let entry = diary.get(id.clone()).map_err(|e| fail(ctx, e))?;
            let earlier = if history {
                diary.history(id).map_err(|e| fail(ctx, e))?
            } else {
                vec![]
            };
            if let Some(dir) = save_attachments {
                save_all(ctx, &diary, &entry, &dir)?;
            }
            if ctx.json {
                #[derive(serde::Serialize)]
                struct Shown<'a> {
                    #[serde(flatten)]
                    entry: &'a DiaryEntry,
                    #[serde(skip_serializing_if = "<[DiaryEntry]>::is_empty")]
                    history: &'a [DiaryEntry],
                }
                output::json(&Shown {
                    entry: &entry,
                    history: &earlier,
                });
            } else {
                print_entry(ctx, &entry);
                if !earlier.is_empty() {
                    println!("\n## {}", t("diary-history"));
                    for version in &earlier {
                        println!();
                        print_entry(ctx, version);
                    }
                }
            }
        }
        DiaryCommand::Edit { id, fields } => {
            let diary = unlocked(ctx)?;
            let current = diary.get(id.clone()).map_err(|e| fail(ctx, e))?;
            let draft = fields.apply(ctx, current.content)?;
            let entry = diary.edit(id, draft).map_err(|e| fail(ctx, e))?;
            if ctx.json {
                output::json(&entry);
            } else {
                eprintln!("{}", t("diary-edited"));
            }
        }
        DiaryCommand::Delete { id, yes } => {
            let diary = unlocked(ctx)?;
            diary.get(id.clone()).map_err(|e| fail(ctx, e))?;
            confirm(ctx, yes, "diary-confirm-delete")?;
            diary.delete(id).map_err(|e| fail(ctx, e))?;
            eprintln!("{}", t("diary-deleted"));
        }
        DiaryCommand::Ledger => {
            let diary = unlocked(ctx)?;
            let ledger = diary.ledger().map_err(|e| fail(ctx, e))?;
            if ctx.json {
                output::json(&ledger);
            } else if ledger.lines.is_empty() {
                println!("{}", t("diary-ledger-empty"));
            } else {
                println!(
                    "{}\t{}\t{}\t{}\t{}",
                    t("diary-report-creditor"),
                    t("diary-report-currency"),
                    t("diary-report-owed"),
                    t("diary-report-paid"),
                    t("diary-report-remaining")
                );
                for line in &ledger.lines {
                    println!(
                        "{}\t{}\t{}\t{}\t{}",
                        line.creditor, line.currency, line.owed, line.paid, line.remaining
                    );
                }
            }
            left_out(ctx, "diary-damaged-not-included", &ledger.damaged);
        }
        DiaryCommand::Export {
            to,
            passphrase,
            out,
        } => {
            let target = match (to, passphrase) {
                (Some(recipient), _) => ExportTarget::Recipient { recipient },
                (None, true) => ExportTarget::Passphrase {
                    passphrase: secret(
                        ctx,
                        ENV_EXPORT_PASSPHRASE,
                        "diary-prompt-export-passphrase",
                    )?
                    .to_string(),
                },
                (None, false) => {
                    return Err(CliError(
                        "export: give --to <age recipient> or --passphrase".into(),
                    ));
                }
            };
            let diary = unlocked(ctx)?;
            let report = diary
                .export(target, path_text(&out))
                .map_err(|e| fail(ctx, e))?;
            eprintln!("{}", t("diary-exported"));
            written(ctx, &report);
        }
        DiaryCommand::Backup { out } => {
            let diary = existing(ctx)?;
            let passphrase = secret(ctx, ENV_PASSPHRASE, "diary-prompt-passphrase")?;
            diary
                .unlock(passphrase.to_string(), None)
                .map_err(|e| fail(ctx, e))?;
            let report = diary
                .backup(path_text(&out), passphrase.to_string())
                .map_err(|e| fail(ctx, e))?;
            eprintln!("{}", t("diary-backed-up"));
            written(ctx, &report);
        }
        DiaryCommand::Restore {
            file,
            merge,
            replace,
        } => {
            let mut mode = match (merge, replace) {
                (true, _) => Some(RestoreMode::Merge),
                (_, true) => Some(RestoreMode::Replace),
                _ => None,
            };
            let diary = diary(ctx)?;
            // Into an existing diary: unlock it with its own passphrase, and settle merge
            // or replace before the backup's key derivation runs.
            let diary_passphrase = if diary.exists().map_err(|e| fail(ctx, e))? {
                let passphrase = secret(ctx, ENV_PASSPHRASE, "diary-prompt-passphrase")?;
                diary
                    .unlock(passphrase.to_string(), None)
                    .map_err(|e| fail(ctx, e))?;
                if mode.is_none() && diary.count().map_err(|e| fail(ctx, e))? > 0 {
                    mode = Some(ask_restore_mode(ctx)?);
                }
                Some(passphrase)
            } else {
                None
            };
            let passphrase = backup_passphrase(ctx, diary_passphrase.as_ref())?;
            let report = match diary.restore(path_text(&file), passphrase.to_string(), mode, None) {
                Err(SalamaError::DiaryNotEmpty { .. }) => {
                    return Err(CliError(t("diary-restore-choose")));
                }
                other => other.map_err(|e| fail(ctx, e))?,
            };
            if ctx.json {
                output::json(&report);
            } else {
                let mut args = HashMap::new();
                for (name, value) in [
                    ("added", report.entries_added),
                    ("merged", report.entries_merged),
                    ("unchanged", report.entries_unchanged),
                    ("replaced", report.entries_replaced),
                    ("attachments", report.attachments_added),
                ] {
                    args.insert(name.to_owned(), number(f64::from(value)));
                }
                println!("{}", text_with(ctx, "diary-restored", args));
            }
        }
        DiaryCommand::Wipe { yes } => {
            let diary = diary(ctx)?;
            confirm(ctx, yes, "diary-confirm-wipe")?;
            diary.wipe().map_err(|e| fail(ctx, e))?;
            eprintln!("{}", t("diary-wiped"));
        }
        DiaryCommand::Passwd { duress, wipe_after } => {
            let wipe_after = wipe_after_setting(ctx, wipe_after)?;
            let diary = existing(ctx)?;
            let old = secret(ctx, ENV_PASSPHRASE, "diary-prompt-passphrase")?;
            if duress {
                diary
                    .unlock(old.to_string(), None)
                    .map_err(|e| fail(ctx, e))?;
                let duress = new_passphrase(ctx, "diary-prompt-duress-passphrase")?;
                diary
                    .set_duress_passphrase(duress.to_string(), None)
                    .map_err(|e| fail(ctx, e))?;
                eprintln!("{}", t("diary-duress-set"));
            } else if let Some(setting) = wipe_after {
                diary
                    .unlock(old.to_string(), None)
                    .map_err(|e| fail(ctx, e))?;
                diary
                    .set_wipe_after_failures(setting)
                    .map_err(|e| fail(ctx, e))?;
                eprintln!("{}", t("diary-wipe-after-set"));
            } else {
                let new = new_passphrase(ctx, "diary-prompt-new-passphrase")?;
                let check = diary
                    .change_passphrase(old.to_string(), new.to_string(), None)
                    .map_err(|e| fail(ctx, e))?;
                if let Some(warning) = check.warning_id {
                    eprintln!("{}", t(&warning));
                }
                eprintln!("{}", t("diary-passphrase-changed"));
            }
        }
        DiaryCommand::Batch => batch(ctx)?,
    }
    Ok(())
}

/// Names what a backup or export had to leave out (on stderr, after the outcome): the
/// file holds everything else, and the reader must know it is not complete.
fn written(ctx: &Context, report: &WriteReport) {
    if ctx.json {
        output::json(report);
    }
    left_out(ctx, "diary-damaged-not-included", &report.damaged_entries);
    left_out(
        ctx,
        "diary-damaged-attachments-not-included",
        &report.damaged_attachments,
    );
}

fn left_out(ctx: &Context, message: &str, ids: &[String]) {
    if !ids.is_empty() {
        eprintln!("{}", output::text(&ctx.app, message));
        for id in ids {
            eprintln!("  {id}");
        }
    }
}

/// The diary of this data directory, locked again when this goes out of scope (at the
/// end of the command, whether it succeeded or not).
pub(crate) struct Open(Arc<Diary>);

impl Deref for Open {
    type Target = Diary;

    fn deref(&self) -> &Diary {
        &self.0
    }
}

impl Drop for Open {
    fn drop(&mut self) {
        self.0.lock();
    }
}

fn diary(ctx: &Context) -> Result<Open, CliError> {
    ctx.app.diary().map(Open).map_err(|e| fail(ctx, e))
}

/// The diary, if one has been created here; otherwise says how to create one (after a
/// wipe, "not found" alone would leave the person guessing).
fn existing(ctx: &Context) -> Result<Open, CliError> {
    let diary = diary(ctx)?;
    if !diary.exists().map_err(|e| fail(ctx, e))? {
        return Err(CliError(output::text(&ctx.app, "diary-none-here")));
    }
    Ok(diary)
}

pub(crate) fn unlocked(ctx: &Context) -> Result<Open, CliError> {
    let diary = existing(ctx)?;
    let passphrase = secret(ctx, ENV_PASSPHRASE, "diary-prompt-passphrase")?;
    diary
        .unlock(passphrase.to_string(), None)
        .map_err(|e| fail(ctx, e))?;
    Ok(diary)
}

/// The user-facing text of a core error, as `Context::fail` words it, without the
/// isolation marks Fluent puts around numbers and names: an app's text layout needs
/// them, a terminal shows them as stray boxes or nothing.
fn fail(ctx: &Context, error: SalamaError) -> CliError {
    CliError(plain(&ctx.fail(error).0))
}

/// Text without Fluent's bidi isolation marks (U+2066–U+2069).
fn plain(text: &str) -> String {
    text.chars()
        .filter(|c| !matches!(c, '\u{2066}'..='\u{2069}'))
        .collect()
}

/// `--wipe-after N` checked before anything is done: `None` when not given, otherwise the
/// setting (0 is "never", as the help says).
fn wipe_after_setting(ctx: &Context, n: Option<u32>) -> Result<Option<Option<u32>>, CliError> {
    match n {
        None => Ok(None),
        Some(0) => Ok(Some(None)),
        Some(n @ 1..=100) => Ok(Some(Some(n))),
        Some(_) => Err(CliError(output::text(&ctx.app, "diary-wipe-after-range"))),
    }
}

/// The key derivation cost asked for with `init`, checked (without overflow) against what
/// a diary accepts.
fn kdf_params(
    ctx: &Context,
    memory_mib: Option<u32>,
    iterations: Option<u32>,
) -> Result<KdfParams, CliError> {
    let (min, max) = (KdfParams::MINIMUM, KdfParams::MAXIMUM);
    let range = |id: &str, min: u32, max: u32| {
        let mut args = HashMap::new();
        args.insert("min".to_owned(), number(f64::from(min)));
        args.insert("max".to_owned(), number(f64::from(max)));
        CliError(text_with(ctx, id, args))
    };
    let memory_kib = match memory_mib {
        None => KdfParams::DEFAULT.memory_kib,
        Some(mib) => mib
            .checked_mul(1024)
            .filter(|kib| (min.memory_kib..=max.memory_kib).contains(kib))
            .ok_or_else(|| {
                range(
                    "diary-kdf-memory-range",
                    min.memory_kib / 1024,
                    max.memory_kib / 1024,
                )
            })?,
    };
    let iterations = iterations.unwrap_or(KdfParams::DEFAULT.iterations);
    if !(min.iterations..=max.iterations).contains(&iterations) {
        return Err(range(
            "diary-kdf-passes-range",
            min.iterations,
            max.iterations,
        ));
    }
    Ok(KdfParams {
        memory_kib,
        iterations,
        parallelism: KdfParams::DEFAULT.parallelism,
    })
}

/// Merge or replace, asked in a terminal; a script must say which with a flag.
fn ask_restore_mode(ctx: &Context) -> Result<RestoreMode, CliError> {
    let t = |id: &str| output::text(&ctx.app, id);
    if !io::stdin().is_terminal() {
        return Err(CliError(t("diary-restore-choose")));
    }
    eprintln!("{}", t("diary-restore-ask"));
    let mut answer = String::new();
    io::stdin()
        .read_line(&mut answer)
        .map_err(|e| CliError(e.to_string()))?;
    // The English word, as the question shows it, or the reader's own word.
    let answer = answer.trim().to_lowercase();
    let is = |word: &str, id: &str| answer == word || answer == t(id).to_lowercase();
    if is("merge", "diary-answer-merge") {
        Ok(RestoreMode::Merge)
    } else if is("replace", "diary-answer-replace") {
        Ok(RestoreMode::Replace)
    } else {
        Err(CliError(t("diary-not-confirmed")))
    }
}

/// The passphrase of the backup being restored: SALAMA_BACKUP_PASSPHRASE if set. Into a
/// new data directory it becomes the diary's passphrase, so SALAMA_PASSPHRASE (or the
/// prompt) gives it. Into an existing diary it is asked in a terminal (Enter: the diary's
/// own, which is what `diary backup` uses), and scripts without the variable use the
/// diary's.
fn backup_passphrase(
    ctx: &Context,
    diary_passphrase: Option<&Zeroizing<String>>,
) -> Result<Zeroizing<String>, CliError> {
    if let Ok(value) = std::env::var(ENV_BACKUP_PASSPHRASE) {
        return Ok(Zeroizing::new(value));
    }
    let Some(diary_passphrase) = diary_passphrase else {
        return secret(ctx, ENV_PASSPHRASE, "diary-prompt-backup-passphrase");
    };
    if !io::stdin().is_terminal() {
        return Ok(diary_passphrase.clone());
    }
    let typed = prompt(
        ctx,
        ENV_BACKUP_PASSPHRASE,
        "diary-prompt-backup-passphrase-or-same",
    )?;
    Ok(if typed.is_empty() {
        diary_passphrase.clone()
    } else {
        typed
    })
}

/// A passphrase from `env`, or typed without echo after the prompt `prompt_id`.
fn secret(ctx: &Context, env: &str, prompt_id: &str) -> Result<Zeroizing<String>, CliError> {
    match std::env::var(env) {
        Ok(value) => Ok(Zeroizing::new(value)),
        Err(_) => prompt(ctx, env, prompt_id),
    }
}

fn prompt(ctx: &Context, env: &str, prompt_id: &str) -> Result<Zeroizing<String>, CliError> {
    let prompt = format!("{} ", output::text(&ctx.app, prompt_id));
    rpassword::prompt_password(prompt)
        .map(Zeroizing::new)
        .map_err(|e| {
            CliError(format!(
                "cannot read the passphrase ({}): set {env}",
                e.kind()
            ))
        })
}

/// A new passphrase: from SALAMA_NEW_PASSPHRASE, or typed twice without echo.
fn new_passphrase(ctx: &Context, prompt_id: &str) -> Result<Zeroizing<String>, CliError> {
    if let Ok(value) = std::env::var(ENV_NEW_PASSPHRASE) {
        return Ok(Zeroizing::new(value));
    }
    let first = prompt(ctx, ENV_NEW_PASSPHRASE, prompt_id)?;
    let second = prompt(ctx, ENV_NEW_PASSPHRASE, "diary-prompt-repeat-passphrase")?;
    if *first != *second {
        return Err(CliError(output::text(&ctx.app, "diary-passphrases-differ")));
    }
    Ok(first)
}

fn confirm(ctx: &Context, yes: bool, question_id: &str) -> Result<(), CliError> {
    if yes {
        return Ok(());
    }
    if !io::stdin().is_terminal() {
        return Err(CliError(output::text(&ctx.app, "diary-confirm-needed")));
    }
    eprintln!("{}", output::text(&ctx.app, question_id));
    let mut answer = String::new();
    io::stdin()
        .read_line(&mut answer)
        .map_err(|e| CliError(e.to_string()))?;
    // "yes" as the message says, or the reader's own word for yes.
    let answer = answer.trim().to_lowercase();
    if answer == "yes" || answer == output::text(&ctx.app, "guide-answer-yes").to_lowercase() {
        Ok(())
    } else {
        Err(CliError(output::text(&ctx.app, "diary-not-confirmed")))
    }
}

/// Today's date where the person is, as the default date of what happened.
fn today() -> String {
    jiff::Zoned::now().date().to_string()
}

/// `-` means: read the text from stdin (for long entries and for scripts).
fn text_arg(text: String) -> Result<String, CliError> {
    if text != "-" {
        return Ok(text);
    }
    let mut out = String::new();
    io::Read::read_to_string(&mut io::stdin(), &mut out).map_err(|e| CliError(e.to_string()))?;
    Ok(out.trim_end_matches('\n').to_owned())
}

fn amount(value: Option<String>, currency: Option<String>) -> Option<Amount> {
    Some(Amount {
        value: value?,
        currency: currency?.to_uppercase(),
    })
}

impl EntryFields {
    fn into_draft(self) -> Result<EntryDraft, CliError> {
        Ok(EntryDraft {
            kind: self.kind.into(),
            happened_on: self.date.unwrap_or_else(today),
            text: text_arg(self.text)?,
            place: self.place,
            people: self.people,
            amount: amount(self.amount, self.currency),
            creditor: self.creditor,
            tags: self.tags,
        })
    }
}

impl EditFields {
    fn apply(self, ctx: &Context, mut draft: EntryDraft) -> Result<EntryDraft, CliError> {
        let given = |field| match field {
            ClearField::Place => self.place.is_some(),
            ClearField::Amount => self.amount.is_some(),
            ClearField::Creditor => self.creditor.is_some(),
            ClearField::People => !self.people.is_empty(),
            ClearField::Tags => !self.tags.is_empty(),
        };
        if self.clear.iter().any(|field| given(*field)) {
            return Err(CliError(output::text(&ctx.app, "diary-clear-and-set")));
        }
        for field in &self.clear {
            match field {
                ClearField::Place => draft.place = None,
                ClearField::Amount => draft.amount = None,
                ClearField::Creditor => draft.creditor = None,
                ClearField::People => draft.people.clear(),
                ClearField::Tags => draft.tags.clear(),
            }
        }
        if let Some(kind) = self.kind {
            draft.kind = kind.into();
        }
        if let Some(date) = self.date {
            draft.happened_on = date;
        }
        if let Some(text) = self.text {
            draft.text = text_arg(text)?;
        }
        if self.place.is_some() {
            draft.place = self.place;
        }
        if !self.people.is_empty() {
            draft.people = self.people;
        }
        if let Some(amount) = amount(self.amount, self.currency) {
            draft.amount = Some(amount);
        }
        if self.creditor.is_some() {
            draft.creditor = self.creditor;
        }
        if !self.tags.is_empty() {
            draft.tags = self.tags;
        }
        Ok(draft)
    }
}

/// Reads a file to attach, refusing one over the limit before reading it.
fn read_attachment(ctx: &Context, path: &Path) -> Result<(String, String, Vec<u8>), CliError> {
    const LIMIT: u64 = 20 * 1024 * 1024;
    let cannot = |e: io::Error| CliError(format!("{}: {e}", path.display()));
    let size = std::fs::metadata(path).map_err(cannot)?.len();
    if size > LIMIT {
        return Err(ctx.fail(SalamaError::InvalidInput {
            reason: "an attachment must be at most 20 MiB".into(),
        }));
    }
    let data = std::fs::read(path).map_err(cannot)?;
    let name = path
        .file_name()
        .map_or_else(|| "file".to_owned(), |n| n.to_string_lossy().into_owned());
    Ok((name.clone(), media_type(&name).to_owned(), data))
}

fn media_type(name: &str) -> &'static str {
    let extension = name.rsplit('.').next().unwrap_or("").to_ascii_lowercase();
    match extension.as_str() {
        "jpg" | "jpeg" => "image/jpeg",
        "png" => "image/png",
        "heic" => "image/heic",
        "webp" => "image/webp",
        "pdf" => "application/pdf",
        "txt" => "text/plain",
        "mp3" => "audio/mpeg",
        "m4a" => "audio/mp4",
        _ => "application/octet-stream",
    }
}

fn save_all(ctx: &Context, diary: &Diary, entry: &DiaryEntry, dir: &Path) -> Result<(), CliError> {
    std::fs::create_dir_all(dir).map_err(|e| CliError(format!("{}: {e}", dir.display())))?;
    for attachment in &entry.attachments {
        let data = Zeroizing::new(
            diary
                .attachment(attachment.id.clone())
                .map_err(|e| fail(ctx, e))?,
        );
        let safe: String = attachment
            .name
            .chars()
            .map(|c| {
                if c == '/' || c == '\\' || c.is_control() {
                    '_'
                } else {
                    c
                }
            })
            .collect();
        let path = dir.join(format!(
            "{}-{}",
            &attachment.id[..8],
            safe.trim_start_matches('.')
        ));
        std::fs::write(&path, &*data).map_err(|e| CliError(format!("{}: {e}", path.display())))?;
        eprintln!("{}", path.display());
    }
    Ok(())
}

fn kind_text(ctx: &Context, kind: EntryKind) -> String {
    output::text(&ctx.app, &format!("diary-kind-{}", kind.name()))
}

fn summary_line(ctx: &Context, entry: &DiaryEntry) -> String {
    let first_line = entry.content.text.lines().next().unwrap_or("");
    let excerpt: String = first_line.chars().take(60).collect();
    format!(
        "{}  {}  {:<14}  {}",
        entry.id,
        entry.content.happened_on,
        kind_text(ctx, entry.content.kind),
        excerpt
    )
}

fn print_entry(ctx: &Context, entry: &DiaryEntry) {
    let t = |id: &str| output::text(&ctx.app, id);
    let c = &entry.content;
    println!(
        "{}  ({} {})",
        entry.id,
        t("diary-field-version"),
        entry.version
    );
    println!("{}: {}", t("diary-field-date"), c.happened_on);
    println!("{}", kind_text(ctx, c.kind));
    if let Some(place) = &c.place {
        println!("{}: {place}", t("diary-field-place"));
    }
    if !c.people.is_empty() {
        println!("{}: {}", t("diary-field-people"), c.people.join(", "));
    }
    if let Some(amount) = &c.amount {
        println!(
            "{}: {} {}",
            t("diary-field-amount"),
            amount.value,
            amount.currency
        );
    }
    if let Some(creditor) = &c.creditor {
        println!("{}: {creditor}", t("diary-field-creditor"));
    }
    if !c.tags.is_empty() {
        println!("{}: {}", t("diary-field-tags"), c.tags.join(", "));
    }
    for attachment in &entry.attachments {
        println!(
            "{}: {} ({}, {} B) {}",
            t("diary-field-attachment"),
            attachment.name,
            attachment.media_type,
            attachment.size,
            attachment.id
        );
    }
    println!();
    println!(
        "{}",
        output::paragraph(&c.text, salama_core::TextDirection::Ltr)
    );
}

fn number(value: f64) -> ArgValue {
    ArgValue::Number { value }
}

fn text_with(ctx: &Context, id: &str, args: HashMap<String, ArgValue>) -> String {
    ctx.app
        .text(id.to_owned(), args)
        .map_or_else(|_| id.to_owned(), |t| plain(&t.text))
}

fn path_text(path: &Path) -> String {
    path.to_string_lossy().into_owned()
}

/// One operation of `salama diary batch`.
#[derive(Deserialize)]
#[serde(tag = "op", rename_all = "lowercase")]
enum BatchOp {
    Add { entry: EntryDraft },
    Edit { id: String, entry: EntryDraft },
    Delete { id: String },
}

/// Applies operations from stdin, one per line; each answer line is printed only after its
/// operation is committed, so a script that sees it knows the write is durable.
fn batch(ctx: &Context) -> Result<(), CliError> {
    let diary = unlocked(ctx)?;
    let stdout = io::stdout();
    let mut out = stdout.lock();
    let say = |out: &mut io::StdoutLock, value: serde_json::Value| -> Result<(), CliError> {
        writeln!(out, "{value}")
            .and_then(|()| out.flush())
            .map_err(|e| CliError(e.to_string()))
    };
    say(&mut out, serde_json::json!({ "ready": true }))?;
    for (n, line) in io::stdin().lock().lines().enumerate() {
        let line = Zeroizing::new(line.map_err(|e| CliError(e.to_string()))?);
        if line.trim().is_empty() {
            continue;
        }
        let result = match serde_json::from_str::<BatchOp>(&line) {
            Err(e) => Err(format!(
                "line {}: not an operation ({})",
                n + 1,
                e.classify() as u8
            )),
            Ok(BatchOp::Add { entry }) => {
                diary.add(entry).map(|e| e.id).map_err(|e| describe(ctx, e))
            }
            Ok(BatchOp::Edit { id, entry }) => diary
                .edit(id, entry)
                .map(|e| e.id)
                .map_err(|e| describe(ctx, e)),
            Ok(BatchOp::Delete { id }) => diary
                .delete(id.clone())
                .map(|()| id)
                .map_err(|e| describe(ctx, e)),
        };
        let answer = match result {
            Ok(id) => serde_json::json!({ "line": n + 1, "ok": true, "id": id }),
            Err(error) => serde_json::json!({ "line": n + 1, "ok": false, "error": error }),
        };
        say(&mut out, answer)?;
    }
    Ok(())
}

fn describe(ctx: &Context, error: SalamaError) -> String {
    fail(ctx, error).0
}
