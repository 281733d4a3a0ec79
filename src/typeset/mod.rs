//! Typesetting: compiles a layout with one language's model in our `World` (world.rs), checks
//! the typeset pages (checks.rs: missing glyphs, text outside the page or over other text) and
//! exports PDF bytes and previews (export.rs).
//!
//! Owns: everything between the model's JSON and the PDF bytes. Must not: write files.

pub mod checks;
pub mod export;
pub mod preflight;
pub mod world;

pub use checks::{Run, check, page_color, runs};
pub use export::{MAX_PREVIEW_PIXELS, check_preview_size, pdf, png_pages, svg_pages};

use std::sync::Arc;

use typst::diag::{Severity as TypstSeverity, SourceDiagnostic};
use typst::foundations::{Datetime, Label, Repr, Selector, Value};
use typst::introspection::{Introspector, MetadataElem};
use typst::utils::PicoStr;
use typst::{World, WorldExt};
use typst_layout::PagedDocument;

use crate::diag::{Diagnostic, Place};
use crate::model::Document;
use crate::project::layout::Layout;
use world::{Fonts, PublishWorld};

/// Files of the project a layout reads besides its own (the logos), by their paths in its file
/// system.
pub type Assets = Arc<Vec<(String, typst::foundations::Bytes)>>;

/// Compiles one language's document with a layout.
pub fn compile(
    fonts: Arc<Fonts>,
    layout: Arc<Layout>,
    doc: &Document,
    today: Datetime,
    assets: Assets,
) -> (Option<PagedDocument>, Vec<Diagnostic>) {
    let json = serde_json::to_vec(doc).expect("the model is plain data");
    let world = PublishWorld::new(fonts, layout, json, today, assets);
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
/// The label a layout puts on `metadata("...")` for an error: nothing is written.
pub const ERROR_LABEL: &str = "publish-error";

/// Warnings and errors a layout reported through `metadata(..) <publish-warning>` and
/// `<publish-error>`.
fn layout_warnings(document: &PagedDocument, world: &PublishWorld, locale: &str) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    for (label, error) in [(WARNING_LABEL, false), (ERROR_LABEL, true)] {
        for text in metadata_texts(document, label) {
            let message = format!("layout `{}` ({locale}): {text}", world.layout().name);
            out.push(if error {
                Diagnostic::error("layout", message)
            } else {
                Diagnostic::warning("layout", message)
            });
        }
    }
    out
}

/// The label a layout puts on `metadata(..)` at the very end of its content, so that publish
/// knows how far down the last page the document runs (`--fit-pages`).
pub const END_LABEL: &str = "publish-end";
/// The label of `metadata("...")` saying, in words, the sizes a fitted layout chose.
pub const FIT_LABEL: &str = "publish-fit";

/// How many pages the document fills: the pages before the last, and the part of the last down
/// to the layout's `<publish-end>` mark (the whole last page when it has none).
pub fn extent(document: &PagedDocument) -> f64 {
    let pages = document.pages().len() as f64;
    let end = Label::new(PicoStr::intern(END_LABEL))
        .and_then(|label| document.introspector().query(&Selector::Label(label)).last().cloned())
        .and_then(|m| m.location())
        .and_then(|at| document.introspector().position(at));
    match end {
        Some(p) if p.page.get() == document.pages().len() => {
            let height = document.pages()[p.page.get() - 1].frame.height().to_pt();
            pages - 1.0 + (p.point.y.to_pt() / height).clamp(0.0, 1.0)
        }
        _ => pages,
    }
}

/// The texts of a layout's `metadata("...") <label>`.
pub fn metadata_texts(document: &PagedDocument, label: &str) -> Vec<String> {
    let Some(label) = Label::new(PicoStr::intern(label)) else { return Vec::new() };
    document
        .introspector()
        .query(&Selector::Label(label))
        .iter()
        .filter_map(|m| {
            m.to_packed::<MetadataElem>().map(|m| match &m.value {
                Value::Str(s) => s.to_string(),
                other => other.repr().to_string(),
            })
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
