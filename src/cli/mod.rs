//! The edge: the command line's clap types, every flag's mapping to the request of its command
//! in publish's own words, and the environment read once (`Env`). `print` writes what a
//! command returns to the terminal. The only module (with main.rs) that knows clap.

pub mod print;
pub mod reference;

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};

use crate::campaign::{self, Field};
use crate::commands::check::CheckRequest;
use crate::commands::eject::EjectRequest;
use crate::commands::init::InitRequest;
use crate::commands::signatories::{AddRequest, ImportRequest};
use crate::request::{self, Request};

/// What publish reads of its environment, read once at the start (reproducible builds' fixed
/// date; the test hook that ends `watch`).
#[derive(Debug, Clone, Default)]
pub struct Env {
    /// `SOURCE_DATE_EPOCH`, when set and not empty: the PDF's creation date, and the day the
    /// files' comments record.
    pub source_date_epoch: Option<String>,
    /// `PUBLISH_WATCH_BUILDS`: `publish watch` stops after this many builds (for scripts).
    pub watch_builds: Option<usize>,
}

impl Env {
    /// The process's environment.
    pub fn read() -> Env {
        Env {
            // Not UTF-8: kept as read (U+FFFD for what does not decode), so that it is refused
            // as any other value that is no number of seconds, never ignored.
            source_date_epoch: std::env::var_os("SOURCE_DATE_EPOCH")
                .map(|v| v.to_string_lossy().into_owned())
                .filter(|s| !s.is_empty()),
            watch_builds: std::env::var("PUBLISH_WATCH_BUILDS").ok().and_then(|n| n.parse().ok()),
        }
    }

    /// The day the files' comments record: `SOURCE_DATE_EPOCH`'s when it is a date, else
    /// today's (UTC).
    pub fn today(&self) -> chrono::NaiveDate {
        let secs =
            self.source_date_epoch.as_deref().and_then(|s| s.trim().parse::<i64>().ok()).unwrap_or_else(
                || {
                    std::time::SystemTime::now()
                        .duration_since(std::time::UNIX_EPOCH)
                        .map_or(0, |d| d.as_secs() as i64)
                },
            );
        chrono::DateTime::from_timestamp(secs, 0).map_or(chrono::NaiveDate::MIN, |t| t.date_naive())
    }
}

/// Turns a coalition's statement, kept in Fluent translation bundles, into print-ready PDFs,
/// one per language, typeset by Typst.
#[derive(Debug, Parser)]
#[command(name = "publish", version, about, long_about = None, args_conflicts_with_subcommands = true)]
pub struct Cli {
    /// The command; none publishes.
    #[command(subcommand)]
    pub command: Option<Command>,

    /// The options of publishing.
    #[command(flatten)]
    pub build: BuildArgs,
}

/// The options of publishing (and of `publish watch`).
#[derive(Debug, Clone, Args)]
pub struct BuildArgs {
    /// Languages to publish: locale tags or their language ("en" selects en-GB), comma-separated,
    /// `all`, or a pseudo-locale (`pseudo`: longer, accented; `pseudo-rtl`: right to left).
    /// Default: every locale of the statement.
    #[arg(long, value_delimiter = ',', value_name = "LIST|all")]
    pub lang: Vec<String>,

    /// The layout: a folder under the project's layouts/ or a built-in one (default: the
    /// statement's, else `handout`).
    #[arg(long, value_name = "NAME")]
    pub layout: Option<String>,

    /// Paper size.
    #[arg(long, value_enum, default_value_t = Paper::A4)]
    pub paper: Paper,

    /// Output folder (default: out/ under the current folder).
    #[arg(long, value_name = "DIR")]
    pub out: Option<PathBuf>,

    /// The project folder, holding publish.toml (default: the nearest publish.toml in the current
    /// folder or a parent, else the built-in example statement).
    #[arg(long, value_name = "DIR")]
    pub project: Option<PathBuf>,

    /// Drafts only: a message missing in a language falls back to the reference language, each
    /// one listed as a warning.
    #[arg(long)]
    pub allow_fallback: bool,

