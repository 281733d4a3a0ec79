//! One language of a statement, as every stage needs it: built once, when publish.toml is read
//! (or for a pseudo-locale, from the reference), and carried whole to the outputs.
//!
//! Owns: the forms a locale tag takes (the tag as written, Fluent's language identifier,
//! ICU4X's locale with its extensions), and what CLDR says of it once (the direction its text
//! runs, its script, its digits). Must not: read files, or know the statement.

use std::fmt;

use icu_decimal::DecimalFormatter;
use icu_decimal::input::Decimal;
use icu_decimal::options::{DecimalFormatterOptions, GroupingStrategy};
use serde::{Deserialize, Serialize};
use unic_langid::LanguageIdentifier;

/// The direction a language's text runs. Serialised as the model's `dir` (`"ltr"`, `"rtl"`),
/// and named so in a layout's `directions`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Direction {
    /// Left to right.
    Ltr,
    /// Right to left (Arabic, Hebrew, Persian, Urdu…).
    Rtl,
}

impl Direction {
    /// The name a layout's `directions` and the model's `dir` use.
    pub fn name(self) -> &'static str {
        match self {
            Direction::Ltr => "ltr",
            Direction::Rtl => "rtl",
        }
    }

    /// The direction in words, for messages.
    pub fn words(self) -> &'static str {
        match self {
            Direction::Ltr => "left-to-right",
            Direction::Rtl => "right-to-left",
        }
    }
}

/// The pseudo-locales: the reference's text, transformed, to prove a layout before a translation
/// arrives.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Pseudo {
    /// `en-XA` (`--lang pseudo`): the reference accented and about a third longer.
    Accented,
    /// `ar-XB` (`--lang pseudo-rtl`): the reference in Arabic letters, right to left.
    RightToLeft,
}

impl Pseudo {
    /// Both, in the order a run lists them.
    pub const ALL: [Pseudo; 2] = [Pseudo::Accented, Pseudo::RightToLeft];

    /// Its tag: CLDR's tags for the pseudo-locales.
    pub fn tag(self) -> &'static str {
        match self {
            Pseudo::Accented => "en-XA",
            Pseudo::RightToLeft => "ar-XB",
        }
    }

    /// The pseudo-locale a `--lang` value names: `pseudo` or `en-XA`, `pseudo-rtl` or `ar-XB`
    /// (any case).
    pub fn named(name: &str) -> Option<Pseudo> {
        let name = name.trim();
        Pseudo::ALL
            .into_iter()
            .find(|p| name.eq_ignore_ascii_case(p.tag()) || name.eq_ignore_ascii_case(p.word()))
    }

    /// The word `--lang` takes for it.
    pub fn word(self) -> &'static str {
        match self {
            Pseudo::Accented => "pseudo",
            Pseudo::RightToLeft => "pseudo-rtl",
        }
    }
}

/// A language of the statement: its tag and everything derived from it, decided once.
#[derive(Debug, Clone, PartialEq)]
pub struct Language {
    /// The tag as written in publish.toml (`ar-u-nu-latn`): the folder's name under locales/,
    /// the files' names, the model's `locale`.
    pub tag: String,
    /// The identifier Fluent knows the bundle by: language, script, region, variants, no
    /// extensions (a locale with extensions gets a variant of its own, so that two locales never
    /// share one bundle or one set of formatters).
    pub langid: LanguageIdentifier,
    /// The whole BCP 47 locale, extensions included (`-u-nu-latn`: Latin digits), for ICU4X's
    /// formatters, collators and display names.
    pub locale: icu_locale_core::Locale,
    /// The direction its text runs, from CLDR's likely scripts.
    pub direction: Direction,
    /// Its script (ISO 15924: `Latn`, `Cyrl`, `Arab`), as CLDR's likely subtags have it when
    /// the tag names none: what tells a layout whether letters join and italics exist.
    pub script: String,
    /// Its ten digits, 0 to 9, as its decimal formatter writes them (the default numbering
    /// system, or the one `-u-nu-` chooses).
    pub digits: String,
    /// Which pseudo-locale it is, if it is one.
    pub pseudo: Option<Pseudo>,
}

impl Language {
    /// A tag a user typed as publish.toml writes it: any tag publish takes, extensions included
    /// (`ar-u-nu-arab`, `ar-EG-u-nu-latn`), in its canonical case; `None` when it is none.
    pub fn canonical_tag(tag: &str) -> Option<String> {
        tag.parse::<icu_locale_core::Locale>()
            .ok()
            .map(|l| l.to_string())
            .filter(|t| Language::parse(t).is_some())
    }

    /// A language from its BCP 47 tag; `None` when the tag is not one.
    pub fn parse(tag: &str) -> Option<Language> {
        let locale: icu_locale_core::Locale = tag.parse().ok()?;
        let mut id = locale.id.to_string();
        if !locale.extensions.is_empty() {
            // A variant standing for the extensions (8 digits from their text): the same
            // language with other extensions is another bundle and another set of formatters.
            let ext = locale.extensions.to_string();
            let hash = ext.bytes().fold(5381u64, |h, b| h.wrapping_mul(33) ^ u64::from(b)) % 100_000_000;
            id.push_str(&format!("-{hash:08}"));
        }
        let langid: LanguageIdentifier = id.parse().ok()?;
        Some(Language {
            tag: tag.to_string(),
            direction: direction_of(&locale),
            script: script_of(&locale),
            digits: digits_of(&locale),
            langid,
            locale,
            pseudo: None,
        })
    }

