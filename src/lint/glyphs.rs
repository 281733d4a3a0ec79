//! Characters no font has: the text of every message against the fonts' coverage (a predicate,
//! so that the rule needs no font to be tested).

use std::collections::BTreeSet;

use super::{Coverage, View, patterns, uses_of};
use crate::diag::Diagnostic;

/// `missing-glyph` (a warning: publish finds the same on the typeset pages, as an error): each
/// message once, with every character no font has.
pub fn missing(v: &View, covered: Coverage) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    for (id, t) in &v.entries {
        for (attr, p) in patterns(t.message) {
            let what = attr.map_or(id.to_string(), |a| format!("{id}.{a}"));
            let mut missing = BTreeSet::new();
            for c in uses_of(p).text.chars() {
                if !c.is_control() && !c.is_whitespace() && !covered(c) {
                    missing.insert(c);
                }
            }
            if missing.is_empty() {
                continue;
            }
            let list: Vec<String> = missing.iter().map(|c| format!("{c:?} (U+{:04X})", *c as u32)).collect();
            // Each script once: "Armenian script (Unicode Armn): Noto Sans Armenian covers it".
            let mut scripts: Vec<String> = Vec::new();
            for s in missing.iter().map(|&c| crate::project::fonts::who_covers(c)) {
                if !scripts.contains(&s) {
                    scripts.push(s);
                }
            }
            let mut d = Diagnostic::warning(
                "missing-glyph",
                format!("no font has {} of `{what}` in locale {}", list.join(", "), v.locale.tag()),
            )
            .for_id(*id)
            .at(v.place(t.file, t.message.id.name));
            for s in scripts {
                d = d.note(s);
            }
            out.push(v.d(d.help(
                "add a font that covers it to the project's fonts/ folder; publishing fails until then",
            )));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::super::testing::{TOML, en, load};

    #[test]
    fn characters_the_coverage_lacks_are_named_once_per_message() {
        let (config, catalog) = load(TOML, &en(""), &en("arm = Հայաստան Հ\n"));
        let fr = catalog.get("fr").unwrap();
        let parsed = super::super::parse(fr);
        let view = super::super::View::new(fr, &parsed, false);
        let latin = |c: char| c.is_ascii();
        let d = super::missing(&view, &latin);
        assert_eq!(d.len(), 1, "{d:#?}");
        assert!(d[0].message.contains("U+0540"), "{}", d[0].message);
        let _ = config;
    }
}
