//! A kit as XLIFF 2.1 (OASIS), the format CAT tools exchange: one `<file>` per .ftl file of the
//! reference, one `<unit>` per text, the codes as `<ph>` (alone) and `<pc>` (pairs) with their
//! native text in `<originalData>`, the translator's notes in `<notes>`, the state on the
//! `<segment>`. The document, its version of the kit and its languages are in the Metadata
//! module (`mda:`), which every XLIFF 2 tool keeps.
//!
//! Read back, a tool's segmentation is undone (a unit's segments and ignorables joined), codes
//! split into `<sc>`/`<ec>` are paired again, and annotations (`<mrk>`) are read through.
//!
//! Owns: the XLIFF form of a kit. Must not: know Fluent files.

use std::fmt::Write as _;

use super::apply::{Filled, FilledUnit, Piece, Problem};
use super::codes::{Code, CodeKind, Tok};
use super::{KIT_VERSION, Kit, State, Unit, esc};
use crate::draft::xml::{self, Element, Node};

/// XLIFF 2's core namespace (2.1 keeps 2.0's).
const CORE: &str = "urn:oasis:names:tc:xliff:document:2.0";
/// The Metadata module's namespace.
const MDA: &str = "urn:oasis:names:tc:xliff:metadata:2.0";

fn code_attrs(code: &Code) -> &'static str {
    match code.kind {
        CodeKind::Emph => r#" type="fmt" subType="xlf:i""#,
        CodeKind::Strong => r#" type="fmt" subType="xlf:b""#,
        CodeKind::Link => r#" type="link" canDelete="no""#,
        CodeKind::Footnote | CodeKind::Select => r#" canDelete="no""#,
        CodeKind::Placeable | CodeKind::Autolink => "",
    }
}