    /// Also use the fonts installed on this system (by default only the project's fonts).
    #[arg(long)]
    pub system_fonts: bool,

    /// PDF standards to conform to, comma-separated, or `none`. Conformance is checked by
    /// Typst's PDF export; a document that cannot conform is an error.
    #[arg(
        long,
        value_enum,
        value_delimiter = ',',
        value_name = "LIST|none",
        default_value = "a-2b,ua-1",
        ignore_case = true
    )]
    pub pdf_standard: Vec<PdfStandard>,

    /// What to write: the PDF, previews of each page (PNG, SVG) next to it, the social card
    /// (`card`: `<id>.<lang>.card.png`, 1200 × 630 px) and the web page (`html`:
    /// `<id>.<lang>.html`).
    #[arg(long, value_enum, value_delimiter = ',', default_value = "pdf")]
    pub emit: Vec<Emit>,

    /// Resolution of PNG previews, in pixels per inch.
    #[arg(long, default_value_t = 144.0, value_parser = ppi)]
    pub ppi: f32,

    /// Also write a JSON manifest of every file written (language, layout, format, pages,
    /// bytes, sha256, tool version), e.g. out/manifest.json.
    #[arg(long, value_name = "FILE")]
    pub manifest: Option<PathBuf>,

    /// Colour theme: `contrast` sets light text on a dark page (WCAG AAA contrast), for reading on
    /// a screen; for print, use the default theme (`large-print` for a high-contrast edition).
    #[arg(long, value_enum, default_value_t = Theme::Default)]
    pub theme: Theme,

    /// Bleed around each page for the printer, e.g. `3mm` (backgrounds run into it; the PDF
    /// gets a `TrimBox`).
    #[arg(long, value_name = "LENGTH")]
    pub bleed: Option<String>,

    /// Crop marks outside the bleed: writes a separate proof file (`.proof.pdf`).
    #[arg(long)]
    pub marks: bool,

    /// Time limit for typesetting, in seconds (0: none). A layout that runs past it is stopped
    /// and nothing is written.
    #[arg(long, value_name = "SECONDS", default_value_t = 120)]
    pub timeout: u64,

    /// Fit the document to N pages: the layout is tightened within the limits it states (type
    /// size, leading, margins, measure) until it does; when it cannot, nothing is written. Also
    /// `fit_pages` in publish.toml.
    #[arg(long, value_name = "N", value_parser = clap::value_parser!(u32).range(1..=999))]
    pub fit_pages: Option<u32>,

    /// Fail on the preflight's findings: a fault on the typeset pages (`page-…`: an entry split
    /// across columns, a loose line, a hyphen ladder, a runt, a stranded heading or closing, a
    /// short page, a footer on two lines, a note apart from its mark) is an error, and nothing is
    /// written. For CI.
    #[arg(long)]
    pub strict: bool,

    /// Memory limit of each language's typesetting process, e.g. 4GiB, 512MiB, or `none`.
    /// Applies where typesetting runs in a process of its own: every language with a layout of
    /// the project's, and every language but the first typeset with a built-in layout.
    #[arg(long, value_name = "SIZE", default_value = "4GiB")]
    pub memory_limit: String,
}

impl BuildArgs {
    /// The request these options make.
    pub fn request(&self, env: &Env) -> Request {
        Request {
            project: self.project.clone(),
            languages: self.lang.clone(),
            layout: self.layout.clone(),
            paper: self.paper.into(),
            out: self.out.clone(),
            allow_fallback: self.allow_fallback,
            system_fonts: self.system_fonts,
            pdf_standards: standards(&self.pdf_standard),
            emit: self.emit.iter().map(|&e| e.into()).collect(),
            ppi: self.ppi,
            manifest: self.manifest.clone(),
            theme: self.theme.into(),
            bleed: self.bleed.clone(),
            marks: self.marks,
            timeout_secs: self.timeout,
            memory_limit: self.memory_limit.clone(),
            fit_pages: self.fit_pages,
            strict: self.strict,
            source_date_epoch: env.source_date_epoch.clone(),
        }
    }
}

