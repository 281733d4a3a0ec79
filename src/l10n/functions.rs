//! Functions and number formatting publish gives every bundle, with the bundle's locale:
//! - numbers (`{ $count }`, `{ NUMBER($count) }`) are written by ICU4X's decimal formatter:
//!   "1 000" with a narrow no-break space in French, "1,000" in English. They stay numbers for
//!   Fluent, so a selector picks the same variant whether or not `NUMBER()` wraps them;
//! - `DATETIME($date)` formats an ISO date (YYYY-MM-DD) as the locale's long date, with ICU4X.

use std::str::FromStr;

use fluent_bundle::types::FluentNumber;
use fluent_bundle::{FluentBundle, FluentResource, FluentValue};
use icu_datetime::DateTimeFormatter;
use icu_datetime::fieldsets::YMD;
use icu_datetime::input::Date;
use icu_decimal::DecimalFormatter;
use icu_decimal::input::Decimal;
use icu_decimal::options::{DecimalFormatterOptions, GroupingStrategy};
use icu_locale_core::Locale;
use intl_memoizer::{IntlLangMemoizer, Memoizable};
use unic_langid::LanguageIdentifier;

use crate::language::Language;

/// Gives a bundle of `language` its functions and its number formatting.
pub fn register<R: std::borrow::Borrow<FluentResource>>(bundle: &mut FluentBundle<R>, language: &Language) {
    remember(language);
    // NUMBER: the builtin, which keeps the value a number with its options; a bundle has no
    // other function at this point, so this cannot fail.
    let _ = bundle.add_builtins();
    bundle.set_formatter(Some(format_value));
    let _ = bundle.add_function("LINK", |positional, _named| match (positional.first(), positional.get(1)) {
        (Some(FluentValue::String(url)), Some(FluentValue::String(text))) => {
            FluentValue::String(super::mark_link(url, text).into())
        }
        _ => FluentValue::Error,
    });
    let locale = language.locale.clone();
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

/// The whole locales (extensions included) of the bundles' language identifiers. fluent-bundle
/// writes numbers through a function pointer (`set_formatter`) that is handed only the bundle's
/// identifier, which carries no extensions: this is how that function finds the locale's
/// numbering system (`ar-u-nu-latn`). Filled by [`register`], read only by [`Decimals`].
static LOCALES: std::sync::RwLock<Vec<(LanguageIdentifier, Locale)>> = std::sync::RwLock::new(Vec::new());

fn remember(language: &Language) {
    if let Ok(mut all) = LOCALES.write()
        && !all.iter().any(|(l, _)| *l == language.langid)
    {
        all.push((language.langid.clone(), language.locale.clone()));
    }
}

/// The whole locale of a bundle's identifier (registered with its bundle).
fn to_locale(langid: &LanguageIdentifier) -> Locale {
    LOCALES
        .read()
        .ok()
        .and_then(|all| all.iter().find(|(l, _)| l == langid).map(|(_, loc)| loc.clone()))
        .unwrap_or_else(|| langid.to_string().parse().unwrap_or(Locale::UNKNOWN))
}

/// ICU4X's decimal formatter for a language, built once per bundle and grouping choice.
struct Decimals(DecimalFormatter);

impl Memoizable for Decimals {
    /// Whether to group digits.
    type Args = (bool,);
    type Error = ();

    fn construct(lang: LanguageIdentifier, args: Self::Args) -> Result<Self, Self::Error> {
        let grouping = if args.0 { GroupingStrategy::Auto } else { GroupingStrategy::Never };
        let options: DecimalFormatterOptions = grouping.into();
        DecimalFormatter::try_new(to_locale(&lang).into(), options).map(Decimals).map_err(|_| ())
    }
}

/// Fluent's hook for writing a value: numbers go through ICU4X, everything else as Fluent does.
fn format_value(value: &FluentValue, memoizer: &IntlLangMemoizer) -> Option<String> {
    match value {
        FluentValue::Number(n) => format_number(n, memoizer),
        _ => None,
    }
}

fn format_number(n: &FluentNumber, memoizer: &IntlLangMemoizer) -> Option<String> {
    // FluentNumber's own string keeps its minimum fraction digits; the rest is ICU's.
    let mut decimal = Decimal::from_str(&n.as_string()).ok()?;
    if let Some(max) = n.options.maximum_fraction_digits {
        decimal.round(-(max as i16));
    }
    if let Some(min) = n.options.minimum_fraction_digits {
        decimal.absolute.pad_end(-(min as i16));
    }
    memoizer
        .with_try_get::<Decimals, _, _>((n.options.use_grouping,), |f| f.0.format(&decimal).to_string())
        .ok()
}

/// The locale's long date ("16 January 2025", "16 janvier 2025") for an ISO date.
pub fn format_date(locale: &Locale, iso: &str) -> Option<String> {
    use chrono::Datelike;
    let date = chrono::NaiveDate::parse_from_str(iso, "%Y-%m-%d").ok()?;
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
        assert_eq!(format_date(&en, "2025-01-16").as_deref(), Some("16 January 2025"));
        assert_eq!(format_date(&fr, "2025-01-16").as_deref(), Some("16 janvier 2025"));
        assert_eq!(format_date(&fr, "2025-13-01"), None);
    }

    fn bundle(lang: &str, ftl: &str) -> FluentBundle<FluentResource> {
        let language = Language::parse(lang).unwrap();
        let mut b = FluentBundle::new(vec![language.langid.clone()]);
        b.set_use_isolating(false);
        register(&mut b, &language);
        b.add_resource(FluentResource::try_new(ftl.to_string()).unwrap()).unwrap();
        b
    }

    fn format(b: &FluentBundle<FluentResource>, id: &str, n: i64) -> String {
        let mut args = fluent_bundle::FluentArgs::new();
        args.set("n", n);
        let mut errors = Vec::new();
        let msg = b.get_message(id).unwrap();
        let s = b.format_pattern(msg.value().unwrap(), Some(&args), &mut errors).into_owned();
        assert!(errors.is_empty(), "{errors:?}");
        s
    }

    const FTL: &str = "raw = { $n -> \n    [one] one\n   *[other] other\n}\nwrapped = { NUMBER($n) -> \n    [one] one\n   *[other] other\n}\nshown = { $n } / { NUMBER($n) }\n";

    #[test]
    fn numbers_follow_the_locale() {
        let fr = bundle("fr", FTL);
        let en = bundle("en-GB", FTL);
        assert_eq!(format(&fr, "shown", 1000), "1\u{202F}000 / 1\u{202F}000");
        assert_eq!(format(&fr, "shown", 1_000_000), "1\u{202F}000\u{202F}000 / 1\u{202F}000\u{202F}000");
        assert_eq!(format(&en, "shown", 1000), "1,000 / 1,000");
        assert_eq!(format(&en, "shown", 125), "125 / 125");
    }

    #[test]
    fn numbers_keep_the_numbering_system_the_tag_chooses() {
        // The formatter is a function pointer that sees the bundle's identifier only: the
        // extension (`-u-nu-latn`) reaches it through the bundle's registration.
        assert_eq!(format(&bundle("ar-u-nu-arab", FTL), "shown", 125), "١٢٥ / ١٢٥");
        assert_eq!(format(&bundle("ar-EG-u-nu-latn", FTL), "shown", 125), "125 / 125");
        assert_eq!(format(&bundle("ar-EG", FTL), "shown", 125), "١٢٥ / ١٢٥");
    }

    #[test]
    fn number_selects_the_same_plural_variant_as_the_raw_number() {
        for (lang, expected) in [
            ("fr", [("0", "one"), ("1", "one"), ("2", "other"), ("1000000", "other")]),
            ("en-GB", [("0", "other"), ("1", "one"), ("2", "other"), ("1000000", "other")]),
        ] {
            let b = bundle(lang, FTL);
            for (n, want) in expected {
                let n: i64 = n.parse().unwrap();
                assert_eq!(format(&b, "raw", n), want, "{lang} {n} raw");
                assert_eq!(format(&b, "wrapped", n), want, "{lang} {n} NUMBER()");
            }
        }
    }
}