/// The inline content of a source or target.
fn inline(toks: &[Tok], codes: &[Code], out: &mut String) {
    for t in toks {
        match t {
            Tok::Text(s) => out.push_str(&esc(s)),
            Tok::Ph(k) => {
                let c = &codes[*k];
                let disp = if matches!(c.kind, CodeKind::Placeable | CodeKind::Select) {
                    format!(" disp=\"{}\"", esc(&c.start))
                } else {
                    String::new()
                };
                let _ = write!(out, r#"<ph id="{}" dataRef="d{}"{}{disp}/>"#, k + 1, k + 1, code_attrs(c));
            }
            Tok::Open(k) => {
                let c = &codes[*k];
                let _ = write!(
                    out,
                    r#"<pc id="{}" dataRefStart="d{}" dataRefEnd="d{}e"{}>"#,
                    k + 1,
                    k + 1,
                    k + 1,
                    code_attrs(c)
                );
            }
            Tok::Close(_) => out.push_str("</pc>"),
        }
    }
}

fn unit(u: &Unit, out: &mut String) {
    let _ = write!(out, "    <unit id=\"{}\" name=\"{}\"", esc(&u.id), esc(&u.message));
    if !u.translate {
        out.push_str(" translate=\"no\"");
    }
    out.push_str(">\n");
    // The state the unit had when the kit was made: a state a tool raised from it is a review.
    let _ = writeln!(
        out,
        "      <mda:metadata>\n        <mda:metaGroup category=\"publish\">\n          <mda:meta type=\"exported-state\">{}</mda:meta>\n        </mda:metaGroup>\n      </mda:metadata>",
        u.state.name()
    );
    if !u.notes.is_empty() {
        out.push_str("      <notes>\n");
        for n in &u.notes {
            let _ = writeln!(out, "        <note category=\"{}\">{}</note>", n.category, esc(&n.text));
        }
        out.push_str("      </notes>\n");
    }
    if !u.codes.is_empty() {
        out.push_str("      <originalData>\n");
        for (k, c) in u.codes.iter().enumerate() {
            let _ = writeln!(out, "        <data id=\"d{}\">{}</data>", k + 1, esc(&c.start));
            if c.kind.is_paired() {
                let _ = writeln!(out, "        <data id=\"d{}e\">{}</data>", k + 1, esc(&c.end));
            }
        }
        out.push_str("      </originalData>\n");
    }
    let _ = writeln!(out, "      <segment state=\"{}\">", u.state.name());
    out.push_str("        <source>");
    inline(&u.source, &u.codes, out);
    out.push_str("</source>\n");
    if let Some(t) = &u.target {
        out.push_str("        <target>");
        inline(t, &u.codes, out);
        out.push_str("</target>\n");
    }
    out.push_str("      </segment>\n    </unit>\n");
}

/// The kit as an XLIFF 2.1 document.
pub fn write(kit: &Kit) -> String {
    let mut out = String::new();
    out.push_str("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    let _ = writeln!(
        out,
        "<xliff xmlns=\"{CORE}\" xmlns:mda=\"{MDA}\" version=\"2.1\" srcLang=\"{}\" trgLang=\"{}\">",
        esc(&kit.source),
        esc(&kit.target)
    );
    for (k, f) in kit.files.iter().enumerate() {
        let _ = writeln!(out, "  <file id=\"f{}\" original=\"{}\">", k + 1, esc(&f.name));
        out.push_str("    <mda:metadata>\n      <mda:metaGroup category=\"publish\">\n");
        let _ = writeln!(out, "        <mda:meta type=\"statement\">{}</mda:meta>", esc(&kit.statement));
        let _ = writeln!(out, "        <mda:meta type=\"kit-version\">{KIT_VERSION}</mda:meta>");
        out.push_str("      </mda:metaGroup>\n    </mda:metadata>\n");
        if f.units.is_empty() {
            // XLIFF wants a unit in every file: an empty one, nothing to translate.
            let _ = writeln!(
                out,
                "    <unit id=\"f{}-empty\" translate=\"no\">\n      <segment>\n        <source></source>\n      </segment>\n    </unit>",
                k + 1
            );
        }
        for u in &f.units {
            unit(u, &mut out);
        }
        out.push_str("  </file>\n");
    }
    out.push_str("</xliff>\n");
    out
}

/// Whether bytes are an XLIFF document (its root element, in its first kilobytes).
pub fn is_xliff(bytes: &[u8]) -> bool {
    let head = String::from_utf8_lossy(&bytes[..bytes.len().min(4096)]);
    head.contains("<xliff") || head.contains(":xliff ")
}

/// What a kit says of itself: its document, version and languages (no units).
pub fn header(bytes: &[u8]) -> Result<Filled, String> {
    let root = xml::parse(bytes)?;
    if root.local() != "xliff" {
        return Err(format!("its root element is <{}>, not <xliff>", root.name));
    }
    let version = root.attr("version").unwrap_or_default();
    if !version.starts_with("2.") {
        return Err(format!(
            "it is XLIFF {version}: publish's kits are XLIFF 2.1 (a tool that converted the kit to XLIFF 1.2 must keep 2.x)"
        ));
    }
    let mut filled = Filled {
        source: root.attr("srcLang").unwrap_or_default().to_string(),
        target: root.attr("trgLang").unwrap_or_default().to_string(),
        ..Filled::default()
    };
    for meta in all(&root, "meta") {
        match meta.attr("type") {
            Some("statement") => filled.statement = Some(meta.text()),
            Some("kit-version") => filled.version = Some(meta.text()),
            _ => {}
        }
    }
    if filled.target.is_empty() {
        return Err("it names no target language (trgLang)".into());
    }
    Ok(filled)
}

/// Reads a filled XLIFF kit; `kit` is the project's kit now, which the codes' numbers refer to.
/// `shown` names the file in places.
pub fn read(bytes: &[u8], shown: &str, kit: &Kit) -> Result<Filled, String> {
    let text: std::sync::Arc<str> = String::from_utf8_lossy(bytes).into_owned().into();
    let mut filled = header(bytes)?;
    let root = xml::parse(bytes)?;
    let place = |at: usize| crate::diag::Place { file: shown.to_string(), text: text.clone(), range: at..at };
    let units = kit.by_id();
    // Where each line starts, for the units' places.
    let lines: Vec<usize> = std::iter::once(0).chain(text.match_indices('\n').map(|(i, _)| i + 1)).collect();
    for file in root.elements().filter(|e| e.local() == "file") {
        for u in all(file, "unit") {
            let id = u.attr("id").unwrap_or_default().to_string();
            if u.attr("translate") == Some("no") && !units.contains_key(id.as_str()) {
                continue;
            }
            let Some(known) = units.get(id.as_str()).copied() else {
                filled.problems.push(Problem::at(
                    &id,
                    place(u.at),
                    format!("the kit has a unit `{id}` that the project does not know"),
                ));
                continue;
            };
            let exported = all(u, "meta")
                .into_iter()
                .find(|m| m.attr("type") == Some("exported-state"))
                .and_then(|m| State::named(m.text().trim()));
            let mut pieces = Vec::new();
            let mut sources = Vec::new();
            let mut complete = true;
            let mut states = Vec::new();
            let mut target_at = u.at;
            let data = original_data(u);
            for part in u.elements().filter(|e| matches!(e.local(), "segment" | "ignorable")) {
                if let Some(s) = part.attr("state").and_then(State::named) {
                    states.push(s);
                }
                let source = part.child("source");
                if let Some(e) = source {
                    let mut cx = Reading { unit: known, data: &data, problems: Vec::new(), open: Vec::new() };
                    content(e, &mut cx, &mut sources);
                }
                match part.child("target") {
                    Some(t) => {
                        target_at = t.at;
                        let mut cx =
                            Reading { unit: known, data: &data, problems: Vec::new(), open: Vec::new() };
                        content(t, &mut cx, &mut pieces);
                        for p in cx.problems {
                            filled.problems.push(Problem::at(&id, place(t.at), p));
                        }
                        if !cx.open.is_empty() {
                            filled.problems.push(Problem::at(
                                &id,
                                place(t.at),
                                "a code is started (<sc>) and never ended (<ec>)".into(),
                            ));
                        }
                    }
                    None if part.local() == "ignorable" => {
                        pieces.push(Piece::Text(source.map(Element::text).unwrap_or_default()));
                    }
                    None => complete = false,
                }
            }
            let has_words = pieces
                .iter()
                .any(|p| matches!(p, Piece::Text(t) if !t.trim().is_empty()) || !matches!(p, Piece::Text(_)));
            let line = lines.partition_point(|&start| start <= target_at);
            let col = text.get(lines[line - 1]..target_at).map_or(0, |s| s.chars().count()) + 1;
            filled.units.push(FilledUnit {
                id,
                target: (complete && has_words).then_some(pieces),
                state: states.into_iter().min(),
                place: Some(place(target_at)),
                shown: format!("{shown}:{line}:{col}"),
                stale: !super::apply::same(&sources, &super::apply::pieces(known, &known.source)),
                exported,
            });
        }
    }
    Ok(filled)
}

/// Every descendant element of a local name.
fn all<'a>(e: &'a Element, name: &str) -> Vec<&'a Element> {
    let mut out = Vec::new();
    e.find_all(name, &mut out);
    out
}

