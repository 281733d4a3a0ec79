//! The publish pipeline, one stage after another: load the Fluent bundles, build each
//! language's model, typeset every language in parallel, check, export, then write all files or
//! none.
//!
//! Owns: the order of the stages and the all-or-nothing rule. Must not: parse flags or print
//! anything but through the returned values.

use std::path::PathBuf;
use std::sync::Arc;
use std::time::{Duration, Instant};

use crate::check;
use crate::diag::{Diagnostic, Failure};
use crate::l10n;
use crate::model::{self, Document};
use crate::project;
use crate::settings::Settings;
use crate::typeset::{self, world::Fonts};

/// One file written.
#[derive(Debug, Clone)]
pub struct Written {
    pub path: PathBuf,
    pub locale: String,
    pub layout: String,
    /// "pdf", "png" or "svg".
    pub format: &'static str,
    pub pages: usize,
    pub bytes: usize,
    pub sha256: String,
    pub time: Duration,
}

/// What a successful run did, and the warnings met on the way.
#[derive(Debug)]
pub struct Report {
    pub written: Vec<Written>,
    pub warnings: Vec<Diagnostic>,
}

/// A language typeset in memory, not yet written.
pub struct Typeset {
    pub model: Document,
    pub document: typst_layout::PagedDocument,
    pub pdf: Vec<u8>,
    pub time: Duration,
}

/// The output file name: `<id>.<lang>[.<layout>][.<paper>].pdf`, each optional part present only
/// when it is not the default.
pub fn file_name(settings: &Settings, locale: &str) -> String {
    format!("{}.pdf", file_stem(settings, locale))
}

