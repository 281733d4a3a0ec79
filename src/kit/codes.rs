//! A message's text as a translation kit shows it: words, and the codes a translator must keep
//! but cannot break. Fluent placeables (`{ $count }`, `{ -brand }`, `{ DATETIME($date) }`) and
//! footnote marks (`[^why]`) stand alone; emphasis, strong emphasis and links enclose words
//! (`*…*`, `**…**`, `[…](https://…)`). Each code keeps its native text, so that a kit read
//! back gives the same Fluent source, byte for byte.
//!
//! Owns: splitting a pattern's source into words and codes, and joining them again. Must not:
//! know files or formats of kits.

use fluent_syntax::ast;

/// What a code is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CodeKind {
    /// A Fluent placeable: a variable, a term, a function, a message reference, a literal.
    Placeable,
    /// Where a select stands in a sentence that selects on several values (`{ $states -> … }`);
    /// its variants are units of their own.
    Select,
    /// A footnote mark, `[^name]`.
    Footnote,
    /// A web or mail address written as itself, `<https://…>`.
    Autolink,
    /// `*…*` (or `_…_`).
    Emph,
    /// `**…**` (or `__…__`).
    Strong,
    /// `[…](address)`.
    Link,
}

impl CodeKind {
    /// Whether the code encloses words (a start and an end).
    pub fn is_paired(self) -> bool {
        matches!(self, CodeKind::Emph | CodeKind::Strong | CodeKind::Link)
    }
}

/// A code: its kind, its native text (the start's, for a pair) and its end's.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Code {
    /// What it is.
    pub kind: CodeKind,
    /// Its Fluent source (the start, for a pair: `*`, `**`, `[`).
    pub start: String,
    /// The end of a pair (`*`, `**`, `](https://…)`); empty for a code that stands alone.
    pub end: String,
}

impl Code {
    /// The same code for what a reader sees: `_` and `*` emphasis alike.
    pub fn same_as(&self, other: &Code) -> bool {
        self.kind == other.kind
            && match self.kind {
                CodeKind::Emph | CodeKind::Strong => true,
                // A placeable on several lines (a select) reads the same with its lines joined.
                CodeKind::Placeable | CodeKind::Select => words(&self.start) == words(&other.start),
                _ => self.start == other.start && self.end == other.end,
            }
    }
}

/// Whether a placeable's text is the marker of a select (`{ $states -> … }`).
pub fn is_marker(text: &str) -> bool {
    text.starts_with("{ ") && text.contains(" -> …") && text.ends_with(" }")
}

/// Text with its white space runs as one space.
pub fn words(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// A piece of a kit's text: words, or a code by its index in the unit's codes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Tok {
    /// Words, as the reader reads them (no escapes).
    Text(String),
    /// A code standing alone.
    Ph(usize),
    /// The start of a pair.
    Open(usize),
    /// The end of a pair.
    Close(usize),
}

/// A piece of a pattern with its selectors resolved: text (Fluent's, unescaped) or a placeable's
/// source.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Atom {
    /// Text.
    Text(String),
    /// A placeable, serialized (`{ $count }`).
    Placeable(String),
}

/// A placeable's source as Fluent writes it.
pub fn placeable_source(expression: &ast::Expression<&str>) -> String {
    let message = ast::Message {
        id: ast::Identifier { name: "x" },
        value: Some(ast::Pattern {
            elements: vec![ast::PatternElement::Placeable { expression: expression.clone() }],
        }),
        attributes: Vec::new(),
        comment: None,
    };
    let text =
        fluent_syntax::serializer::serialize(&ast::Resource { body: vec![ast::Entry::Message(message)] });
    // `x = { $n }`, or a select on lines of its own, indented under `x =`.
    let body = text.trim_end().strip_prefix("x =").unwrap_or(text.trim_end());
    body.lines()
        .map(|l| l.strip_prefix("    ").unwrap_or(l))
        .collect::<Vec<_>>()
        .join("\n")
        .trim()
        .to_string()
}

/// The selector a select expression chooses by, serialized (`$count`, `NUMBER($n)`).
pub fn selector_source(selector: &ast::InlineExpression<&str>) -> String {
    let s = placeable_source(&ast::Expression::Inline(selector.clone()));
    s.trim_start_matches('{').trim_end_matches('}').trim().to_string()
}

