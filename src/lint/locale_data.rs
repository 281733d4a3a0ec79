//! Languages CLDR does not know: a locale whose language has no plural rules, number symbols or
//! date formats in the data publish carries (Fluent's plural rules, ICU4X's compiled CLDR data)
//! falls back to CLDR's root, silently. This rule says so, naming each thing that falls back.

use super::{Context, View};
use crate::diag::Diagnostic;

/// What of a locale falls back: plural rules to English's (Fluent's choice at run time), the rest
/// to CLDR's root (`und`), each as a reader would notice it. The rest is ICU4X's compiled CLDR data, which
/// drops a locale's data where it equals its parent's, so only a language's own date format
/// (month names, which every language CLDR covers has) tells that CLDR knows it: without one,
/// its numbers and sort order are the root's too.
pub fn fallbacks(language: &crate::language::Language) -> Vec<String> {
    let locale = &language.locale;
    let mut out = Vec::new();
    if crate::l10n::plural_language(&language.langid).language != language.langid.language {
        out.push(
            "plural rules (Fluent selects with English's: `one` for 1, `other` for the rest)".to_string(),
        );
    }
    let date = crate::l10n::format_date(locale, "2025-03-03");
    let root_date = crate::l10n::format_date(&icu_locale_core::Locale::UNKNOWN, "2025-03-03");
    if date == root_date {
        out.push(format!("dates (CLDR's root pattern: \"{}\")", root_date.unwrap_or_default()));
        out.push("numbers (CLDR's root symbols and digits)".to_string());
        out.push("sort order (CLDR's root collation)".to_string());
    }
    out
}

/// `locale-data`: a warning for a locale whose language CLDR's data lacks, at its tag in
/// publish.toml.
pub fn coverage(cx: &Context, v: &View) -> Vec<Diagnostic> {
    if v.locale.is_pseudo() {
        return Vec::new();
    }
    let missing = fallbacks(&v.locale.language);
    if missing.is_empty() {
        return Vec::new();
    }
    let mut d = Diagnostic::warning(
        "locale-data",
        format!(
            "CLDR's data in publish has nothing for the language of `{}`: {} fall back to CLDR's root",
            v.locale.tag(),
            missing.join(", ")
        ),
    )
    .help("check the tag (the language's ISO 639 code, e.g. \"uk\" for Ukrainian, not \"ua\"); if it is right, write dates and numbers in the messages themselves and give plural selectors a default variant that reads right for every number");
    if let Some(entry) = cx.config.locale(v.locale.tag()) {
        d = d.at(cx.config.place(entry.span.clone()));
    }
    vec![v.d(d)]
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_language_cldr_lacks_is_named_with_what_falls_back() {
        let known = |tag: &str| super::fallbacks(&crate::language::Language::parse(tag).unwrap());
        assert!(known("uk").is_empty(), "{:?}", known("uk"));
        assert!(known("ar").is_empty());
        assert!(known("es").is_empty());
        // Swahili has no collation of its own: CLDR's root order is its order, nothing to say.
        assert!(known("sw").is_empty(), "{:?}", known("sw"));
        // Klingon: CLDR has nothing.
        let tlh = known("tlh");
        assert!(tlh.iter().any(|f| f.starts_with("plural rules")), "{tlh:?}");
        assert!(tlh.iter().any(|f| f.starts_with("dates")), "{tlh:?}");
        assert!(tlh.iter().any(|f| f.starts_with("sort order")), "{tlh:?}");
    }
}
