//! Export: the PDF (fixed creation date, stable identifier, the standards asked for), and PNG
//! and SVG previews of each page.
//!
//! Owns: the export options. Must not: compile or write files.

use typst::foundations::{Datetime, Smart};
use typst_layout::PagedDocument;
use typst_pdf::{PdfOptions, PdfStandards, Timestamp};

use crate::diag::Diagnostic;

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
