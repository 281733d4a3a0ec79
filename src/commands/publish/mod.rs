//! `publish`: the pipeline, one stage after another: load the project's bundles, check them,
//! build each language's model, typeset every language (in threads, or in worker processes:
//! `workers`), check the pages, export, then write every file or none.
//!
//! Owns: the order of the stages and the all-or-nothing rule; the one place the pipeline is
//! assembled (the tests, the fuzz target, `watch` and the workers call it). Must not: parse
//! flags or print.

pub mod fit;
pub mod reset;
pub mod workers;

use std::sync::Arc;
use std::time::{Duration, Instant};

use crate::diag::{Diagnostic, Failure};
use crate::l10n;
use crate::language::Language;
use crate::lint;
use crate::model::{self, Document};
use crate::output::files::{self, OutputFile};
use crate::project::layout::Layout;
use crate::project::settings::Settings;
use crate::request::{Emit, Paper, Theme};
use crate::typeset::{self, world::Fonts};

/// What a successful run did: the project it used ("using project publish.toml"), each file
/// written (named in the output folder `out`), and the warnings met on the way.
#[derive(Debug)]
pub struct Report {
    /// How the project was found, for the user.
    pub project: String,
    /// The output folder.
    pub out: std::path::PathBuf,
    /// Every file written, in the run's order.
    pub written: Vec<OutputFile>,
    /// Warnings met on the way (nothing that stopped the run).
    pub warnings: Vec<Diagnostic>,
}

/// A language typeset in memory, not yet written.
pub struct Typeset {
    /// The language's model, as the layout read it (fitted when `--fit-pages` asked).
    pub model: Document,
    /// The typeset pages.
    pub document: typst_layout::PagedDocument,
    /// The exported PDF.
    pub pdf: Vec<u8>,
    /// The social card (PNG), when asked for.
    pub card: Option<Vec<u8>>,
    /// How long the language took, from its model to its exported files.
    pub time: Duration,
}

/// The fonts of the project (and the system's when asked), loaded once for every language.
pub fn load_fonts(settings: &Settings) -> LoadedFonts {
    let (files, mut skipped) = crate::project::fonts::font_files(&settings.project.root);
    let (fonts, mut diags) = Fonts::load(&files, settings.system_fonts);
    skipped.append(&mut diags);
    (Arc::new(fonts), skipped)
}

/// Codes of `check` findings that `--allow-fallback` turns into fallback warnings.
const FALLBACK_CODES: [&str; 3] = ["missing-message", "missing-attribute", "missing-signatory"];

/// Loads, checks and builds the models of `languages`. Errors of any language stop the run: the
/// errors `publish check` would report, then those met building the models.
pub fn models(
    settings: &Settings,
    languages: &[Language],
) -> Result<(Vec<Document>, Vec<Diagnostic>), Failure> {
    let options = model::Options {
        paper: settings.paper,
        allow_fallback: settings.allow_fallback,
        print: model::Print {
            theme: settings.theme,
            bleed_mm: settings.bleed_mm,
            marks: settings.marks,
            fit: 0.0,
            reset: std::collections::BTreeMap::new(),
            options: settings.layout_options.clone(),
        },
        logos: settings.assets.logos.clone(),
        accent: settings.assets.accent.clone(),
        parts: settings.parts.clone(),
    };
    build_models(&settings.project, languages, &options)
}

