//! A filled kit read back (`Filled`, from `xliff::read` or `docx::read`) turned into the
//! locale's messages: each unit compared with the project's kit now (a unit the translator did
//! not change leaves its message as it is, byte for byte), its codes checked against the
//! source's (a footnote or a link dropped or added is an error naming the unit and its place in
//! the kit), a message's units (value, attributes, plural forms) joined into one Fluent message.
//!
//! Owns: from a kit's units to messages' Fluent source. Must not: read or write files.

use std::collections::{BTreeMap, BTreeSet};

use fluent_syntax::ast;

use super::codes::{self, Code, CodeKind, Tok};
use super::{Kit, State, Unit};
use crate::diag::{Diagnostic, Place};

/// A piece of a filled target: words, or a code with its native text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Piece {
    /// Words, as the translator wrote them.
    Text(String),
    /// A code standing alone.
    Alone(Code),
    /// The start of a pair.
    Start(Code),
    /// The end of a pair.
    End(Code),
}

/// A unit of a filled kit.
#[derive(Debug, Clone)]
pub struct FilledUnit {
    /// Its id.
    pub id: String,
    /// Its target; `None` when it is not translated.
    pub target: Option<Vec<Piece>>,
    /// Its state, when the kit says one.
    pub state: Option<State>,
    /// Where its target is in the kit (XLIFF), for diagnostics.
    pub place: Option<Place>,
    /// Where it is, as words (`kit.xlf:12:9`, `kit.docx, row 4`).
    pub shown: String,
    /// Whether its source is not the reference's text now: the reference changed since the kit
    /// was made, and the translation is of the words it had then.
    pub stale: bool,
    /// The state it had when the kit was made, when the kit says it.
    pub exported: Option<State>,
}

/// What a unit's reading found wrong.
#[derive(Debug, Clone)]
pub struct Problem {
    /// The unit.
    pub unit: String,
    /// Where, when a line and column are known.
    pub place: Option<Place>,
    /// Where, as words, when they are not.
    pub shown: Option<String>,
    /// What.
    pub message: String,
}

impl Problem {
    /// A problem at a place of the kit.
    pub fn at(unit: &str, place: Place, message: String) -> Self {
        Problem { unit: unit.to_string(), place: Some(place), shown: None, message }
    }

    /// The diagnostic.
    pub fn diagnostic(&self) -> Diagnostic {
        let mut d = Diagnostic::error("kit", format!("unit `{}`: {}", self.unit, self.message));
        if let Some(p) = &self.place {
            d = d.at(p.clone());
        } else if let Some(s) = &self.shown {
            d = d.in_file(s.clone());
        }
        d
    }
}

/// A filled kit, read.
#[derive(Debug, Clone, Default)]
pub struct Filled {
    /// The statement it says it is for.
    pub statement: Option<String>,
    /// The kit version it says.
    pub version: Option<String>,
    /// Its source language.
    pub source: String,
    /// Its target language.
    pub target: String,
    /// Its units.
    pub units: Vec<FilledUnit>,
    /// What reading found wrong.
    pub problems: Vec<Problem>,
}

/// A project's kit's target as pieces (what an unchanged filled unit reads back as).
pub fn pieces(unit: &Unit, toks: &[Tok]) -> Vec<Piece> {
    toks.iter()
        .map(|t| match t {
            Tok::Text(s) => Piece::Text(s.clone()),
            Tok::Ph(k) => Piece::Alone(unit.codes[*k].clone()),
            Tok::Open(k) => Piece::Start(unit.codes[*k].clone()),
            Tok::Close(k) => Piece::End(unit.codes[*k].clone()),
        })
        .collect()
}

/// Pieces as a reader sees them: adjacent words together, white space runs one space, none at
/// the ends.
fn normal(pieces: &[Piece]) -> Vec<Piece> {
    let mut codes_of = Vec::new();
    let toks: Vec<Tok> = pieces
        .iter()
        .map(|p| match p {
            Piece::Text(s) => Tok::Text(s.clone()),
            Piece::Alone(c) | Piece::Start(c) | Piece::End(c) => {
                codes_of.push(p.clone());
                let _ = c;
                Tok::Ph(codes_of.len() - 1)
            }
        })
        .collect();
    codes::normal(&toks)
        .into_iter()
        .map(|t| match t {
            Tok::Text(s) => Piece::Text(s),
            Tok::Ph(k) | Tok::Open(k) | Tok::Close(k) => codes_of[k].clone(),
        })
        .collect()
}