/// A PDF standard `--pdf-standard` names (Typst's names for them), or `none`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum PdfStandard {
    /// No standard: a plain PDF.
    None,
    /// PDF 1.4.
    #[value(name = "1.4")]
    V1_4,
    /// PDF 1.5.
    #[value(name = "1.5")]
    V1_5,
    /// PDF 1.6.
    #[value(name = "1.6")]
    V1_6,
    /// PDF 1.7.
    #[value(name = "1.7")]
    V1_7,
    /// PDF 2.0.
    #[value(name = "2.0")]
    V2_0,
    /// PDF/A-1b.
    #[value(name = "a-1b")]
    A1b,
    /// PDF/A-1a.
    #[value(name = "a-1a")]
    A1a,
    /// PDF/A-2b: archival (the default, with ua-1).
    #[value(name = "a-2b")]
    A2b,
    /// PDF/A-2u.
    #[value(name = "a-2u")]
    A2u,
    /// PDF/A-2a.
    #[value(name = "a-2a")]
    A2a,
    /// PDF/A-3b.
    #[value(name = "a-3b")]
    A3b,
    /// PDF/A-3u.
    #[value(name = "a-3u")]
    A3u,
    /// PDF/A-3a.
    #[value(name = "a-3a")]
    A3a,
    /// PDF/A-4.
    #[value(name = "a-4")]
    A4,
    /// PDF/A-4f.
    #[value(name = "a-4f")]
    A4f,
    /// PDF/A-4e.
    #[value(name = "a-4e")]
    A4e,
    /// PDF/UA-1: tagged for screen readers (the default, with a-2b).
    #[value(name = "ua-1")]
    Ua1,
}

impl PdfStandard {
    /// Typst's standard (`None` for `none`).
    fn typst(self) -> Option<typst_pdf::PdfStandard> {
        use typst_pdf::PdfStandard as T;
        Some(match self {
            PdfStandard::None => return None,
            PdfStandard::V1_4 => T::V_1_4,
            PdfStandard::V1_5 => T::V_1_5,
            PdfStandard::V1_6 => T::V_1_6,
            PdfStandard::V1_7 => T::V_1_7,
            PdfStandard::V2_0 => T::V_2_0,
            PdfStandard::A1b => T::A_1b,
            PdfStandard::A1a => T::A_1a,
            PdfStandard::A2b => T::A_2b,
            PdfStandard::A2u => T::A_2u,
            PdfStandard::A2a => T::A_2a,
            PdfStandard::A3b => T::A_3b,
            PdfStandard::A3u => T::A_3u,
            PdfStandard::A3a => T::A_3a,
            PdfStandard::A4 => T::A_4,
            PdfStandard::A4f => T::A_4f,
            PdfStandard::A4e => T::A_4e,
            PdfStandard::Ua1 => T::Ua_1,
        })
    }
}

/// The standards a `--pdf-standard` list asks for: none when it names `none`.
fn standards(list: &[PdfStandard]) -> Vec<typst_pdf::PdfStandard> {
    if list.contains(&PdfStandard::None) {
        return Vec::new();
    }
    list.iter().filter_map(|s| s.typst()).collect()
}

/// What `--emit` writes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Emit {
    /// The PDF.
    Pdf,
    /// A PNG preview of each page (`<name>.p<N>.png`).
    Png,
    /// An SVG preview of each page (`<name>.p<N>.svg`).
    Svg,
    /// The social card: a 1200 × 630 px PNG per language (kicker, title, date, logo).
    Card,
    /// The web edition: one self-contained HTML page per language (`<id>.<lang>.html`).
    Html,
}

impl From<Emit> for request::Emit {
    fn from(e: Emit) -> Self {
        match e {
            Emit::Pdf => request::Emit::Pdf,
            Emit::Png => request::Emit::Png,
            Emit::Svg => request::Emit::Svg,
            Emit::Card => request::Emit::Card,
            Emit::Html => request::Emit::Html,
        }
    }
}