/// The selectors of a pattern's select expressions, nested ones included, in order, once each.
pub fn selectors(pattern: &ast::Pattern<&str>, out: &mut Vec<String>) {
    for el in &pattern.elements {
        if let ast::PatternElement::Placeable { expression: ast::Expression::Select { selector, variants } } =
            el
        {
            let s = selector_source(selector);
            if !out.contains(&s) {
                out.push(s);
            }
            for v in variants {
                selectors(&v.value, out);
            }
        }
    }
}

/// The keys of the variants of the select expressions on `selector`, in order, once each.
pub fn keys(pattern: &ast::Pattern<&str>, selector: &str, out: &mut Vec<String>) {
    for el in &pattern.elements {
        if let ast::PatternElement::Placeable {
            expression: ast::Expression::Select { selector: s, variants },
        } = el
        {
            for v in variants {
                if selector_source(s) == selector {
                    let k = key_name(&v.key);
                    if !out.contains(&k) {
                        out.push(k);
                    }
                }
                keys(&v.value, selector, out);
            }
        }
    }
}

fn key_name(key: &ast::VariantKey<&str>) -> String {
    match key {
        ast::VariantKey::Identifier { name } => (*name).to_string(),
        ast::VariantKey::NumberLiteral { value } => (*value).to_string(),
    }
}

/// A pattern's pieces with every select on `selector` resolved to the variant `key` (its
/// default when it has none of that key). Other placeables, selects on other selectors
/// included, stay whole.
pub fn resolve(pattern: &ast::Pattern<&str>, selector: Option<(&str, &str)>, out: &mut Vec<Atom>) {
    for el in &pattern.elements {
        match el {
            ast::PatternElement::TextElement { value } => match out.last_mut() {
                Some(Atom::Text(t)) => t.push_str(value),
                _ => out.push(Atom::Text((*value).to_string())),
            },
            ast::PatternElement::Placeable {
                expression: ast::Expression::Select { selector: s, variants },
            } if selector.is_some_and(|(name, _)| selector_source(s) == name) => {
                let key = selector.map(|(_, k)| k).unwrap_or_default();
                let chosen = variants
                    .iter()
                    .find(|v| key_name(&v.key) == key)
                    .or_else(|| variants.iter().find(|v| v.default))
                    .expect("a select has a default variant");
                resolve(&chosen.value, selector, out);
            }
            ast::PatternElement::Placeable { expression } => {
                out.push(Atom::Placeable(placeable_source(expression)));
            }
        }
    }
}

/// A private-use character standing for the placeable `i` while the notation is read (plane
/// 15's private use area, which no language publish sets writes in its text).
fn stand_in(i: usize) -> char {
    char::from_u32(0xF0000 + u32::try_from(i).unwrap_or(0)).unwrap_or('\u{FFFD}')
}

fn stood_for(c: char) -> Option<usize> {
    let n = c as u32;
    (0xF0000..0xFFFFE).contains(&n).then(|| (n - 0xF0000) as usize)
}

/// A raw piece before codes are numbered.
#[derive(Debug, Clone)]
enum Raw {
    Text(String),
    Alone(Code),
    Open(Code),
    /// The end of the pair opened at `Raw` index `.0`.
    Close(usize, String),
}