/// Whether two targets say the same (emphasis by `*` or `_` alike).
pub fn same(a: &[Piece], b: &[Piece]) -> bool {
    let (a, b) = (normal(a), normal(b));
    a.len() == b.len()
        && a.iter().zip(&b).all(|(x, y)| match (x, y) {
            (Piece::Text(p), Piece::Text(q)) => p == q,
            (Piece::Alone(p), Piece::Alone(q))
            | (Piece::Start(p), Piece::Start(q))
            | (Piece::End(p), Piece::End(q)) => p.same_as(q),
            _ => false,
        })
}

/// A target as Fluent source.
pub fn fluent(pieces: &[Piece], rich: bool) -> String {
    let mut out = String::new();
    for p in normal(pieces) {
        match p {
            Piece::Text(s) => out.push_str(&codes::escape(&s, rich)),
            Piece::Alone(c) | Piece::Start(c) => out.push_str(&c.start),
            Piece::End(c) => out.push_str(&c.end),
        }
    }
    out
}

/// A target as Fluent source, each select marker (`{ $states -> … }`) replaced by what
/// `select` makes of it (the marker itself when it gives nothing).
fn fluent_with(pieces: &[Piece], rich: bool, select: &dyn Fn(&Code) -> Option<String>) -> String {
    let mut out = String::new();
    for p in normal(pieces) {
        match p {
            Piece::Text(s) => out.push_str(&codes::escape(&s, rich)),
            Piece::Alone(c) if c.kind == CodeKind::Select => out.push_str(&select(&c).unwrap_or(c.start)),
            Piece::Alone(c) | Piece::Start(c) => out.push_str(&c.start),
            Piece::End(c) => out.push_str(&c.end),
        }
    }
    out
}

/// The footnote marks and links of pieces.
fn marks(pieces: &[Piece]) -> (Vec<String>, usize) {
    let mut notes = Vec::new();
    let mut links = 0;
    for p in pieces {
        match p {
            Piece::Alone(c) if c.kind == CodeKind::Footnote => notes.push(c.start.clone()),
            Piece::Alone(c) if c.kind == CodeKind::Autolink => links += 1,
            Piece::Start(c) if c.kind == CodeKind::Link => links += 1,
            _ => {}
        }
    }
    notes.sort();
    (notes, links)
}

/// What a target lacks or adds of its source's footnotes and links.
pub fn check_marks(unit: &Unit, target: &[Piece]) -> Vec<String> {
    let source = pieces(unit, &unit.source);
    let (sn, sl) = marks(&source);
    let (tn, tl) = marks(target);
    let mut out = Vec::new();
    for n in &sn {
        if !tn.contains(n) {
            out.push(format!(
                "the target drops the footnote mark `{n}` of the source: keep it where its note belongs"
            ));
        }
    }
    for n in &tn {
        if !sn.contains(n) {
            out.push(format!("the target has a footnote mark `{n}` the source does not have"));
        }
    }
    if sl != tl {
        out.push(format!(
            "the source has {sl} link{} and the target {tl}: keep every link of the source",
            if sl == 1 { "" } else { "s" }
        ));
    }
    // A pair must close where it opened.
    let mut stack: Vec<&Code> = Vec::new();
    for p in target {
        match p {
            Piece::Start(c) => stack.push(c),
            Piece::End(c) if stack.pop().is_none_or(|o| o != c) => {
                out.push(format!("the code `{}` ends where it did not start", c.end));
            }
            _ => {}
        }
    }
    out
}

/// Pieces as Fluent source, as they are (no white space changed).
fn raw_fluent(pieces: &[Piece], rich: bool) -> String {
    let mut out = String::new();
    for p in pieces {
        match p {
            Piece::Text(s) => out.push_str(&codes::escape(s, rich)),
            Piece::Alone(c) | Piece::Start(c) => out.push_str(&c.start),
            Piece::End(c) => out.push_str(&c.end),
        }
    }
    out
}

/// Pieces cut into words, spaces and codes, so that variants share whole words.
fn atoms(pieces: &[Piece]) -> Vec<Piece> {
    let mut out = Vec::new();
    for p in pieces {
        match p {
            Piece::Text(s) => {
                let mut word = String::new();
                for c in s.chars() {
                    if c == ' ' {
                        if !word.is_empty() {
                            out.push(Piece::Text(std::mem::take(&mut word)));
                        }
                        out.push(Piece::Text(" ".into()));
                    } else {
                        word.push(c);
                    }
                }
                if !word.is_empty() {
                    out.push(Piece::Text(word));
                }
            }
            other => out.push(other.clone()),
        }
    }
    out
}

