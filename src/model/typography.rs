//! Language rules applied to the model's text after Fluent formatting: apostrophes and quotes,
//! French punctuation spacing (babel-french's defaults), and sorting names by the language's
//! collation (ICU4X).
//!
//! Owns: these text transformations, as pure functions of a string and a locale. Must not: read
//! files, format messages or typeset.

use std::cmp::Ordering;

use icu_collator::Collator;
use icu_collator::options::CollatorOptions;
use icu_locale_core::Locale;
use unic_langid::LanguageIdentifier;

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
    pub before_high: Space,
    pub before_colon: Space,
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
    pub const NONE: Spacing =
        Spacing { before_high: Space::Leave, before_colon: Space::Leave, inside_guillemets: Space::Leave };

    /// The rules for a locale, from `SPACING_RULES`.
    pub fn for_locale(langid: &LanguageIdentifier) -> Self {
        let language = langid.language.as_str();
        let region = langid.region.as_ref().map(|r| r.as_str());
        let mut best: Option<(usize, Spacing)> = None;
        for (tag, rules) in SPACING_RULES {
            let Ok(rule) = tag.parse::<LanguageIdentifier>() else {
                continue;
            };
            let rule_region = rule.region.as_ref().map(|r| r.as_str());
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

/// A token that must be left exactly as written: a URL, an e-mail address, a domain name.
fn is_protected(token: &str) -> bool {
    token.contains("://") || token.contains('@') || token.starts_with("www.")
}

/// Applies the language's typographic rules to a piece of text.
pub fn apply(text: &str, langid: &LanguageIdentifier) -> String {
    let spacing = Spacing::for_locale(langid);
    let english = langid.language.as_str() == "en";
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
        let chars: Vec<char> = seg.chars().collect();
        let mut tok = String::new();
        for (j, &c) in chars.iter().enumerate() {
            let prev = if j > 0 { Some(chars[j - 1]) } else { None };
            let next = chars.get(j + 1).copied();
            match c {
                '\'' => tok.push('\u{2019}'),
                '"' if english => {
                    tok.push(if open_double { '\u{201C}' } else { '\u{201D}' });
                    open_double = !open_double;
                }
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
        out.push((false, tok));
        i += 1;
    }
    out.into_iter().map(|(_, s)| s).collect()
}

/// Sorts items by the language's collation on their displayed names (stable for equal names).
pub fn sort_by_collation<T>(items: &mut [T], langid: &LanguageIdentifier, key: impl Fn(&T) -> &str) {
    let locale: Locale = langid.to_string().parse().unwrap_or(Locale::UNKNOWN);
    match Collator::try_new(locale.into(), CollatorOptions::default()) {
        Ok(collator) => items.sort_by(|a, b| collator.compare(key(a), key(b))),
        // Compiled data covers every locale; keep the listed order should that ever change.
        Err(_) => items.sort_by(|_, _| Ordering::Equal),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fr(s: &str) -> String {
        apply(s, &"fr".parse().unwrap())
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
        let ca = |s: &str| apply(s, &"fr-CA".parse().unwrap());
        let ch = |s: &str| apply(s, &"fr-CH".parse().unwrap());
        assert_eq!(ca("Pourquoi ? Voici : « oui »"), "Pourquoi? Voici\u{A0}: «\u{A0}oui\u{A0}»");
        assert_eq!(
            ch("Pourquoi ? Voici : « oui »"),
            "Pourquoi\u{202F}? Voici\u{202F}: «\u{202F}oui\u{202F}»"
        );
        assert_eq!(apply("Why? Here: yes", &"de".parse().unwrap()), "Why? Here: yes");
    }

    #[test]
    fn french_guillemets_and_apostrophes() {
        assert_eq!(fr("« Justice » l'accès"), "«\u{A0}Justice\u{A0}» l\u{2019}accès");
        assert_eq!(fr("«Justice»"), "«\u{A0}Justice\u{A0}»");
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
        let langid: LanguageIdentifier = locale.parse().unwrap();
        let mut v: Vec<String> = names.iter().map(|s| s.to_string()).collect();
        // Start from the reverse order, so that a no-op sort cannot pass.
        v.reverse();
        sort_by_collation(&mut v, &langid, |s| s.as_str());
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
        let en: LanguageIdentifier = "en-GB".parse().unwrap();
        assert_eq!(
            apply("the court's \"mandate\": yes; no?", &en),
            "the court\u{2019}s \u{201C}mandate\u{201D}: yes; no?"
        );
    }
}
