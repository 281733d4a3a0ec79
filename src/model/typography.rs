//! Language rules applied to the model's text after Fluent formatting: apostrophes and quotes,
//! French punctuation spacing (babel-french's defaults), and sorting names by the language's
//! collation (ICU4X).
//!
//! Owns: these text transformations, as pure functions of a string and a locale. Must not: read
//! files, format messages or typeset.

use std::cmp::Ordering;

use icu_collator::Collator;
use icu_collator::options::CollatorOptions;
use unic_langid::LanguageIdentifier;

use crate::language::Language;

const NBSP: char = '\u{00A0}';
const NNBSP: char = '\u{202F}';

/// What goes before a punctuation mark or inside guillemets.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Space {
    /// No rule: the text stays as typed.
    Leave,
    /// No space: a typed one is removed.
    Remove,
    /// This space character, replacing any typed one.
    Insert(char),
}

/// The punctuation spacing rules of a locale: what goes before `;` `!` `?`, before `:`, and
/// inside « ».
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Spacing {
    /// Before `;` `!` `?` (the high punctuation).
    pub before_high: Space,
    /// Before `:`.
    pub before_colon: Space,
    /// After « and before ».
    pub inside_guillemets: Space,
}

/// The spacing rules, as data: a locale tag and its rules. The most specific tag that matches
/// a locale wins ("fr-CA" over "fr"); a language with no line has no punctuation spacing.
///
/// - `fr`: babel-french's defaults: U+202F before `;` `!` `?`, U+00A0 before `:` and inside « ».
/// - `fr-CA`: Office québécois de la langue française: no space before `;` `!` `?`, U+00A0
///   before `:` and inside « ».
/// - `fr-CH`: Swiss usage: U+202F before `;` `:` `!` `?` and inside « ».
pub const SPACING_RULES: &[(&str, Spacing)] = &[
    (
        "fr",
        Spacing {
            before_high: Space::Insert(NNBSP),
            before_colon: Space::Insert(NBSP),
            inside_guillemets: Space::Insert(NBSP),
        },
    ),
    (
        "fr-CA",
        Spacing {
            before_high: Space::Remove,
            before_colon: Space::Insert(NBSP),
            inside_guillemets: Space::Insert(NBSP),
        },
    ),
    (
        "fr-CH",
        Spacing {
            before_high: Space::Insert(NNBSP),
            before_colon: Space::Insert(NNBSP),
            inside_guillemets: Space::Insert(NNBSP),
        },
    ),
];

impl Spacing {
    /// No rules: every space left as typed (a language without a line in `SPACING_RULES`).
    pub const NONE: Spacing =
        Spacing { before_high: Space::Leave, before_colon: Space::Leave, inside_guillemets: Space::Leave };

    /// The rules for a locale, from `SPACING_RULES`.
    pub fn for_locale(langid: &LanguageIdentifier) -> Self {
        let language = langid.language.as_str();
        let region = langid.region.as_ref().map(unic_langid::subtags::Region::as_str);
        let mut best: Option<(usize, Spacing)> = None;
        for (tag, rules) in SPACING_RULES {
            let Ok(rule) = tag.parse::<LanguageIdentifier>() else {
                continue;
            };
            let rule_region = rule.region.as_ref().map(unic_langid::subtags::Region::as_str);
            let matches =
                rule.language.as_str() == language && (rule_region.is_none() || rule_region == region);
            let specificity = usize::from(rule_region.is_some());
            if matches && best.is_none_or(|(s, _)| specificity > s) {
                best = Some((specificity, *rules));
            }
        }
        best.map_or(Spacing::NONE, |(_, rules)| rules)
    }
}

