//! Printing for people and for scripts: JSON, wrapped text, and right-to-left text laid
//! out so it reads well in a terminal.

use std::collections::HashMap;
use std::io::Write;

use salama_core::l10n::numbers::{self, NumberSymbols};
use salama_core::{ReviewState, Salama, TextDirection};
use serde::Serialize;

/// Prints a line on stdout, like `println!`, but a reader that has gone away (`salama … |
/// head`) ends the program quietly instead of with a panic.
#[macro_export]
macro_rules! say {
    ($($arg:tt)*) => {
        $crate::output::line(format_args!($($arg)*))
    };
}

pub fn line(args: std::fmt::Arguments<'_>) {
    let mut stdout = std::io::stdout().lock();
    if let Err(e) = stdout
        .write_fmt(args)
        .and_then(|()| stdout.write_all(b"\n"))
    {
        if e.kind() == std::io::ErrorKind::BrokenPipe {
            std::process::exit(0);
        }
        eprintln!("salama: cannot write output: {e}");
        std::process::exit(1);
    }
}

/// Prints `value` as pretty JSON on stdout.
pub fn json<T: Serialize>(value: &T) {
    say!(
        "{}",
        serde_json::to_string_pretty(value).expect("values serialize")
    );
}

/// An interface message in the reader's language (its id if it is missing everywhere).
pub fn text(app: &Salama, id: &str) -> String {
    app.text(id.to_owned(), HashMap::new())
        .map_or_else(|_| id.to_owned(), |t| t.text)
}

/// The terminal width to wrap at.
pub fn width() -> usize {
    std::env::var("COLUMNS")
        .ok()
        .and_then(|c| c.parse().ok())
        .unwrap_or(80)
        .clamp(20, 120)
}

/// Wraps a paragraph to the terminal width. Right-to-left paragraphs start with a
/// right-to-left mark, so terminals that apply the bidi algorithm lay them out from the
/// right, and are right-aligned, so terminals that do not still read from the right edge.
pub fn paragraph(text: &str, direction: TextDirection) -> String {
    indented(text, direction, 0)
}

/// Like [`paragraph`], with every line, not only the first, `indent` columns in from the
/// edge the text starts at (the left for left-to-right text, the right for right-to-left).
pub fn indented(text: &str, direction: TextDirection, indent: usize) -> String {
    let width = width().saturating_sub(indent).max(10);
    let lines = textwrap::wrap(text, width);
    let margin = " ".repeat(indent);
    match direction {
        TextDirection::Ltr => lines
            .iter()
            .map(|line| format!("{margin}{line}"))
            .collect::<Vec<_>>()
            .join("\n"),
        TextDirection::Rtl => lines
            .iter()
            .map(|line| {
                let pad = width.saturating_sub(textwrap::core::display_width(line));
                format!("{}\u{200F}{line}", " ".repeat(pad))
            })
            .collect::<Vec<_>>()
            .join("\n"),
    }
}

/// A line of the reader's interface (a prompt, a question) laid out in the reader's
/// direction, as the menu items are: right-aligned and marked right-to-left in Arabic,
/// Persian, ….
pub fn prompt(ctx: &crate::Context, text: &str) -> String {
    paragraph(text, ctx.app.direction())
}

/// The number symbols of the reader's language: its digits and separators.
pub fn numbers(app: &Salama) -> &'static NumberSymbols {
    let primary = app.active_locales().into_iter().next().unwrap_or_default();
    numbers::for_locale(&primary)
}

/// `text` (a date, a time) with its digits in the reader's own (`۲۰۲۶-۰۵-۰۴` in Persian).
pub fn digits(app: &Salama, text: &str) -> String {
    numbers(app).localize_digits(text).into_owned()
}

/// An identifier such as a release serial, in the reader's digits and never grouped.
pub fn serial(app: &Salama, value: u64) -> String {
    numbers(app).format_integer(value, false)
}

/// A size for people, in the reader's digits: `812 B`, `12.3 KiB`, `4.0 MiB`.
pub fn size(app: &Salama, bytes: u64) -> String {
    let numbers = numbers(app);
    match bytes {
        0..1024 => format!("{} B", numbers.format_integer(bytes, true)),
        1024..1_048_576 => format!("{} KiB", numbers.format_fixed(bytes as f64 / 1024.0, 1)),
        _ => format!(
            "{} MiB",
            numbers.format_fixed(bytes as f64 / 1_048_576.0, 1)
        ),
    }
}

/// A Unix time as `2026-05-04 10:00 UTC`, in the reader's digits.
pub fn time(app: &Salama, unix: i64) -> String {
    let text = jiff::Timestamp::from_second(unix)
        .map(|t| t.strftime("%Y-%m-%d %H:%M UTC").to_string())
        .unwrap_or_else(|_| unix.to_string());
    digits(app, &text)
}

/// An expiry time with how long is left, or how long ago it passed, at `now`: `2026-08-01
/// 10:00 UTC (89 days left)`.
pub fn expiry(app: &Salama, expires: i64, now: i64) -> String {
    let (id, seconds) = if expires > now {
        ("helplines-expires-in", expires - now)
    } else {
        ("helplines-expired-ago", now - expires)
    };
    let days = [("days", crate::helplines::number((seconds / 86_400) as f64))];
    format!(
        "{} ({})",
        time(app, expires),
        crate::helplines::message(app, id, &days)
    )
}

/// Text that is always left to right (a phone number, an address, a link) as it must sit
/// inside a line of the reader's right-to-left language: in a left-to-right isolate, so the
/// bidi algorithm cannot reorder it (`+218910354839` would show as `218910354839+`). Bidi
/// controls inside it are dropped, so it cannot break out. Left-to-right readers get it
/// unchanged.
pub fn ltr(app: &Salama, text: &str) -> String {
    match app.direction() {
        TextDirection::Ltr => text.to_owned(),
        TextDirection::Rtl => salama_core::l10n::isolate_phone(text),
    }
}

/// The notice that the reader's language is an unreviewed machine-assisted draft, laid out
/// in its direction; `None` for reviewed languages.
pub fn review_notice(app: &Salama) -> Option<String> {
    let primary = app.active_locales().into_iter().next()?;
    let locale = app
        .available_locales()
        .into_iter()
        .find(|l| l.code == primary)?;
    (locale.review.status == ReviewState::MachineDraft)
        .then(|| paragraph(&text(app, "app-review-machine-draft"), locale.direction))
}
