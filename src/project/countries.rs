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
    }
}
