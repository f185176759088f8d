//! The coverage chart of `salama l10n status --svg`: one bar per locale, as long as its
//! share of translated messages and coloured by its review status, in an SVG file any
//! browser shows.

use std::fmt::Write as _;

use super::{StatusRow, Ui, review_label};

const WIDTH: u32 = 820;
const LABEL_WIDTH: u32 = 230;
const BAR_WIDTH: u32 = 360;
const ROW_HEIGHT: u32 = 30;
const TOP: u32 = 76;

/// The colour of each review status: amber for a machine draft nobody checked, blue and
/// green for human reviews, grey for the source and for locales the catalog lacks.
fn colour(status: Option<&str>) -> &'static str {
    match status {
        Some("machine-draft") => "#e8a33d",
        Some("native-reviewed") => "#3b82f6",
        Some("legally-reviewed") => "#16a34a",
        Some("source") => "#6b7280",
        _ => "#9ca3af",
    }
}

/// The chart as an SVG document.
pub(super) fn render(ui: &Ui, rows: &[StatusRow]) -> String {
    let legend_y = TOP + ROW_HEIGHT * rows.len() as u32 + 24;
    let height = legend_y + 40;
    let bar_x = LABEL_WIDTH;
    let mut svg = String::new();
    let _ = writeln!(
        svg,
        r#"<svg xmlns="http://www.w3.org/2000/svg" width="{WIDTH}" height="{height}" viewBox="0 0 {WIDTH} {height}" font-family="'Noto Sans', 'DejaVu Sans', sans-serif" font-size="14">"#
    );
    let _ = writeln!(
        svg,
        r##"<rect width="100%" height="100%" fill="#ffffff"/>"##
    );
    let _ = writeln!(
        svg,
        r#"<text x="16" y="30" font-size="20" font-weight="bold">{}</text>"#,
        escape(&ui.text("l10n-status-chart-title", &[]))
    );
    let _ = writeln!(
        svg,
        r##"<text x="16" y="54" fill="#374151">{}</text>"##,
        escape(&ui.text("l10n-status-chart-note", &[]))
    );
    for tick in [0, 25, 50, 75, 100] {
        let x = bar_x + BAR_WIDTH * tick / 100;
        let bottom = TOP + ROW_HEIGHT * rows.len() as u32;
        let _ = writeln!(
            svg,
            r##"<line x1="{x}" y1="{TOP}" x2="{x}" y2="{bottom}" stroke="#d1d5db" stroke-dasharray="2 3"/>"##
        );
        let _ = writeln!(
            svg,
            r##"<text x="{x}" y="{}" font-size="11" fill="#6b7280" text-anchor="middle">{tick}%</text>"##,
            bottom + 14
        );
    }
    for (index, row) in rows.iter().enumerate() {
        let y = TOP + ROW_HEIGHT * index as u32;
        let status = row.review.as_ref().map(|r| r.status.as_str());
        let filled = (f64::from(BAR_WIDTH) * row.percent / 100.0).round();
        let name = strip_controls(row.name.as_deref().unwrap_or(""));
        let _ = writeln!(
            svg,
            r#"<text x="16" y="{}" font-family="monospace">{}</text>"#,
            y + 20,
            escape(&row.code)
        );
        let _ = writeln!(
            svg,
            r#"<text x="64" y="{}">{}</text>"#,
            y + 20,
            escape(&name)
        );
        let _ = writeln!(
            svg,
            r##"<rect x="{bar_x}" y="{}" width="{BAR_WIDTH}" height="18" fill="#f3f4f6"/>"##,
            y + 6
        );
        let _ = writeln!(
            svg,
            r#"<rect x="{bar_x}" y="{}" width="{filled}" height="18" fill="{}"><title>{}</title></rect>"#,
            y + 6,
            colour(status),
            escape(&format!(
                "{}: {}/{}",
                row.code, row.coverage.translated, row.coverage.messages
            ))
        );
        let _ = writeln!(
            svg,
            r#"<text x="{}" y="{}">{:.0}%  {}</text>"#,
            bar_x + BAR_WIDTH + 10,
            y + 20,
            row.percent,
            escape(&strip_controls(&review_label(ui, row.review.as_ref())))
        );
    }
    let mut x = 16;
    for status in [
        "source",
        "machine-draft",
        "native-reviewed",
        "legally-reviewed",
    ] {
        let label = strip_controls(&ui.text(&format!("l10n-status-review-{status}"), &[]));
        let _ = writeln!(
            svg,
            r#"<rect x="{x}" y="{legend_y}" width="14" height="14" fill="{}"/>"#,
            colour(Some(status))
        );
        let _ = writeln!(
            svg,
            r#"<text x="{}" y="{}" font-size="12">{}</text>"#,
            x + 20,
            legend_y + 12,
            escape(&label)
        );
        x += 30 + 7 * label.chars().count() as u32;
    }
    svg.push_str("</svg>\n");
    svg
}

/// Text without bidi controls: in a chart each label is laid out on its own, and Fluent's
/// isolation marks only clutter the file.
pub(super) fn strip_controls(text: &str) -> String {
    text.chars()
        .filter(|c| !salama_core::l10n::is_bidi_control(*c))
        .collect()
}

/// Escapes text for SVG (XML) content and attributes.
fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            // XML 1.0 forbids most control characters, even escaped.
            c if c.is_control() && !matches!(c, '\t' | '\n' | '\r') => {}
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_markup_and_drops_what_xml_forbids() {
        assert_eq!(
            escape("<a href=\"x\">&'</a>\u{1}"),
            "&lt;a href=&quot;x&quot;&gt;&amp;&apos;&lt;/a&gt;"
        );
    }
}