/// [`models`] for a project and languages given directly (the fuzz target's project is held in
/// memory).
pub fn build_models(
    project: &crate::project::Project,
    languages: &[Language],
    options: &model::Options,
) -> Result<(Vec<Document>, Vec<Diagnostic>), Failure> {
    let config = &project.config;
    let mut loaded = languages.to_vec();
    if !loaded.iter().any(|l| l.tag == config.reference) {
        loaded.push(config.reference_language().clone());
    }
    let (catalog, mut diags) = l10n::load(&project.root, config, &loaded);
    if diags.iter().any(Diagnostic::is_error) {
        return Err(Failure::project(diags));
    }
    // The same checks as `publish check`; its warnings are for `check` to print. Missing glyphs
    // are looked for on the typeset pages.
    let lint = lint::lint(config, &catalog, languages, &options.parts, None);
    // Names nobody has confirmed since they were imported: said once, not name by name.
    let names: std::collections::HashSet<&str> =
        config.signatories.iter().map(|(id, _)| id.as_str()).collect();
    let (unconfirmed, texts) = lint.iter().filter(|d| d.code == "needs-review").fold((0, 0), |(n, t), d| {
        if d.id.as_deref().is_some_and(|id| names.contains(id)) { (n + 1, t) } else { (n, t + 1) }
    });
    for (count, what) in [(unconfirmed, "name"), (texts, "translated text")] {
        if count > 0 {
            diags.push(
                Diagnostic::warning(
                    "needs-review",
                    format!(
                        "{count} {what}{} {}, in the languages published, not confirmed yet (marked `# needs-review` when added or imported)",
                        if count == 1 { "" } else { "s" },
                        if what == "name" { "on the list" } else { "of a translated draft" }
                    ),
                )
                .help("`publish check` lists them; `publish signatories review ID… --lang L` confirms them"),
            );
        }
    }
    diags.extend(
        lint.into_iter()
            .filter(super::super::diag::Diagnostic::is_error)
            .filter(|d| !(options.allow_fallback && FALLBACK_CODES.contains(&&*d.code))),
    );
    if diags.iter().any(Diagnostic::is_error) {
        return Err(Failure::project(diags));
    }
    let mut docs = Vec::new();
    for language in languages {
        let (doc, mut d) = model::build(config, &catalog, language, options);
        diags.append(&mut d);
        docs.push(doc);
    }
    if diags.iter().any(Diagnostic::is_error) {
        return Err(Failure::project(diags));
    }
    Ok((docs, diags))
}

/// What is done when typesetting in this process runs past the time limit: Typst cannot be
/// stopped from outside its thread, so the hook reports and ends the process (main sets it; a
/// worker process leaves it unset: its parent stops it).
static TIMEOUT_HOOK: std::sync::OnceLock<fn(Vec<Diagnostic>)> = std::sync::OnceLock::new();

/// Sets the time limit's hook (see [`TIMEOUT_HOOK`]).
pub fn on_timeout(hook: fn(Vec<Diagnostic>)) {
    let _ = TIMEOUT_HOOK.set(hook);
}

/// Typesets and checks every model, in parallel, with the fonts loaded once, under the time
/// limit when a hook is set.
pub fn typeset_all(
    settings: &Settings,
    fonts: &Arc<Fonts>,
    docs: Vec<Document>,
) -> (Vec<Typeset>, Vec<Diagnostic>) {
    let mut diags = Vec::new();
    let layout = Arc::new(settings.layout.clone());
    let running: std::sync::Mutex<Vec<String>> =
        std::sync::Mutex::new(docs.iter().map(|d| d.locale.clone()).collect());
    let (done_tx, done_rx) = std::sync::mpsc::channel::<()>();
    let results: Vec<(Option<Typeset>, Vec<Diagnostic>)> = std::thread::scope(|scope| {
        if let (Some(limit), Some(hook)) = (settings.timeout, TIMEOUT_HOOK.get()) {
            let running = &running;
            let layout = &settings.layout.name;
            scope.spawn(move || {
                if let Err(std::sync::mpsc::RecvTimeoutError::Timeout) = done_rx.recv_timeout(limit) {
                    let tags = running.lock().map(|r| r.join(", ")).unwrap_or_default();
                    hook(vec![Diagnostic::error(
                        "timeout",
                        format!(
                            "typesetting {tags} with the layout `{layout}` took longer than the time limit ({} s) and was stopped",
                            limit.as_secs()
                        ),
                    )
                    .help("a layout that loops for ever, or a very long document: fix the layout, or raise the limit with --timeout SECONDS")]);
                }
            });
        }
        let handles: Vec<_> = docs
            .into_iter()
            .map(|doc| {
                let layout = &layout;
                let running = &running;
                scope.spawn(move || {
                    let tag = doc.locale.clone();
                    let r = typeset_one(settings, fonts, layout, &doc);
                    if let Ok(mut list) = running.lock() {
                        list.retain(|t| *t != tag);
                    }
                    r
                })
            })
            .collect();
        let results = handles.into_iter().map(|h| h.join().expect("typesetting does not panic")).collect();
        drop(done_tx);
        results
    });
    let mut done = Vec::new();
    for (t, mut d) in results {
        diags.append(&mut d);
        done.extend(t);
    }
    (done, diags)
}