    /// A pseudo-locale of the statement whose reference is `reference`: the accented one runs
    /// as the reference does, the right-to-left one right to left.
    pub fn pseudo(kind: Pseudo, reference: &Language) -> Language {
        let mut language = Language::parse(kind.tag()).expect("CLDR's pseudo-locale tags are tags");
        language.pseudo = Some(kind);
        language.direction = match kind {
            Pseudo::Accented => reference.direction,
            Pseudo::RightToLeft => Direction::Rtl,
        };
        language
    }

    /// Its language subtag (`en`, `fr`), as Typst's `text(lang:)` takes it.
    pub fn language(&self) -> &str {
        self.langid.language.as_str()
    }

    /// Its region subtag (`GB`), if it has one, as Typst's `text(region:)` takes it.
    pub fn region(&self) -> Option<&str> {
        self.langid.region.as_ref().map(unic_langid::subtags::Region::as_str)
    }

    /// Whether its text runs right to left.
    pub fn is_rtl(&self) -> bool {
        self.direction == Direction::Rtl
    }
}

impl fmt::Display for Language {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.tag)
    }
}

/// CLDR's direction for a locale (ICU4X's `LocaleDirectionality`, with the likely scripts).
fn direction_of(locale: &icu_locale_core::Locale) -> Direction {
    static DIRECTIONS: std::sync::OnceLock<icu_locale::LocaleDirectionality> = std::sync::OnceLock::new();
    let rtl =
        DIRECTIONS.get_or_init(icu_locale::LocaleDirectionality::new_extended).is_right_to_left(&locale.id);
    if rtl { Direction::Rtl } else { Direction::Ltr }
}

/// The script the tag names, or CLDR's likely script for it (`Zyyy` when CLDR has none).
fn script_of(locale: &icu_locale_core::Locale) -> String {
    let mut id = locale.id.clone();
    if id.script.is_none() {
        icu_locale::LocaleExpander::new_extended().maximize(&mut id);
    }
    id.script.map(|s| s.as_str().to_string()).unwrap_or_else(|| "Zyyy".to_string())
}

/// The region the tag names, or CLDR's likely region for its language (`FR` for `fr`, `UA` for
/// `uk`, `EG` for `ar`); `None` when CLDR has none.
pub fn likely_region(locale: &icu_locale_core::Locale) -> Option<String> {
    let mut id = locale.id.clone();
    if id.region.is_none() {
        icu_locale::LocaleExpander::new_extended().maximize(&mut id);
    }
    id.region.map(|r| r.as_str().to_string())
}

/// The ten digits ICU4X's decimal formatter writes for the locale.
fn digits_of(locale: &icu_locale_core::Locale) -> String {
    let options: DecimalFormatterOptions = GroupingStrategy::Never.into();
    match DecimalFormatter::try_new(locale.into(), options) {
        Ok(f) => (0..10u8).map(|d| f.format(&Decimal::from(d)).to_string()).collect(),
        Err(_) => "0123456789".to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_tag_is_read_once_into_every_form() {
        let ar = Language::parse("ar-u-nu-latn").unwrap();
        assert_eq!(ar.direction, Direction::Rtl);
        assert_eq!(ar.script, "Arab");
        assert_eq!(ar.digits, "0123456789", "the extension chooses Latin digits");
        assert_eq!(Language::parse("ar-u-nu-arab").unwrap().digits, "٠١٢٣٤٥٦٧٨٩");
        assert_eq!(ar.language(), "ar");
        assert!(ar.langid.to_string().starts_with("ar-"), "{}", ar.langid);
        assert_ne!(ar.langid, Language::parse("ar").unwrap().langid, "its own bundle");
        assert_eq!(Language::parse("ar-EG").unwrap().digits, "٠١٢٣٤٥٦٧٨٩", "Egypt's digits");
        let uk = Language::parse("uk").unwrap();
        assert_eq!((uk.direction, uk.script.as_str(), uk.region()), (Direction::Ltr, "Cyrl", None));
        assert_eq!(Language::parse("en-GB").unwrap().region(), Some("GB"));
        assert!(Language::parse("not a tag").is_none());
    }

    #[test]
    fn pseudo_locales_run_as_they_should() {
        let he = Language::parse("he").unwrap();
        assert_eq!(Language::pseudo(Pseudo::Accented, &he).direction, Direction::Rtl);
        let en = Language::parse("en-GB").unwrap();
        let accented = Language::pseudo(Pseudo::Accented, &en);
        assert_eq!((accented.tag.as_str(), accented.direction), ("en-XA", Direction::Ltr));
        let rtl = Language::pseudo(Pseudo::RightToLeft, &en);
        assert_eq!(
            (rtl.tag.as_str(), rtl.direction, rtl.pseudo),
            ("ar-XB", Direction::Rtl, Some(Pseudo::RightToLeft))
        );
        assert_eq!(Pseudo::named("PSEUDO-rtl"), Some(Pseudo::RightToLeft));
        assert_eq!(Pseudo::named("en-xa"), Some(Pseudo::Accented));
        assert_eq!(Pseudo::named("fr"), None);
    }
}
