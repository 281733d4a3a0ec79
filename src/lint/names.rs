//! The style of a signatory's name: the faults a machine-translated or hand-pasted list leaves
//! behind, found in the text of one name (`Campaign- OJC`, `Garzón – FIBGAR`, `“Kharkiv …”`).
//!
//! Owns: the name rules and their suggested fixes. Must not: know files, locales or Fluent; the
//! caller maps a finding's byte range in the name back to its file.
//!
//! The rules are the house style of a signatory list: name, then its acronym in parentheses; a
//! chapter joined with a spaced en dash; no quotation marks (a name is not a quotation); balanced
//! parentheses; single spaces. A name that is right as its organisation writes it although a rule
//! flags it is silenced by the comment `# name-as-written: <source>` above its message.

use std::ops::Range;

use fluent_syntax::ast::PatternElement;

use super::{Context, Entry, View, comment_lines, place_of};
use crate::diag::Diagnostic;
use crate::l10n::Locale;

/// The comment that silences the name rules for one message: `# name-as-written: <source>`.
pub const AS_WRITTEN_MARK: &str = "name-as-written:";

/// One fault in a name: a stable code, where it is (bytes of the name), what and how to fix it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NameFinding {
    /// The finding's stable code (`name-dash-spacing`, `name-quotes`, …).
    pub code: &'static str,
    /// The fault's byte range in the name.
    pub range: Range<usize>,
    /// What is wrong, in a sentence.
    pub message: String,
    /// How to fix it (the name as the rule would write it, when it can say).
    pub help: String,
}

/// Hyphens, dashes and the minus sign: the characters that join or separate parts of a name.
fn is_dash(c: char) -> bool {
    matches!(
        c,
        '-' | '\u{2010}' | '\u{2011}' | '\u{2012}' | '\u{2013}' | '\u{2014}' | '\u{2015}' | '\u{2212}'
    )
}

/// Double quotation marks of every script and style (apostrophes and single quotes are not).
fn is_double_quote(c: char) -> bool {
    matches!(
        c,
        '"' | '\u{201C}'
            | '\u{201D}'
            | '\u{201E}'
            | '\u{201F}'
            | '\u{00AB}'
            | '\u{00BB}'
            | '\u{2033}'
            | '\u{301D}'
            | '\u{301E}'
            | '\u{301F}'
            | '\u{FF02}'
            | '\u{275D}'
            | '\u{275E}'
            | '\u{2E42}'
    )
}

/// Words that follow a suspended hyphen ("Kinder- und Jugendhilfe", "pre- and post-trial"): the
/// one place where a hyphen rightly has a space on one side only.
const CONJUNCTIONS: [&str; 14] =
    ["und", "oder", "and", "or", "et", "ou", "y", "e", "o", "u", "en", "of", "i", "и"];

/// An acronym: no space, no lowercase letter, at least two capital letters (`CB-CPI`, `İHD`,
/// `ICJ`, `A.I.J.D.`).
fn is_acronym(s: &str) -> bool {
    !s.is_empty()
        && !s.chars().any(|c| c.is_whitespace() || c.is_lowercase())
        && s.chars().filter(|c| c.is_uppercase()).count() >= 2
        && s.chars().all(|c| c.is_alphanumeric() || is_dash(c) || matches!(c, '/' | '&' | '.' | '\''))
}

fn has_lowercase(s: &str) -> bool {
    s.chars().any(char::is_lowercase)
}

/// The byte ranges of the name outside parentheses and brackets (where the house style applies;
/// inside them stands the acronym, as written).
fn depth_at(name: &str) -> Vec<(usize, char, usize)> {
    let mut depth = 0usize;
    name.char_indices()
        .map(|(i, c)| {
            if matches!(c, ')' | ']') {
                depth = depth.saturating_sub(1);
            }
            let here = depth;
            if matches!(c, '(' | '[') {
                depth += 1;
            }
            (i, c, here)
        })
        .collect()
}

