//! Typesetting: compiles a layout with one language's model in our `World`, checks the typeset
//! pages (missing glyphs, text outside the page) and exports PDF bytes.
//!
//! Owns: everything between the model's JSON and the PDF bytes. Must not: write files.

pub mod world;

use std::sync::Arc;

use typst::diag::{Severity as TypstSeverity, SourceDiagnostic};
use typst::foundations::{Datetime, Label, Repr, Selector, Smart, Value};
use typst::introspection::{Introspector, MetadataElem};
use typst::layout::{Abs, Frame, FrameItem, Transform};
use typst::utils::PicoStr;
use typst::{World, WorldExt};
use typst_layout::PagedDocument;
use typst_pdf::{PdfOptions, PdfStandards, Timestamp};

use crate::diag::{Diagnostic, Place};
use crate::model::Document;
use crate::project::Layout;
use world::{Fonts, PublishWorld};

/// A run of text as it lies on a page, in points from the page's top-left corner.
#[derive(Debug, Clone)]
pub struct Run {
    /// 0-based page index.
    pub page: usize,
    pub x: f64,
    /// The baseline.
    pub y: f64,
    pub width: f64,
    pub size: f64,
    pub text: String,
    /// The font's family name.
    pub font: String,
    /// Characters drawn with glyph 0 (the font has no glyph for them).
    pub missing: Vec<char>,
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

/// Compiles one language's document with a layout.
pub fn compile(
    fonts: Arc<Fonts>,
    layout: Arc<Layout>,
    doc: &Document,
    today: Datetime,
) -> (Option<PagedDocument>, Vec<Diagnostic>) {
    let json = serde_json::to_vec(doc).expect("the model is plain data");
    let world = PublishWorld::new(fonts, layout, json, today);
    let warned = typst::compile::<PagedDocument>(&world);
    let mut diags: Vec<Diagnostic> =
        warned.warnings.iter().map(|w| convert(&world, w, &doc.locale)).collect();
    match warned.output {
        Ok(document) => {
            diags.extend(layout_warnings(&document, &world, &doc.locale));
            (Some(document), diags)
        }
        Err(errors) => {
            diags.extend(errors.iter().map(|e| convert(&world, e, &doc.locale)));
            (None, diags)
        }
    }
}

/// The label a layout puts on `metadata("...")` to have publish print a warning.
pub const WARNING_LABEL: &str = "publish-warning";

/// Warnings a layout reported through `metadata(..) <publish-warning>`.
fn layout_warnings(document: &PagedDocument, world: &PublishWorld, locale: &str) -> Vec<Diagnostic> {
    let Some(label) = Label::new(PicoStr::intern(WARNING_LABEL)) else {
        return Vec::new();
    };
    document
        .introspector()
        .query(&Selector::Label(label))
        .iter()
        .filter_map(|c| c.to_packed::<MetadataElem>())
        .map(|m| {
            let text = match &m.value {
                Value::Str(s) => s.to_string(),
                other => other.repr().to_string(),
            };
            Diagnostic::warning("layout", format!("layout `{}` ({locale}): {text}", world.layout().name))
        })
        .collect()
}

/// Turns a Typst diagnostic into ours, naming the layout file and line.
fn convert(world: &PublishWorld, d: &SourceDiagnostic, locale: &str) -> Diagnostic {
    let message = format!("layout `{}` ({locale}): {}", world.layout().name, in_our_terms(&d.message));
    let mut out = match d.severity {
        TypstSeverity::Error => Diagnostic::error("layout", message),
        TypstSeverity::Warning => Diagnostic::warning("layout", message),
    };
    if let (Some(id), Some(range)) = (d.span.id(), world.range(d.span)) {
        let vpath = id.get().vpath().get_with_slash().to_string();
        if let Ok(source) = world.source(id) {
            out =
                out.at(Place { file: world.layout().display(&vpath), text: Arc::from(source.text()), range });
        } else {
            out = out.in_file(world.layout().display(&vpath));
        }
    } else {
        out = out.in_file(world.layout().display("/main.typ"));
    }
    for hint in &d.hints {
        // Hints about the Typst CLI's options (`--root`) have no meaning here.
        if hint.v.contains("--root") {
            continue;
        }
        out = out.note(format!("hint: {}", in_our_terms(&hint.v)));
    }
    out
}

/// Typst's words for its sandbox, in publish's: a layout's "project" is its own folder.
fn in_our_terms(text: &str) -> String {
    text.replace("would escape the project root", "would leave the layout's folder").replace(
        "cannot access files outside of the project sandbox",
        "a layout reads only files inside its own folder (layouts/<name>/)",
    )
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
                    missing,
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
                || run.y - 0.8 * run.size < -eps
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
    let text = text.trim();
    let mut out: String = text.chars().take(40).collect();
    if text.chars().count() > 40 {
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
fn overlaps(runs: &[Run], doc: &Document) -> Vec<((String, String), Diagnostic)> {
    let tolerance = 1.0;
    let mut diags = Vec::new();
    let pages = runs.iter().map(|r| r.page + 1).max().unwrap_or(0);
    for page in 0..pages {
        let mut on_page: Vec<&Run> =
            runs.iter().filter(|r| r.page == page && !r.text.trim().is_empty()).collect();
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

/// Exports the PDF with a fixed creation date and a stable document identifier.
pub fn pdf(
    document: &PagedDocument,
    ident: &str,
    date: Datetime,
    standards: &[typst_pdf::PdfStandard],
) -> Result<Vec<u8>, Vec<Diagnostic>> {
    let options = PdfOptions {
        ident: Smart::Custom(ident.to_string()),
        creator: Smart::Custom(Some(format!("publish {} (Typst 0.15)", env!("CARGO_PKG_VERSION")))),
        timestamp: Some(Timestamp::new_utc(date)),
        page_ranges: None,
        standards: PdfStandards::new(standards).unwrap_or_default(),
        tagged: true,
        pretty: false,
    };
    typst_pdf::pdf(document, &options).map_err(|errors| {
        errors.iter().map(|e| Diagnostic::error("pdf", format!("PDF export failed: {}", e.message))).collect()
    })
}

/// The most pixels a PNG preview of one page may have: 150 million (600 MB as RGBA while it is
/// drawn; an A4 page at 1200 ppi has 139 million).
pub const MAX_PREVIEW_PIXELS: f64 = 150e6;

/// Refuses previews whose pages would take more than [`MAX_PREVIEW_PIXELS`] at `ppi`, naming
/// the first such page, its size and the resolution, before any is drawn.
pub fn check_preview_size(document: &PagedDocument, ppi: f32, locale: &str) -> Result<(), Box<Diagnostic>> {
    for (i, page) in document.pages().iter().enumerate() {
        let size = page.frame.size();
        let scale = f64::from(ppi) / 72.0;
        let (w, h) = ((size.x.to_pt() * scale).ceil(), (size.y.to_pt() * scale).ceil());
        if w * h > MAX_PREVIEW_PIXELS {
            return Err(Box::new(Diagnostic::error(
                "preview",
                format!(
                    "a PNG preview of page {} ({locale}, {:.0} × {:.0} mm) at {ppi} ppi would be {w:.0} × {h:.0} pixels, more than the limit of {:.0} million",
                    i + 1,
                    size.x.to_mm(),
                    size.y.to_mm(),
                    MAX_PREVIEW_PIXELS / 1e6
                ),
            )
            .help("ask for a lower resolution with --ppi, or emit SVG previews (--emit svg), which have no pixels")));
        }
    }
    Ok(())
}

/// Each page as PNG, at `ppi` pixels per inch.
pub fn png_pages(document: &PagedDocument, ppi: f32) -> Vec<Vec<u8>> {
    let options =
        typst_render::RenderOptions { pixel_per_pt: (f64::from(ppi) / 72.0).into(), render_bleed: true };
    document
        .pages()
        .iter()
        .map(|page| typst_render::render(page, &options).encode_png().unwrap_or_default())
        .collect()
}

/// Each page as SVG.
pub fn svg_pages(document: &PagedDocument) -> Vec<String> {
    let options = typst_svg::SvgOptions { render_bleed: true, pretty: false };
    document.pages().iter().map(|page| typst_svg::svg(page, &options)).collect()
}

/// Points to millimetres, for reports.
pub fn pt_to_mm(pt: f64) -> f64 {
    Abs::pt(pt).to_mm()
}
