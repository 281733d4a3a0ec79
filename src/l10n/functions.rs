//! Functions and number formatting publish gives every bundle, with the bundle's locale:
//! - numbers (`{ $count }`, `{ NUMBER($count) }`) are written by ICU4X's decimal formatter:
//!   "1 000" with a narrow no-break space in French, "1,000" in English. They stay numbers for
//!   Fluent, so a selector picks the same variant whether or not NUMBER() wraps them;
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

pub fn register<R: std::borrow::Borrow<FluentResource>>(
    bundle: &mut FluentBundle<R>,
    langid: &LanguageIdentifier,
) {
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
    let locale = to_locale(langid);
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

fn to_locale(langid: &LanguageIdentifier) -> Locale {
    super::icu_locale(langid)
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

/// The locale's script (ISO 15924), as CLDR's likely subtags have it when the tag names none.
pub fn script(langid: &LanguageIdentifier) -> String {
    let mut id = to_locale(langid).id;
    if id.script.is_none() {
        icu_locale::LocaleExpander::new_extended().maximize(&mut id);
    }
    id.script.map(|s| s.as_str().to_string()).unwrap_or_else(|| "Zyyy".to_string())
}

/// The locale's ten digits, 0 to 9, as its decimal formatter writes them (its default numbering
/// system, or the one `-u-nu-` chooses).
pub fn digits(langid: &LanguageIdentifier) -> String {
    let options: DecimalFormatterOptions = GroupingStrategy::Never.into();
    match DecimalFormatter::try_new(to_locale(langid).into(), options) {
        Ok(f) => (0..10u8).map(|d| f.format(&Decimal::from(d)).to_string()).collect(),
        Err(_) => "0123456789".to_string(),
    }
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
        let langid: LanguageIdentifier = lang.parse().unwrap();
        let mut b = FluentBundle::new(vec![langid.clone()]);
        b.set_use_isolating(false);
        register(&mut b, &langid);
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