/// Every rule over one name. An empty list: the name is in house style.
pub fn lint_name(name: &str) -> Vec<NameFinding> {
    let mut out = Vec::new();
    dash_spacing(name, &mut out);
    glued_acronym(name, &mut out);
    parentheses(name, &mut out);
    quotes(name, &mut out);
    spaces(name, &mut out);
    out.sort_by_key(|f| f.range.start);
    out
}

/// `Campaign- OJC`, `Foo -Bar`: a hyphen or dash with a space on one side only.
fn dash_spacing(name: &str, out: &mut Vec<NameFinding>) {
    let chars: Vec<(usize, char)> = name.char_indices().collect();
    for (k, &(i, c)) in chars.iter().enumerate() {
        if !is_dash(c) {
            continue;
        }
        let before = k.checked_sub(1).map(|j| chars[j].1);
        let after = chars.get(k + 1).map(|x| x.1);
        let space_before = before.is_some_and(char::is_whitespace);
        let space_after = after.is_some_and(char::is_whitespace);
        if space_before == space_after {
            continue;
        }
        // A suspended hyphen: a letter, the hyphen, a space and a conjunction.
        if space_after && before.is_some_and(char::is_alphabetic) {
            let next_word = name[i + c.len_utf8()..].split_whitespace().next().unwrap_or("");
            if CONJUNCTIONS.contains(&next_word.to_lowercase().as_str()) {
                continue;
            }
        }
        let left = name[..i].trim_end();
        let right = name[i + c.len_utf8()..].trim_start();
        let help = if is_acronym(right) && has_lowercase(left) {
            format!("put the acronym in parentheses: `{left} ({right})`")
        } else if left.is_empty() || right.is_empty() {
            format!("remove the stray `{c}`")
        } else {
            format!(
                "join the words without spaces (`{left}{c}{right}`), or set a chapter apart with a spaced \
                 en dash (`{left} \u{2013} {right}`)"
            )
        };
        out.push(NameFinding {
            code: "name-dash-spacing",
            range: i..i + c.len_utf8(),
            message: format!("`{c}` with a space on one side only in the name `{name}`"),
            help,
        });
    }
}

/// `… Campaign-OJC`, `… – FIBGAR`, `CDN/Colombes de la Nature`: an acronym glued to the end or
/// the start of the name by a hyphen, dash or slash instead of standing in parentheses.
fn glued_acronym(name: &str, out: &mut Vec<NameFinding>) {
    let top: Vec<(usize, char)> = depth_at(name)
        .into_iter()
        .filter(|&(_, c, d)| d == 0 && (is_dash(c) || c == '/'))
        .map(|(i, c, _)| (i, c))
        .collect();
    // At the end: the first separator after which only an acronym follows.
    for &(i, c) in &top {
        let left = name[..i].trim_end();
        let right = name[i + c.len_utf8()..].trim();
        if is_acronym(right) && has_lowercase(left) && !right.contains(['(', ')']) {
            out.push(NameFinding {
                code: "name-glued-acronym",
                range: i..name.len(),
                message: format!("the acronym `{right}` is joined to the name `{name}` by `{c}`"),
                help: format!("put the acronym in parentheses after the name: `{left} ({right})`"),
            });
            return;
        }
    }
    // At the start: an acronym, then a separator, then the name.
    if let Some(&(i, c)) = top.first() {
        let left = name[..i].trim();
        let right = name[i + c.len_utf8()..].trim_start();
        if is_acronym(left) && has_lowercase(right) {
            out.push(NameFinding {
                code: "name-glued-acronym",
                range: 0..i + c.len_utf8(),
                message: format!("the acronym `{left}` is joined to the name `{name}` by `{c}`"),
                help: format!("put the acronym in parentheses after the name: `{right} ({left})`"),
            });
        }
    }
}

