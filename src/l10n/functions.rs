//! Functions publish registers in every bundle, with the bundle's locale captured:
//! `DATETIME($date)` formats an ISO date (YYYY-MM-DD) as the locale's long date, with ICU4X.
//! `NUMBER` is fluent-bundle's own.

use fluent_bundle::{FluentBundle, FluentResource, FluentValue};
use icu_datetime::DateTimeFormatter;
use icu_datetime::fieldsets::YMD;
use icu_datetime::input::Date;
use icu_locale_core::Locale;
use unic_langid::LanguageIdentifier;

pub fn register(bundle: &mut FluentBundle<FluentResource>, langid: &LanguageIdentifier) {
    // NUMBER: the builtin; a bundle has no other at this point, so this cannot fail.
    let _ = bundle.add_builtins();
    let locale: Locale = langid.to_string().parse().unwrap_or(Locale::UNKNOWN);
    let _ = bundle.add_function("DATETIME", move |positional, _named| {
        let Some(FluentValue::String(s)) = positional.first() else {
            return FluentValue::Error;
        };
        match format_date(&locale, s) {
            Some(text) => FluentValue::String(text.into()),
            None => FluentValue::Error,
        }
    });
}

/// The locale's long date ("16 January 2025", "16 janvier 2025") for an ISO date.
pub fn format_date(locale: &Locale, iso: &str) -> Option<String> {
    let date = chrono::NaiveDate::parse_from_str(iso, "%Y-%m-%d").ok()?;
    use chrono::Datelike;
    let d = Date::try_new_iso(date.year(), date.month() as u8, date.day() as u8).ok()?;
    let formatter = DateTimeFormatter::try_new(locale.clone().into(), YMD::long()).ok()?;
    Some(formatter.format(&d).to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn long_dates_follow_the_locale() {
        let en: Locale = "en-GB".parse().unwrap();
        let fr: Locale = "fr".parse().unwrap();
        assert_eq!(
            format_date(&en, "2025-01-16").as_deref(),
            Some("16 January 2025")
        );
        assert_eq!(
            format_date(&fr, "2025-01-16").as_deref(),
            Some("16 janvier 2025")
        );
        assert_eq!(format_date(&fr, "2025-13-01"), None);
    }
}
