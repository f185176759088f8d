//! The export for a lawyer, a caseworker or the police: one file encrypted with
//! [age](https://age-encryption.org) (to their `age1…` key, or a passphrase) so the
//! standard `age` tool opens it anywhere. Inside is a tar archive:
//!
//! ```text
//! salama-diary/report.md          readable report: the debt ledger, entries by date
//! salama-diary/diary.json         every entry with every version, for tools
//! salama-diary/attachments/<id>-<name>
//! ```
//!
//! The plaintext only ever exists inside the encrypting stream; the file appears under its
//! name only when complete.

use std::collections::HashMap;
use std::io::{BufWriter, Write};
use std::path::Path;
use std::str::FromStr;

use age::secrecy::SecretString;
use rusqlite::Connection;
use serde::Serialize;
use zeroize::Zeroizing;

use super::attachments;
use super::entries::{self, Readable, Vault};
use super::ledger::{self, LedgerLine};
use super::model::{AttachmentInfo, EntryDraft, WriteReport, date_of_unix, timestamp_of_unix};
use super::seal::{Id, id_to_hex};
use super::whole_file::write_whole;
use crate::error::{Error, Result};
use crate::l10n::Localizer;

/// Who can open an export.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Enum)]
pub enum ExportTarget {
    /// An age public key (`age1…`), e.g. the lawyer's.
    Recipient { recipient: String },
    /// A passphrase to tell the reader another way (age's scrypt mode).
    Passphrase { passphrase: String },
}

#[derive(Serialize)]
struct ExportJson<'a> {
    format: u32,
    exported_at: u64,
    entries: Vec<ExportEntry<'a>>,
    ledger: &'a [LedgerLine],
    /// Ids of entries that failed their integrity check (see `WriteReport`).
    damaged_entries: &'a [String],
    /// Ids of attachments that failed their integrity check: not in the archive.
    damaged_attachments: &'a [String],
}

#[derive(Serialize)]
struct ExportEntry<'a> {
    id: String,
    #[serde(flatten)]
    content: &'a EntryDraft,
    created_at: u64,
    written_at: u64,
    version: u32,
    /// Earlier versions, oldest first.
    history: Vec<ExportVersion<'a>>,
    attachments: Vec<ExportAttachment>,
}

#[derive(Serialize)]
struct ExportVersion<'a> {
    version: u32,
    written_at: u64,
    #[serde(flatten)]
    content: &'a EntryDraft,
}

#[derive(Serialize)]
struct ExportAttachment {
    #[serde(flatten)]
    info: AttachmentInfo,
    /// Path of the file inside the archive.
    file: String,
}

/// Writes the export of everything readable in `vault` to `path`, and says what it holds
/// and which entries and attachments are damaged.
pub fn write(
    conn: &Connection,
    vault: &Vault,
    l10n: &Localizer,
    target: ExportTarget,
    path: &Path,
    now: u64,
) -> Result<WriteReport> {
    let encryptor = encryptor(target)?;
    let mut report = None;
    write_whole(path, |partial| {
        report = Some(write_to(conn, vault, l10n, encryptor, partial, now)?);
        Ok(())
    })?;
    Ok(report.expect("written"))
}

/// The age encryptor for `target`; a passphrase is moved into age's own zeroizing secret
/// type, and the caller's copy is zeroized.
fn encryptor(target: ExportTarget) -> Result<age::Encryptor> {
    match target {
        ExportTarget::Recipient { recipient } => {
            let recipient = age::x25519::Recipient::from_str(recipient.trim()).map_err(|_| {
                Error::InvalidInput("the recipient must be an age public key (age1…)".into())
            })?;
            age::Encryptor::with_recipients(std::iter::once(&recipient as &dyn age::Recipient))
                .map_err(|_| Error::InvalidInput("the recipient cannot be used".into()))
        }
        ExportTarget::Passphrase { passphrase } => {
            let passphrase = Zeroizing::new(passphrase);
            if passphrase.chars().count() < 8 {
                return Err(Error::InvalidInput(
                    "an export passphrase must have at least 8 characters".into(),
                ));
            }
            // SecretString zeroizes its copy when age is done with it.
            Ok(age::Encryptor::with_user_passphrase(SecretString::from(
                passphrase.as_str(),
            )))
        }
    }
}