/// `Foo (BAR`, `Foo BAR)`, `Foo (BAR]`: a bracket without its partner.
fn parentheses(name: &str, out: &mut Vec<NameFinding>) {
    let mut open: Vec<(usize, char)> = Vec::new();
    for (i, c) in name.char_indices() {
        match c {
            '(' | '[' => open.push((i, c)),
            ')' | ']' => {
                let partner = if c == ')' { '(' } else { '[' };
                match open.pop() {
                    Some((_, o)) if o == partner => {}
                    _ => {
                        out.push(NameFinding {
                            code: "name-parentheses",
                            range: i..i + 1,
                            message: format!("`{c}` closes nothing in the name `{name}`"),
                            help: format!("add the `{partner}` it closes, or remove it"),
                        });
                        return;
                    }
                }
            }
            _ => {}
        }
    }
    if let Some(&(i, c)) = open.first() {
        let partner = if c == '(' { ')' } else { ']' };
        out.push(NameFinding {
            code: "name-parentheses",
            range: i..i + 1,
            message: format!("`{c}` is never closed in the name `{name}`"),
            help: format!("close it with `{partner}`, or remove it"),
        });
    }
}

/// `Civil organization “Kharkiv …”`: a name is not a quotation, and English quotes inside a
/// French page are wrong twice.
fn quotes(name: &str, out: &mut Vec<NameFinding>) {
    let marks: Vec<(usize, char)> = name.char_indices().filter(|&(_, c)| is_double_quote(c)).collect();
    if let Some(&(i, c)) = marks.first() {
        let bare: String = name.chars().filter(|&c| !is_double_quote(c)).collect();
        out.push(NameFinding {
            code: "name-quotes",
            range: i..i + c.len_utf8(),
            message: format!("quotation marks in the name `{name}`"),
            help: format!(
                "write the name without them (`{}`); drop a legal form the organisation does not print \
                 before its name",
                bare.split_whitespace().collect::<Vec<_>>().join(" ")
            ),
        });
    }
}

/// `Foo  Bar`: two spaces (of any width) in a row.
fn spaces(name: &str, out: &mut Vec<NameFinding>) {
    let chars: Vec<(usize, char)> = name.char_indices().collect();
    for w in chars.windows(2) {
        if w[0].1.is_whitespace() && w[1].1.is_whitespace() {
            let fixed = name.split_whitespace().collect::<Vec<_>>().join(" ");
            out.push(NameFinding {
                code: "name-double-space",
                range: w[0].0..w[1].0 + w[1].1.len_utf8(),
                message: format!("two spaces in a row in the name `{name}`"),
                help: format!("one space: `{fixed}`"),
            });
            return;
        }
    }
}

/// The comment that says an individual's name is written otherwise in a translation on purpose
/// (transliterated into the language's script): `# transliterated`.
pub const TRANSLITERATED_MARK: &str = "transliterated";

/// `individual-name`: an individual (an entry whose reference has an `.affiliation`) is named
/// the same in every language, unless a translator transliterates the name and says so above
/// the message (`# transliterated`).
pub fn individuals(cx: &Context, v: &View) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    if !v.is_translation() {
        return out;
    }
    let value = |m: &fluent_syntax::ast::Message<&str>| {
        m.value.as_ref().map(|p| {
            fluent_syntax::serializer::serialize(&fluent_syntax::ast::Resource {
                body: vec![fluent_syntax::ast::Entry::Message(fluent_syntax::ast::Message {
                    id: fluent_syntax::ast::Identifier { name: "x" },
                    value: Some(p.clone()),
                    attributes: Vec::new(),
                    comment: None,
                })],
            })
        })
    };
    for (id, _) in &cx.config.signatories {
        let (Some(t), Some(r)) = (v.entries.get(id.as_str()), cx.reference.entries.get(id.as_str())) else {
            continue;
        };
        let individual = r.message.attributes.iter().any(|a| a.id.name == "affiliation");
        if !individual
            || value(t.message) == value(r.message)
            || comment_lines(t.message).any(|l| l == TRANSLITERATED_MARK)
        {
            continue;
        }
        out.push(v.d(Diagnostic::warning(
            "individual-name",
            format!("the name of `{id}` differs from the reference's ({}): a person is named the same in every language", cx.reference.locale.tag()),
        )
        .for_id(id)
        .at(v.place(t.file, t.message.id.name))
        .help(format!("write the name as the reference does (only the affiliation is translated), or, when you transliterate it, say so with `# {TRANSLITERATED_MARK}` above the message"))));
    }
    out
}