/// Whether a stretch of atoms can stand in a variant: no footnote mark (`publish check` counts
/// the marks outside selects), every pair it starts ended in it and the other way round, no
/// space at its edges, some words.
fn fits(region: &[Piece]) -> bool {
    let mut depth: Vec<&Code> = Vec::new();
    for p in region {
        match p {
            Piece::Alone(c) if c.kind == CodeKind::Footnote => return false,
            Piece::Start(c) => depth.push(c),
            Piece::End(c) if depth.pop() != Some(c) => return false,
            _ => {}
        }
    }
    let space = |p: Option<&Piece>| matches!(p, Some(Piece::Text(t)) if t == " ");
    depth.is_empty() && !region.is_empty() && !space(region.first()) && !space(region.last())
}

/// The variants of one pattern joined as a Fluent select on `selector`, the words they share
/// before and after it kept outside: `more than { $count -> [one] … *[other] … } accounts`.
pub fn select(selector: &str, variants: &[(String, Vec<Piece>)], rich: bool) -> String {
    let all: Vec<Vec<Piece>> = variants.iter().map(|(_, p)| atoms(&normal(p))).collect();
    if all.windows(2).all(|w| w[0] == w[1]) {
        return all.first().map_or(String::new(), |a| raw_fluent(a, rich));
    }
    let shortest = all.iter().map(Vec::len).min().unwrap_or(0);
    let mut pre = (0..shortest).take_while(|&i| all.iter().all(|a| a[i] == all[0][i])).count();
    let mut suf = (0..shortest - pre)
        .take_while(|&i| all.iter().all(|a| a[a.len() - 1 - i] == all[0][all[0].len() - 1 - i]))
        .count();
    // Grow the variants until each can stand alone; at worst they are whole.
    while pre + suf > 0 && !all.iter().all(|a| fits(&a[pre..a.len() - suf])) {
        if suf > 0 {
            suf -= 1;
        } else {
            pre -= 1;
        }
        // A space at an edge goes back to the shared words.
    }
    let default = variants.iter().position(|(k, _)| k == "other").unwrap_or(variants.len().saturating_sub(1));
    let mut out = raw_fluent(&all[0][..pre], rich);
    out.push_str(&format!("{{ {selector} ->\n"));
    for (k, ((key, _), a)) in variants.iter().zip(&all).enumerate() {
        let body = raw_fluent(&a[pre..a.len() - suf], rich);
        out.push_str(&format!("{}[{key}] {}\n", if k == default { "   *" } else { "    " }, body.trim()));
    }
    out.push('}');
    out.push_str(&raw_fluent(&all[0][all[0].len() - suf..], rich));
    out
}

/// A message (or term) as Fluent source: its id, its value, its attributes, checked by
/// Fluent's parser and written as Fluent's serializer writes it.
pub fn message_source(
    id: &str,
    value: Option<&str>,
    attributes: &[(String, String)],
) -> Result<String, String> {
    let indent = |s: &str| s.replace('\n', "\n    ");
    let mut text = format!("{id} =");
    if let Some(v) = value {
        text.push(' ');
        text.push_str(&indent(v));
    }
    text.push('\n');
    for (name, v) in attributes {
        text.push_str(&format!("    .{name} = {}\n", indent(&indent(v))));
    }
    let resource = fluent_syntax::parser::parse(text.as_str()).map_err(|(_, errors)| {
        errors.first().map_or_else(|| "it is not Fluent".to_string(), |e| format!("{:?}", e.kind))
    })?;
    let [entry] = resource.body.as_slice() else {
        return Err("it does not make one message".into());
    };
    if !matches!(entry, ast::Entry::Message(_) | ast::Entry::Term(_)) {
        return Err("it does not make one message".into());
    }
    Ok(fluent_syntax::serializer::serialize(&resource))
}

/// What to write for one message.
#[derive(Debug, Clone)]
pub struct NewMessage {
    /// The message (or `-term`).
    pub id: String,
    /// Its Fluent source (no comments).
    pub source: String,
    /// Whether every unit of it is reviewed in the kit.
    pub reviewed: bool,
    /// Whether it has nothing to translate (a date line): the same in every language.
    pub same: bool,
    /// Whether its text changed (not only its state).
    pub changed: bool,
    /// The kit's places of its units, for diagnostics.
    pub from: Vec<String>,
}