fn typeset_one(
    settings: &Settings,
    fonts: &Arc<Fonts>,
    layout: &Arc<Layout>,
    doc: &Document,
) -> (Option<Typeset>, Vec<Diagnostic>) {
    let start = Instant::now();
    let assets: typeset::Assets =
        Arc::new(settings.assets.files.iter().map(|a| (a.path.clone(), a.bytes.clone())).collect());
    let (done, mut diags) = fit::compile(settings, fonts, layout, doc, &assets);
    let Some((document, doc)) = done else {
        return (None, diags);
    };
    let mut problems = typeset::check(&document, &doc);
    if problems.iter().any(Diagnostic::is_error) {
        diags.extend(problems);
        return (None, diags);
    }
    // The preflight reads the pages; faulted paragraphs are set again (reset.rs).
    let context = format!("{}, layout `{}`, {}", doc.locale, layout.name, doc.paper);
    let (document, doc, found) = reset::mend(settings, fonts, layout, document, doc, &assets, &context);
    problems.extend(
        found.into_iter().map(|f| if settings.strict { f.diagnostic.into_error() } else { f.diagnostic }),
    );
    let failed = problems.iter().any(Diagnostic::is_error);
    diags.extend(problems);
    if failed {
        return (None, diags);
    }
    let card = match &settings.card {
        Some(layout) => {
            let (card, mut d) = card(settings, fonts.clone(), layout, &doc, assets);
            diags.append(&mut d);
            match card {
                Some(c) => Some(c),
                None => return (None, diags),
            }
        }
        None => None,
    };
    let ident =
        format!("{}/{}/{}/{}", settings.project.config.id, doc.locale, settings.layout.name, doc.paper);
    match typeset::pdf(&document, &ident, settings.timestamp, &settings.pdf_standards) {
        Ok(pdf) => (Some(Typeset { model: doc, document, pdf, card, time: start.elapsed() }), diags),
        Err(mut e) => {
            diags.append(&mut e);
            (None, diags)
        }
    }
}

/// The pixels per inch the card is drawn at: its 600 × 315 pt page makes 1200 × 630 px, the
/// size link previews (Open Graph) ask for.
pub const CARD_PPI: f32 = 144.0;

/// The social card of one language: its layout compiled with the language's model, the pages
/// checked as a document's are, page 1 drawn as PNG.
fn card(
    settings: &Settings,
    fonts: Arc<Fonts>,
    layout: &Layout,
    doc: &Document,
    assets: typeset::Assets,
) -> (Option<Vec<u8>>, Vec<Diagnostic>) {
    let (document, mut diags) =
        typeset::compile(fonts, Arc::new(layout.clone()), doc, settings.timestamp, assets);
    let Some(document) = document else {
        return (None, diags);
    };
    diags.extend(typeset::check(&document, doc));
    if document.pages().len() != 1 {
        diags.push(Diagnostic::error(
            "card",
            format!(
                "the card layout `{}` made {} pages for {}: a card is one page",
                layout.name,
                document.pages().len(),
                doc.locale
            ),
        ));
    }
    if diags.iter().any(Diagnostic::is_error) {
        return (None, diags);
    }
    let png = typeset::png_pages(&document, CARD_PPI).into_iter().next();
    (png, diags)
}

/// The whole publish command: every language of the run written, or none; the language with the
/// most text typeset in this process and the others in worker processes at the same time, or
/// every one in a worker for a layout of the project's (`workers::split`).
pub fn run(settings: &Settings) -> Result<Report, Failure> {
    let split = workers::split(settings);
    if !split.workers.is_empty()
        && let Some(report) = workers::publish(settings, &split)
    {
        return report;
    }
    publish(settings)
}

