//! Characters that hide or reorder text: C0 and C1 controls and the bidirectional embeddings,
//! overrides and isolates, in any message of any locale.

use std::collections::BTreeSet;

use fluent_syntax::ast::{self, Expression, InlineExpression, PatternElement};

use super::{Context, Entry, View, place_of};
use crate::diag::Diagnostic;
use crate::l10n::Locale;

/// `control-character`: the rule, over every message of the locale.
pub fn characters(_: &Context, v: &View) -> Vec<Diagnostic> {
    if v.locale.is_pseudo() {
        return Vec::new();
    }
    v.entries.values().flat_map(|t| control_findings(v.locale, t)).map(|d| v.d(d)).collect()
}

/// Whether a character in a message is refused: C0 and C1 control characters (a tab excepted),
/// which a terminal or a PDF reader may obey, and the bidirectional embeddings, overrides and
/// isolates (U+202A–U+202E, U+2066–U+2069), which reorder what a reader sees against what the
/// file says ("Trojan Source", CVE-2021-42574). The marks U+200E, U+200F and U+061C reorder
/// nothing by themselves and right-to-left text needs them: they are allowed.
pub fn is_refused_control(c: char) -> bool {
    (c.is_control() && !matches!(c, '\t' | '\n' | '\r'))
        || matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

fn control_name(c: char) -> &'static str {
    match c {
        '\u{202A}' => "LEFT-TO-RIGHT EMBEDDING",
        '\u{202B}' => "RIGHT-TO-LEFT EMBEDDING",
        '\u{202C}' => "POP DIRECTIONAL FORMATTING",
        '\u{202D}' => "LEFT-TO-RIGHT OVERRIDE",
        '\u{202E}' => "RIGHT-TO-LEFT OVERRIDE",
        '\u{2066}' => "LEFT-TO-RIGHT ISOLATE",
        '\u{2067}' => "RIGHT-TO-LEFT ISOLATE",
        '\u{2068}' => "FIRST STRONG ISOLATE",
        '\u{2069}' => "POP DIRECTIONAL ISOLATE",
        _ => "a control character",
    }
}

/// Every piece of literal text of a pattern, as slices of its file: text, and string literals
/// (whose `\uXXXX` escapes are read too).
fn text_slices<'a>(p: &'a ast::Pattern<&'a str>, out: &mut Vec<(&'a str, bool)>) {
    fn inline<'a>(e: &'a InlineExpression<&'a str>, out: &mut Vec<(&'a str, bool)>) {
        match e {
            InlineExpression::StringLiteral { value } => out.push((value, true)),
            InlineExpression::Placeable { expression } => expression_(expression, out),
            InlineExpression::FunctionReference { arguments, .. } => {
                arguments.positional.iter().for_each(|a| inline(a, out));
                arguments.named.iter().for_each(|a| inline(&a.value, out));
            }
            InlineExpression::TermReference { arguments: Some(arguments), .. } => {
                arguments.positional.iter().for_each(|a| inline(a, out));
                arguments.named.iter().for_each(|a| inline(&a.value, out));
            }
            _ => {}
        }
    }
    fn expression_<'a>(e: &'a Expression<&'a str>, out: &mut Vec<(&'a str, bool)>) {
        match e {
            Expression::Inline(i) => inline(i, out),
            Expression::Select { selector, variants } => {
                inline(selector, out);
                for v in variants {
                    text_slices(&v.value, out);
                }
            }
        }
    }
    for el in &p.elements {
        match el {
            PatternElement::TextElement { value } => out.push((value, false)),
            PatternElement::Placeable { expression } => expression_(expression, out),
        }
    }
}

/// Refused characters ([`is_refused_control`]) in a message's value and attributes, each at its
/// place, once per character and message.
fn control_findings(locale: &Locale, t: &Entry) -> Vec<Diagnostic> {
    let mut slices = Vec::new();
    for p in t.message.value.iter().chain(t.message.attributes.iter().map(|a| &a.value)) {
        text_slices(p, &mut slices);
    }
    let mut seen = BTreeSet::new();
    let mut out = Vec::new();
    for (slice, literal) in slices {
        let mut found: Vec<(usize, usize, char)> = slice
            .char_indices()
            .filter(|(_, c)| is_refused_control(*c))
            .map(|(i, c)| (i, i + c.len_utf8(), c))
            .collect();
        if literal {
            // `\u202E` in a string literal is the character itself once Fluent reads it.
            let bytes = slice.as_bytes();
            for (i, _) in slice.match_indices('\\') {
                let (len, digits) = match bytes.get(i + 1) {
                    Some(b'u') => (4, slice.get(i + 2..i + 6)),
                    Some(b'U') => (6, slice.get(i + 2..i + 8)),
                    _ => continue,
                };
                if let Some(c) = digits.and_then(|h| u32::from_str_radix(h, 16).ok()).and_then(char::from_u32)
                    && is_refused_control(c)
                {
                    found.push((i, i + 2 + len, c));
                }
            }
        }
        for (start, end, c) in found {
            if !seen.insert(c) {
                continue;
            }
            let id = t.message.id.name;
            out.push(
                Diagnostic::error(
                    "control-character",
                    format!(
                        "`{id}` holds U+{:04X} ({}), which {}",
                        c as u32,
                        control_name(c),
                        if matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}') {
                            "can reorder what a reader sees against what the file says"
                        } else {
                            "a terminal or a reader may obey instead of showing"
                        }
                    ),
                )
                .for_id(id)
                .at(place_of(locale, t.file, &slice[start..end]))
                .help("remove it (an editor shows it with “show invisible characters”); right-to-left text needs no control character, Unicode's marks U+200E and U+200F are allowed"),
            );
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::super::testing::{TOML, codes, en, run};

    #[test]
    fn overrides_and_controls_are_refused_and_marks_are_not() {
        let fr = en("a = RED\u{202E}RESS\nb = { \"\\u202E\" }\nc = bell\u{7}\nd = \u{200F}mark\n");
        let d = run(super::characters, TOML, &en(""), &fr, "fr");
        assert_eq!(codes(&d), ["control-character", "control-character", "control-character"], "{d:#?}");
        assert!(d.iter().any(|d| d.message.contains("U+202E (RIGHT-TO-LEFT OVERRIDE)")));
        let (line, col) =
            d.iter().find(|d| d.id.as_deref() == Some("a")).unwrap().place.as_ref().unwrap().line_col();
        assert_eq!((line, col), (13, 8));
    }
}
