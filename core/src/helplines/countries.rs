//! Country and region codes: which `country` values a helpline may carry and which
//! regions a country belongs to, so a person in Greece also gets the EU-wide numbers.

/// Every ISO 3166-1 alpha-2 code (249, from Debian's iso-codes), sorted.
const ISO_3166_ALPHA2: &[&str] = &[
    "AD", "AE", "AF", "AG", "AI", "AL", "AM", "AO", "AQ", "AR", "AS", "AT", "AU", "AW", "AX", "AZ",
    "BA", "BB", "BD", "BE", "BF", "BG", "BH", "BI", "BJ", "BL", "BM", "BN", "BO", "BQ", "BR", "BS",
    "BT", "BV", "BW", "BY", "BZ", "CA", "CC", "CD", "CF", "CG", "CH", "CI", "CK", "CL", "CM", "CN",
    "CO", "CR", "CU", "CV", "CW", "CX", "CY", "CZ", "DE", "DJ", "DK", "DM", "DO", "DZ", "EC", "EE",
    "EG", "EH", "ER", "ES", "ET", "FI", "FJ", "FK", "FM", "FO", "FR", "GA", "GB", "GD", "GE", "GF",
    "GG", "GH", "GI", "GL", "GM", "GN", "GP", "GQ", "GR", "GS", "GT", "GU", "GW", "GY", "HK", "HM",
    "HN", "HR", "HT", "HU", "ID", "IE", "IL", "IM", "IN", "IO", "IQ", "IR", "IS", "IT", "JE", "JM",
    "JO", "JP", "KE", "KG", "KH", "KI", "KM", "KN", "KP", "KR", "KW", "KY", "KZ", "LA", "LB", "LC",
    "LI", "LK", "LR", "LS", "LT", "LU", "LV", "LY", "MA", "MC", "MD", "ME", "MF", "MG", "MH", "MK",
    "ML", "MM", "MN", "MO", "MP", "MQ", "MR", "MS", "MT", "MU", "MV", "MW", "MX", "MY", "MZ", "NA",
    "NC", "NE", "NF", "NG", "NI", "NL", "NO", "NP", "NR", "NU", "NZ", "OM", "PA", "PE", "PF", "PG",
    "PH", "PK", "PL", "PM", "PN", "PR", "PS", "PT", "PW", "PY", "QA", "RE", "RO", "RS", "RU", "RW",
    "SA", "SB", "SC", "SD", "SE", "SG", "SH", "SI", "SJ", "SK", "SL", "SM", "SN", "SO", "SR", "SS",
    "ST", "SV", "SX", "SY", "SZ", "TC", "TD", "TF", "TG", "TH", "TJ", "TK", "TL", "TM", "TN", "TO",
    "TR", "TT", "TV", "TW", "TZ", "UA", "UG", "UM", "US", "UY", "UZ", "VA", "VC", "VE", "VG", "VI",
    "VN", "VU", "WF", "WS", "YE", "YT", "ZA", "ZM", "ZW",
];

/// Regions with helplines of their own, and their member countries.
///
/// `EU`: the 27 member states (Greece is `GR` in ISO 3166-1, `EL` only in EU usage).
const REGIONS: &[(&str, &[&str])] = &[(
    "EU",
    &[
        "AT", "BE", "BG", "CY", "CZ", "DE", "DK", "EE", "ES", "FI", "FR", "GR", "HR", "HU", "IE",
        "IT", "LT", "LU", "LV", "MT", "NL", "PL", "PT", "RO", "SE", "SI", "SK",
    ],
)];

/// Every ISO 3166-1 alpha-2 code, sorted.
pub fn all() -> &'static [&'static str] {
    ISO_3166_ALPHA2
}

/// Whether `code` is an ISO 3166-1 alpha-2 country code (upper case).
pub fn is_country(code: &str) -> bool {
    ISO_3166_ALPHA2.binary_search(&code).is_ok()
}

/// Whether `code` is a region Salama knows (e.g. `EU`).
pub fn is_region(code: &str) -> bool {
    REGIONS.iter().any(|(region, _)| *region == code)
}

/// Whether `code` may stand as a helpline's country: a country or a known region.
pub fn is_known(code: &str) -> bool {
    is_country(code) || is_region(code)
}

/// The regions `country` belongs to, e.g. `["EU"]` for `GR`.
pub fn regions_of(country: &str) -> impl Iterator<Item = &'static str> + '_ {
    REGIONS
        .iter()
        .filter(move |(_, members)| members.contains(&country))
        .map(|(region, _)| *region)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_code_list_is_sorted_unique_and_complete() {
        assert_eq!(ISO_3166_ALPHA2.len(), 249);
        assert!(ISO_3166_ALPHA2.windows(2).all(|w| w[0] < w[1]));
        for code in ["GR", "IT", "LY", "TR", "MX", "US", "GB", "RS", "DE", "AF"] {
            assert!(is_country(code), "{code}");
        }
        for code in ["XX", "EL", "UK", "gr", "G", "GRC", ""] {
            assert!(!is_country(code), "{code}");
        }
    }

    #[test]
    fn regions_have_known_members() {
        assert!(is_region("EU") && !is_country("EU") && is_known("EU"));
        assert_eq!(regions_of("GR").collect::<Vec<_>>(), ["EU"]);
        assert_eq!(regions_of("RS").count(), 0);
        for (_, members) in REGIONS {
            assert!(members.iter().all(|m| is_country(m)));
        }
        let (_, eu) = REGIONS[0];
        assert_eq!(eu.len(), 27);
    }
}