/// The whole publish command in this process: every language of the run written, or none.
pub fn publish(settings: &Settings) -> Result<Report, Failure> {
    publish_with(settings, None)
}

/// Fonts loaded once, with the warnings loading them gave (`publish watch` keeps them).
pub type LoadedFonts = (Arc<Fonts>, Vec<Diagnostic>);

/// [`publish`], with fonts already loaded (`None`: loads them).
pub fn publish_with(settings: &Settings, fonts: Option<LoadedFonts>) -> Result<Report, Failure> {
    let (done, warnings) = typeset_languages(settings, &settings.languages, fonts)?;
    let files = outputs(settings, &done).map_err(|f| f.after(&warnings))?;
    write(settings, files, warnings)
}

/// Loads, checks and typesets `languages` (of the run's), in memory: every language, or an
/// error.
pub fn typeset_languages(
    settings: &Settings,
    languages: &[Language],
    fonts: Option<LoadedFonts>,
) -> Result<(Vec<Typeset>, Vec<Diagnostic>), Failure> {
    // Fonts are read in the background while the text is loaded, checked and formatted.
    let (fonts, models) = std::thread::scope(|scope| {
        let loading = fonts.is_none().then(|| scope.spawn(|| load_fonts(settings)));
        let models = models(settings, languages);
        let fonts = fonts.unwrap_or_else(|| {
            loading.expect("spawned when none were given").join().expect("font loading does not panic")
        });
        (fonts, models)
    });
    let (fonts, mut warnings) = fonts;
    warnings.extend(settings.notices.iter().cloned());
    let (docs, mut d) = models.map_err(|f| f.after(&warnings))?;
    warnings.append(&mut d);
    let n = docs.len();
    let (done, mut diags) = typeset_all(settings, &fonts, docs);
    warnings.append(&mut diags);
    if warnings.iter().any(Diagnostic::is_error) || done.len() != n {
        return Err(Failure::project(warnings));
    }
    Ok((done, warnings))
}

/// Writes every file or none, and the manifest with them.
pub fn write(
    settings: &Settings,
    files: Vec<OutputFile>,
    warnings: Vec<Diagnostic>,
) -> Result<Report, Failure> {
    // The manifest lands with the files it lists, in one commit: all of them or none.
    let updated = settings.project.config.late().map(|(_, d)| d);
    let json = settings.manifest.as_ref().map(|_| files::manifest(&files, updated));
    let mut targets: Vec<(std::path::PathBuf, &[u8])> =
        files.iter().map(|f| (f.path(&settings.out), f.data.as_slice())).collect();
    if let (Some(path), Some(json)) = (&settings.manifest, &json) {
        targets.push((path.clone(), json.as_bytes()));
    }
    crate::output::commit(&targets, crate::output::Purpose::Publish).map_err(|f| f.after(&warnings))?;
    Ok(Report { project: settings.described.clone(), out: settings.out.clone(), written: files, warnings })
}

/// The name of a language's files without their extension:
/// `<id>.<lang>[.<layout>][.<paper>][.<theme>][.bleed|.proof]`, each optional part present only
/// when it is not the default, so variants never overwrite each other.
pub fn file_stem(settings: &Settings, locale: &str) -> String {
    let mut name = format!("{}.{}", settings.project.config.id, locale);
    let mut part = |p: &str| {
        name.push('.');
        name.push_str(p);
    };
    if !settings.default_layout {
        part(&settings.layout.name);
    }
    if settings.paper != Paper::A4 {
        part(settings.paper.name());
    }
    if settings.theme != Theme::Default {
        part(settings.theme.name());
    }
    if settings.bleed_mm > 0.0 && !settings.marks {
        part("bleed");
    }
    if settings.marks {
        part("proof");
    }
    name
}

