//! Numbers in each locale's own digits and separators, so a Persian reader sees `۱۲٬۳۴۵`
//! and a Bengali reader `১২,৩৪৫`, not `12,345`.
//!
//! Salama speaks a closed set of languages (the catalog, which updates cannot extend), so
//! the CLDR defaults it needs fit in a small table instead of a full ICU data set: each
//! locale's default numbering system, decimal and group separators, minus sign and
//! grouping. The table is checked against ICU4X's CLDR data in the tests; the README
//! gives the size that choice saves.
//!
//! Formatting follows ECMA-402's `Intl.NumberFormat`, which Fluent's `NUMBER()` is
//! specified after: at most three fraction digits unless asked, rounding half away from
//! zero on the shortest decimal form of the number.

use std::borrow::Cow;

use fluent_bundle::types::{FluentNumber, FluentNumberOptions};

/// The CLDR number symbols of one locale.
#[derive(Debug, PartialEq, Eq)]
pub struct NumberSymbols {
    /// The locale's default digits, zero to nine.
    pub digits: [char; 10],
    pub decimal: &'static str,
    pub group: &'static str,
    /// The minus sign, with the bidi marks CLDR puts around it in right-to-left locales.
    pub minus: &'static str,
    /// Indian-style grouping (`12,34,567`): groups of two above the first three digits.
    pub indian_grouping: bool,
    /// Digits the integer part must have before it is grouped at all (`es`: 1234, 12.345).
    pub min_grouping: usize,
}

const LATIN: [char; 10] = ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9'];
const ARABIC_INDIC: [char; 10] = ['٠', '١', '٢', '٣', '٤', '٥', '٦', '٧', '٨', '٩'];
const EXTENDED_ARABIC_INDIC: [char; 10] = ['۰', '۱', '۲', '۳', '۴', '۵', '۶', '۷', '۸', '۹'];
const BENGALI: [char; 10] = ['০', '১', '২', '৩', '৪', '৫', '৬', '৭', '৮', '৯'];

const fn latin(decimal: &'static str, group: &'static str, min_grouping: usize) -> NumberSymbols {
    NumberSymbols {
        digits: LATIN,
        decimal,
        group,
        minus: "-",
        indian_grouping: false,
        min_grouping,
    }
}

/// The CLDR root symbols, for a language missing from the table.
static ROOT: NumberSymbols = latin(".", ",", 1);

/// CLDR defaults per language subtag. `ar` uses the Arabic-Indic digits that CLDR gives
/// the Arabic of the Mashriq and the Nile (ar-EG, ar-IQ, ar-SY, ar-SD, ar-SA, ar-YE…),
/// where most Arabic-speaking readers of Salama come from; bare `ar` in recent CLDR falls
/// back to Latin digits, which fits the Maghreb better than them. `ku` is CLDR's code for
/// Northern Kurdish (`kmr`, see `locales::intl_langid`).
static TABLE: &[(&str, NumberSymbols)] = &[
    ("am", latin(".", ",", 1)),
    (
        "ar",
        NumberSymbols {
            digits: ARABIC_INDIC,
            decimal: "\u{66B}",
            group: "\u{66C}",
            minus: "\u{61C}-",
            indian_grouping: false,
            min_grouping: 1,
        },
    ),
    (
        "bn",
        NumberSymbols {
            digits: BENGALI,
            decimal: ".",
            group: ",",
            minus: "-",
            indian_grouping: true,
            min_grouping: 1,
        },
    ),
    (
        "ckb",
        NumberSymbols {
            digits: ARABIC_INDIC,
            decimal: "\u{66B}",
            group: "\u{66C}",
            minus: "\u{200F}-",
            indian_grouping: false,
            min_grouping: 1,
        },
    ),
    ("en", latin(".", ",", 1)),
    ("es", latin(",", ".", 2)),
    (
        "fa",
        NumberSymbols {
            digits: EXTENDED_ARABIC_INDIC,
            decimal: "\u{66B}",
            group: "\u{66C}",
            minus: "\u{200E}\u{2212}",
            indian_grouping: false,
            min_grouping: 1,
        },
    ),
    ("fr", latin(",", "\u{202F}", 1)),
    ("ku", latin(",", ".", 1)),
    (
        "ps",
        NumberSymbols {
            digits: EXTENDED_ARABIC_INDIC,
            decimal: "\u{66B}",
            group: "\u{66C}",
            minus: "\u{200E}-\u{200E}",
            indian_grouping: false,
            min_grouping: 1,
        },
    ),
    ("so", latin(".", ",", 1)),
    ("ti", latin(".", ",", 1)),
    ("tr", latin(",", ".", 1)),
    ("uk", latin(",", "\u{A0}", 1)),
    (
        "ur",
        NumberSymbols {
            minus: "\u{200E}-",
            ..latin(".", ",", 1)
        },
    ),
];