/// Splits atoms into words and codes. With `rich`, the inline notation is read; without, only
/// placeables are codes (a title prints `*` as itself).
fn split(atoms: &[Atom], rich: bool) -> Vec<Raw> {
    let mut placeables = Vec::new();
    let mut text = String::new();
    for a in atoms {
        match a {
            Atom::Text(t) => text.push_str(t),
            Atom::Placeable(p) => {
                text.push(stand_in(placeables.len()));
                placeables.push(p.clone());
            }
        }
    }
    let chars: Vec<char> = text.chars().collect();
    let mut out: Vec<Raw> = Vec::new();
    let push_text = |out: &mut Vec<Raw>, s: &str| match out.last_mut() {
        Some(Raw::Text(t)) => t.push_str(s),
        _ => out.push(Raw::Text(s.to_string())),
    };
    // Open pairs: (index in `out`, kind, delimiter).
    let mut open: Vec<(usize, CodeKind, String)> = Vec::new();
    // Where each link's `](…)` starts, and its end text.
    let mut link_ends: Vec<(usize, String)> = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if let Some(k) = stood_for(c) {
            let source = placeables.get(k).cloned().unwrap_or_default();
            let kind = if is_marker(&source) { CodeKind::Select } else { CodeKind::Placeable };
            out.push(Raw::Alone(Code { kind, start: source, end: String::new() }));
            i += 1;
            continue;
        }
        if !rich {
            push_text(&mut out, &c.to_string());
            i += 1;
            continue;
        }
        if c == '\\' && chars.get(i + 1).is_some_and(char::is_ascii_punctuation) {
            push_text(&mut out, &chars[i + 1].to_string());
            i += 2;
            continue;
        }
        if let Some(pos) = link_ends.iter().position(|(at, _)| *at == i) {
            let (_, end) = link_ends.remove(pos);
            if let Some(o) = open.iter().rposition(|(_, k, _)| *k == CodeKind::Link) {
                let (at, _, _) = open.remove(o);
                let len = end.chars().count();
                out.push(Raw::Close(at, end));
                i += len;
                continue;
            }
        }
        if let Some((mark, len)) = footnote_at(&chars, i) {
            out.push(Raw::Alone(Code { kind: CodeKind::Footnote, start: mark, end: String::new() }));
            i += len;
            continue;
        }
        if c == '['
            && let Some((end_at, end)) = link_end(&chars, i)
        {
            link_ends.push((end_at, end));
            open.push((out.len(), CodeKind::Link, "[".into()));
            out.push(Raw::Open(Code { kind: CodeKind::Link, start: "[".into(), end: String::new() }));
            i += 1;
            continue;
        }
        if c == '<'
            && let Some(len) = autolink(&chars[i..])
        {
            let s: String = chars[i..i + len].iter().collect();
            out.push(Raw::Alone(Code { kind: CodeKind::Autolink, start: s, end: String::new() }));
            i += len;
            continue;
        }
        if c == '*' || c == '_' {
            i += emphasis(&chars, i, &mut open, &mut out);
            continue;
        }
        push_text(&mut out, &c.to_string());
        i += 1;
    }
    // Starts never closed are the characters they were.
    for (at, _, delim) in open {
        out[at] = Raw::Text(delim);
    }
    merge(out)
}

/// Adjacent text merged, the pairs' ends pointing at their starts' new places.
fn merge(out: Vec<Raw>) -> Vec<Raw> {
    let mut merged: Vec<Raw> = Vec::new();
    let mut moved = vec![0usize; out.len()];
    for (k, r) in out.into_iter().enumerate() {
        moved[k] = merged.len();
        match (merged.last_mut(), r) {
            (Some(Raw::Text(t)), Raw::Text(s)) => {
                t.push_str(&s);
                moved[k] = merged.len() - 1;
            }
            (_, Raw::Close(at, end)) => merged.push(Raw::Close(moved[at], end)),
            (_, r) => merged.push(r),
        }
    }
    merged
}

/// A footnote mark at `i` (`[^name]`): its text and length.
fn footnote_at(chars: &[char], i: usize) -> Option<(String, usize)> {
    if chars[i] != '[' || chars.get(i + 1) != Some(&'^') {
        return None;
    }
    let close = chars[i..].iter().position(|&x| x == ']')?;
    let name: String = chars[i + 2..i + close].iter().collect();
    (!name.is_empty() && name.chars().all(|x| x.is_alphanumeric() || x == '-' || x == '_'))
        .then(|| (format!("[^{name}]"), close + 1))
}