/// Every file a run writes for the languages typeset.
pub fn outputs(settings: &Settings, done: &[Typeset]) -> Result<Vec<OutputFile>, Failure> {
    // Previews are refused before any is drawn when a page would take more pixels than the
    // limit (a 5 m page at 1200 ppi asks for hundreds of gigabytes).
    if settings.emit.contains(&Emit::Png) {
        for t in done {
            typeset::check_preview_size(&t.document, settings.ppi, &t.model.locale)
                .map_err(|d| Failure::usage(*d))?;
        }
    }
    let layout = &settings.layout.name;
    let mut out = Vec::new();
    for t in done {
        let stem = file_stem(settings, &t.model.locale);
        let pages = t.document.pages().len();
        let file = |name: String, format: Emit, data: Vec<u8>| {
            OutputFile::new(name, &t.model.locale, layout, format, pages, data, t.time)
        };
        for emit in &settings.emit {
            match emit {
                Emit::Pdf => out.push(file(format!("{stem}.pdf"), Emit::Pdf, t.pdf.clone())),
                Emit::Png => {
                    for (i, png) in typeset::png_pages(&t.document, settings.ppi).into_iter().enumerate() {
                        out.push(file(format!("{stem}.p{}.png", i + 1), Emit::Png, png));
                    }
                }
                Emit::Svg => {
                    for (i, svg) in typeset::svg_pages(&t.document).into_iter().enumerate() {
                        out.push(file(format!("{stem}.p{}.svg", i + 1), Emit::Svg, svg.into_bytes()));
                    }
                }
                Emit::Card => {
                    let data = t.card.clone().unwrap_or_default();
                    out.push(OutputFile::new(
                        card_name(settings, &t.model.locale),
                        &t.model.locale,
                        "card",
                        Emit::Card,
                        1,
                        data,
                        t.time,
                    ));
                }
                Emit::Html => {
                    let html = web_page(settings, t, &stem);
                    let name = html_name(settings, &t.model.locale);
                    out.push(OutputFile::new(
                        name,
                        &t.model.locale,
                        "web",
                        Emit::Html,
                        1,
                        html.into_bytes(),
                        t.time,
                    ));
                }
            }
        }
    }
    Ok(out)
}

/// The social card's file name: one per language and theme, whatever the layout and paper.
fn card_name(settings: &Settings, locale: &str) -> String {
    let mut name = format!("{}.{}", settings.project.config.id, locale);
    if settings.theme != Theme::Default {
        name.push_str(&format!(".{}", settings.theme.name()));
    }
    name.push_str(".card.png");
    name
}

/// The web page's file name. With a PDF in the run, the PDF's, `.html` for `.pdf`
/// (`<id>.<lang>[.<layout>]…`): the page links that PDF, so that a run with another layout or
/// paper in the same folder writes a page of its own, and every run's pages and manifest stay
/// true. Without one, `<id>.<lang>.html`: the print options do not change a web page.
fn html_name(settings: &Settings, locale: &str) -> String {
    if settings.emit.contains(&Emit::Pdf) {
        format!("{}.html", file_stem(settings, locale))
    } else {
        format!("{}.{}.html", settings.project.config.id, locale)
    }
}

/// The web page of a language typeset, linked to the run's other pages, its PDF and its card
/// when the run writes them.
fn web_page(settings: &Settings, t: &Typeset, stem: &str) -> String {
    let config = &settings.project.config;
    let languages: Vec<(&Language, String)> =
        settings.languages.iter().map(|l| (l, html_name(settings, &l.tag))).collect();
    let logo = t.model.branding.logo.as_ref().and_then(|path| {
        let asset = settings.assets.files.iter().find(|a| a.path == *path)?;
        Some((asset.kind.mime(), &asset.bytes[..]))
    });
    let links = crate::web::Links {
        languages: &languages,
        reference: settings
            .languages
            .iter()
            .any(|l| l.tag == config.reference)
            .then_some(config.reference.as_str()),
        pdf: settings.emit.contains(&Emit::Pdf).then(|| format!("{stem}.pdf")),
        card: settings.emit.contains(&Emit::Card).then(|| card_name(settings, &t.model.locale)),
        base_url: config.base_url.as_ref(),
        paper: settings.paper,
    };
    crate::web::page(&t.model, &links, logo)
}