/// The number symbols of a CLDR language subtag (the root symbols for one not listed).
pub fn symbols(language: &str) -> &'static NumberSymbols {
    lookup(language).unwrap_or(&ROOT)
}

/// The number symbols of one of Salama's locale codes (`fa`, `fa-AF`, `kmr`…), through
/// the CLDR language it uses (`kmr` is CLDR's `ku`).
pub fn for_locale(code: &str) -> &'static NumberSymbols {
    symbols(super::intl_langid(code).language.as_str())
}

/// The number symbols of a CLDR language subtag, if the table lists it.
pub fn lookup(language: &str) -> Option<&'static NumberSymbols> {
    TABLE
        .iter()
        .find(|(code, _)| *code == language)
        .map(|(_, symbols)| symbols)
}

/// How many fraction digits `Intl.NumberFormat` shows by default.
const DEFAULT_MAX_FRACTION_DIGITS: usize = 3;
/// Bounds ECMA-402 puts on the digit options; larger values from a message are clamped.
const MAX_FRACTION_DIGITS: usize = 100;
const MAX_INTEGER_DIGITS: usize = 21;

impl NumberSymbols {
    /// Formats `number` with its `NUMBER()` options (`minimumIntegerDigits`,
    /// `minimumFractionDigits`, `maximumFractionDigits`, `useGrouping`).
    pub fn format(&self, number: &FluentNumber) -> String {
        self.format_value(number.value, &number.options)
    }

    /// Formats a plain value with Fluent's options.
    pub fn format_value(&self, value: f64, options: &FluentNumberOptions) -> String {
        if !value.is_finite() {
            return self.format_non_finite(value);
        }
        let min_fraction = options
            .minimum_fraction_digits
            .unwrap_or(0)
            .min(MAX_FRACTION_DIGITS);
        let max_fraction = options
            .maximum_fraction_digits
            .unwrap_or(DEFAULT_MAX_FRACTION_DIGITS.max(min_fraction))
            .clamp(min_fraction, MAX_FRACTION_DIGITS);
        let min_integer = options
            .minimum_integer_digits
            .unwrap_or(1)
            .clamp(1, MAX_INTEGER_DIGITS);

        let (mut integer, mut fraction) = round_decimal(value.abs(), max_fraction);
        while fraction.len() > min_fraction && fraction.last() == Some(&0) {
            fraction.pop();
        }
        fraction.resize(fraction.len().max(min_fraction), 0);
        if integer.len() < min_integer {
            let mut padded = vec![0; min_integer - integer.len()];
            padded.extend_from_slice(&integer);
            integer = padded;
        }
        let is_zero = integer.iter().chain(&fraction).all(|&d| d == 0);

        let mut out = String::new();
        if value.is_sign_negative() && !is_zero {
            out.push_str(self.minus);
        }
        let grouped = options.use_grouping && integer.len() >= 3 + self.min_grouping;
        for (i, &digit) in integer.iter().enumerate() {
            if grouped && i > 0 && self.group_before(integer.len() - i) {
                out.push_str(self.group);
            }
            out.push(self.digits[usize::from(digit)]);
        }
        if !fraction.is_empty() {
            out.push_str(self.decimal);
            out.extend(fraction.iter().map(|&d| self.digits[usize::from(d)]));
        }
        out
    }

