//! Salama's compact table of number symbols (`l10n::numbers`) against CLDR itself, as
//! ICU4X ships it: every locale of the catalog formats every sample exactly as ICU4X
//! does. ICU4X is a test dependency only; the library ships the table.

use fixed_decimal::Decimal;
use icu_decimal::DecimalFormatter;
use icu_locale_core::Locale;
use salama_core::l10n::intl_langid;
use salama_core::l10n::numbers::{lookup, symbols};

/// Every locale Salama ships, from the catalog.
fn catalog_codes() -> Vec<String> {
    let json: serde_json::Value =
        serde_json::from_str(include_str!("../../translations/locales.json")).unwrap();
    json["locales"]
        .as_array()
        .unwrap()
        .iter()
        .map(|l| l["code"].as_str().unwrap().to_owned())
        .collect()
}

/// The CLDR locale whose data each Salama locale follows: Arabic in the Arabic-Indic
/// digits of the Mashriq, Northern Kurdish under CLDR's code `ku`.
fn cldr_locale(code: &str) -> Locale {
    let tag = match code {
        "ar" => "ar-u-nu-arab".to_owned(),
        other => intl_langid(other).to_string(),
    };
    tag.parse().unwrap()
}

#[test]
fn the_table_formats_like_cldr_for_every_catalog_locale() {
    let samples = [
        "0",
        "7",
        "42",
        "100",
        "999",
        "1000",
        "1234",
        "12345",
        "123456",
        "1234567",
        "10000000",
        "123456789",
        "0.5",
        "0.25",
        "3.125",
        "1234.5",
        "1234567.891",
        "-1",
        "-1234.5",
        "-0.75",
        "99999.999",
    ];
    for code in catalog_codes() {
        let language = intl_langid(&code).language.to_string();
        let table = symbols(&language);
        let icu =
            DecimalFormatter::try_new((&cldr_locale(&code)).into(), Default::default()).unwrap();
        for sample in samples {
            let value: f64 = sample.parse().unwrap();
            let decimal: Decimal = sample.parse().unwrap();
            let ours = table.format_value(value, &Default::default());
            let cldr = icu.format(&decimal).to_string();
            assert_eq!(ours, cldr, "{code} {sample}");
        }
    }
}

#[test]
fn every_catalog_locale_has_its_own_row_in_the_table() {
    for code in catalog_codes() {
        let language = intl_langid(&code).language.to_string();
        assert!(
            lookup(&language).is_some(),
            "{code} has no row in the number table"
        );
    }
}
