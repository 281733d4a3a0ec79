//! The inline notation (`l10n::markup`) in the messages that carry it: marks left over or not
//! part of the notation, at `file:line:col`; footnotes without their `.note-<name>` text and notes
//! no mark refers to; a translation with another number of footnotes or links than its
//! reference; footnote marks where they have no place (a heading, a name, a title).

use std::collections::BTreeSet;

use fluent_syntax::ast::{self, PatternElement};

use super::{Context, Entry, View};
use crate::diag::Diagnostic;
use crate::l10n::markup::{self, Piece};

/// A pattern's text as the notation sees it, with where each piece of it stands in the file; a
/// placeable stands as one character that is no mark (`0`).
fn text_of<'a>(p: &'a ast::Pattern<&'a str>) -> (String, Vec<(usize, &'a str)>) {
    let mut text = String::new();
    let mut pieces = Vec::new();
    for el in &p.elements {
        match el {
            PatternElement::TextElement { value } => {
                pieces.push((text.len(), *value));
                text.push_str(value);
            }
            PatternElement::Placeable { .. } => text.push('0'),
        }
    }
    (text, pieces)
}

/// The place of a byte range of a pattern's text (as `text_of` built it) in its file.
fn place(v: &View, t: &Entry, pieces: &[(usize, &str)], range: std::ops::Range<usize>) -> crate::diag::Place {
    pieces
        .iter()
        .rev()
        .find(|(start, piece)| *start <= range.start && range.start < start + piece.len().max(1))
        .map_or_else(
            || v.place(t.file, t.message.id.name),
            |(start, piece)| {
                let from = (range.start - start).min(piece.len());
                let to = (range.end.saturating_sub(*start)).clamp(from, piece.len());
                v.place(t.file, &piece[from..to])
            },
        )
}

/// The messages whose text carries the notation: paragraphs, lists (and their leads),
/// quotations, notes to editors.
fn rich_ids<'a>(cx: &'a Context) -> BTreeSet<&'a str> {
    cx.config.blocks.iter().flat_map(|b| b.rich_ids()).collect()
}

/// The footnote marks and links of a rich message's value, and its `.note-*` attributes.
fn marks(m: &ast::Message<&str>) -> (Vec<String>, usize, Vec<String>) {
    let (mut notes, mut links) = (Vec::new(), 0);
    if let Some(v) = &m.value {
        let (text, _) = text_of(v);
        let (pieces, _) = markup::parse(&text);
        notes = pieces
            .iter()
            .filter_map(|p| if let Piece::Note(n) = p { Some(n.clone()) } else { None })
            .collect();
        let calls = v.elements.iter().filter(|e| {
            matches!(e, PatternElement::Placeable { expression: ast::Expression::Inline(ast::InlineExpression::FunctionReference { id, .. }) } if id.name == "LINK")
        });
        links = markup::counts(&pieces).1 + calls.count();
    }
    let attrs =
        m.attributes.iter().filter_map(|a| a.id.name.strip_prefix("note-").map(str::to_string)).collect();
    (notes, links, attrs)
}