fn write_to(
    conn: &Connection,
    vault: &Vault,
    l10n: &Localizer,
    encryptor: age::Encryptor,
    path: &Path,
    now: u64,
) -> Result<WriteReport> {
    let file = super::create_private_file(path)?;
    let stream = encryptor.wrap_output(BufWriter::new(file))?;
    let mut tar = tar::Builder::new(stream);
    let mut written = WriteReport {
        entries: 0,
        attachments: 0,
        damaged_entries: vec![],
        damaged_attachments: vec![],
    };

    // The attachments first, so the report and the JSON name only the files that are in
    // the archive. Those of a damaged entry are in too: a photo of a passport is evidence
    // even when the words written with it cannot be read.
    let mut files: HashMap<Id, Vec<ExportAttachment>> = HashMap::new();
    for stored in attachments::all(conn, vault)? {
        let data = attachments::read(conn, vault, &stored.id);
        let (Some((_, info)), Ok(data)) = (stored.info, data) else {
            written.damaged_attachments.push(id_to_hex(&stored.id));
            continue;
        };
        let data = Zeroizing::new(data);
        let file = format!("attachments/{}-{}", info.id, safe_file_name(&info.name));
        append(&mut tar, &format!("salama-diary/{file}"), &data, now)?;
        written.attachments += 1;
        files
            .entry(stored.entry)
            .or_default()
            .push(ExportAttachment { info, file });
    }

    let mut all = entries::read_all(conn, vault, true)?;
    written.damaged_entries = all
        .iter()
        .filter(|e| !e.intact)
        .map(|e| id_to_hex(&e.id))
        .collect();
    all.retain(|e| e.current);
    // Chronological, as a record of events is read: by the date it happened, then by when
    // it was first written.
    fn when(e: &Readable) -> (&str, u64) {
        let (_, body) = e.versions.last().expect("current");
        (&body.draft.happened_on, body.created_at)
    }
    all.sort_by(|a, b| when(a).cmp(&when(b)));
    let ledger = ledger::compute(
        all.iter()
            .map(|e| &e.versions.last().expect("current").1.draft),
    );
    let mut exported = vec![];
    for entry in &all {
        let (version, current) = entry.versions.last().expect("current");
        exported.push(ExportEntry {
            id: id_to_hex(&entry.id),
            content: &current.draft,
            created_at: current.created_at,
            written_at: current.written_at,
            version: *version,
            history: entry.versions[..entry.versions.len() - 1]
                .iter()
                .map(|(version, body)| ExportVersion {
                    version: *version,
                    written_at: body.written_at,
                    content: &body.draft,
                })
                .collect(),
            attachments: files.remove(&entry.id).unwrap_or_default(),
        });
    }
    written.entries = exported.len() as u32;

    let report = Zeroizing::new(report(l10n, &exported, &ledger, &written, now));
    append(&mut tar, "salama-diary/report.md", report.as_bytes(), now)?;
    let json = Zeroizing::new(
        serde_json::to_vec_pretty(&ExportJson {
            format: 1,
            exported_at: now,
            entries: exported,
            ledger: &ledger,
            damaged_entries: &written.damaged_entries,
            damaged_attachments: &written.damaged_attachments,
        })
        .map_err(|e| Error::InvalidInput(format!("export: {}", e.classify() as u8)))?,
    );
    append(&mut tar, "salama-diary/diary.json", &json, now)?;
    let stream = tar.into_inner()?;
    let mut file = stream.finish()?;
    file.flush()?;
    file.into_inner().map_err(|e| e.into_error())?.sync_all()?;
    Ok(written)
}

fn append<W: Write>(tar: &mut tar::Builder<W>, path: &str, data: &[u8], now: u64) -> Result<()> {
    let mut header = tar::Header::new_gnu();
    header.set_size(data.len() as u64);
    header.set_mode(0o600);
    header.set_mtime(now);
    header.set_entry_type(tar::EntryType::Regular);
    tar.append_data(&mut header, path, data)?;
    Ok(())
}

/// A file name that is safe inside the archive on every system: no path separators, no
/// control characters, no leading dots, at most 100 chars.
pub fn safe_file_name(name: &str) -> String {
    let cleaned: String = name
        .chars()
        .map(|c| {
            if c.is_control() || matches!(c, '/' | '\\' | ':' | '*' | '?' | '"' | '<' | '>' | '|') {
                '_'
            } else {
                c
            }
        })
        .take(100)
        .collect();
    let cleaned = cleaned.trim().trim_start_matches('.').to_owned();
    if cleaned.is_empty() {
        "file".to_owned()
    } else {
        cleaned
    }
}

fn text(l10n: &Localizer, id: &str) -> String {
    l10n.text_or_id(id, None)
}