/// A run of `*` or `_` at `i`, read as CommonMark reads a delimiter: it closes the pair on top
/// when it can, opens one when it can, else is text. Returns how many characters it took.
fn emphasis(
    chars: &[char],
    i: usize,
    open: &mut Vec<(usize, CodeKind, String)>,
    out: &mut Vec<Raw>,
) -> usize {
    let c = chars[i];
    let run = chars[i..].iter().take_while(|&&x| x == c).count();
    let len = if run >= 2 { 2 } else { 1 };
    let kind = if len == 2 { CodeKind::Strong } else { CodeKind::Emph };
    let delim: String = std::iter::repeat_n(c, len).collect();
    let before = i.checked_sub(1).map(|k| chars[k]);
    let after = chars.get(i + len).copied();
    let word = |x: Option<char>| x.is_some_and(char::is_alphanumeric);
    let space = |x: Option<char>| x.is_none_or(char::is_whitespace);
    // `_` inside a word (snake_case) is no delimiter; `*` is.
    let can_close = !(space(before) || c == '_' && word(after));
    let can_open = !(space(after) || c == '_' && word(before));
    if can_close && open.last().is_some_and(|(_, k, d)| *k == kind && *d == delim) {
        let (at, _, _) = open.pop().expect("checked");
        out.push(Raw::Close(at, delim));
    } else if can_open {
        open.push((out.len(), kind, delim.clone()));
        out.push(Raw::Open(Code { kind, start: delim, end: String::new() }));
    } else {
        match out.last_mut() {
            Some(Raw::Text(t)) => t.push_str(&delim),
            _ => out.push(Raw::Text(delim)),
        }
    }
    len
}

/// A link's end, `](address)`, for the `[` at `i`: where it starts and its text. The address
/// has no spaces; brackets in the link's words must balance.
fn link_end(chars: &[char], i: usize) -> Option<(usize, String)> {
    let mut depth = 0usize;
    let mut k = i + 1;
    while k < chars.len() {
        match chars[k] {
            '\\' => k += 1,
            '[' => depth += 1,
            ']' if depth > 0 => depth -= 1,
            ']' => {
                if chars.get(k + 1) != Some(&'(') {
                    return None;
                }
                let close = chars[k + 2..].iter().position(|&c| c == ')' || c.is_whitespace())?;
                if chars[k + 2 + close] != ')' {
                    return None;
                }
                return Some((k, chars[k..k + 3 + close].iter().collect()));
            }
            _ => {}
        }
        k += 1;
    }
    None
}

/// The length of an autolink (`<https://…>`, `<mailto:…>`) at the start of `chars`.
fn autolink(chars: &[char]) -> Option<usize> {
    let end = chars.iter().position(|&c| c == '>' || c.is_whitespace())?;
    if chars[end] != '>' {
        return None;
    }
    let inner: String = chars[1..end].iter().collect::<String>().to_ascii_lowercase();
    (inner.starts_with("https://") || inner.starts_with("http://") || inner.starts_with("mailto:"))
        .then_some(end + 1)
}

/// Numbers the codes of `atoms` into `codes`: with `reuse`, a code equal to one already there
/// (and not yet used by these atoms) takes its number, as a target's codes take their source's.
pub fn tokens(atoms: &[Atom], rich: bool, codes: &mut Vec<Code>, reuse: bool) -> Vec<Tok> {
    let raw = split(atoms, rich);
    let mut used = vec![false; codes.len()];
    let number = |code: Code, codes: &mut Vec<Code>, used: &mut Vec<bool>| -> usize {
        if reuse && let Some(k) = (0..codes.len()).find(|&k| !used[k] && codes[k] == code) {
            used[k] = true;
            return k;
        }
        codes.push(code);
        used.push(true);
        codes.len() - 1
    };
    // The pairs' ends are known only at their close: take them first.
    let mut ends = std::collections::HashMap::new();
    for r in &raw {
        if let Raw::Close(at, end) = r {
            ends.insert(*at, end.clone());
        }
    }
    let mut opened = std::collections::HashMap::new();
    let mut out = Vec::new();
    for (k, r) in raw.into_iter().enumerate() {
        match r {
            Raw::Text(t) => out.push(Tok::Text(t)),
            Raw::Alone(c) => out.push(Tok::Ph(number(c, codes, &mut used))),
            Raw::Open(mut c) => {
                c.end = ends.get(&k).cloned().unwrap_or_default();
                let n = number(c, codes, &mut used);
                opened.insert(k, n);
                out.push(Tok::Open(n));
            }
            Raw::Close(at, _) => out.push(Tok::Close(opened[&at])),
        }
    }
    out
}

/// Text as Fluent writes it: braces as string literals; in rich text, the notation's marks
/// escaped so that they print as typed.
pub fn escape(text: &str, rich: bool) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '{' => out.push_str("{ \"{\" }"),
            '}' => out.push_str("{ \"}\" }"),
            '*' | '_' | '[' | ']' | '\\' | '<' | '`' if rich => {
                out.push('\\');
                out.push(c);
            }
            c => out.push(c),
        }
    }
    out
}