/// The quotation marks a language opens and closes a quotation with, put in place of the
/// straight `"` a translator types: CLDR's delimiters (`quotationStart`, `quotationEnd`) for
/// the language. A language with no line keeps what was typed.
///
/// - `en`: “ ” (CLDR en; Oxford and Chicago).
/// - `es`: « » (CLDR es; RAE, Ortografía de la lengua española, 2010, §3.4.8: angular quotes
///   first, then “ ”, then ‘ ’).
/// - `fr`: « » (CLDR fr; Imprimerie nationale), spaced as `SPACING_RULES` says.
/// - `uk`: « » (CLDR uk; Український правопис, 2019, §116: «ялинки», „лапки“ inside).
pub const QUOTE_RULES: &[(&str, char, char)] =
    &[("en", '\u{201C}', '\u{201D}'), ("es", '«', '»'), ("fr", '«', '»'), ("uk", '«', '»')];

/// The apostrophe a language writes inside a word, in place of a typed `'` (or a typographic
/// `’`) between two letters. Elsewhere a typed `'` becomes `’` (U+2019).
///
/// - `uk`: ʼ (U+02BC MODIFIER LETTER APOSTROPHE), a letter of the Ukrainian alphabet in CLDR's
///   exemplar characters for `uk` and in ДСТУ 4930:2008's keyboard layout: "пʼять", "Вʼячеслав"
///   stay one word for hyphenation, search and spell-checking.
pub const APOSTROPHE_RULES: &[(&str, char)] = &[("uk", '\u{02BC}')];

/// The quotes and the in-word apostrophe of a language.
fn quotes_of(language: &str) -> (Option<(char, char)>, char) {
    let quotes = QUOTE_RULES.iter().find(|(l, _, _)| *l == language).map(|(_, o, c)| (*o, *c));
    let apostrophe = APOSTROPHE_RULES.iter().find(|(l, _)| *l == language).map_or('\u{2019}', |(_, a)| *a);
    (quotes, apostrophe)
}

/// A token's straight quotes and apostrophes as the language writes them (`open`: whether the
/// next `"` opens a quotation, carried from token to token).
fn convert_quotes(token: &str, quotes: Option<(char, char)>, apostrophe: char, open: &mut bool) -> Vec<char> {
    let chars: Vec<char> = token.chars().collect();
    let mut out = Vec::with_capacity(chars.len());
    for (j, &c) in chars.iter().enumerate() {
        let between_letters =
            j > 0 && chars[j - 1].is_alphabetic() && chars.get(j + 1).is_some_and(|n| n.is_alphabetic());
        match c {
            '\'' | '\u{2019}' if between_letters => out.push(apostrophe),
            '\'' => out.push('\u{2019}'),
            '"' => match quotes {
                Some((o, cl)) => {
                    out.push(if *open { o } else { cl });
                    *open = !*open;
                }
                None => out.push(c),
            },
            _ => out.push(c),
        }
    }
    out
}

/// The one-letter words a language never leaves at the end of a line: the space after them
/// becomes a no-break space (U+00A0).
///
/// - `uk`: the prepositions and conjunctions а, в, з, і, й, о, у (Ukrainian typesetting
///   practice: ДСТУ 3772-98 and the publishers' house rules following it; the same rule as
///   Czech, Slovak and Polish typesetting).
pub const SHORT_WORD_RULES: &[(&str, &[&str])] = &[("uk", &["а", "в", "з", "і", "й", "о", "у"])];

/// A spaced dash ("Congo - Kinshasa", "Конго – Кіншаса") bound to the words around it, so that
/// a line never ends or starts with it: for names set as data. A no-break space before it, and a
/// word joiner (U+2060) and a no-break space after it: Unicode's line breaking (UAX #14, `LB12a`)
/// allows a break between a dash and a no-break space, never next to a word joiner (`LB11`).
pub fn bind_spaced_dashes(text: &str) -> String {
    let mut out = text.to_string();
    for dash in ["-", "\u{2013}", "\u{2014}"] {
        out = out.replace(&format!(" {dash} "), &format!("{NBSP}{dash}\u{2060}{NBSP}"));
    }
    out
}

/// The longest country name whose words are kept on one line ("United Kingdom", "Sierra
/// Leone"); a longer one ("Democratic Republic of the Congo") may wrap between its words.
pub const WHOLE_COUNTRY: usize = 24;