/// `name-*`: the name rules over every signatory's message, in every locale, the reference too
/// (names are not translations).
pub fn signatories(cx: &Context, v: &View) -> Vec<Diagnostic> {
    if v.locale.is_pseudo() {
        return Vec::new();
    }
    let mut out = Vec::new();
    for (id, _) in &cx.config.signatories {
        if let Some(t) = v.entries.get(id.as_str()) {
            out.extend(name_findings(v.locale, t).into_iter().map(|d| v.d(d.for_id(id))));
        }
    }
    out
}

/// The name rules (`names`) over a signatory's message, each finding placed at its character
/// in the file; silenced by `# name-as-written: <source>` above the message.
fn name_findings(locale: &Locale, t: &Entry) -> Vec<Diagnostic> {
    let Some(value) = &t.message.value else {
        return Vec::new();
    };
    // The name as text, with where each piece of it stands in the file; a placeable is one
    // object character.
    let mut text = String::new();
    let mut pieces: Vec<(usize, &str)> = Vec::new();
    for el in &value.elements {
        match el {
            PatternElement::TextElement { value } => {
                pieces.push((text.len(), value));
                text.push_str(value);
            }
            PatternElement::Placeable { .. } => text.push('\u{FFFC}'),
        }
    }
    let found = lint_name(&text);
    if found.is_empty() {
        return Vec::new();
    }
    let source = comment_lines(t.message).find_map(|l| l.strip_prefix(AS_WRITTEN_MARK).map(str::trim));
    if source.is_some_and(|s| !s.is_empty()) {
        return Vec::new();
    }
    let whole = place_of(locale, t.file, t.message.id.name);
    found
        .into_iter()
        .map(|f| {
            let at = pieces
                .iter()
                .rev()
                .find(|(start, piece)| *start <= f.range.start && f.range.start < start + piece.len())
                .map_or(whole.clone(), |(start, piece)| {
                    let from = f.range.start - start;
                    let to = (f.range.end - start).min(piece.len());
                    place_of(locale, t.file, &piece[from..to])
                });
            let mut d = Diagnostic::warning(f.code, f.message).at(at).help(format!(
                "{}; if the organisation writes its name so, cite where above the message: \
                 `# {} <source>`",
                f.help, AS_WRITTEN_MARK
            ));
            if source.is_some() {
                d = d.note(format!(
                    "`# {}` silences the name rules only with its source (a URL or a publication)",
                    AS_WRITTEN_MARK
                ));
            }
            d
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn codes(name: &str) -> Vec<&'static str> {
        lint_name(name).into_iter().map(|f| f.code).collect()
    }

    #[test]
    fn real_names_pass() {
        for name in [
            "Al-Haq",
            "Al Mezan Center for Human Rights",
            "Asia Justice Coalition (AJC)",
            "Coalition Burundaise pour la Cour Pénale Internationale (CB-CPI)",
            "Coalition Nationale pour la Cour Pénale Internationale de la République Démocratique du Congo (CN-CPI/RDC)",
            "Defense for Children International – Palestine",
            "Democracy Without Borders – Kenya",
            "Documenta – Center for Dealing with the Past",
            "Help Not Handcuffs, Inc.",
            "Human Rights Association (İHD)",
            "Just Access e.V.",
            "Nürnberger Menschenrechtszentrum",
            "Réseau Equitas Côte d'Ivoire (REQCI)",
            "Reporters sans frontières (RSF)",
            "Robert F. Kennedy Human Rights",
            "StoptheDrugWar.org",
            "Women's Initiatives for Gender Justice",
            "Women’s Initiatives for Gender Justice",
            "Vision GRAM-International",
            "Kinder- und Jugendhilfe Verband",
            "Fundación Internacional Baltasar Garzón (FIBGAR)",
            "REDRESS",
            "CN-CPI/RDC",
            "UpRights",
            "Харківська правозахисна група",
            "مؤسسة الحق",
        ] {
            assert_eq!(codes(name), Vec::<&str>::new(), "{name}");
        }
    }

    #[test]
    fn a_dash_with_a_space_on_one_side_is_found_where_it_stands() {
        // The seed's form is two faults at one place: the space, and the glued acronym.
        let f = lint_name("Organization of the Justice Campaign- OJC");
        assert_eq!(f.iter().map(|f| f.code).collect::<Vec<_>>(), ["name-dash-spacing", "name-glued-acronym"]);
        assert_eq!(f[0].range.start, "Organization of the Justice Campaign".len());
        assert!(f[0].help.contains("`Organization of the Justice Campaign (OJC)`"), "{}", f[0].help);
        assert_eq!(codes("Helsinki Citizens’ Assembly -Vanadzor"), ["name-dash-spacing"]);
        assert!(lint_name("Democracy Without Borders– Kenya")[0].help.contains("Borders – Kenya"));
    }

    #[test]
    fn an_acronym_glued_by_a_hyphen_slash_or_dash_is_found() {
        assert_eq!(codes("Organization of the Justice Campaign-OJC"), ["name-glued-acronym"]);
        let f = lint_name("Baltasar Garzón International Foundation – FIBGAR");
        assert_eq!(f.len(), 1);
        assert_eq!(f[0].code, "name-glued-acronym");
        assert_eq!(f[0].range.start, "Baltasar Garzón International Foundation ".len());
        assert!(f[0].help.contains("`Baltasar Garzón International Foundation (FIBGAR)`"));
        let f = lint_name("CDN/Colombes de la Nature");
        assert_eq!(f[0].code, "name-glued-acronym");
        assert_eq!(f[0].range.start, 0);
        assert!(f[0].help.contains("`Colombes de la Nature (CDN)`"), "{}", f[0].help);
        assert_eq!(codes("Bureau d'études pour le bien-être des Communautés/BERCO"), ["name-glued-acronym"]);
        // Both faults of the seed's "Communautés/ BERCO" are not dashes: only the glue is found.
        assert_eq!(codes("Bureau d'études des Communautés/ BERCO"), ["name-glued-acronym"]);
    }

    #[test]
    fn unbalanced_parentheses_are_found_at_the_lone_bracket() {
        let f = lint_name("Libya Crimes Watch (LCW");
        assert_eq!(f.len(), 1);
        assert_eq!((f[0].code, f[0].range.start), ("name-parentheses", "Libya Crimes Watch ".len()));
        let f = lint_name("Libya Crimes Watch LCW)");
        assert_eq!((f[0].code, f[0].range.start), ("name-parentheses", "Libya Crimes Watch LCW".len()));
        assert_eq!(codes("Foo (BAR]"), ["name-parentheses"]);
    }

    #[test]
    fn double_quotes_of_any_kind_are_found_and_apostrophes_are_not() {
        let f = lint_name("Civil organization “Kharkiv Human Rights Protection Group”");
        assert_eq!(f.len(), 1);
        assert_eq!((f[0].code, f[0].range.start), ("name-quotes", "Civil organization ".len()));
        for q in ["\"X\"", "«\u{a0}X\u{a0}»", "„X“", "〝X〞", "＂X＂"] {
            assert_eq!(codes(&format!("The {q} Group")), ["name-quotes"], "{q}");
        }
        assert!(codes("People's Empowerment Foundation").is_empty());
        assert!(codes("People’s Empowerment Foundation").is_empty());
    }

    #[test]
    fn two_spaces_in_a_row_are_found() {
        let f = lint_name("Human Rights  Watch");
        assert_eq!((f[0].code, f[0].range.clone()), ("name-double-space", 12..14));
        assert_eq!(codes("Human Rights \u{a0}Watch"), ["name-double-space"]);
    }
}
