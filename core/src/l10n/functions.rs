//! What Salama adds to every Fluent bundle: numbers in the locale's own digits (for
//! `{ $count }`, number literals and `NUMBER()`), and `PHONE()`, which keeps a phone
//! number left-to-right inside right-to-left text so it reads and dials correctly.

use std::convert::Infallible;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use intl_memoizer::Memoizable;
use intl_memoizer::concurrent::IntlLangMemoizer;
use unic_langid::LanguageIdentifier;

use super::numbers::{self, NumberSymbols};

/// The Fluent functions a message may call. The checker reports any other as unknown.
pub const FUNCTIONS: &[&str] = &["NUMBER", "PHONE"];

/// Left-to-right isolate and pop directional isolate (Unicode bidi, UAX #9).
const LRI: char = '\u{2066}';
const PDI: char = '\u{2069}';

/// Installs the number formatter and the functions on a new bundle.
pub fn install(bundle: &mut FluentBundle<FluentResource>) {
    bundle.set_formatter(Some(format_value));
    // Both only fail if the name is already taken, which cannot happen on a new bundle.
    bundle
        .add_builtins()
        .expect("a new bundle has no NUMBER function yet");
    bundle
        .add_function("PHONE", phone)
        .expect("a new bundle has no PHONE function yet");
}

/// The bundle locale's number symbols, looked up once per bundle by the memoizer.
struct LocaleNumbers(&'static NumberSymbols);

impl Memoizable for LocaleNumbers {
    type Args = ();
    type Error = Infallible;

    fn construct(lang: LanguageIdentifier, _: ()) -> Result<Self, Infallible> {
        Ok(LocaleNumbers(numbers::symbols(lang.language.as_str())))
    }
}

/// Fluent calls this for every value it places in a message; numbers are written in the
/// bundle locale's digits, everything else is left to Fluent.
fn format_value(value: &FluentValue, intls: &IntlLangMemoizer) -> Option<String> {
    let FluentValue::Number(number) = value else {
        return None;
    };
    intls
        .with_try_get::<LocaleNumbers, _, _>((), |numbers| numbers.0.format(number))
        .ok()
}

/// `PHONE($number)`: the number as given (digits are never localized: the phone dials
/// them), isolated as left-to-right.
fn phone<'a>(positional: &[FluentValue<'a>], _named: &FluentArgs) -> FluentValue<'a> {
    match positional.first() {
        Some(FluentValue::String(text)) => FluentValue::String(isolate_phone(text).into()),
        Some(FluentValue::Number(number)) if number.value.is_finite() => {
            FluentValue::String(isolate_phone(&format!("{}", number.value.abs())).into())
        }
        _ => FluentValue::Error,
    }
}

/// Wraps a phone number in a left-to-right isolate (LRI … PDI), so that inside Arabic or
/// Persian text `+49 30 1234567` is not reordered into `1234567 30 +49`. Bidi controls
/// already in the number are removed first, so it cannot break out of its isolate.
pub fn isolate_phone(number: &str) -> String {
    let mut out = String::with_capacity(number.len() + 6);
    out.push(LRI);
    out.extend(number.chars().filter(|c| !is_bidi_control(*c)));
    out.push(PDI);
    out
}