/// `--theme`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Theme {
    /// The layout's own colours.
    Default,
    /// Light text on a dark page, every text at least 7:1 (WCAG AAA).
    Contrast,
}

impl From<Theme> for request::Theme {
    fn from(t: Theme) -> Self {
        match t {
            Theme::Default => request::Theme::Default,
            Theme::Contrast => request::Theme::Contrast,
        }
    }
}

/// The commands besides publishing. (Their doc comments are the help the user reads, where
/// `file:line:col` in backticks would print its backticks.)
#[allow(clippy::doc_markdown)]
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Check the translations against the reference: what is missing or broken, at file:line:col.
    Check(CheckArgs),
    /// Start a new document: a small project (publish.toml, the words in each language) that
    /// publishes and passes `publish check --strict` at once.
    Init(InitArgs),
    /// Start a project from a draft written in Word (.docx), LibreOffice (.odt) or Markdown: its
    /// title, headings, paragraphs, lists, quotations, footnotes and signatory list, each a
    /// message with the paragraph it came from. In a project: revise the reference from a new
    /// draft, or, with --lang, align a translated draft into that locale; or take back a
    /// translation kit (`publish export`) filled in a CAT tool or in Word.
    Import(ImportDraftArgs),
    /// Start a new language: locales/<TAG>/ with every message of the reference, commented out,
    /// and the tag added to publish.toml.
    NewLocale(NewLocaleArgs),
    /// Write a translation kit of a language: XLIFF 2.1 for a CAT tool (Trados, memoQ, OmegaT,
    /// Okapi, Weblate) or a Word document with a two-column table. `publish import` takes the
    /// filled kit back.
    Export(ExportArgs),
    /// Print a shell completion script (bash, zsh, fish, elvish, powershell).
    Completions {
        /// The shell.
        #[arg(value_enum)]
        shell: clap_complete::Shell,
    },
    /// Print the manual page (roff).
    Man,
    /// Publish, then watch the project and publish again whenever one of its files changes
    /// (publish.toml, locales/, layouts/, fonts/). Takes the same options as publishing.
    Watch(BuildArgs),
    /// The list of signatories: import a sign-on form's export, add, remove, review, list.
    #[command(subcommand)]
    Signatories(SignatoriesCommand),
    /// Write one language as a plain Typst project (main.typ and the layout's files, the model
    /// as model.json, the fonts) that the Typst CLI compiles to the same pages.
    Eject(EjectArgs),
}

/// `publish signatories …`.
#[derive(Debug, Subcommand)]
pub enum SignatoriesCommand {
    /// Import signatures from a sign-on form's export (CSV, TSV, XLSX, ODS): new names are added
    /// to publish.toml and every locale (marked `# needs-review`), duplicates skipped, near
    /// duplicates held for a decision. Importing the same file again adds nothing.
    Import(ImportArgs),
    /// Add one signatory by hand.
    Add(AddArgs),
    /// Remove signatories (from publish.toml and every locale, with their comments).
    Remove {
        /// Their ids (`publish signatories list --format csv` shows them).
        #[arg(required = true)]
        ids: Vec<String>,
        /// The project folder, holding publish.toml.
        #[arg(long, value_name = "DIR")]
        project: Option<PathBuf>,
    },
    /// Confirm names marked `# needs-review` in some locales (the marks are removed; a
    /// translation's review is recorded against the reference).
    Review {
        /// The ids confirmed.
        #[arg(required_unless_present = "all", conflicts_with = "all")]
        ids: Vec<String>,
        /// Every name marked `# needs-review` in these locales.
        #[arg(long)]
        all: bool,
        /// The locales the names were checked in (tags, languages or `all`).
        #[arg(long, value_delimiter = ',', value_name = "LIST|all", required = true)]
        lang: Vec<String>,
        /// The project folder, holding publish.toml.
        #[arg(long, value_name = "DIR")]
        project: Option<PathBuf>,
    },
    /// Print the list of one language as its PDF prints it, in its order.
    List {
        /// The language (default: the reference).
        #[arg(long)]
        lang: Option<String>,
        /// How to print the list.
        #[arg(long, value_enum, default_value_t = ListFormat::Human)]
        format: ListFormat,
        /// The project folder, holding publish.toml.
        #[arg(long, value_name = "DIR")]
        project: Option<PathBuf>,
    },
}

