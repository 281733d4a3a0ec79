//! What a caller asks publish to make, in publish's own words: the request a command line, a
//! test, the fuzz target, `eject` or `watch` builds. Checked against the project by
//! `project::settings::resolve`.
//!
//! Owns: the request and its vocabulary (paper, theme, what to emit). Must not: parse flags
//! (`cli` maps the command line to a `Request`), read files or decide anything.

use std::path::PathBuf;

/// A paper size. Serialised as its name (the model's `paper`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Paper {
    /// ISO A4, 210 × 297 mm (the default).
    #[default]
    A4,
    /// US Letter, 8.5 × 11 in.
    UsLetter,
}

impl Paper {
    /// The name Typst's `page(paper:)` takes, also used in output file names.
    pub fn name(self) -> &'static str {
        match self {
            Paper::A4 => "a4",
            Paper::UsLetter => "us-letter",
        }
    }
}

impl std::fmt::Display for Paper {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.name())
    }
}

/// A colour theme. Serialised as its name (the model's `print.theme`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Theme {
    /// Dark text on a light page (the layout's own colours).
    #[default]
    Default,
    /// Light text on a dark page (WCAG AAA contrast).
    Contrast,
}

impl Theme {
    /// The name the model, layout.toml's `themes`, `--theme` and output file names use.
    pub fn name(self) -> &'static str {
        match self {
            Theme::Default => "default",
            Theme::Contrast => "contrast",
        }
    }
}

impl std::fmt::Display for Theme {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.name())
    }
}

/// A kind of file written for each language.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Emit {
    /// The print-ready PDF (the default).
    Pdf,
    /// A PNG preview of each page, at `ppi`.
    Png,
    /// An SVG of each page.
    Svg,
    /// The social card: a 1200 × 630 px PNG from the built-in `card` layout.
    Card,
    /// The web edition: one self-contained HTML page per language.
    Html,
}

impl Emit {
    /// The name `--emit` takes and the manifest's `format` records.
    pub fn name(self) -> &'static str {
        match self {
            Emit::Pdf => "pdf",
            Emit::Png => "png",
            Emit::Svg => "svg",
            Emit::Card => "card",
            Emit::Html => "html",
        }
    }
}

/// Everything a run of publish is asked for. `Default` is what `publish` does with no option.
#[derive(Debug, Clone, PartialEq)]
pub struct Request {
    /// The folder holding publish.toml (`None`: the nearest one upwards, else the built-in
    /// example).
    pub project: Option<PathBuf>,
    /// Languages: locale tags, languages, `all`, `pseudo` or `pseudo-rtl` (empty: all).
    pub languages: Vec<String>,
    /// The layout (`None`: the statement's).
    pub layout: Option<String>,
    /// The paper to set the document on (`--paper`).
    pub paper: Paper,
    /// The output folder (`None`: out/ under the current folder).
    pub out: Option<PathBuf>,
    /// Drafts: a missing message falls back to the reference language.
    pub allow_fallback: bool,
    /// Also use the system's fonts.
    pub system_fonts: bool,
    /// The PDF standards to conform to (none: a plain PDF).
    pub pdf_standards: Vec<typst_pdf::PdfStandard>,
    /// The kinds of file to write for each language (`--emit`; the PDF alone by default).
    pub emit: Vec<Emit>,
    /// PNG preview resolution, pixels per inch.
    pub ppi: f32,
    /// Where to write the manifest, if anywhere.
    pub manifest: Option<PathBuf>,
    /// The colour theme (`--theme`).
    pub theme: Theme,
    /// Bleed as written (`3mm`), if any.
    pub bleed: Option<String>,
    /// Crop marks (the proof variant).
    pub marks: bool,
    /// Time limit for typesetting, in seconds (0: none).
    pub timeout_secs: u64,
    /// Memory limit of a typesetting process (`4GiB`, `none`).
    pub memory_limit: String,
    /// `--fit-pages N`: the layout tightened until the document takes N pages.
    pub fit_pages: Option<u32>,
    /// `--strict`: the preflight's findings on the typeset pages (`page-…`) are errors, and
    /// nothing is written.
    pub strict: bool,
    /// The environment's `SOURCE_DATE_EPOCH`, as written: the PDF's creation date (`None`: the
    /// statement's date).
    pub source_date_epoch: Option<String>,
}

impl Default for Request {
    fn default() -> Self {
        Self {
            project: None,
            languages: Vec::new(),
            layout: None,
            paper: Paper::A4,
            out: None,
            allow_fallback: false,
            system_fonts: false,
            pdf_standards: vec![typst_pdf::PdfStandard::A_2b, typst_pdf::PdfStandard::Ua_1],
            emit: vec![Emit::Pdf],
            ppi: 144.0,
            manifest: None,
            theme: Theme::Default,
            bleed: None,
            marks: false,
            timeout_secs: 120,
            memory_limit: "4GiB".into(),
            fit_pages: None,
            strict: false,
            source_date_epoch: None,
        }
    }
}