/// A country's name as set beside an entry: its spaced dashes bound (above), and when it is
/// short, its spaces no-break ones, so that "(United Kingdom)" never breaks across lines. (Its
/// hyphens are left alone: a word joiner would travel with the text copied from the PDF.)
pub fn bind_country(name: &str) -> String {
    let bound = bind_spaced_dashes(name);
    if name.chars().count() > WHOLE_COUNTRY {
        return bound;
    }
    bound.replace(' ', &NBSP.to_string())
}

/// A token that must be left exactly as written: a URL, an e-mail address, a domain name.
fn is_protected(token: &str) -> bool {
    token.contains("://") || token.contains('@') || token.starts_with("www.")
}

/// Applies the language's typographic rules to a piece of text.
pub fn apply(text: &str, language: &Language) -> String {
    let langid = &language.langid;
    let spacing = Spacing::for_locale(langid);
    let (quotes, apostrophe) = quotes_of(langid.language.as_str());
    let short_words: &[&str] =
        SHORT_WORD_RULES.iter().find(|(l, _)| *l == langid.language.as_str()).map_or(&[], |(_, w)| *w);
    // Segments alternate between runs of white space and tokens.
    let mut segments: Vec<(bool, String)> = Vec::new();
    for c in text.chars() {
        // U+00A0 and U+202F count as white space, so that a typed one is replaced, not doubled.
        let ws = c.is_whitespace();
        match segments.last_mut() {
            Some((is_ws, s)) if *is_ws == ws => s.push(c),
            _ => segments.push((ws, c.to_string())),
        }
    }
    let mut out: Vec<(bool, String)> = Vec::with_capacity(segments.len());
    let mut open_double = true;
    let mut i = 0;
    while i < segments.len() {
        let (ws, seg) = segments[i].clone();
        if ws || is_protected(&seg) {
            out.push((ws, seg));
            i += 1;
            continue;
        }
        let chars = convert_quotes(&seg, quotes, apostrophe, &mut open_double);
        let mut tok = String::new();
        for (j, &c) in chars.iter().enumerate() {
            let prev = if j > 0 { Some(chars[j - 1]) } else { None };
            let next = chars.get(j + 1).copied();
            match c {
                ';' | '!' | '?' | ':' => {
                    let space = if c == ':' { spacing.before_colon } else { spacing.before_high };
                    let numeric = c == ':'
                        && prev.is_some_and(|p| p.is_ascii_digit())
                        && next.is_some_and(|n| n.is_ascii_digit());
                    let after_punct =
                        prev.is_some_and(|p| matches!(p, ';' | '!' | '?' | ':' | '(' | '[' | '«'));
                    let wanted = match space {
                        Space::Insert(sp) => Some(sp.to_string()),
                        Space::Remove => Some(String::new()),
                        Space::Leave => None,
                    };
                    match wanted {
                        Some(sp) if !numeric && !after_punct => {
                            if j == 0 {
                                // The typed space before it becomes the right one; none at the start.
                                let n = out.len();
                                if let Some((true, s)) = out.last_mut()
                                    && n > 1
                                {
                                    *s = sp;
                                }
                            } else {
                                if tok.ends_with(NBSP) || tok.ends_with(NNBSP) {
                                    tok.pop();
                                }
                                tok.push_str(&sp);
                            }
                            tok.push(c);
                        }
                        _ => tok.push(c),
                    }
                }
                '«' => {
                    tok.push(c);
                    if let Space::Insert(sp) = spacing.inside_guillemets {
                        if next.is_some() {
                            tok.push(sp);
                        } else if let Some((true, _)) = segments.get(i + 1) {
                            // Replace the typed space after « by the no-break one.
                            tok.push(sp);
                            segments[i + 1].1.clear();
                        }
                    }
                }
                '»' => {
                    if let Space::Insert(sp) = spacing.inside_guillemets {
                        if j == 0 {
                            if let Some((true, s)) = out.last_mut() {
                                *s = sp.to_string();
                            }
                        } else {
                            tok.push(sp);
                        }
                    }
                    tok.push(c);
                }
                _ => tok.push(c),
            }
        }
        // A one-letter word the language binds to the next one.
        if short_words.iter().any(|w| tok.to_lowercase() == *w)
            && let Some((true, next)) = segments.get_mut(i + 1)
        {
            *next = NBSP.to_string();
        }
        out.push((false, tok));
        i += 1;
    }
    out.into_iter().map(|(_, s)| s).collect()
}

