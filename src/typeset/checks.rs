//! The checks of a typeset document, read from its frames: every character has a glyph, no
//! text lies outside the page or runs into other text. And the runs of text themselves, which
//! the tests read too.
//!
//! Owns: reading the frames. Must not: compile or export.

use typst::layout::{Frame, FrameItem, Transform};
use typst_layout::PagedDocument;

use crate::diag::Diagnostic;
use crate::model::Document;

/// A run of text as it lies on a page, in points from the page's top-left corner.
#[derive(Debug, Clone)]
pub struct Run {
    /// 0-based page index.
    pub page: usize,
    /// Where the run begins, in points from the page's left edge.
    pub x: f64,
    /// The baseline, in points from the page's top.
    pub y: f64,
    /// Its advance width, in points.
    pub width: f64,
    /// The font size, in points.
    pub size: f64,
    /// Its text.
    pub text: String,
    /// The font's family name.
    pub font: String,
    /// Whether the face is italic (or oblique).
    pub italic: bool,
    /// The face's weight (400 regular, 700 bold).
    pub weight: u16,
    /// Characters drawn with glyph 0 (the font has no glyph for them).
    pub missing: Vec<char>,
    /// How far above the baseline its highest glyph is raised, in points (marks stacked on a
    /// letter are raised glyph by glyph; 0 for plain text).
    pub rise: f64,
    /// The text colour as sRGB components from 0 to 1, when it is a plain colour.
    pub color: Option<[f32; 3]>,
}

/// A page's background as sRGB components: its fill, or white when it has none (paper).
pub fn page_color(page: &typst_layout::Page) -> [f32; 3] {
    match &page.fill {
        typst::foundations::Smart::Custom(Some(typst::visualize::Paint::Solid(c))) => srgb(c),
        _ => [1.0, 1.0, 1.0],
    }
}

fn srgb(c: &typst::visualize::Color) -> [f32; 3] {
    let rgb = c.to_rgb();
    [rgb.red, rgb.green, rgb.blue]
}

/// Every run of text of the document, page by page, in reading order of the frames.
pub fn runs(document: &PagedDocument) -> Vec<Run> {
    let mut out = Vec::new();
    for (i, page) in document.pages().iter().enumerate() {
        collect(&page.frame, Transform::identity(), i, &mut out);
    }
    out
}

fn collect(frame: &Frame, ts: Transform, page: usize, out: &mut Vec<Run>) {
    for (pos, item) in frame.items() {
        match item {
            FrameItem::Group(group) => {
                let inner = ts.pre_concat(Transform::translate(pos.x, pos.y)).pre_concat(group.transform);
                collect(&group.frame, inner, page, out);
            }
            FrameItem::Text(text) => {
                let at = pos.transform(ts);
                let missing = text
                    .glyphs
                    .iter()
                    .filter(|g| g.id == 0)
                    .filter_map(|g| text.text.get(g.range()).and_then(|s| s.chars().next()))
                    .collect();
                out.push(Run {
                    page,
                    x: at.x.to_pt(),
                    y: at.y.to_pt(),
                    width: (text.width() * ts.sx.get()).to_pt(),
                    size: text.size.to_pt(),
                    text: text.text.to_string(),
                    font: text.font.font().info().family.clone(),
                    italic: text.font.font().info().variant.style != typst::text::FontStyle::Normal,
                    weight: text.font.font().info().variant.weight.to_number(),
                    missing,
                    rise: text
                        .glyphs
                        .iter()
                        .map(|g| (g.y_offset.at(text.size) * ts.sy.get()).to_pt())
                        .fold(0.0, f64::max),
                    color: match &text.fill {
                        typst::visualize::Paint::Solid(c) => Some(srgb(c)),
                        _ => None,
                    },
                });
            }
            _ => {}
        }
    }
}

