//! `--fit-pages N`: a language typeset with its layout tightened, within the limits the layout
//! states (layout.toml's `fit`), until the document takes N pages. The layout reads how far to
//! tighten as `print.fit`, from 0 (as designed) to 1 (every limit reached), and marks where its
//! content ends (`<publish-end>`), so that each try says how much of a page is left over.
//!
//! Owns: the search. Must not: know what a layout changes (the layout says it in words).

use std::sync::Arc;

use typst_layout::PagedDocument;

use crate::diag::Diagnostic;
use crate::model::Document;
use crate::project::layout::Layout;
use crate::project::settings::Settings;
use crate::typeset::{self, Assets, world::Fonts};

/// Compiles `doc` with `layout`, fitted to `settings.fit_pages` when asked: the document and
/// the model it was typeset from (its `print.fit` as chosen), or the errors.
///
/// Each try is a whole compilation, so the search makes few: as designed (most documents fit
/// already, and the extent it gives is the first point); a first guess, as if the tightest set
/// the document in seven tenths of its designed extent (about what it does for a statement and
/// its list); then the line through the two points tried, aimed at the pages asked for less a
/// tenth of a page; then the tightest. A document that does not fit at the tightest is an
/// error saying by how much.
pub fn compile(
    settings: &Settings,
    fonts: &Arc<Fonts>,
    layout: &Arc<Layout>,
    doc: &Document,
    assets: &Assets,
) -> (Option<(PagedDocument, Document)>, Vec<Diagnostic>) {
    let attempt = |fit: f64| {
        let mut d = doc.clone();
        d.print.fit = fit;
        let (out, diags) =
            typeset::compile(fonts.clone(), layout.clone(), &d, settings.timestamp, assets.clone());
        (out.map(|document| (document, d)), diags)
    };
    let Some(n) = settings.fit_pages else { return attempt(0.0) };
    let (designed, diags) = attempt(0.0);
    let Some((document, _)) = &designed else { return (designed, diags) };
    let want = n as usize;
    if document.pages().len() <= want {
        return (designed, diags);
    }
    let from = document.pages().len();
    let target = n as f64 - 0.1;
    // The last two points tried: (fit, extent).
    let mut known = (0.0, typeset::extent(document));
    let mut fit = ((1.0 - target / known.1) / (1.0 - 0.7)).clamp(0.05, 1.0);
    loop {
        let (tried, diags) = attempt(fit);
        let Some((document, _)) = &tried else { return (tried, diags) };
        if document.pages().len() <= want {
            let point = (fit, typeset::extent(document));
            let (tried, diags) = least(&attempt, (tried, diags), point, known, want);
            let diags = with_choice(diags, &tried, &doc.locale, n, from);
            return (tried, diags);
        }
        let extent = typeset::extent(document);
        if fit >= 1.0 {
            let limits = layout.declaration.fit.clone().unwrap_or_default();
            let error = Diagnostic::error(
                "fit-pages",
                format!(
                    "{}: --fit-pages {n} cannot be met in layout `{}`: at its tightest the document still takes {} pages, {:.2} of a page too many",
                    doc.locale,
                    layout.name,
                    document.pages().len(),
                    extent - n as f64
                ),
            )
            .note(format!("every limit the layout states was reached: {limits}"))
            .help(format!("shorten the text, or fit to {} pages", document.pages().len()));
            return (None, vec![error]);
        }
        // The line through the last two points, aimed at the target; at least a tenth further.
        let slope = (known.1 - extent) / (fit - known.0);
        let next = if slope > 0.0 { fit + (extent - target) / slope } else { 1.0 };
        known = (fit, extent);
        fit = next.clamp(fit + 0.1, 1.0);
        if fit > 0.9 {
            fit = 1.0;
        }
    }
}

/// What a try gives: the document and its model, or the errors.
type Tried = (Option<(PagedDocument, Document)>, Vec<Diagnostic>);

/// The least tightening that still fits: between the tightest try that did not fit (`short`,
/// with the extent it gave) and one that did (`done`, at `fit`), one more try aimed, on the line
/// through the two, at the pages asked for less a twentieth of a page, kept when it fits (a
/// second try would take a fitted run past twice a plain one's time). The pages are then as full as the layout's steps allow (no band left empty because
/// the first guess tightened too far).
fn least(
    attempt: &impl Fn(f64) -> Tried,
    mut done: Tried,
    mut fit: (f64, f64),
    mut short: (f64, f64),
    want: usize,
) -> Tried {
    let target = want as f64 - 0.05;
    for _ in 0..1 {
        if fit.0 - short.0 < 0.05 {
            break;
        }
        let slope = (short.1 - fit.1) / (fit.0 - short.0);
        let aim = if slope > 0.0 { short.0 + (short.1 - target) / slope } else { (short.0 + fit.0) / 2.0 };
        // Within the interval, never at its ends.
        let next = aim.clamp(short.0 + 0.02, fit.0 - 0.02);
        let tried = attempt(next);
        let Some((document, _)) = &tried.0 else { break };
        let extent = typeset::extent(document);
        if document.pages().len() <= want {
            (done, fit) = (tried, (next, extent));
        } else {
            short = (next, extent);
        }
    }
    done
}

/// The run's diagnostics, and a word on what was chosen (the layout's `<publish-fit>`).
fn with_choice(
    mut diags: Vec<Diagnostic>,
    done: &Option<(PagedDocument, Document)>,
    locale: &str,
    n: u32,
    from: usize,
) -> Vec<Diagnostic> {
    if let Some((document, model)) = done {
        let sizes = typeset::metadata_texts(document, typeset::FIT_LABEL).join("; ");
        let mut said = Diagnostic::warning(
            "fit-pages",
            format!(
                "{locale}: fitted to {n} page{} (from {from}), tightened {:.0}%: {sizes}",
                if n == 1 { "" } else { "s" },
                model.print.fit * 100.0
            ),
        );
        // How full the last page is, down to the document's end: when less than four fifths,
        // why.
        let last = typeset::extent(document) - (document.pages().len() as f64 - 1.0);
        if last < 0.8 {
            said = said.note(format!(
                "the last page is {:.0}% full: tightened less, the document takes {} pages (what ends it, a block that does not break, would move to a page of its own)",
                last * 100.0,
                n + 1
            ));
        }
        diags.push(said);
    }
    diags
}