/// `markup`, `link`, `footnote-missing`, `footnote-unused`: the notation in every rich message
/// (and its notes' texts).
pub fn notation(cx: &Context, v: &View) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    if v.locale.is_pseudo() {
        return out;
    }
    for id in rich_ids(cx) {
        let Some(t) = v.entries.get(id) else {
            continue;
        };
        let mut patterns: Vec<(Option<&str>, &ast::Pattern<&str>)> =
            t.message.value.iter().map(|p| (None, p)).collect();
        patterns.extend(
            t.message
                .attributes
                .iter()
                .filter(|a| a.id.name.starts_with("note-"))
                .map(|a| (Some(a.id.name), &a.value)),
        );
        for (attr, p) in patterns {
            let what = attr.map_or(id.to_string(), |a| format!("{id}.{a}"));
            let (text, pieces) = text_of(p);
            let (found, problems) = markup::parse(&text);
            for problem in problems {
                out.push(
                    v.d(Diagnostic::error(problem.code, format!("`{what}`: {}", problem.message))
                        .for_id(id)
                        .at(place(v, t, &pieces, problem.range))
                        .help(problem.help)),
                );
            }
            if attr.is_some() && found.iter().any(|p| matches!(p, Piece::Note(_))) {
                out.push(
                    v.d(Diagnostic::error("markup", format!("`{what}`: a footnote inside a footnote"))
                        .for_id(id)
                        .at(v.place(t.file, attr.unwrap_or(id)))
                        .help("a note cannot carry notes of its own: write it into the note's text")),
                );
            }
        }
        let (notes, _, attrs) = marks(t.message);
        for n in &notes {
            if !attrs.contains(n) {
                out.push(
                    v.d(Diagnostic::error(
                        "footnote-missing",
                        format!("`{id}` marks the footnote `[^{n}]`, but has no attribute `.note-{n}`"),
                    )
                    .for_id(id)
                    .at(v.place(t.file, t.message.id.name))
                    .help(format!("add `    .note-{n} = <the note's text>` under the message"))),
                );
            }
        }
        for a in t.message.attributes.iter().filter(|a| a.id.name.starts_with("note-")) {
            let name = &a.id.name["note-".len()..];
            if !notes.iter().any(|n| n == name) {
                out.push(
                    v.d(Diagnostic::warning(
                        "footnote-unused",
                        format!("`{id}` has the note `.{}`, but its text marks no `[^{name}]`", a.id.name),
                    )
                    .for_id(id)
                    .at(v.place(t.file, a.id.name))
                    .help(format!("put `[^{name}]` where the note's mark goes, or remove the attribute"))),
                );
            }
        }
    }
    out
}

/// `markup-count`: a translation of a rich message with another number of footnotes or links
/// than the reference's (a note or a link lost, or invented, in translation).
pub fn counts(cx: &Context, v: &View) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    if !v.is_translation() {
        return out;
    }
    for id in rich_ids(cx) {
        let (Some(t), Some(r)) = (v.entries.get(id), cx.reference.entries.get(id)) else {
            continue;
        };
        let (notes, links, _) = marks(t.message);
        let (ref_notes, ref_links, _) = marks(r.message);
        for (what, here, there) in [("footnotes", notes.len(), ref_notes.len()), ("links", links, ref_links)]
        {
            if here != there {
                out.push(
                    v.d(Diagnostic::error(
                        "markup-count",
                        format!(
                            "`{id}` has {here} {what} in locale {}, the reference {there}",
                            v.locale.tag()
                        ),
                    )
                    .for_id(id)
                    .at(v.place(t.file, t.message.id.name))
                    .help(format!("a translation keeps the reference's {what}: one for each of its"))),
                );
            }
        }
    }
    out
}

/// `footnote-place`: a footnote mark in a field that is never rich text (a title, a heading, a
/// name): it would print as `[^name]`.
pub fn misplaced(cx: &Context, v: &View) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    if v.locale.is_pseudo() {
        return out;
    }
    let rich = rich_ids(cx);
    let signatories: BTreeSet<&str> = cx.signatories.iter().copied().collect();
    // The fields the document shows as plain text: the statement's own messages that are not
    // rich, and the names. (A message no block uses is another finding: `unused-message`.)
    let plain: BTreeSet<&str> =
        cx.required.iter().map(String::as_str).chain(signatories.iter().copied()).collect();
    for (id, t) in &v.entries {
        if rich.contains(id) || !plain.contains(id) {
            continue;
        }
        let Some(value) = &t.message.value else {
            continue;
        };
        let (text, pieces) = text_of(value);
        if let Some(at) = text.find("[^") {
            let what =
                if signatories.contains(id) { "a name" } else { "a heading, title or other plain field" };
            out.push(v.d(Diagnostic::error("footnote-place", format!("`{id}` is {what}, where a footnote has no place"))
                .for_id(*id)
                .at(place(v, t, &pieces, at..at + 2))
                .help("footnotes go in paragraphs, lists, quotations and notes to editors; a note on a signatory is its `.note` attribute")));
        }
    }
    out
}