/// Sorts items by the language's collation on their displayed names (stable for equal names).
pub fn sort_by_collation<T>(items: &mut [T], language: &Language, key: impl Fn(&T) -> &str) {
    match Collator::try_new((&language.locale).into(), CollatorOptions::default()) {
        Ok(collator) => items.sort_by(|a, b| collator.compare(key(a), key(b))),
        // Compiled data covers every locale; keep the listed order should that ever change.
        Err(_) => items.sort_by(|_, _| Ordering::Equal),
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_short_country_name_stays_on_one_line() {
        assert_eq!(super::bind_country("United Kingdom"), "United\u{a0}Kingdom");
        assert_eq!(super::bind_country("Royaume-Uni"), "Royaume-Uni");
        let long = "Democratic Republic of the Congo";
        assert_eq!(super::bind_country(long), long);
        assert_eq!(super::bind_country("Congo - Kinshasa"), "Congo\u{a0}-\u{2060}\u{a0}Kinshasa");
    }

    use super::*;

    fn lang(tag: &str) -> Language {
        Language::parse(tag).unwrap()
    }

    fn fr(s: &str) -> String {
        apply(s, &lang("fr"))
    }

    #[test]
    fn french_high_punctuation_gets_narrow_spaces() {
        assert_eq!(
            fr("Pourquoi ? Parce que ; enfin !"),
            "Pourquoi\u{202F}? Parce que\u{202F}; enfin\u{202F}!"
        );
        assert_eq!(fr("Pourquoi? Voici:"), "Pourquoi\u{202F}? Voici\u{A0}:");
        assert_eq!(fr("Quoi ?!"), "Quoi\u{202F}?!");
    }

    #[test]
    fn regional_french_rules_differ() {
        let ca = |s: &str| apply(s, &lang("fr-CA"));
        let ch = |s: &str| apply(s, &lang("fr-CH"));
        assert_eq!(ca("Pourquoi ? Voici : « oui »"), "Pourquoi? Voici\u{A0}: «\u{A0}oui\u{A0}»");
        assert_eq!(
            ch("Pourquoi ? Voici : « oui »"),
            "Pourquoi\u{202F}? Voici\u{202F}: «\u{202F}oui\u{202F}»"
        );
        assert_eq!(apply("Why? Here: yes", &lang("de")), "Why? Here: yes");
    }

    #[test]
    fn french_guillemets_and_apostrophes() {
        assert_eq!(fr("« Justice » l'accès"), "«\u{A0}Justice\u{A0}» l\u{2019}accès");
        assert_eq!(fr("«Justice»"), "«\u{A0}Justice\u{A0}»");
    }

    #[test]
    fn quotes_and_apostrophes_follow_each_language() {
        let at = |tag: &str, s: &str| apply(s, &lang(tag));
        assert_eq!(at("en", r#"the "archive" isn't"#), "the \u{201C}archive\u{201D} isn\u{2019}t");
        assert_eq!(at("es", r#"el "archivo" de l'Institut"#), "el «archivo» de l\u{2019}Institut");
        // Ukrainian: « », and the apostrophe inside a word is the letter ʼ (U+02BC), typed as '
        // or as ’; a quotation's closing ’ is not inside a word and stays.
        assert_eq!(at("uk", r#"п'ять "свідчень" В’ячеслава"#), "пʼять «свідчень» Вʼячеслава");
        assert_eq!(at("uk", "‘так’"), "‘так’");
        // Ukrainian one-letter words hold on to the next word; Spanish ones do not.
        assert_eq!(at("uk", "ознайомитися з ним і з нею"), "ознайомитися з\u{A0}ним і\u{A0}з\u{A0}нею");
        assert_eq!(at("es", "leerlo y obtener"), "leerlo y obtener");
        assert_eq!(bind_spaced_dashes("Congo - Kinshasa"), "Congo\u{A0}-\u{2060}\u{A0}Kinshasa");
        // French: the typed quotes become guillemets with their no-break spaces.
        assert_eq!(at("fr", r#"le "droit" d'accès"#), "le «\u{A0}droit\u{A0}» d\u{2019}accès");
        // A language with no rule keeps its straight quotes; no French spacing outside French.
        assert_eq!(at("ar", r#"قال "نعم" : لا"#), r#"قال "نعم" : لا"#);
        assert_eq!(at("es", "¿Qué? Sí: «no»"), "¿Qué? Sí: «no»");
    }

    #[test]
    fn urls_times_and_numbers_are_left_alone() {
        assert_eq!(
            fr("voir https://example.org/a?b=c:d à 10:55"),
            "voir https://example.org/a?b=c:d à 10:55"
        );
        assert_eq!(fr("écrire à info@example.org ; merci"), "écrire à info@example.org\u{202F}; merci");
    }

    /// Hand-written expected orders (what a French or English reader looks for), checked against
    /// the collator: accents after the plain letter, case ignored first, an apostrophe or a
    /// hyphen inside a name sorting as punctuation, "The" counted as a word (as the coalition's own
    /// list does), and Canadian French comparing accents from the end of the word.
    fn sorted(locale: &str, names: &[&str]) -> Vec<String> {
        let language = lang(locale);
        let mut v: Vec<String> = names.iter().map(std::string::ToString::to_string).collect();
        // Start from the reverse order, so that a no-op sort cannot pass.
        v.reverse();
        sort_by_collation(&mut v, &language, |s| s.as_str());
        v
    }

    #[test]
    fn french_collation_matches_a_hand_written_order() {
        let expected = [
            "Al Mezan Center for Human Rights",
            "Al-Haq",
            "Al-Haq Europe",
            "Amnesty International",
            "Asociación Americana de Juristas",
            "Avocats Sans Frontières",
            "Éditions de l’Aube",
            "Egalité",
            "Égalité",
            "Fédération internationale pour les droits humains (FIDH)",
            "Foro Penal",
            "l’Association des juristes",
            "La Ligue",
            "Ligue Burundaise des droits de l’homme Iteka",
            "The Arab Coalition for the International Criminal Court (ACICC)",
            "Truth Hounds",
        ];
        assert_eq!(sorted("fr", &expected), expected);
    }

    #[test]
    fn english_collation_matches_a_hand_written_order() {
        let expected = [
            "Al Mezan Center for Human Rights",
            "Al-Haq",
            "Al-Haq Europe",
            "Amnesty International",
            "Avocats Sans Frontières",
            "Help Not Handcuffs, Inc.",
            "Helsinki Citizens’ Assembly-Vanadzor",
            "Human Rights Watch",
            "REDRESS",
            "Réseau Equitas Côte d’Ivoire (REQCI)",
            "Rights for Peace",
            "StoptheDrugWar.org",
            "The Global Institute for the Prevention of Aggression",
            "UpRights",
        ];
        assert_eq!(sorted("en-GB", &expected), expected);
    }

    #[test]
    fn canadian_french_compares_accents_from_the_end() {
        // France: the first accent decides; Canada: the last one does.
        assert_eq!(sorted("fr", &["cote", "coté", "côte", "côté"]), ["cote", "coté", "côte", "côté"]);
        assert_eq!(sorted("fr-CA", &["cote", "côte", "coté", "côté"]), ["cote", "côte", "coté", "côté"]);
    }

    #[test]
    fn english_gets_curly_quotes_only() {
        let en = lang("en-GB");
        assert_eq!(
            apply("the court's \"mandate\": yes; no?", &en),
            "the court\u{2019}s \u{201C}mandate\u{201D}: yes; no?"
        );
    }
}