/// A unit's `<originalData>`: data by id.
fn original_data(unit: &Element) -> Vec<(String, String)> {
    all(unit, "data").iter().map(|d| (d.attr("id").unwrap_or_default().to_string(), d.text())).collect()
}

/// What reading a target needs: the unit as the project has it, the kit's data, what went wrong,
/// the codes started by `<sc>`.
struct Reading<'a> {
    unit: &'a Unit,
    data: &'a [(String, String)],
    problems: Vec<String>,
    open: Vec<(String, Code)>,
}

impl Reading<'_> {
    /// The code the kit numbers `id`: the project's, checked against the kit's data; one the
    /// translator's tool added, from the kit's data.
    fn code(&mut self, e: &Element, id: &str, paired: bool) -> Option<Code> {
        let data =
            |r: Option<&str>| r.and_then(|r| self.data.iter().find(|(k, _)| k == r).map(|(_, v)| v.clone()));
        let start = data(e.attr("dataRef").or_else(|| e.attr("dataRefStart")));
        let end = data(e.attr("dataRefEnd"));
        let known =
            id.parse::<usize>().ok().and_then(|n| n.checked_sub(1)).and_then(|k| self.unit.codes.get(k));
        let in_source = id.parse::<usize>().ok().and_then(|n| n.checked_sub(1)).is_some_and(|k| {
            self.unit.source.iter().any(|t| matches!(t, Tok::Ph(x) | Tok::Open(x) if *x == k))
        });
        let code = match (known, start) {
            (Some(c), Some(s)) if in_source && s != c.start => {
                self.problems.push(format!(
                    "the code {id} is `{s}` in the kit but `{}` in the source: a tool changed it",
                    c.start
                ));
                return None;
            }
            (Some(c), _) if in_source => c.clone(),
            (_, Some(s)) => Code { kind: kind_of(e, &s), start: s, end: end.unwrap_or_default() },
            (Some(c), None) => c.clone(),
            (None, None) => {
                self.problems.push(format!(
                    "the code {id} is not one of the unit's codes (its <originalData> has no data for it)"
                ));
                return None;
            }
        };
        if code.kind.is_paired() != paired {
            self.problems.push(format!(
                "the code {id} (`{}`) is {} here but {} in the source",
                code.start,
                if paired { "a pair" } else { "alone" },
                if paired { "alone" } else { "a pair" }
            ));
            return None;
        }
        Some(code)
    }
}

