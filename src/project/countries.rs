//! Countries and regions: which ISO 3166 codes CLDR knows, and their names in a language, from
//! ICU4X's display names (CLDR data), never a table kept by hand.
//!
//! Owns: region codes and names. Must not: know the statement.

use icu_experimental::displaynames::DisplayNamesOptions;
use icu_experimental::displaynames::multi::RegionDisplayNames;
use icu_locale_core::Locale;
use icu_locale_core::subtags::Region;

/// Whether CLDR knows `code` (two letters, upper case) as a country or region: it has an
/// English name for it.
pub fn is_region(code: &str) -> bool {
    code.len() == 2 && code.chars().all(|c| c.is_ascii_uppercase()) && name(code, "en").is_some()
}

/// The name of a country or region in a language (`KE` in `fr`: "Kenya"), as CLDR has it; `None`
/// when CLDR has no name for it in that language (or its fallbacks).
pub fn name(code: &str, language: &str) -> Option<String> {
    let region: Region = code.parse().ok()?;
    let locale: Locale = language.parse().ok()?;
    let names = RegionDisplayNames::try_new((&locale).into(), DisplayNamesOptions::default()).ok()?;
    names.of(region).map(str::to_string)
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
        for a in b'A'..=b'Z' {
            for b in b'A'..=b'Z' {
                let code = format!("{}{}", a as char, b as char);
                let Ok(region) = code.parse::<Region>() else { continue };
                if let Some(name) = names.of(region) {
                    out.entry(normalize(name)).or_insert(code);
                }
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    #[test]
    fn names_come_from_cldr_in_the_language() {
        assert_eq!(super::name("KE", "en").as_deref(), Some("Kenya"));
        assert_eq!(super::name("DE", "fr").as_deref(), Some("Allemagne"));
        assert_eq!(super::name("KE", "es").as_deref(), Some("Kenia"));
        assert_eq!(super::name("KE", "ar").as_deref(), Some("كينيا"));
        assert!(super::is_region("PS"));
        assert!(!super::is_region("QQ"));
        assert!(!super::is_region("ke"));
        let by_name = super::codes_by_name("en", str::to_lowercase);
        assert_eq!(by_name.get("kenya").map(String::as_str), Some("KE"));
        assert_eq!(by_name.get("united kingdom").map(String::as_str), Some("GB"));
        let fr = super::codes_by_name("fr", str::to_lowercase);
        assert_eq!(fr.get("allemagne").map(String::as_str), Some("DE"));
    }
}
