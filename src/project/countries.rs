//! Countries and regions: which ISO 3166 codes CLDR knows, and their names in a language, from
//! ICU4X's display names (CLDR data), never a table kept by hand.
//!
//! Owns: region codes and names. Must not: know the statement.

use icu_experimental::displaynames::DisplayNamesOptions;
use icu_experimental::displaynames::multi::RegionDisplayNames;
use icu_locale_core::Locale;
use icu_locale_core::subtags::Region;

/// Whether CLDR knows `code` as a country (two letters, upper case: ISO 3166-1) or a region
/// (three digits: UN M.49, "001" the World, "150" Europe, "419" Latin America): it has an English
/// name for it. `ZZ`, CLDR's "Unknown Region", is none: a list never prints it.
pub fn is_region(code: &str) -> bool {
    let country = code.len() == 2 && code.chars().all(|c| c.is_ascii_uppercase()) && code != UNKNOWN;
    let region = code.len() == 3 && code.chars().all(|c| c.is_ascii_digit());
    (country || region) && name(code, "en").is_some()
}

/// CLDR's code for an unknown region ("Unknown Region", "Región desconocida").
pub const UNKNOWN: &str = "ZZ";

/// What to write instead of a code that is no country or region: a hint for the commonest
/// mistakes, or an empty string.
pub fn hint(code: &str) -> &'static str {
    match code {
        "UK" => "the United Kingdom's code is \"GB\"",
        "EL" => "Greece's code is \"GR\" (EL is the European Union's)",
        "INTERNATIONAL" | "INTERNACIONAL" | "INTERNATIONALE" | "GLOBAL" => {
            "an entry that works across countries is written `scope = \"international\"` in publish.toml, not as a country: leave its country empty"
        }
        UNKNOWN => {
            "\"ZZ\" is CLDR's \"Unknown Region\", which a list never prints: leave the country out, or name a region: \"001\" (World), \"150\" (Europe), \"002\" (Africa), \"142\" (Asia), \"419\" (Latin America)"
        }
        _ => "",
    }
}

/// The name of a country or region in a language (`KE` in `fr`: "Kenya"), as CLDR has it; `None`
/// when CLDR has no name for it in that language (or its fallbacks).
pub fn name(code: &str, language: &str) -> Option<String> {
    let region: Region = code.parse().ok()?;
    let locale: Locale = language.parse().ok()?;
    let names = RegionDisplayNames::try_new((&locale).into(), DisplayNamesOptions::default()).ok()?;
    names.of(region).map(str::to_string)
}

/// The name a list prints for a country or region in a language (`language`: the locale's tag,
/// then its language alone, as CLDR falls back), from CLDR: its short name when `short` asks and
/// CLDR has one that is a name and not an abbreviation ("Palestine" for PS, but "United
/// Kingdom", not "UK"), else its name; with a capital, as an item of a list ("World"); the code
/// itself when CLDR has no name.
pub fn display(code: &str, language: &str, fallback: &str, short: bool) -> String {
    let short_name = || {
        let name = short_name(code, language).or_else(|| short_name(code, fallback))?;
        let abbreviation = name.chars().filter(|c| c.is_alphabetic()).all(char::is_uppercase);
        (!abbreviation).then_some(name)
    };
    let name = short
        .then(short_name)
        .flatten()
        .or_else(|| name(code, language))
        .or_else(|| name(code, fallback))
        .unwrap_or_else(|| code.to_string());
    let mut chars = name.chars();
    match chars.next() {
        Some(first) if first.is_lowercase() => first.to_uppercase().chain(chars).collect(),
        _ => name,
    }
}

/// CLDR's short name of a region in a language, where it has one of its own.
fn short_name(code: &str, language: &str) -> Option<String> {
    let region: Region = code.parse().ok()?;
    let locale: Locale = language.parse().ok()?;
    let mut options = DisplayNamesOptions::default();
    options.style = Some(icu_experimental::displaynames::Style::Short);
    let short = RegionDisplayNames::try_new((&locale).into(), options).ok()?.of(region)?.to_string();
    (Some(&short) != name(code, language).as_ref()).then_some(short)
}

