//! The plural rule: a selector on a number must have a variant for every plural category the
//! locale's rules produce (the same rules Fluent selects with at run time).

use std::collections::BTreeSet;

use fluent_syntax::ast::{InlineExpression, VariantKey};
use intl_pluralrules::{PluralRuleType, PluralRules};

use super::{Context, View, patterns, uses_of};
use crate::diag::Diagnostic;
use crate::l10n::Locale;

/// The cardinal plural categories a locale's rules produce (as the bundle selects them).
pub fn plural_categories(locale: &Locale) -> BTreeSet<&'static str> {
    let mut out = BTreeSet::new();
    let language = crate::l10n::plural_language(&locale.language.langid);
    let Ok(rules) = PluralRules::create(language, PluralRuleType::CARDINAL) else {
        return out;
    };
    let samples: Vec<String> = (0..=200)
        .map(|n| n.to_string())
        .chain(
            ["1000", "10000", "100000", "1000000", "0.5", "1.5", "2.5", "1.0"]
                .iter()
                .map(std::string::ToString::to_string),
        )
        .collect();
    for s in samples {
        if let Ok(cat) = rules.select(s.as_str()) {
            out.insert(match cat {
                intl_pluralrules::PluralCategory::ZERO => "zero",
                intl_pluralrules::PluralCategory::ONE => "one",
                intl_pluralrules::PluralCategory::TWO => "two",
                intl_pluralrules::PluralCategory::FEW => "few",
                intl_pluralrules::PluralCategory::MANY => "many",
                intl_pluralrules::PluralCategory::OTHER => "other",
            });
        }
    }
    out
}

const PLURAL_KEYS: [&str; 6] = ["zero", "one", "two", "few", "many", "other"];

/// `plural-categories`: a selector on a variable or a function, with plural keys, that lacks a
/// category the locale has.
pub fn categories(_: &Context, v: &View) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    // A pseudo-locale is the reference's text: its selectors are the reference's to check (the
    // right-to-left one selects with Arabic's rules, and falls to the default variant).
    if v.locale.is_pseudo() {
        return out;
    }
    let categories = plural_categories(v.locale);
    let tag = v.locale.tag();
    for (id, t) in &v.entries {
        for (attr, p) in patterns(t.message) {
            let what = attr.map_or(id.to_string(), |a| format!("{id}.{a}"));
            for (selector, variants) in &uses_of(p).selects {
                let plural = matches!(
                    selector,
                    InlineExpression::VariableReference { .. } | InlineExpression::FunctionReference { .. }
                ) && variants
                    .iter()
                    .any(|v| matches!(v.key, VariantKey::Identifier { name } if PLURAL_KEYS.contains(&name)));
                if !plural {
                    continue;
                }
                let keys: BTreeSet<&str> = variants
                    .iter()
                    .filter_map(|v| match v.key {
                        VariantKey::Identifier { name } => Some(name),
                        VariantKey::NumberLiteral { .. } => None,
                    })
                    .collect();
                let missing: Vec<&str> = categories.iter().filter(|c| !keys.contains(*c)).copied().collect();
                if missing.is_empty() {
                    continue;
                }
                out.push(
                    v.d(Diagnostic::error(
                        "plural-categories",
                        format!(
                            "`{what}` has no variant for the plural categor{} {} of locale {tag}",
                            if missing.len() == 1 { "y" } else { "ies" },
                            missing.join(", ")
                        ),
                    )
                    .for_id(*id)
                    .at(v.place(t.file, t.message.id.name))
                    .note(format!(
                        "locale {tag} uses the categories {}",
                        categories.iter().copied().collect::<Vec<_>>().join(", ")
                    ))
                    .help(format!("add `[{}] ...` variants", missing.join("] ...`, `[")))),
                );
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::super::testing::{TOML, codes, en, run};

    #[test]
    fn a_selector_without_a_category_of_the_locale_is_an_error() {
        let fr = en("n = { $n ->\n   *[other] plusieurs\n}\n");
        let d =
            run(super::categories, TOML, &en("n = { $n ->\n    [one] one\n   *[other] many\n}\n"), &fr, "fr");
        assert_eq!(codes(&d), ["plural-categories"]);
        assert!(d[0].message.contains("category one"), "{}", d[0].message);
        // Keys that are not plural categories: not a plural selector.
        let fr = en("g = { $g ->\n    [masculine] il\n   *[feminine] elle\n}\n");
        assert!(run(super::categories, TOML, &en(""), &fr, "fr").is_empty());
    }
}