/// `title-marks`: a tie (`~`) or a suggested break (`|`) in the title or a heading that joins
/// nothing (`l10n::title`), at its place.
pub fn title_marks(cx: &Context, v: &View) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    let titles: BTreeSet<&str> = std::iter::once(crate::model::ids::TITLE)
        .chain(cx.config.blocks.iter().filter_map(|b| match b {
            crate::project::config::Block::Heading { id, .. } => Some(id.as_str()),
            _ => None,
        }))
        .collect();
    for (id, t) in &v.entries {
        if !titles.contains(id) {
            continue;
        }
        let Some(value) = &t.message.value else { continue };
        let (text, pieces) = text_of(value);
        for (at, help) in crate::l10n::title::faults(&text) {
            out.push(
                v.d(Diagnostic::warning(
                    "title-marks",
                    format!("`{id}`: a mark that joins nothing in a title"),
                ))
                .for_id(*id)
                .at(place(v, t, &pieces, at..at + 1))
                .help(help),
            );
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::super::testing::{TOML, codes, en, run};

    #[test]
    fn stray_marks_and_missing_notes_are_found_at_their_place() {
        let en = en("").replace("body = B\n", "body = The *court said[^a] and more.\n");
        let d = run(super::notation, TOML, &en, &en, "en");
        let mut got = codes(&d);
        got.sort();
        assert_eq!(got, ["footnote-missing", "markup"], "{d:#?}");
        let m = d.iter().find(|d| d.code == "markup").unwrap();
        assert_eq!(m.place.as_ref().unwrap().line_col(), (5, 12));
    }

    #[test]
    fn notes_and_links_are_counted_against_the_reference() {
        let reference = en("").replace(
            "body = B\n",
            "body = See [the report](https://example.org)[^a].\n    .note-a = A note.\n",
        );
        let fr = en("").replace("body = B\n", "body = Voir le rapport.\n");
        let d = run(super::counts, TOML, &reference, &fr, "fr");
        assert_eq!(codes(&d), ["markup-count", "markup-count"]);
        assert!(run(super::notation, TOML, &reference, &reference, "en").is_empty());
        let unused = en("").replace("body = B\n", "body = Text.\n    .note-a = Orphan.\n");
        assert_eq!(codes(&run(super::notation, TOML, &unused, &unused, "en")), ["footnote-unused"]);
    }

    #[test]
    fn a_footnote_in_a_title_or_a_name_has_no_place() {
        let en = en("")
            .replace("statement-title = T\n", "statement-title = T[^a]\n")
            .replace("sig-one = One\n", "sig-one = One[^b]\n");
        let d = run(super::misplaced, TOML, &en, &en, "en");
        assert_eq!(codes(&d), ["footnote-place", "footnote-place"]);
        // A leftover message no block uses is not a plain field (it is `unused-message`).
        let leftover = super::super::testing::en("old-paragraph = Text[^a]\n    .note-a = A note.\n");
        assert!(run(super::misplaced, TOML, &leftover, &leftover, "en").is_empty());
    }

    #[test]
    fn a_title_mark_that_joins_nothing_is_found_at_its_place() {
        let en = en("").replace("statement-title = T\n", "statement-title = Cour ~pénale, | T~x |\n");
        let d = run(super::title_marks, TOML, &en, &en, "en");
        assert_eq!(codes(&d), ["title-marks", "title-marks"]);
        let good = super::super::testing::en("")
            .replace("statement-title = T\n", "statement-title = Cour~pénale, | T \\~\n");
        assert!(run(super::title_marks, TOML, &good, &good, "en").is_empty());
    }
}