/// What a filled kit asks for.
#[derive(Debug, Default)]
pub struct Plan {
    /// The messages to write.
    pub messages: Vec<NewMessage>,
    /// Units the translator left untranslated (their ids), the messages they hold back.
    pub left: Vec<String>,
    /// Units unchanged.
    pub unchanged: usize,
    /// Units changed.
    pub changed: usize,
    /// Units changed whose source is not the reference's text now (their ids).
    pub stale: Vec<String>,
    /// What is wrong, each naming its unit.
    pub problems: Vec<Problem>,
}

/// The messages a filled kit changes, against the project's kit now.
pub fn plan(kit: &Kit, filled: &Filled) -> Plan {
    let mut plan = Plan { problems: filled.problems.clone(), ..Plan::default() };
    let by_id: BTreeMap<&str, &FilledUnit> = filled.units.iter().map(|u| (u.id.as_str(), u)).collect();
    // The kit's units, message by message, in order.
    let mut messages: Vec<(&str, Vec<&Unit>)> = Vec::new();
    for u in kit.units() {
        match messages.last_mut() {
            Some((m, list)) if *m == u.message => list.push(u),
            _ => messages.push((u.message.as_str(), vec![u])),
        }
    }
    for (message, units) in messages {
        let mut effective: Vec<Option<Vec<Piece>>> = Vec::new();
        let (mut changed, mut all_reviewed, mut state_up, mut missing) = (false, true, false, Vec::new());
        let mut from = Vec::new();
        for u in &units {
            let now = u.target.as_ref().filter(|_| !u.prefilled).map(|t| pieces(u, t));
            let got = by_id.get(u.id.as_str());
            // Nothing to translate (a date line), and not in the kit (a Word kit has no row for
            // it): the source, as the kit would have given it.
            let target = match got {
                None if u.prefilled => Some(pieces(u, &u.source)),
                _ => got.and_then(|g| g.target.clone()),
            };
            let state = got.and_then(|g| g.state);
            if let Some(g) = got {
                from.push(g.shown.clone());
            }
            // Reviewed in the kit: a state a tool raised from the one the kit was made with (a
            // tool that leaves the state as it was when a text is edited says nothing).
            let before = got.and_then(|g| g.exported).unwrap_or(u.state);
            let raised = state.is_some_and(|s| s >= State::Reviewed) && before < State::Reviewed;
            let kept = state.is_some_and(|s| s >= State::Reviewed);
            match (target, now) {
                (Some(t), Some(n)) if same(&t, &n) => {
                    plan.unchanged += 1;
                    all_reviewed &= kept;
                    state_up |= raised && u.state < State::Reviewed;
                    effective.push(Some(n));
                }
                (Some(t), _) => {
                    // A translation of words the reference no longer has is never reviewed.
                    let stale = got.is_some_and(|g| g.stale);
                    if stale {
                        plan.stale.push(u.id.clone());
                    }
                    all_reviewed &= raised && !stale;
                    let problems = check_marks(u, &t);
                    if problems.is_empty() {
                        changed = true;
                        plan.changed += 1;
                        effective.push(Some(t));
                    } else {
                        let g = got.expect("a target was read");
                        for p in problems {
                            plan.problems.push(Problem {
                                unit: u.id.clone(),
                                place: g.place.clone(),
                                shown: Some(g.shown.clone()),
                                message: p,
                            });
                        }
                        effective.push(None);
                    }
                }
                (None, Some(n)) => {
                    // Not in the kit, or emptied: the locale's text stays.
                    all_reviewed &= u.state >= State::Reviewed;
                    effective.push(Some(n));
                }
                (None, None) => {
                    missing.push(u.id.clone());
                    effective.push(None);
                }
            }
        }
        if !missing.is_empty() {
            plan.left.extend(missing);
            continue;
        }
        if !changed && !state_up {
            continue;
        }
        if effective.iter().any(Option::is_none) {
            continue;
        }
        match join_message(message, &units, &effective) {
            Ok(source) => plan.messages.push(NewMessage {
                id: message.to_string(),
                source,
                reviewed: all_reviewed,
                same: units.iter().all(|u| !u.translate),
                changed,
                from,
            }),
            Err(e) => plan.problems.push(Problem {
                unit: units[0].id.clone(),
                place: by_id.get(units[0].id.as_str()).and_then(|g| g.place.clone()),
                shown: by_id.get(units[0].id.as_str()).map(|g| g.shown.clone()),
                message: format!("its translation does not make a Fluent message: {e}"),
            }),
        }
    }
    plan
}