/// How `signatories list` prints the list.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ListFormat {
    /// A line per entry, under its group's heading.
    Human,
    /// CSV with a header row: group, id, name, country, affiliation, note, signed, late.
    Csv,
    /// A JSON array of entries.
    Json,
}

/// The options of `signatories import`.
#[derive(Debug, Args)]
pub struct ImportArgs {
    /// The form's export: CSV, TSV, XLSX or ODS.
    pub file: PathBuf,

    /// Which column holds a field, when its header is not the usual one: FIELD=HEADER, with FIELD
    /// one of name, name:<locale>, country, group, affiliation, note, date, id, timestamp.
    #[arg(long, value_name = "FIELD=HEADER", value_parser = column)]
    pub column: Vec<(Field, String)>,

    /// Import a row held as a near duplicate (it is another organisation). Repeatable.
    #[arg(long, value_name = "ROW")]
    pub accept: Vec<usize>,

    /// Dismiss a row (held or rejected) for good: remembered in publish.toml (`dismissed`), never
    /// imported or reported again. Repeatable.
    #[arg(long, value_name = "ROW")]
    pub skip: Vec<usize>,

    /// Print what would change; write nothing.
    #[arg(long)]
    pub dry_run: bool,

    /// The worksheet to read in a workbook (default: the first).
    #[arg(long, value_name = "NAME")]
    pub sheet: Option<String>,

    /// How dates like 03/04/2025 are written: day first (dmy) or month first (mdy).
    #[arg(long, value_enum)]
    pub date_order: Option<DateOrder>,

    /// The group of rows that name none.
    #[arg(long, value_name = "GROUP")]
    pub group: Option<String>,

    /// The project folder, holding publish.toml.
    #[arg(long, value_name = "DIR")]
    pub project: Option<PathBuf>,
}

/// `--date-order`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum DateOrder {
    /// Day first: 03/04/2025 is 3 April.
    Dmy,
    /// Month first: 03/04/2025 is 4 March.
    Mdy,
}

/// The options of `signatories add`.
#[derive(Debug, Args)]
pub struct AddArgs {
    /// The name, as the reference language writes it.
    pub name: String,

    /// Its country: an ISO code (KE) or a name (Kenya).
    #[arg(long)]
    pub country: Option<String>,

    /// Its group: the heading's text or message id.
    #[arg(long)]
    pub group: Option<String>,

    /// An individual's affiliation.
    #[arg(long)]
    pub affiliation: Option<String>,

    /// A note on the entry (a footnote).
    #[arg(long)]
    pub note: Option<String>,

    /// The date it signed (YYYY-MM-DD).
    #[arg(long, value_name = "DATE")]
    pub since: Option<String>,

    /// Its name in another locale: LOCALE=NAME. Repeatable.
    #[arg(long = "name-in", value_name = "LOCALE=NAME", value_parser = name_in)]
    pub name_in: Vec<(String, String)>,

    /// Add it even when it looks like a name on the list.
    #[arg(long)]
    pub force: bool,

    /// The project folder, holding publish.toml.
    #[arg(long, value_name = "DIR")]
    pub project: Option<PathBuf>,
}

/// The options of `eject`.
#[derive(Debug, Args)]
pub struct EjectArgs {
    /// The folder to create (it must not exist, or be empty).
    pub dir: PathBuf,

    /// The language (default: the reference).
    #[arg(long)]
    pub lang: Option<String>,

    /// The layout (default: the statement's).
    #[arg(long, value_name = "NAME")]
    pub layout: Option<String>,

    /// Paper size.
    #[arg(long, value_enum, default_value_t = Paper::A4)]
    pub paper: Paper,

    /// The project folder, holding publish.toml.
    #[arg(long, value_name = "DIR")]
    pub project: Option<PathBuf>,

