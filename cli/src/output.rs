//! Printing for people and for scripts: JSON, wrapped text, and right-to-left text laid
//! out so it reads well in a terminal.

use std::collections::HashMap;
use std::io::Write;

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
    let width = width();
    let lines = textwrap::wrap(text, width);
    match direction {
        TextDirection::Ltr => lines.join("\n"),
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