/// Checks a typeset document: every character has a glyph in a font publish chose, and no text
/// lies outside the page.
pub fn check(document: &PagedDocument, doc: &Document) -> Vec<Diagnostic> {
    let mut diags = Vec::new();
    let mut reported = Vec::new();
    let all = runs(document);
    for run in &all {
        for &c in &run.missing {
            if reported.contains(&c) {
                continue;
            }
            reported.push(c);
            let ids: Vec<&str> =
                doc.sources.iter().filter(|(_, t)| t.contains(c)).map(|(id, _)| id.as_str()).collect();
            let which = if ids.is_empty() {
                "the layout's own text".to_string()
            } else {
                format!("message {}", ids.join(", "))
            };
            diags.push(
                Diagnostic::error(
                    "missing-glyph",
                    format!("no font has the character {c:?} (U+{:04X}) used in {which}, locale {}", c as u32, doc.locale),
                )
                .note(crate::project::fonts::who_covers(c))
                .help("add a font that covers it (a .ttf or .otf file, OFL or similar) to the project's fonts/ folder, or pass --system-fonts"),
            );
        }
    }
    // An overlap is told once per message: a name that runs into twenty others is one finding.
    let mut told: std::collections::HashSet<(&str, String)> = std::collections::HashSet::new();
    for ((a, b), d) in overlaps(&all, doc) {
        let (ka, kb) = (("overlap", a), ("overlap", b));
        if !told.contains(&ka) && !told.contains(&kb) {
            diags.push(d);
        }
        told.insert(ka);
        told.insert(kb);
    }
    let eps = 0.5;
    for (i, page) in document.pages().iter().enumerate() {
        let (w, h) = (page.frame.width().to_pt(), page.frame.height().to_pt());
        for run in all.iter().filter(|r| r.page == i) {
            let outside = run.x < -eps
                || run.x + run.width > w + eps
                || run.y - run.rise - 0.8 * run.size < -eps
                || run.y > h + eps;
            // Each message (or text of the layout's own) is told once, however many of its
            // runs lie outside.
            if outside && told.insert(("outside-page", source_of(doc, &run.text))) {
                diags.push(
                    Diagnostic::error(
                        "outside-page",
                        format!(
                            "text “{}”{} lies outside page {} ({}, {})",
                            excerpt(&run.text),
                            from_message(doc, &run.text),
                            i + 1,
                            doc.locale,
                            doc.paper
                        ),
                    )
                    .help("shorten the text, or adjust the layout's margins or sizes"),
                );
            }
        }
    }
    diags
}

/// The first words of a run of text, for a message (at most 40 characters, combining marks
/// and all, never a page of them).
fn excerpt(text: &str) -> String {
    excerpt_of(text, 40)
}

/// The first `max` characters of a text, trimmed, with an ellipsis when there is more.
pub(crate) fn excerpt_of(text: &str, max: usize) -> String {
    let text = text.trim();
    let mut out: String = text.chars().take(max).collect();
    if text.chars().count() > max {
        out.push('…');
    }
    out
}

/// The message a run of text comes from, if one holds it.
fn source_of(doc: &Document, text: &str) -> String {
    let text = text.trim();
    doc.sources
        .iter()
        .find(|(_, t)| !text.is_empty() && t.contains(text))
        .map_or_else(|| excerpt(text), |(id, _)| id.clone())
}

/// " (message id)" when a message holds the text.
fn from_message(doc: &Document, text: &str) -> String {
    let text = text.trim();
    doc.sources
        .iter()
        .find(|(_, t)| !text.is_empty() && t.contains(text))
        .map_or_else(String::new, |(id, _)| format!(" (message {id})"))
}

/// Text drawn over other text: a line that ran out of its column into the next one, or a block
/// placed over another. Each run is a box from its ascent to its descent. Each with the key
/// that tells it once (the pair of messages).
/// Whether a run holds something a reader sees: not only spaces and the invisible formatting
/// characters (bidirectional marks and isolates, zero-width spaces and joiners), which Typst
/// sets as runs of their own.
fn visible(text: &str) -> bool {
    text.chars().any(|c| {
        !c.is_whitespace()
            && !matches!(c, '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2060}'..='\u{2069}' | '\u{FEFF}' | '\u{061C}')
    })
}

fn overlaps(runs: &[Run], doc: &Document) -> Vec<((String, String), Diagnostic)> {
    let tolerance = 1.0;
    let mut diags = Vec::new();
    let pages = runs.iter().map(|r| r.page + 1).max().unwrap_or(0);
    for page in 0..pages {
        let mut on_page: Vec<&Run> = runs.iter().filter(|r| r.page == page && visible(&r.text)).collect();
        on_page.sort_by(|a, b| a.x.total_cmp(&b.x));
        for (i, a) in on_page.iter().enumerate() {
            for b in &on_page[i + 1..] {
                if b.x >= a.x + a.width - tolerance {
                    break;
                }
                let (a_top, a_bottom) = (a.y - 0.75 * a.size, a.y + 0.2 * a.size);
                let (b_top, b_bottom) = (b.y - 0.75 * b.size, b.y + 0.2 * b.size);
                if a_top < b_bottom - tolerance && b_top < a_bottom - tolerance {
                    let key = (source_of(doc, &a.text), source_of(doc, &b.text));
                    diags.push((key,
                        Diagnostic::error(
                            "overlap",
                            format!(
                                "text “{}”{} runs into “{}”{} on page {} ({}, {})",
                                excerpt(&a.text),
                                from_message(doc, &a.text),
                                excerpt(&b.text),
                                from_message(doc, &b.text),
                                page + 1,
                                doc.locale,
                                doc.paper
                            ),
                        )
                        .help("a line ran out of its column or box: shorten the text, or widen the column in the layout"),
                    ));
                }
            }
        }
    }
    diags
}