    /// The PDF standards the README's `typst compile` line asks for (as for publishing).
    #[arg(
        long,
        value_enum,
        value_delimiter = ',',
        value_name = "LIST|none",
        default_value = "a-2b,ua-1",
        ignore_case = true
    )]
    pub pdf_standard: Vec<PdfStandard>,
}

impl EjectArgs {
    /// The folder to write, and the run to eject: its language, layout, paper, project and PDF
    /// standards.
    pub fn request(&self) -> EjectRequest {
        EjectRequest {
            dir: self.dir.clone(),
            run: Request {
                project: self.project.clone(),
                languages: self.lang.iter().cloned().collect(),
                layout: self.layout.clone(),
                paper: self.paper.into(),
                pdf_standards: standards(&self.pdf_standard),
                ..Request::default()
            },
        }
    }
}

impl ImportArgs {
    /// What the import is asked, on `env`'s day.
    pub fn request(&self, env: &Env) -> ImportRequest {
        ImportRequest {
            project: self.project.clone(),
            file: self.file.clone(),
            sheet: self.sheet.clone(),
            options: campaign::Options {
                columns: self.column.clone(),
                accept: self.accept.clone(),
                date_order: self.date_order.map(|o| match o {
                    DateOrder::Dmy => campaign::DateOrder::DayMonth,
                    DateOrder::Mdy => campaign::DateOrder::MonthDay,
                }),
                group: self.group.clone(),
                skip: self.skip.clone(),
                // A bar on a terminal; nothing in a script or a log.
                progress: std::io::IsTerminal::is_terminal(&std::io::stderr())
                    .then_some(print::import_progress as fn(usize, usize)),
            },
            dry_run: self.dry_run,
            today: env.today(),
        }
    }
}

impl AddArgs {
    /// What adding is asked, on `env`'s day.
    pub fn request(&self, env: &Env) -> AddRequest {
        AddRequest {
            project: self.project.clone(),
            name: self.name.clone(),
            country: self.country.clone(),
            group: self.group.clone(),
            affiliation: self.affiliation.clone(),
            note: self.note.clone(),
            since: self.since.clone(),
            names: self.name_in.clone(),
            force: self.force,
            today: env.today(),
        }
    }
}

/// `--column FIELD=HEADER`.
/// `--ppi`: a number from 18 to 1200, refused as written (clap quotes it back as given, never
/// as the float it rounds to).
fn ppi(s: &str) -> Result<f32, String> {
    match s.trim().parse::<f32>() {
        Ok(v) if (18.0..=1200.0).contains(&v) => Ok(v),
        Ok(_) => {
            Err("out of range: choose a resolution from 18 to 1200 pixels per inch (default 144)".into())
        }
        Err(_) => Err("not a number of pixels per inch, e.g. 144".into()),
    }
}

fn column(s: &str) -> Result<(Field, String), String> {
    let (field, header) = s
        .split_once('=')
        .ok_or_else(|| format!("{s:?} is not FIELD=HEADER, e.g. --column name=\"Organisation\""))?;
    let field = Field::parse(field)
        .ok_or_else(|| format!("`{field}` is not a field (the fields: {})", Field::NAMES))?;
    Ok((field, header.to_string()))
}

/// `--name-in LOCALE=NAME`.
fn name_in(s: &str) -> Result<(String, String), String> {
    let (tag, name) = s
        .split_once('=')
        .ok_or_else(|| format!("{s:?} is not LOCALE=NAME, e.g. --name-in fr=\"Ligue des droits\""))?;
    Ok((tag.trim().to_string(), name.to_string()))
}

/// The options of `check`.
#[derive(Debug, Args)]
pub struct CheckArgs {
    /// Locales to check (tags, languages, `all`, `pseudo` or `pseudo-rtl`). Default: all.
    #[arg(long, value_delimiter = ',', value_name = "LIST|all")]
    pub lang: Vec<String>,

    /// How to print the findings.
    #[arg(long, value_enum, default_value_t = Format::Human)]
    pub format: Format,