/// One message's units joined: value and attributes, variants as a select.
fn join_message(message: &str, units: &[&Unit], targets: &[Option<Vec<Piece>>]) -> Result<String, String> {
    let mut value: Option<String> = None;
    let mut attributes: Vec<(String, String)> = Vec::new();
    let mut k = 0;
    while k < units.len() {
        let attribute = units[k].attribute.clone();
        let mut variants = Vec::new();
        let mut j = k;
        while j < units.len() && units[j].attribute == attribute {
            variants.push((units[j].key.clone().unwrap_or_default(), targets[j].clone().unwrap_or_default()));
            j += 1;
        }
        let rich = units[k].rich;
        let text = match &units[k].selector {
            Some(selector) => select(selector, &variants, rich),
            // The sentence, each select's marker replaced by the select its variants make.
            None => fluent_with(&variants[0].1, rich, &|marker: &Code| {
                let mut selector = None;
                let forms: Vec<(String, Vec<Piece>)> = (k..j)
                    .filter(|&i| units[i].marker.as_deref() == Some(marker.start.as_str()))
                    .map(|i| {
                        selector.clone_from(&units[i].selector);
                        variants[i - k].clone()
                    })
                    .collect();
                selector.map(|s| select(&s, &forms, rich))
            }),
        };
        match attribute {
            None => value = Some(text),
            Some(a) => attributes.push((a, text)),
        }
        k = j;
    }
    message_source(message, value.as_deref(), &attributes)
}

/// The ids of messages a plan writes.
pub fn ids(plan: &Plan) -> BTreeSet<String> {
    plan.messages.iter().map(|m| m.id.clone()).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text(s: &str) -> Piece {
        Piece::Text(s.into())
    }

    fn code(kind: CodeKind, start: &str, end: &str) -> Code {
        Code { kind, start: start.into(), end: end.into() }
    }

    #[test]
    fn plural_forms_share_their_words_outside_the_select_and_keep_pairs_and_notes_whole() {
        let count = Piece::Alone(code(CodeKind::Placeable, "{ $count }", ""));
        let strong = code(CodeKind::Strong, "**", "**");
        let note = Piece::Alone(code(CodeKind::Footnote, "[^count]", ""));
        let form = |word: &str| {
            vec![
                text("понад "),
                Piece::Start(strong.clone()),
                count.clone(),
                text(&format!(" {word}")),
                Piece::End(strong.clone()),
                note.clone(),
                text(" людей."),
            ]
        };
        let variants = vec![
            ("one".to_string(), form("свідчення")),
            ("few".to_string(), form("свідчення")),
            ("many".to_string(), form("свідчень")),
            ("other".to_string(), form("свідчення")),
        ];
        let joined = select("$count", &variants, true);
        assert_eq!(
            joined,
            "понад **{ $count } { $count ->\n    [one] свідчення\n    [few] свідчення\n    [many] свідчень\n   *[other] свідчення\n}**[^count] людей."
        );
        assert!(message_source("m", Some(&joined), &[]).is_ok());
        // The same in every form: no select at all.
        let same = vec![("one".to_string(), form("x")), ("other".to_string(), form("x"))];
        assert_eq!(select("$count", &same, true), "понад **{ $count } x**[^count] людей.");
    }

    #[test]
    fn a_footnote_mark_after_the_words_that_differ_stays_outside_the_select() {
        let note = Piece::Alone(code(CodeKind::Footnote, "[^n]", ""));
        let variants = vec![
            ("one".to_string(), vec![text("a"), note.clone(), text(" b")]),
            ("other".to_string(), vec![text("c"), note.clone(), text(" b")]),
        ];
        let joined = select("$n", &variants, true);
        assert!(joined.starts_with("{ $n ->\n    [one] a\n   *[other] c\n}[^n] b"), "{joined}");
    }

    #[test]
    fn text_is_escaped_for_fluent_and_for_the_notation_in_rich_text_only() {
        let pieces = vec![text("a {b} *c* [d]")];
        assert_eq!(fluent(&pieces, true), "a { \"{\" }b{ \"}\" } \\*c\\* \\[d\\]");
        assert_eq!(fluent(&pieces, false), "a { \"{\" }b{ \"}\" } *c* [d]");
    }
}