/// Every country and region CLDR names in a language, by name: its long and short names (`RU`:
/// "Russia"; `GB`: "United Kingdom" and "UK"), keyed by `normalize` of the name.
pub fn codes_by_name(
    language: &str,
    normalize: impl Fn(&str) -> String,
) -> std::collections::HashMap<String, String> {
    let mut out = std::collections::HashMap::new();
    let Ok(locale) = language.parse::<Locale>() else {
        return out;
    };
    let mut short = DisplayNamesOptions::default();
    short.style = Some(icu_experimental::displaynames::Style::Short);
    for options in [DisplayNamesOptions::default(), short] {
        let Ok(names) = RegionDisplayNames::try_new((&locale).into(), options) else {
            continue;
        };
        let letters =
            (b'A'..=b'Z').flat_map(|a| (b'A'..=b'Z').map(move |b| format!("{}{}", a as char, b as char)));
        let digits = (1..1000).map(|n| format!("{n:03}"));
        for code in letters.chain(digits).filter(|c| c != UNKNOWN) {
            let Ok(region) = code.parse::<Region>() else { continue };
            if let Some(name) = names.of(region) {
                out.entry(normalize(name)).or_insert(code);
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    #[test]
    fn short_names_are_cldrs_where_they_are_names_not_abbreviations() {
        assert_eq!(super::display("PS", "en-GB", "en", true), "Palestine");
        assert_eq!(super::display("PS", "en-GB", "en", false), "Palestinian Territories");
        assert_eq!(super::display("PS", "es", "es", true), "Palestina");
        // "UK" and "US" are abbreviations: the name stays.
        assert_eq!(super::display("GB", "en", "en", true), "United Kingdom");
        assert_eq!(super::display("US", "en", "en", true), "United States");
        // No short name: the name.
        assert_eq!(super::display("KE", "fr", "fr", true), "Kenya");
        assert_eq!(super::display("001", "en", "en", true), "World");
        // "International" is no country: the hint says how to write it.
        assert!(super::hint("INTERNATIONAL").contains("scope = \"international\""));
    }

    #[test]
    fn names_come_from_cldr_in_the_language() {
        assert_eq!(super::name("KE", "en").as_deref(), Some("Kenya"));
        assert_eq!(super::name("DE", "fr").as_deref(), Some("Allemagne"));
        assert_eq!(super::name("KE", "es").as_deref(), Some("Kenia"));
        assert_eq!(super::name("KE", "ar").as_deref(), Some("كينيا"));
        assert!(super::is_region("PS"));
        assert!(!super::is_region("QQ"));
        assert!(!super::is_region("ke"));
        // Regions by their UN M.49 codes, with CLDR's names; never the unknown region.
        assert!(super::is_region("001") && super::is_region("150") && super::is_region("419"));
        assert_eq!(super::name("001", "en").as_deref(), Some("world"));
        assert_eq!(super::name("001", "es").as_deref(), Some("Mundo"));
        assert_eq!(super::name("001", "ar").as_deref(), Some("العالم"));
        assert!(!super::is_region("ZZ") && !super::is_region("999") && !super::is_region("01"));
        let by_name = super::codes_by_name("en", str::to_lowercase);
        assert_eq!(by_name.get("kenya").map(String::as_str), Some("KE"));
        assert_eq!(by_name.get("united kingdom").map(String::as_str), Some("GB"));
        let fr = super::codes_by_name("fr", str::to_lowercase);
        assert_eq!(fr.get("allemagne").map(String::as_str), Some("DE"));
        assert_eq!(by_name.get("world").map(String::as_str), Some("001"));
        assert!(!by_name.values().any(|c| c == "ZZ"));
    }
}

/// What a language puts between an entry's name and its country, as between two items of a
/// list of units in CLDR (its wide unit list: ", " in English and French, "، " in Arabic):
/// "Al-Haq, Palestine". The comma's shape is the language's.
pub fn separator(locale: &Locale) -> String {
    use icu_list::ListFormatter;
    use icu_list::options::{ListFormatterOptions, ListLength};
    let formatter = ListFormatter::try_new_unit(
        locale.into(),
        ListFormatterOptions::default().with_length(ListLength::Wide),
    )
    .or_else(|_| {
        ListFormatter::try_new_unit(
            Default::default(),
            ListFormatterOptions::default().with_length(ListLength::Wide),
        )
    });
    let Ok(formatter) = formatter else { return ", ".to_string() };
    // Three items: the separator between the first two is the middle one (a two-item list
    // may use "and" or another word).
    let list = formatter.format_to_string(["\u{E000}", "\u{E001}", "\u{E002}"].iter());
    match (list.find('\u{E000}'), list.find('\u{E001}')) {
        // Its punctuation and spaces: some languages also join every item with a word (Arabic's
        // "، و", "and"), which a name and its country do not take.
        (Some(a), Some(b)) if a < b => {
            let between: String =
                list[a + '\u{E000}'.len_utf8()..b].chars().filter(|c| !c.is_alphanumeric()).collect();
            if between.trim().is_empty() { ", ".to_string() } else { between }
        }
        _ => ", ".to_string(),
    }
}

#[cfg(test)]
mod separator_tests {
    use super::*;

    #[test]
    fn the_separator_is_the_languages_own() {
        let of = |tag: &str| separator(&tag.parse().unwrap());
        assert_eq!(of("en-GB"), ", ");
        assert_eq!(of("fr"), ", ");
        assert_eq!(of("uk"), ", ");
        assert_eq!(of("ar"), "، ");
    }
}