    /// A whole number such as a count, grouped as the locale groups (`۱٬۲۳۴`), or an
    /// identifier such as a release serial, ungrouped (`١٧٩٦٦٩٢٥٥٥`, never `1,796,692,555`).
    pub fn format_integer(&self, value: u64, grouping: bool) -> String {
        let options = FluentNumberOptions {
            use_grouping: grouping,
            ..FluentNumberOptions::default()
        };
        self.format_value(value as f64, &options)
    }

    /// A number with exactly `fraction_digits` digits after the decimal separator
    /// (`12٫3` in Arabic), as file sizes are shown.
    pub fn format_fixed(&self, value: f64, fraction_digits: usize) -> String {
        let options = FluentNumberOptions {
            minimum_fraction_digits: Some(fraction_digits),
            maximum_fraction_digits: Some(fraction_digits),
            ..FluentNumberOptions::default()
        };
        self.format_value(value, &options)
    }

    /// Whether a group separator goes before the digit that has `remaining` digits,
    /// itself included, up to the decimal point.
    fn group_before(&self, remaining: usize) -> bool {
        if self.indian_grouping {
            remaining == 3 || (remaining > 3 && (remaining - 3).is_multiple_of(2))
        } else {
            remaining.is_multiple_of(3)
        }
    }

    fn format_non_finite(&self, value: f64) -> String {
        if value.is_nan() {
            "NaN".to_owned()
        } else if value < 0.0 {
            format!("{}∞", self.minus)
        } else {
            "∞".to_owned()
        }
    }

    /// Replaces the ASCII digits of `text` with the locale's own (for dates and other
    /// numbers that arrive already written out).
    pub fn localize_digits<'a>(&self, text: &'a str) -> Cow<'a, str> {
        if self.digits == LATIN || !text.bytes().any(|b| b.is_ascii_digit()) {
            return Cow::Borrowed(text);
        }
        text.chars()
            .map(|c| match c.to_digit(10) {
                Some(d) if c.is_ascii_digit() => self.digits[d as usize],
                _ => c,
            })
            .collect()
    }
}