/// What a code the kit adds is, from its element and its native text.
fn kind_of(e: &Element, start: &str) -> CodeKind {
    match (e.local(), e.attr("subType"), e.attr("type")) {
        ("pc" | "sc", Some("xlf:b"), _) => CodeKind::Strong,
        ("pc" | "sc", Some("xlf:i"), _) => CodeKind::Emph,
        ("pc" | "sc", _, Some("link")) => CodeKind::Link,
        ("pc" | "sc", _, _) if start.starts_with("**") || start.starts_with("__") => CodeKind::Strong,
        ("pc" | "sc", _, _) if start.starts_with('[') => CodeKind::Link,
        ("pc" | "sc", _, _) => CodeKind::Emph,
        _ if start.starts_with("[^") => CodeKind::Footnote,
        _ if start.starts_with('<') => CodeKind::Autolink,
        _ if super::codes::is_marker(start) => CodeKind::Select,
        _ => CodeKind::Placeable,
    }
}

/// A target's inline content as pieces.
fn content(e: &Element, cx: &mut Reading<'_>, out: &mut Vec<Piece>) {
    for n in &e.children {
        match n {
            Node::Text(t) => out.push(Piece::Text(t.clone())),
            Node::Element(c) => match c.local() {
                "ph" => {
                    let id = c.attr("id").unwrap_or_default();
                    if let Some(code) = cx.code(c, id, false) {
                        out.push(Piece::Alone(code));
                    }
                }
                "pc" => {
                    let id = c.attr("id").unwrap_or_default();
                    match cx.code(c, id, true) {
                        Some(code) => {
                            out.push(Piece::Start(code.clone()));
                            content(c, cx, out);
                            out.push(Piece::End(code));
                        }
                        None => content(c, cx, out),
                    }
                }
                "sc" => {
                    let id = c.attr("id").unwrap_or_default().to_string();
                    if let Some(code) = cx.code(c, &id, true) {
                        out.push(Piece::Start(code.clone()));
                        cx.open.push((id, code));
                    }
                }
                "ec" => {
                    let id = c.attr("startRef").or_else(|| c.attr("id")).unwrap_or_default();
                    match cx.open.iter().rposition(|(k, _)| k == id) {
                        Some(p) => {
                            let (_, code) = cx.open.remove(p);
                            out.push(Piece::End(code));
                        }
                        None => cx.problems.push(format!("the code {id} is ended (<ec>) but never started")),
                    }
                }
                "cp" => {
                    let c =
                        c.attr("hex").and_then(|h| u32::from_str_radix(h, 16).ok()).and_then(char::from_u32);
                    out.push(Piece::Text(c.map(String::from).unwrap_or_default()));
                }
                // Annotations (terms, comments a tool marks): their words are the text.
                "mrk" => content(c, cx, out),
                _ => {}
            },
        }
    }
}