fn text_with(l10n: &Localizer, id: &str, args: &[(&str, fluent_bundle::FluentValue)]) -> String {
    let mut fluent = fluent_bundle::FluentArgs::new();
    for (name, value) in args {
        fluent.set(*name, value.clone());
    }
    l10n.text_or_id(id, Some(&fluent))
}

/// The Markdown report, in the reader's language.
fn report(
    l10n: &Localizer,
    entries: &[ExportEntry],
    ledger: &[LedgerLine],
    written: &WriteReport,
    now: u64,
) -> String {
    let mut out = String::new();
    out.push_str(&format!("# {}\n\n", text(l10n, "diary-report-title")));
    out.push_str(&text_with(
        l10n,
        "diary-report-generated",
        &[
            ("date", date_of_unix(now).into()),
            ("count", (entries.len() as f64).into()),
        ],
    ));
    out.push_str("\n\n");
    out.push_str(&text(l10n, "diary-report-notice"));
    out.push_str("\n\n");
    // Said before anything else: the reader must know the record is not complete.
    if !written.damaged_entries.is_empty() || !written.damaged_attachments.is_empty() {
        out.push_str(&format!("## {}\n\n", text(l10n, "diary-report-damaged")));
        out.push_str(&text(l10n, "diary-report-damaged-notice"));
        out.push_str("\n\n");
        for (message, ids) in [
            ("diary-report-damaged-entry", &written.damaged_entries),
            (
                "diary-report-damaged-attachment",
                &written.damaged_attachments,
            ),
        ] {
            for id in ids {
                let line = text_with(l10n, message, &[("id", id.as_str().into())]);
                out.push_str(&format!("- {line}\n"));
            }
        }
        out.push('\n');
    }

    out.push_str(&format!("## {}\n\n", text(l10n, "diary-report-ledger")));
    if ledger.is_empty() {
        out.push_str(&text(l10n, "diary-report-ledger-empty"));
        out.push_str("\n\n");
    } else {
        let columns = [
            "diary-report-creditor",
            "diary-report-currency",
            "diary-report-owed",
            "diary-report-paid",
            "diary-report-remaining",
        ];
        let headings: Vec<String> = columns.iter().map(|id| text(l10n, id)).collect();
        out.push_str(&format!("| {} |\n", headings.join(" | ")));
        out.push_str(&format!("|{}\n", "---|".repeat(columns.len())));
        for line in ledger {
            out.push_str(&format!(
                "| {} | {} | {} | {} | {} |\n",
                cell(&line.creditor),
                line.currency,
                line.owed,
                line.paid,
                line.remaining
            ));
        }
        out.push('\n');
    }

    out.push_str(&format!("## {}\n\n", text(l10n, "diary-report-entries")));
    for entry in entries {
        let draft = entry.content;
        out.push_str(&format!(
            "### {} · {}\n\n",
            draft.happened_on,
            text(l10n, &format!("diary-kind-{}", draft.kind.name()))
        ));
        let mut field = |id: &str, value: &str| {
            out.push_str(&format!("- **{}:** {}\n", text(l10n, id), cell(value)));
        };
        if let Some(place) = &draft.place {
            field("diary-field-place", place);
        }
        if !draft.people.is_empty() {
            field("diary-field-people", &draft.people.join(", "));
        }
        if let Some(amount) = &draft.amount {
            field(
                "diary-field-amount",
                &format!("{} {}", amount.value, amount.currency),
            );
        }
        if let Some(creditor) = &draft.creditor {
            field("diary-field-creditor", creditor);
        }
        if !draft.tags.is_empty() {
            field("diary-field-tags", &draft.tags.join(", "));
        }
        field("diary-field-written", &timestamp_of_unix(entry.created_at));
        if entry.version > 1 {
            field(
                "diary-field-edited",
                &text_with(
                    l10n,
                    "diary-report-edited",
                    &[
                        ("count", f64::from(entry.version - 1).into()),
                        ("date", timestamp_of_unix(entry.written_at).into()),
                    ],
                ),
            );
        }
        for attachment in &entry.attachments {
            field("diary-field-attachment", &attachment.file);
        }
        out.push('\n');
        for line in draft.text.lines() {
            out.push_str(&format!("> {line}\n"));
        }
        out.push_str(&format!("\n<sub>{}</sub>\n\n", entry.id));
    }
    out
}

/// A value on one Markdown line or table cell: no line breaks, no column separators.
fn cell(value: &str) -> String {
    value.replace(['\n', '\r'], " ").replace('|', "\\|")
}