/// The name without its extension: `<id>.<lang>[.<layout>][.<paper>][.<theme>][.proof]`.
pub fn file_stem(settings: &Settings, locale: &str) -> String {
    let mut name = format!("{}.{}", settings.project.config.id, locale);
    let mut part = |p: &str| {
        name.push('.');
        name.push_str(p);
    };
    if !settings.default_layout {
        part(&settings.layout.name);
    }
    if settings.paper != crate::cli::Paper::A4 {
        part(settings.paper.name());
    }
    if settings.theme != crate::cli::Theme::Default {
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

/// The fonts of the project (and the system's when asked), loaded once for every language.
pub fn load_fonts(settings: &Settings) -> (Arc<Fonts>, Vec<Diagnostic>) {
    let (files, mut skipped) = project::font_files(&settings.project.root);
    let (fonts, mut diags) = Fonts::load(&files, settings.system_fonts);
    skipped.append(&mut diags);
    (Arc::new(fonts), skipped)
}

/// Codes of `check` findings that `--allow-fallback` turns into fallback warnings.
const FALLBACK_CODES: [&str; 3] = ["missing-message", "missing-attribute", "missing-signatory"];

/// Loads, checks and builds the models of the requested languages. Errors of any language stop
/// the run: the errors `publish check` would report, then those met building the models.
pub fn models(settings: &Settings) -> Result<(Vec<Document>, Vec<Diagnostic>), Failure> {
    let config = &settings.project.config;
    let mut tags = settings.locales.clone();
    if !tags.contains(&config.reference) {
        tags.push(config.reference.clone());
    }
    let (catalog, mut diags) = l10n::load(&settings.project.root, config, &tags);
    if diags.iter().any(Diagnostic::is_error) {
        return Err(Failure::project(diags));
    }
    // The same checks as `publish check`; its warnings are for `check` to print. Missing glyphs
    // are looked for on the typeset pages.
    let lint = check::lint(config, &catalog, &settings.locales, None);
    diags.extend(
        lint.into_iter()
            .filter(|d| d.is_error())
            .filter(|d| !(settings.allow_fallback && FALLBACK_CODES.contains(&d.code))),
    );
    if diags.iter().any(Diagnostic::is_error) {
        return Err(Failure::project(diags));
    }
    let options = model::Options {
        paper: settings.paper.name().to_string(),
        allow_fallback: settings.allow_fallback,
        print: model::Print {
            theme: settings.theme.name().to_string(),
            bleed_mm: settings.bleed_mm,
            marks: settings.marks,
        },
    };
    let mut docs = Vec::new();
    for tag in &settings.locales {
        let (doc, mut d) = model::build(config, &catalog, tag, &options);
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
    fonts: Arc<Fonts>,
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
                let fonts = fonts.clone();
                let layout = layout.clone();
                let running = &running;
                scope.spawn(move || {
                    let tag = doc.locale.clone();
                    let r = typeset_one(settings, fonts, layout, doc);
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
    fonts: Arc<Fonts>,
    layout: Arc<project::Layout>,
    doc: Document,
) -> (Option<Typeset>, Vec<Diagnostic>) {
    let start = Instant::now();
    let (document, mut diags) = typeset::compile(fonts, layout, &doc, settings.timestamp);
    let Some(document) = document else {
        return (None, diags);
    };
    let problems = typeset::check(&document, &doc);
    let failed = problems.iter().any(Diagnostic::is_error);
    diags.extend(problems);
    if failed {
        return (None, diags);
    }
    let ident =
        format!("{}/{}/{}/{}", settings.project.config.id, doc.locale, settings.layout.name, doc.paper);
    match typeset::pdf(&document, &ident, settings.timestamp, &settings.pdf_standards) {
        Ok(pdf) => (Some(Typeset { model: doc, document, pdf, time: start.elapsed() }), diags),
        Err(mut e) => {
            diags.append(&mut e);
            (None, diags)
        }
    }
}

/// The whole publish command: all requested languages written, or none.
pub fn publish(settings: &Settings) -> Result<Report, Failure> {
    publish_with(settings, None)
}

/// Fonts loaded once, with the warnings loading them gave (`publish watch` keeps them).
pub type LoadedFonts = (Arc<Fonts>, Vec<Diagnostic>);

/// [`publish`], with fonts already loaded (`None`: loads them).
pub fn publish_with(settings: &Settings, fonts: Option<LoadedFonts>) -> Result<Report, Failure> {
    let (done, warnings) = typeset_languages(settings, fonts)?;
    let planned: Vec<Planned> = outputs(settings, &done)
        .map_err(|mut f| {
            let mut all = warnings.clone();
            all.append(&mut f.diagnostics);
            f.diagnostics = all;
            f
        })?
        .into_iter()
        .map(|(name, bytes, format, t)| Planned {
            name,
            bytes,
            format,
            locale: t.model.locale.clone(),
            pages: t.document.pages().len(),
            time: t.time,
        })
        .collect();
    write(settings, planned, warnings)
}

/// Loads, checks and typesets the requested languages, in memory: every language, or an error.
pub fn typeset_languages(
    settings: &Settings,
    fonts: Option<LoadedFonts>,
) -> Result<(Vec<Typeset>, Vec<Diagnostic>), Failure> {
    // Fonts are read in the background while the text is loaded, checked and formatted.
    let (fonts, models) = std::thread::scope(|scope| {
        let loading = fonts.is_none().then(|| scope.spawn(|| load_fonts(settings)));
        let models = models(settings);
        let fonts = fonts.unwrap_or_else(|| {
            loading.expect("spawned when none were given").join().expect("font loading does not panic")
        });
        (fonts, models)
    });
    let (fonts, mut warnings) = fonts;
    let (docs, mut d) = models.map_err(|mut f| {
        let mut all = warnings.clone();
        all.append(&mut f.diagnostics);
        f.diagnostics = all;
        f
    })?;
    warnings.append(&mut d);
    let n = docs.len();
    let (done, mut diags) = typeset_all(settings, fonts, docs);
    warnings.append(&mut diags);
    if warnings.iter().any(Diagnostic::is_error) || done.len() != n {
        return Err(Failure::project(warnings));
    }
    Ok((done, warnings))
}

/// A file to write, with what the report and the manifest say of it.
pub struct Planned {
    pub name: String,
    pub bytes: Vec<u8>,
    pub format: &'static str,
    pub locale: String,
    pub pages: usize,
    pub time: Duration,
}

/// Writes every planned file or none, then the manifest.
pub fn write(
    settings: &Settings,
    planned: Vec<Planned>,
    warnings: Vec<Diagnostic>,
) -> Result<Report, Failure> {
    let with_warnings = |mut f: Failure| {
        let mut all = warnings.clone();
        all.append(&mut f.diagnostics);
        f.diagnostics = all;
        f
    };
    let written: Vec<Written> = planned
        .iter()
        .map(|p| Written {
            path: settings.out.join(&p.name),
            locale: p.locale.clone(),
            layout: settings.layout.name.clone(),
            format: p.format,
            pages: p.pages,
            bytes: p.bytes.len(),
            sha256: sha256_hex(&p.bytes),
            time: p.time,
        })
        .collect();
    // The manifest lands with the files it lists, in one commit: all of them or none.
    let json = settings.manifest.as_ref().map(|_| manifest(&written, &settings.out));
    let mut files: Vec<(PathBuf, &[u8])> =
        written.iter().zip(&planned).map(|(w, p)| (w.path.clone(), p.bytes.as_slice())).collect();
    if let (Some(path), Some(json)) = (&settings.manifest, &json) {
        files.push((path.clone(), json.as_bytes()));
    }
    crate::output::commit(&files, crate::output::Purpose::Publish).map_err(with_warnings)?;
    Ok(Report { written, warnings })
}

/// A file a run writes: name, bytes, format, and the language it comes from.
pub type Output<'a> = (String, Vec<u8>, &'static str, &'a Typeset);

/// Every file a run writes: name, bytes, format, and the language it comes from.
pub fn outputs<'a>(settings: &Settings, done: &'a [Typeset]) -> Result<Vec<Output<'a>>, Failure> {
    use crate::cli::Emit;
    // Previews are refused before any is drawn when a page would take more pixels than the
    // limit (a 5 m page at 1200 ppi asks for hundreds of gigabytes).
    if settings.emit.contains(&Emit::Png) {
        for t in done {
            typeset::check_preview_size(&t.document, settings.ppi, &t.model.locale)
                .map_err(|d| Failure::usage(*d))?;
        }
    }
    let mut out = Vec::new();
    for t in done {
        let stem = file_stem(settings, &t.model.locale);
        for emit in &settings.emit {
            match emit {
                Emit::Pdf => out.push((format!("{stem}.pdf"), t.pdf.clone(), "pdf", t)),
                Emit::Png => {
                    for (i, png) in typeset::png_pages(&t.document, settings.ppi).into_iter().enumerate() {
                        out.push((format!("{stem}.p{}.png", i + 1), png, "png", t));
                    }
                }
                Emit::Svg => {
                    for (i, svg) in typeset::svg_pages(&t.document).into_iter().enumerate() {
                        out.push((format!("{stem}.p{}.svg", i + 1), svg.into_bytes(), "svg", t));
                    }
                }
            }
        }
    }
    Ok(out)
}

fn sha256_hex(bytes: &[u8]) -> String {
    use sha2::Digest;
    sha2::Sha256::digest(bytes).iter().map(|b| format!("{b:02x}")).collect()
}

/// The manifest: every file written, in a stable order, with what a release needs to know.
fn manifest(written: &[Written], out: &std::path::Path) -> String {
    let mut files: Vec<serde_json::Value> = written
        .iter()
        .map(|w| {
            let name = w.path.strip_prefix(out).unwrap_or(&w.path);
            serde_json::json!({
                "file": name.to_string_lossy(),
                "language": w.locale,
                "layout": w.layout,
                "format": w.format,
                "pages": w.pages,
                "bytes": w.bytes,
                "sha256": w.sha256,
            })
        })
        .collect();
    files.sort_by(|a, b| a["file"].as_str().cmp(&b["file"].as_str()));
    let doc = serde_json::json!({
        "tool": "publish",
        "version": env!("CARGO_PKG_VERSION"),
        "files": files,
    });
    serde_json::to_string_pretty(&doc).expect("plain data") + "\n"
}

/// The findings of `publish check`, for the locales asked (all by default), after writing the
/// review marks `--mark-reviewed` asks for.
pub fn check(args: &crate::cli::CheckArgs, cwd: &std::path::Path) -> Result<Vec<Diagnostic>, Failure> {
    let root = project::locate(args.project.as_deref(), cwd)?;
    eprintln!("{}", crate::diag::escape_controls(&project::describe(&root)));
    let project = project::load(root)?;
    let config = &project.config;
    let locales = crate::settings::resolve_locales(&args.lang, config)?;
    let mut tags = locales.clone();
    if !tags.contains(&config.reference) {
        tags.push(config.reference.clone());
    }
    if let Some(lang) = &args.mark_reviewed {
        let tag = crate::settings::resolve_locales(std::slice::from_ref(lang), config)?.remove(0);
        if tag == config.reference || tag == l10n::PSEUDO {
            return Err(Failure::usage(
                Diagnostic::error(
                    "usage",
                    format!("`{tag}` is not a translation: there is nothing to review"),
                )
                .help("name a locale other than the reference"),
            ));
        }
        let project::Root::Disk(_) = &project.root else {
            return Err(Failure::usage(
                Diagnostic::error("usage", "the built-in example cannot be marked as reviewed")
                    .help("run it in a project folder (one holding publish.toml), or pass --project"),
            ));
        };
        let both = [config.reference.clone(), tag.clone()];
        let (catalog, diags) = l10n::load(&project.root, config, &both);
        if diags.iter().any(Diagnostic::is_error) {
            return Err(Failure::project(diags));
        }
        // Every file of the locale marked together, or none.
        let edits = check::mark_reviewed(&catalog, &config.reference, &tag);
        let files: Vec<(PathBuf, &[u8])> =
            edits.iter().map(|(file, text)| (PathBuf::from(file), text.as_bytes())).collect();
        crate::output::commit(&files, crate::output::Purpose::Project)?;
        for (file, _) in &edits {
            eprintln!("marked {file} as reviewed against {}", config.reference);
        }
    }
    let (catalog, mut diags) = l10n::load(&project.root, config, &tags);
    let (files, mut skipped) = project::font_files(&project.root);
    let (fonts, mut font_diags) = Fonts::load(&files, false);
    diags.append(&mut skipped);
    diags.append(&mut font_diags);
    diags.extend(check::lint(config, &catalog, &locales, Some(fonts.book())));
    Ok(diags)
}

/// The Typst CLI's `--pdf-standard` option for the standards publish was asked for (none: no
/// option).
fn standards_flag(standards: &[typst_pdf::PdfStandard]) -> String {
    let names: Vec<String> = standards
        .iter()
        .filter_map(|s| serde_json::to_value(s).ok())
        .filter_map(|v| v.as_str().map(str::to_string))
        .collect();
    if names.is_empty() { String::new() } else { format!(" --pdf-standard {}", names.join(",")) }
}

/// `publish eject`: one language as a plain Typst project. Returns the folder's files written,
/// and warnings for what was skipped (it copies exactly what publish may read).
pub fn eject(
    args: &crate::cli::EjectArgs,
    cwd: &std::path::Path,
) -> Result<(Vec<PathBuf>, Vec<Diagnostic>), Failure> {
    use clap::Parser;
    let mut argv: Vec<String> = vec!["publish".into(), "--paper".into(), args.paper.name().into()];
    if let Some(l) = &args.lang {
        argv.extend(["--lang".into(), l.clone()]);
    }
    if let Some(l) = &args.layout {
        argv.extend(["--layout".into(), l.clone()]);
    }
    if let Some(p) = &args.project {
        argv.extend(["--project".into(), p.to_string_lossy().into_owned()]);
    }
    argv.extend(["--pdf-standard".into(), args.pdf_standard.join(",")]);
    let cli = crate::cli::Cli::parse_from(argv);
    let mut settings = crate::settings::resolve(&cli.build, cwd, None)?;
    if args.lang.is_none() {
        settings.locales = vec![settings.project.config.reference.clone()];
    }
    if settings.locales.len() != 1 {
        return Err(Failure::usage(
            Diagnostic::error("usage", "eject writes one language")
                .help("name one with --lang, e.g. --lang en"),
        ));
    }
    let dir = if args.dir.is_absolute() { args.dir.clone() } else { cwd.join(&args.dir) };
    if dir.exists() && std::fs::read_dir(&dir).map(|mut d| d.next().is_some()).unwrap_or(true) {
        return Err(Failure::usage(
            Diagnostic::error("usage", format!("{} exists and is not empty", dir.display()))
                .help("name a new folder"),
        ));
    }
    let (mut docs, _) = models(&settings)?;
    let doc = docs.remove(0);
    let (mut files, mut skipped) = settings.layout.files().map_err(|e| {
        Failure::usage(Diagnostic::error(
            "io",
            format!("cannot read the layout `{}`: {e}", settings.layout.name),
        ))
    })?;
    files.push(("model.json".into(), serde_json::to_vec_pretty(&doc).expect("plain data")));
    let (fonts, mut font_skipped) = project::font_files(&settings.project.root);
    skipped.append(&mut font_skipped);
    for font in fonts {
        let name = std::path::Path::new(&font.name)
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        files.push((format!("fonts/{name}"), font.bytes.to_vec()));
    }
    files.push((
        "README.txt".into(),
        format!(
            "Ejected by publish {} from the statement `{}`, language {}, layout `{}`.\n\
             Compile it with the Typst CLI (0.15), to the PDF standards publish claims:\n\n    \
             typst compile --root . --font-path fonts --ignore-system-fonts{} main.typ {}.pdf\n",
            env!("CARGO_PKG_VERSION"),
            settings.project.config.id,
            doc.locale,
            settings.layout.name,
            standards_flag(&settings.pdf_standards),
            file_stem(&settings, &doc.locale)
        )
        .into_bytes(),
    ));
    let files: Vec<(PathBuf, &[u8])> = files.iter().map(|(rel, b)| (dir.join(rel), b.as_slice())).collect();
    crate::output::commit(&files, crate::output::Purpose::Eject).map(|w| (w, skipped))
}