/// The decimal digits of `value` (finite, not negative) rounded half away from zero to
/// `max_fraction` fraction digits, as (integer digits, fraction digits). Works on the
/// shortest decimal form of the `f64`, as ICU does, so 1.005 rounds to 1.01.
fn round_decimal(value: f64, max_fraction: usize) -> (Vec<u8>, Vec<u8>) {
    // `Display` for f64 is the shortest round-tripping form and never uses an exponent.
    let text = value.to_string();
    let (int_text, frac_text) = text.split_once('.').unwrap_or((&text, ""));
    let mut integer: Vec<u8> = int_text.bytes().map(|b| b - b'0').collect();
    let mut fraction: Vec<u8> = frac_text.bytes().map(|b| b - b'0').collect();
    if fraction.len() > max_fraction {
        let round_up = fraction[max_fraction] >= 5;
        fraction.truncate(max_fraction);
        if round_up {
            let mut carry = true;
            for digit in fraction.iter_mut().rev().chain(integer.iter_mut().rev()) {
                if *digit == 9 {
                    *digit = 0;
                } else {
                    *digit += 1;
                    carry = false;
                    break;
                }
            }
            if carry {
                integer.insert(0, 1);
            }
        }
    }
    (integer, fraction)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fmt(language: &str, value: f64) -> String {
        symbols(language).format_value(value, &FluentNumberOptions::default())
    }

    fn with(f: impl FnOnce(&mut FluentNumberOptions)) -> FluentNumberOptions {
        let mut options = FluentNumberOptions::default();
        f(&mut options);
        options
    }

    #[test]
    fn each_locale_gets_its_own_digits() {
        assert_eq!(fmt("en", 1234567.5), "1,234,567.5");
        assert_eq!(fmt("ar", 1234567.5), "١٬٢٣٤٬٥٦٧٫٥");
        assert_eq!(fmt("fa", 1234567.5), "۱٬۲۳۴٬۵۶۷٫۵");
        assert_eq!(fmt("ps", 30.0), "۳۰");
        assert_eq!(fmt("bn", 1234567.5), "১২,৩৪,৫৬৭.৫");
        assert_eq!(fmt("fr", 1234.5), "1\u{202F}234,5");
        assert_eq!(fmt("xx", 1234.5), "1,234.5");
    }

    #[test]
    fn grouping_follows_the_locale() {
        assert_eq!(fmt("es", 1234.0), "1234");
        assert_eq!(fmt("es", 12345.0), "12.345");
        assert_eq!(fmt("bn", 123.0), "১২৩");
        assert_eq!(fmt("bn", 1234.0), "১,২৩৪");
        assert_eq!(fmt("bn", 123456789.0), "১২,৩৪,৫৬,৭৮৯");
        assert_eq!(fmt("en", 999.0), "999");
        assert_eq!(fmt("en", 100000.0), "100,000");
        let plain = with(|o| o.use_grouping = false);
        assert_eq!(symbols("en").format_value(1234567.0, &plain), "1234567");
    }

    #[test]
    fn fraction_digits_round_half_away_from_zero() {
        assert_eq!(fmt("en", 0.3333333), "0.333");
        assert_eq!(fmt("en", 2.0005), "2.001");
        assert_eq!(fmt("en", 9.9996), "10");
        assert_eq!(fmt("en", 999999.9999), "1,000,000");
        let two = with(|o| o.maximum_fraction_digits = Some(2));
        assert_eq!(symbols("en").format_value(1.005, &two), "1.01");
        let none = with(|o| o.maximum_fraction_digits = Some(0));
        assert_eq!(symbols("en").format_value(2.5, &none), "3");
        assert_eq!(symbols("en").format_value(-2.5, &none), "-3");
        let padded = with(|o| {
            o.minimum_fraction_digits = Some(2);
            o.minimum_integer_digits = Some(3);
        });
        assert_eq!(symbols("fa").format_value(5.5, &padded), "۰۰۵٫۵۰");
    }

    #[test]
    fn signs_and_odd_values() {
        assert_eq!(fmt("en", -1234.5), "-1,234.5");
        assert_eq!(fmt("fa", -3.0), "\u{200E}\u{2212}۳");
        assert_eq!(fmt("en", -0.0), "0");
        assert_eq!(fmt("en", -0.0001), "0");
        assert_eq!(fmt("en", 1e21), "1,000,000,000,000,000,000,000");
        assert_eq!(fmt("en", 1e-7), "0");
        assert_eq!(fmt("en", f64::NAN), "NaN");
        assert_eq!(fmt("ar", f64::NEG_INFINITY), "\u{61C}-∞");
        let huge = with(|o| {
            o.minimum_fraction_digits = Some(usize::MAX);
            o.minimum_integer_digits = Some(usize::MAX);
        });
        let text = symbols("en").format_value(1.0, &huge);
        assert_eq!(text.len(), MAX_INTEGER_DIGITS + 6 + 1 + MAX_FRACTION_DIGITS);
    }

    #[test]
    fn serials_are_not_grouped_and_sizes_keep_one_decimal() {
        assert_eq!(
            for_locale("ar").format_integer(1_796_692_555, false),
            "١٧٩٦٦٩٢٥٥٥"
        );
        assert_eq!(
            for_locale("en").format_integer(1_796_692_555, false),
            "1796692555"
        );
        assert_eq!(for_locale("fa-AF").format_integer(1234, true), "۱٬۲۳۴");
        assert_eq!(for_locale("bn").format_fixed(12.34, 1), "১২.৩");
        assert_eq!(for_locale("ar").format_fixed(4.0, 1), "٤٫٠");
        assert_eq!(for_locale("kmr").format_fixed(4.25, 1), "4,3");
        assert_eq!(for_locale("en").format_fixed(1023.96, 1), "1,024.0");
    }

    #[test]
    fn digits_in_written_out_text_are_localized() {
        assert_eq!(symbols("fa").localize_digits("2025-06-01"), "۲۰۲۵-۰۶-۰۱");
        assert_eq!(symbols("en").localize_digits("2025-06-01"), "2025-06-01");
        assert!(matches!(
            symbols("bn").localize_digits("no digits"),
            Cow::Borrowed(_)
        ));
    }
}