    /// Fail on warnings too.
    #[arg(long)]
    pub strict: bool,

    /// Record that LANG's translations were reviewed against the reference's current text
    /// (writes `# reviewed: <hash>` above each message), then check LANG (and the --lang ones).
    #[arg(long, value_name = "LANG")]
    pub mark_reviewed: Option<String>,

    /// The project folder, holding publish.toml.
    #[arg(long, value_name = "DIR")]
    pub project: Option<PathBuf>,
}

impl CheckArgs {
    /// What `check` is asked.
    pub fn request(&self) -> CheckRequest {
        CheckRequest {
            project: self.project.clone(),
            languages: self.lang.clone(),
            mark_reviewed: self.mark_reviewed.clone(),
        }
    }
}

/// The options of `init`.
#[derive(Debug, Args)]
pub struct InitArgs {
    /// The folder to start it in: a new or empty one (default: the current folder).
    pub dir: Option<PathBuf>,

    /// Its languages, the reference first (default: en-GB,fr).
    #[arg(long, value_delimiter = ',', value_name = "LIST")]
    pub lang: Vec<String>,

    /// A joint statement, or an open letter (addressee, subject, salutation, closing).
    #[arg(long, value_enum, default_value_t = Kind::Statement)]
    pub kind: Kind,
}

impl InitArgs {
    /// What `init` is asked.
    pub fn request(&self) -> InitRequest {
        InitRequest {
            dir: self.dir.clone().unwrap_or_else(|| PathBuf::from(".")),
            languages: self.lang.clone(),
            kind: match self.kind {
                Kind::Statement => crate::commands::init::Kind::Statement,
                Kind::Letter => crate::commands::init::Kind::Letter,
            },
        }
    }
}

/// `init --kind`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Kind {
    /// A joint statement: title, body, signatories.
    Statement,
    /// An open letter: addressee, subject, salutation, body, closing, signatories.
    Letter,
}

/// The options of `publish import`.
#[derive(Debug, Args)]
pub struct ImportDraftArgs {
    /// The draft (.docx, .odt or .md), or a filled translation kit (.xlf, .docx).
    pub file: PathBuf,

    /// The folder to start the project in: a new or empty one (default: the draft's name
    /// without its extension, in the current folder; in a project, without it, the project's
    /// reference is revised from the draft).
    pub dir: Option<PathBuf>,

    /// The draft's language, when the document does not say it or says it wrongly (a tag:
    /// en-GB, fr).
    #[arg(long, value_name = "TAG")]
    pub reference: Option<String>,

    /// Say what would be read and written; write nothing.
    #[arg(long)]
    pub dry_run: bool,

    /// The draft is a translation of the project's reference into this locale: its paragraphs
    /// are aligned with the reference's and written as the locale's messages, each marked
    /// `# needs-review`.
    #[arg(long, value_name = "TAG")]
    pub lang: Option<String>,

    /// With --lang: when the translation's structure parts from the reference's (a paragraph
    /// split in two, a footnote dropped), write what aligned and list the rest.
    #[arg(long, requires = "lang")]
    pub partial: bool,

    /// With --lang, or for a translation kit: the project's folder (default: found from the
    /// current folder upwards).
    #[arg(long, value_name = "DIR")]
    pub project: Option<PathBuf>,
}

impl ImportDraftArgs {
    /// What `import` is asked.
    pub fn request(&self, env: &Env) -> crate::commands::import::ImportDraftRequest {
        crate::commands::import::ImportDraftRequest {
            file: self.file.clone(),
            dir: self.dir.clone(),
            reference: self.reference.clone(),
            dry_run: self.dry_run,
            lang: self.lang.clone(),
            partial: self.partial,
            project: self.project.clone(),
            today: env.today(),
        }
    }
}

/// The formats of a translation kit.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum KitFormatArg {
    /// XLIFF 2.1, for CAT tools (`<id>.<lang>.xlf`).
    Xliff,
    /// A Word document with a two-column table (`<id>.<lang>.docx`).
    Docx,
}