/// The invisible characters that change the bidi algorithm's ordering: marks, embeddings,
/// overrides and isolates. ZWNJ (U+200C) is not one of them: Persian, Pashto, Kurdish and
/// Urdu need it to spell words.
pub fn is_bidi_control(c: char) -> bool {
    matches!(c, '\u{061C}' | '\u{200E}' | '\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

#[cfg(test)]
mod tests {
    use super::*;

    fn bundle(locale: &str, source: &str) -> FluentBundle<FluentResource> {
        bundle_isolating(locale, source, false)
    }

    fn bundle_isolating(
        locale: &str,
        source: &str,
        isolating: bool,
    ) -> FluentBundle<FluentResource> {
        let mut bundle = FluentBundle::new_concurrent(vec![locale.parse().unwrap()]);
        install(&mut bundle);
        bundle.set_use_isolating(isolating);
        bundle
            .add_resource(FluentResource::try_new(source.to_owned()).unwrap())
            .unwrap();
        bundle
    }

    fn format(bundle: &FluentBundle<FluentResource>, id: &str, args: &FluentArgs) -> String {
        let pattern = bundle.get_message(id).unwrap().value().unwrap();
        let mut errors = vec![];
        let text = bundle.format_pattern(pattern, Some(args), &mut errors);
        assert!(errors.is_empty(), "{errors:?}");
        text.into_owned()
    }

    #[test]
    fn variables_literals_and_number_use_the_locale_digits() {
        let source = "plain = { $n }\nliteral = { 1500 }\nfixed = { NUMBER($n, minimumFractionDigits: 2) }\n";
        let mut args = FluentArgs::new();
        args.set("n", 1234.5);
        let fa = bundle("fa", source);
        assert_eq!(format(&fa, "plain", &args), "۱٬۲۳۴٫۵");
        assert_eq!(format(&fa, "literal", &args), "۱٬۵۰۰");
        assert_eq!(format(&fa, "fixed", &args), "۱٬۲۳۴٫۵۰");
        let en = bundle("en", source);
        assert_eq!(format(&en, "fixed", &args), "1,234.50");
    }

    #[test]
    fn ar_fa_bn_and_en_each_get_their_own_digits() {
        let mut args = FluentArgs::new();
        args.set("n", 1234567.5);
        let cases = [
            ("ar", "١٬٢٣٤٬٥٦٧٫٥"),
            ("fa", "۱٬۲۳۴٬۵۶۷٫۵"),
            ("bn", "১২,৩৪,৫৬৭.৫"),
            ("en", "1,234,567.5"),
            ("kmr", "1.234.567,5"),
        ];
        for (locale, expected) in cases {
            let mut bundle = FluentBundle::new_concurrent(vec![super::super::intl_langid(locale)]);
            install(&mut bundle);
            bundle
                .add_resource(FluentResource::try_new("n = { $n }\n".into()).unwrap())
                .unwrap();
            assert_eq!(format(&bundle, "n", &args), expected, "{locale}");
        }
    }

    #[test]
    fn plural_selection_still_sees_the_number() {
        let source = "n = { $n ->\n [zero] z\n [one] o\n [two] t\n [few] f { $n }\n [many] m { $n }\n *[other] x\n}\n";
        let ar = bundle("ar", source);
        let cases = [
            (0.0, "z"),
            (1.0, "o"),
            (2.0, "t"),
            (3.0, "f ٣"),
            (11.0, "m ١١"),
            (100.0, "x"),
        ];
        for (n, expected) in cases {
            let mut args = FluentArgs::new();
            args.set("n", n);
            assert_eq!(format(&ar, "n", &args), expected, "{n}");
        }
    }

    #[test]
    fn phone_numbers_are_isolated_and_keep_their_digits() {
        let ar = bundle("ar", "call = اتصل على { PHONE($phone) } الآن.\n");
        let mut args = FluentArgs::new();
        args.set("phone", "+49 30 1234567");
        assert_eq!(
            format(&ar, "call", &args),
            "اتصل على \u{2066}+49 30 1234567\u{2069} الآن."
        );
        let mut args = FluentArgs::new();
        args.set("phone", 112);
        assert_eq!(
            format(&ar, "call", &args),
            "اتصل على \u{2066}112\u{2069} الآن."
        );
    }

    /// The order a reader sees `text` in, by the Unicode bidi algorithm.
    fn visual(text: &str) -> String {
        let info = unicode_bidi::BidiInfo::new(text, None);
        let paragraph = &info.paragraphs[0];
        info.reorder_line(paragraph, paragraph.range.clone())
            .into_owned()
    }

    #[test]
    fn an_isolated_phone_number_reads_left_to_right_in_an_arabic_sentence() {
        let number = "+49 30 1234567";
        let source = "call = اتصل بالرقم { PHONE($phone) } الآن.\nbare = اتصل بالرقم { $phone } الآن.\nalone = { PHONE($phone) }\n";
        let mut args = FluentArgs::new();
        args.set("phone", number);
        // As Salama's bundles are set up: Fluent isolates placeables too.
        let app = bundle_isolating("ar", source, true);
        let call = format(&app, "call", &args);
        assert!(call.contains("\u{2066}+49 30 1234567\u{2069}"), "{call:?}");
        assert!(visual(&call).contains(number), "{:?}", visual(&call));
        // Fluent does not isolate a message that is only a placeable; PHONE still does, for
        // the app that puts it into a right-to-left line of its own.
        let alone = format(&app, "alone", &args);
        assert_eq!(alone, "\u{2066}+49 30 1234567\u{2069}");
        assert!(visual(&format!("رقم الطوارئ: {alone}")).contains(number));
        // With no isolation at all the bidi algorithm reorders the groups of digits, which
        // is what the isolate prevents.
        let bare = format(&bundle("ar", source), "bare", &args);
        assert!(!visual(&bare).contains(number), "{:?}", visual(&bare));
    }

    #[test]
    fn a_phone_number_cannot_break_out_of_its_isolate() {
        let hostile = "\u{2069}\u{202E}+1 555\u{200F}";
        assert_eq!(isolate_phone(hostile), "\u{2066}+1 555\u{2069}");
        assert!(!is_bidi_control('\u{200C}'), "ZWNJ spells Persian words");
    }
}