/// A kit's pieces of text as Fluent source: text escaped, codes as their native text.
/// `native(k, start)` gives code `k`'s start (`true`) or end.
pub fn join(toks: &[Tok], rich: bool, native: &dyn Fn(usize, bool) -> String) -> String {
    let mut out = String::new();
    for t in toks {
        match t {
            Tok::Text(s) => out.push_str(&escape(s, rich)),
            Tok::Ph(k) | Tok::Open(k) => out.push_str(&native(*k, true)),
            Tok::Close(k) => out.push_str(&native(*k, false)),
        }
    }
    out
}

/// Adjacent text merged, white space as a reader sees it (runs of it one space, none at the
/// ends): kits read back are compared in this form.
pub fn normal(toks: &[Tok]) -> Vec<Tok> {
    let mut out: Vec<Tok> = Vec::new();
    for t in toks {
        match (out.last_mut(), t) {
            (Some(Tok::Text(a)), Tok::Text(b)) => a.push_str(b),
            (_, Tok::Text(b)) if b.is_empty() => {}
            _ => out.push(t.clone()),
        }
    }
    let n = out.len();
    for (k, t) in out.iter_mut().enumerate() {
        if let Tok::Text(s) = t {
            let mut one: String = String::with_capacity(s.len());
            let mut last_space = false;
            for c in s.chars() {
                if c.is_whitespace() {
                    if !last_space {
                        one.push(' ');
                    }
                    last_space = true;
                } else {
                    one.push(c);
                    last_space = false;
                }
            }
            if k == 0 {
                one = one.trim_start().to_string();
            }
            if k + 1 == n {
                one = one.trim_end().to_string();
            }
            *s = one;
        }
    }
    out.retain(|t| !matches!(t, Tok::Text(s) if s.is_empty()));
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn atoms(src: &str) -> Vec<Atom> {
        let text = format!("x = {src}\n");
        let res = fluent_syntax::parser::parse(text.as_str()).expect("parses");
        let ast::Entry::Message(m) = &res.body[0] else { panic!() };
        let mut out = Vec::new();
        resolve(m.value.as_ref().unwrap(), None, &mut out);
        out
    }

    fn round(src: &str, rich: bool) -> (Vec<Tok>, String) {
        let mut codes = Vec::new();
        let toks = tokens(&atoms(src), rich, &mut codes, false);
        let back =
            join(&toks, rich, &|k, start| if start { codes[k].start.clone() } else { codes[k].end.clone() });
        (toks, back)
    }

    #[test]
    fn the_notation_and_placeables_become_codes_and_join_back_to_the_same_source() {
        for src in [
            "We ask *you* to keep **more than { $count } accounts**[^count] of people.",
            "see [the foundation's charter](https://example.org/charter)[^charter]. A new policy",
            "a snake_case_name and 5 * 3, and <https://example.org>",
            "**понад { $count } свідчень**[^count] людей",
        ] {
            let (toks, back) = round(src, true);
            assert_eq!(
                back,
                src.replace("5 * 3", "5 \\* 3").replace("snake_case_name", "snake\\_case\\_name"),
                "{toks:?}"
            );
        }
        let (toks, _) = round("*a* [b](https://x.org) [^n] { $v }", true);
        let codes = toks.iter().filter(|t| !matches!(t, Tok::Text(_))).count();
        assert_eq!(codes, 6, "{toks:?}");
    }

    #[test]
    fn plain_text_keeps_its_marks_as_words() {
        let (toks, back) = round("Keep *this* as { -brand } writes", false);
        assert_eq!(back, "Keep *this* as { -brand } writes");
        assert_eq!(toks.len(), 3);
    }

    #[test]
    fn a_target_takes_the_numbers_of_its_sources_codes_and_new_ones_after_them() {
        let mut codes = Vec::new();
        tokens(&atoms("**a { $n }**[^x]"), true, &mut codes, false);
        let before = codes.len();
        let t = tokens(&atoms("[^x] { $m } **b**"), true, &mut codes, true);
        assert_eq!(t[0], Tok::Ph(2));
        assert_eq!(codes.len(), before + 1);
    }
}