/// The options of `export`.
#[derive(Debug, Args)]
pub struct ExportArgs {
    /// The language to translate into (a tag: fr, es, uk, ar; a list, comma-separated; `all`:
    /// every translation of the project). A language the project does not have yet gets a kit
    /// with empty targets.
    #[arg(long, value_name = "TAG", value_delimiter = ',', required = true)]
    pub lang: Vec<String>,

    /// The kit's format.
    #[arg(long, value_enum, default_value_t = KitFormatArg::Xliff)]
    pub format: KitFormatArg,

    /// The folder the kits are written into (default: the current folder).
    #[arg(long, value_name = "DIR")]
    pub out: Option<PathBuf>,

    /// Write over a kit of the same name that holds translations the project does not have (a
    /// translator's filled kit; without --force, export stops and says so).
    #[arg(long)]
    pub force: bool,

    /// The project folder, holding publish.toml.
    #[arg(long, value_name = "DIR")]
    pub project: Option<PathBuf>,
}

impl ExportArgs {
    /// What `export` is asked.
    pub fn request(&self) -> crate::commands::export::ExportRequest {
        crate::commands::export::ExportRequest {
            project: self.project.clone(),
            languages: self.lang.clone(),
            format: match self.format {
                KitFormatArg::Xliff => crate::commands::export::KitFormat::Xliff,
                KitFormatArg::Docx => crate::commands::export::KitFormat::Docx,
            },
            out: self.out.clone(),
            force: self.force,
        }
    }
}

/// The options of `new-locale`.
#[derive(Debug, Args)]
pub struct NewLocaleArgs {
    /// The new locale's tag, e.g. `de` or `es-419`.
    pub tag: String,

    /// The project folder, holding publish.toml.
    #[arg(long, value_name = "DIR")]
    pub project: Option<PathBuf>,
}

/// `check --format`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    /// rustc-style diagnostics with the source line.
    Human,
    /// One JSON document: findings, errors, warnings.
    Json,
    /// GitHub Actions workflow annotations.
    Github,
}

/// `--paper`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Paper {
    /// A4, 210 × 297 mm.
    A4,
    /// US Letter, 8.5 × 11 in.
    UsLetter,
}

impl From<Paper> for request::Paper {
    fn from(p: Paper) -> Self {
        match p {
            Paper::A4 => request::Paper::A4,
            Paper::UsLetter => request::Paper::UsLetter,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_command_lines_defaults_are_the_requests() {
        assert_eq!(Cli::parse_from(["publish"]).build.request(&Env::default()), Request::default());
        let eject = Cli::parse_from(["publish", "eject", "dir"]);
        let Some(Command::Eject(args)) = eject.command else { panic!("eject") };
        assert_eq!(args.request().run, Request::default());
    }

    #[test]
    fn key_value_flags_are_read_by_clap() {
        let cli = Cli::parse_from(["publish", "signatories", "import", "f.csv", "--column", "name:fr=Nom"]);
        let Some(Command::Signatories(SignatoriesCommand::Import(args))) = cli.command else {
            panic!("import")
        };
        assert_eq!(args.column, vec![(Field::NameIn("fr".into()), "Nom".into())]);
        let bad = Cli::try_parse_from(["publish", "signatories", "import", "f.csv", "--column", "colour=x"]);
        assert!(bad.unwrap_err().to_string().contains("`colour` is not a field"));
        let bad = Cli::try_parse_from(["publish", "signatories", "add", "X", "--name-in", "fr"]);
        assert!(bad.unwrap_err().to_string().contains("is not LOCALE=NAME"));
        let pdf = Cli::parse_from(["publish", "--pdf-standard", "A-3B,ua-1"]);
        assert_eq!(
            pdf.build.request(&Env::default()).pdf_standards,
            [typst_pdf::PdfStandard::A_3b, typst_pdf::PdfStandard::Ua_1]
        );
        let none = Cli::parse_from(["publish", "--pdf-standard", "none"]);
        assert!(none.build.request(&Env::default()).pdf_standards.is_empty());
    }
}
