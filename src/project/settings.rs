//! A request + the environment + publish.toml -> one checked `Settings` value, decided once
//! before any work.
//!
//! Owns: the decisions that depend on the request and the environment (which languages, which
//! layout and whether it supports them, where output goes, the fixed creation date, the
//! limits). Must not: load Fluent files, typeset or print.

use std::path::{Path, PathBuf};

use chrono::{DateTime, Datelike, Timelike};
use typst::foundations::Datetime;

use crate::diag::{Diagnostic, Failure};
use crate::language::{Language, Pseudo};
use crate::project::config::Config;
use crate::project::layout::{self, Layout, PrintOption};
use crate::project::{self, Project};
use crate::request::{Emit, Paper, Request, Theme};

/// Everything a publish run needs, checked.
#[derive(Debug)]
pub struct Settings {
    /// The project: where it is, and its publish.toml read.
    pub project: Project,
    /// How the project was found, for the user ("using project publish.toml").
    pub described: String,
    /// The languages of the run, in publish.toml's order (so output does not depend on flag
    /// order), the pseudo-locales last. A worker process typesets one of them; the web pages link
    /// to all of them.
    pub languages: Vec<Language>,
    /// The layout, found and its declaration checked against the run.
    pub layout: Layout,
    /// The social card's layout (`card`, built in unless the project has its own), when the
    /// card is asked for.
    pub card: Option<Layout>,
    /// Whether the layout is the statement's default (left out of file names).
    pub default_layout: bool,
    /// The paper.
    pub paper: Paper,
    /// The output folder, absolute.
    pub out: PathBuf,
    /// Drafts: a message missing in a language falls back to the reference's, with a warning.
    pub allow_fallback: bool,
    /// Whether the system's fonts are loaded beside the project's.
    pub system_fonts: bool,
    /// The PDF creation date: `SOURCE_DATE_EPOCH` when set, else the statement's date (or the
    /// list's update date).
    pub timestamp: Datetime,
    /// The PDF standards asked for (none for `--pdf-standard none`).
    pub pdf_standards: Vec<typst_pdf::PdfStandard>,
    /// What to write for each language.
    pub emit: Vec<Emit>,
    /// PNG preview resolution.
    pub ppi: f32,
    /// Where to write the manifest, if asked.
    pub manifest: Option<PathBuf>,
    /// The colour theme.
    pub theme: Theme,
    /// Bleed on each side, in millimetres (0 without `--bleed`).
    pub bleed_mm: f64,
    /// Crop marks: the proof variant.
    pub marks: bool,
    /// Time limit for typesetting (`None`: none).
    pub timeout: Option<std::time::Duration>,
    /// Memory limit of a typesetting process, in bytes (`None`: none).
    pub memory_limit: Option<u64>,
    /// The logos and the accent colour, checked.
    pub assets: Assets,
    /// The pages to fit the document to (`--fit-pages`, or publish.toml's `fit_pages` where the
    /// layout can be fitted).
    pub fit_pages: Option<u32>,
    /// The preflight's findings (`page-…`) are errors (`--strict`).
    pub strict: bool,
    /// What the run says about the request itself (options the web page ignores, link
    /// previews without addresses), as warnings.
    pub notices: Vec<Diagnostic>,
    /// What the outputs asked for show of the frame, and so require (`model::Parts`).
    pub parts: crate::model::Parts,
    /// The layout's options: publish.toml's `[layout]` values, else the layout's defaults.
    pub layout_options: std::collections::BTreeMap<String, String>,
}

/// The project's files a layout reads besides its own (the logos), and the accent colour for
/// the theme printed.
#[derive(Debug, Clone, Default)]
pub struct Assets {
    /// The files, in the order publish.toml names them (the `*` logo first).
    pub files: Vec<Asset>,
    /// The logo's path (as in `files`) by locale tag; `*` for every other language.
    pub logos: std::collections::BTreeMap<String, String>,
    /// The accent colour for the theme printed (`#rrggbb`), checked legible on its page.
    pub accent: Option<String>,
}

/// An image of the project a layout reads (a logo).
#[derive(Debug, Clone)]
pub struct Asset {
    /// Its path in the layout's file system (`/publish-assets/logo-0.svg`).
    pub path: String,
    /// Its contents.
    pub bytes: typst::foundations::Bytes,
    /// What kind of image it is.
    pub kind: ImageKind,
    /// Where it is on disk (`None`: built in).
    pub disk: Option<PathBuf>,
}

/// The images a logo may be: those Typst reads (its own detection, `ImageFormat::detect`) that
/// a web browser shows too.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ImageKind {
    /// PNG.
    Png,
    /// JPEG.
    Jpeg,
    /// GIF.
    Gif,
    /// WebP.
    Webp,
    /// SVG (not compressed).
    Svg,
}

impl ImageKind {
    /// What the bytes are, as Typst reads them; `None` for anything else (and for a PDF or a
    /// compressed SVG, which Typst reads but a web page cannot show as an image).
    pub fn detect(bytes: &[u8]) -> Option<ImageKind> {
        use typst::visualize::{ExchangeFormat, ImageFormat, RasterFormat, VectorFormat};
        match ImageFormat::detect(bytes)? {
            ImageFormat::Raster(RasterFormat::Exchange(f)) => Some(match f {
                ExchangeFormat::Png => ImageKind::Png,
                ExchangeFormat::Jpg => ImageKind::Jpeg,
                ExchangeFormat::Gif => ImageKind::Gif,
                ExchangeFormat::Webp => ImageKind::Webp,
            }),
            ImageFormat::Vector(VectorFormat::Svg) if !bytes.starts_with(&[0x1f, 0x8b]) => {
                Some(ImageKind::Svg)
            }
            _ => None,
        }
    }

    /// The file extension Typst knows it by.
    pub fn extension(self) -> &'static str {
        match self {
            ImageKind::Png => "png",
            ImageKind::Jpeg => "jpg",
            ImageKind::Gif => "gif",
            ImageKind::Webp => "webp",
            ImageKind::Svg => "svg",
        }
    }

    /// Its media type, for a `data:` address.
    pub fn mime(self) -> &'static str {
        match self {
            ImageKind::Png => "image/png",
            ImageKind::Jpeg => "image/jpeg",
            ImageKind::Gif => "image/gif",
            ImageKind::Webp => "image/webp",
            ImageKind::Svg => "image/svg+xml",
        }
    }
}

/// The page colours of the library's themes (layouts/publish.typ), which an accent colour is
/// checked against.
pub const PAGE_DEFAULT: [u8; 3] = [255, 255, 255];
/// The contrast theme's dark page.
pub const PAGE_CONTRAST: [u8; 3] = [0x12, 0x12, 0x12];

/// WCAG 2 contrast ratio of two sRGB colours.
pub fn contrast_ratio(a: [u8; 3], b: [u8; 3]) -> f64 {
    let lum = |c: [u8; 3]| {
        let lin = |v: u8| {
            let v = f64::from(v) / 255.0;
            if v <= 0.04045 { v / 12.92 } else { ((v + 0.055) / 1.055).powf(2.4) }
        };
        0.2126 * lin(c[0]) + 0.7152 * lin(c[1]) + 0.0722 * lin(c[2])
    };
    let (x, y) = (lum(a), lum(b));
    (x.max(y) + 0.05) / (x.min(y) + 0.05)
}

/// What `--emit html` says about the request: print options that mean nothing on a web page,
/// and Open Graph tags left out for want of an address.
/// The contrast theme (light text on a near-black page) is for reading on a screen: asked for
/// with the printer's options (`--bleed`, `--marks`), it is said, with what to do instead. A
/// press would lay a full-bleed solid black under text reversed out of it at 8.6 pt: fine serifs
/// fill in, and the ink takes long to dry.
fn screen_theme_for_print(request: &Request) -> Option<Diagnostic> {
    if request.theme != Theme::Contrast || (request.bleed.is_none() && !request.marks) {
        return None;
    }
    let asked = match (&request.bleed, request.marks) {
        (Some(b), true) => format!("--bleed {b} and --marks"),
        (Some(b), false) => format!("--bleed {b}"),
        _ => "--marks".to_string(),
    };
    Some(
        Diagnostic::warning(
            "theme-for-screens",
            format!("--theme contrast is made for screens, and {asked} prepares the PDF for a printing press"),
        )
        .note("the contrast theme sets light text on a near-black page: printed, every page is solid ink to the trim, and small reversed text fills in")
        .help("for a printed high-contrast edition use `--layout large-print` in the default theme; keep `--theme contrast` for the PDF people read on screen"),
    )
}

fn web_notices(config: &Config, request: &Request, emit: &[Emit]) -> Vec<Diagnostic> {
    if !emit.contains(&Emit::Html) {
        return Vec::new();
    }
    let mut ignored = Vec::new();
    if let Some(l) = &request.layout {
        ignored.push(format!("--layout {l}"));
    }
    if request.theme != Theme::Default {
        ignored.push(format!("--theme {}", request.theme.name()));
    }
    if let Some(b) = &request.bleed {
        ignored.push(format!("--bleed {b}"));
    }
    if request.marks {
        ignored.push("--marks".to_string());
    }
    let mut out = Vec::new();
    if !ignored.is_empty() {
        let printed = emit.iter().any(|e| matches!(e, Emit::Pdf | Emit::Png | Emit::Svg));
        out.push(
            Diagnostic::warning(
                "html-ignored",
                format!(
                    "{} {} no meaning for the web page: ignored for the HTML{}",
                    ignored.join(", "),
                    if ignored.len() == 1 { "has" } else { "have" },
                    if printed { " (the PDF and previews follow it)" } else { "" }
                ),
            )
            .help("the web page is one column that fits the reader's screen, in the reader's light or dark colours; printed, it asks for the paper --paper names (A4 by default)"),
        );
    }
    match &config.base_url {
        None => out.push(
            Diagnostic::warning(
                "html-no-base-url",
                "publish.toml has no [web] base_url: the web pages carry no og:url, og:image or canonical link (link previews need absolute addresses)",
            )
            .help("add the address the pages are published under to publish.toml:\n[web]\nbase_url = \"https://example.org/statements/\""),
        ),
        Some(_) if !emit.contains(&Emit::Card) => out.push(
            Diagnostic::warning(
                "html-no-card",
                "the web pages carry no og:image: no social card is written in this run",
            )
            .help("add card to --emit (--emit pdf,html,card) and publish the card beside the page"),
        ),
        Some(_) => {}
    }
    out
}

/// Reads and checks the statement's branding: every logo a readable image inside the project,
/// the accent colour legible on the theme's page (4.5:1 on the printed page; 7:1 under the
/// contrast theme, whose own accent is used when the statement gives none for it).
/// The largest side of a raster logo, in pixels.
const MAX_LOGO_SIDE: u32 = 16_384;
/// The most pixels a raster logo may have.
const MAX_LOGO_PIXELS: u64 = 40_000_000;

/// Checks a raster logo's size from its header, before anything decodes it: a PNG of 30,000 ×
/// 30,000 pixels (3.5 MB on disk) would take gigabytes to decode. An SVG is parsed (by the
/// library Typst uses), so that a broken one is said here, at publish.toml's line, not as an
/// error in a file of the layout's.
fn raster_size(kind: ImageKind, bytes: &[u8]) -> Result<(), String> {
    let format = match kind {
        ImageKind::Svg => {
            return usvg::Tree::from_data(bytes, &usvg::Options::default())
                .map(|_| ())
                .map_err(|e| format!("cannot be read as SVG: {e}"));
        }
        ImageKind::Png => image::ImageFormat::Png,
        ImageKind::Jpeg => image::ImageFormat::Jpeg,
        ImageKind::Gif => image::ImageFormat::Gif,
        ImageKind::Webp => image::ImageFormat::WebP,
    };
    let (w, h) = image::ImageReader::with_format(std::io::Cursor::new(bytes), format)
        .into_dimensions()
        .map_err(|e| format!("cannot be read as {}: {e}", kind.extension().to_uppercase()))?;
    if w > MAX_LOGO_SIDE || h > MAX_LOGO_SIDE || u64::from(w) * u64::from(h) > MAX_LOGO_PIXELS {
        return Err(format!(
            "is {w} × {h} pixels: more than a logo needs, and more than publish decodes ({MAX_LOGO_SIDE} a side, {} million in all)",
            MAX_LOGO_PIXELS / 1_000_000
        ));
    }
    Ok(())
}

fn resolve_assets(project: &Project, theme: Theme) -> Result<Assets, Failure> {
    let b = &project.config.branding;
    let config = &project.config;
    let mut assets = Assets::default();
    let mut errors = Vec::new();
    let logos =
        b.logo.iter().map(|l| ("*".to_string(), l)).chain(b.logos.iter().map(|(t, l)| (t.clone(), l)));
    for (n, (tag, (rel, span))) in logos.enumerate() {
        let shown = project.root.display(rel);
        match project.root.read(rel) {
            Err(e) => errors.push(
                Diagnostic::error("logo", format!("cannot read the logo {shown}: {e}"))
                    .at(config.place(span.clone()))
                    .help("name an image file inside the project folder (SVG or PNG)"),
            ),
            Ok(file) => match ImageKind::detect(&file.bytes) {
                None => errors.push(
                    Diagnostic::error(
                        "logo",
                        format!("the logo {shown} is not an image (SVG, PNG, JPEG, GIF or WebP)"),
                    )
                    .at(config.place(span.clone()))
                    .help("export the logo as SVG or PNG"),
                ),
                Some(kind) if let Err(why) = raster_size(kind, &file.bytes) => errors.push(
                    Diagnostic::error("logo", format!("the logo {shown} {why}"))
                        .at(config.place(span.clone()))
                        .help(if why.starts_with("cannot") {
                            "export the logo again, as SVG or PNG, and check that it opens".to_string()
                        } else {
                            format!("export it at most {MAX_LOGO_SIDE} pixels a side and {} million pixels in all (a logo 40 mm wide prints sharp at 600 ppi from about 1,000 pixels), or as SVG", MAX_LOGO_PIXELS / 1_000_000)
                        }),
                ),
                Some(kind) => {
                    let path = format!("/publish-assets/logo-{n}.{}", kind.extension());
                    assets.logos.insert(tag, path.clone());
                    let bytes = typst::foundations::Bytes::new(file.bytes);
                    assets.files.push(Asset { path, bytes, kind, disk: file.path });
                }
            },
        }
    }
    let (given, page, least, name) = match theme {
        Theme::Default => (&b.accent, PAGE_DEFAULT, 4.5, "the page"),
        Theme::Contrast => (&b.accent_contrast, PAGE_CONTRAST, 7.0, "the contrast theme's dark page"),
    };
    if let Some((colour, span)) = given {
        let rgb =
            crate::project::config::parse_hex_colour(colour).expect("checked when publish.toml was read");
        let ratio = contrast_ratio(rgb, page);
        if ratio < least {
            errors.push(
                Diagnostic::error("accent", format!("text in the accent colour {colour} would have a contrast of {ratio:.2}:1 against {name}; it needs {least}:1"))
                    .at(config.place(span.clone()))
                    .help(match theme {
                        Theme::Default => "choose a darker accent colour (WCAG 2, 1.4.3)",
                        Theme::Contrast => "choose a lighter `accent_contrast`, or remove it to use the theme's own accent (WCAG 2, 1.4.6)",
                    }),
            );
        }
        assets.accent = Some(colour.clone());
    }
    if errors.is_empty() { Ok(assets) } else { Err(Failure::project(errors)) }
}

/// Resolves a request against the project.
pub fn resolve(request: &Request, cwd: &Path) -> Result<Settings, Failure> {
    let root = project::locate(request.project.as_deref(), cwd)?;
    let described = project::describe(&root);
    let project = project::load(root)?;
    let config = &project.config;

    let languages = resolve_languages(&request.languages, config)?;
    let layout_name = request.layout.clone().unwrap_or_else(|| config.layout.clone());
    let layout = layout::find_layout(&project.root, &layout_name)?;
    let default_layout = layout_name == config.layout;

    let timestamp = timestamp(request, config)?;

    let out = match &request.out {
        Some(p) if p.is_absolute() => p.clone(),
        Some(p) => cwd.join(p),
        None => cwd.join("out"),
    };

    let pdf_standards = check_standards(&request.pdf_standards)?;
    let bleed_mm = match &request.bleed {
        Some(b) => parse_length_mm(b).filter(|mm| (0.0..=20.0).contains(mm)).ok_or_else(|| {
            Failure::usage(
                Diagnostic::error("usage", format!("--bleed {b:?} is not a length from 0 to 20 mm"))
                    .help("write it with a unit: 3mm, 0.125in or 9pt"),
            )
        })?,
        None => 0.0,
    };
    if !(18.0..=1200.0).contains(&request.ppi) {
        return Err(Failure::usage(
            Diagnostic::error("usage", format!("--ppi {} is out of range", request.ppi))
                .help("choose a resolution from 18 to 1200 pixels per inch (default 144)"),
        ));
    }
    let timeout = (request.timeout_secs > 0).then(|| std::time::Duration::from_secs(request.timeout_secs));
    let memory_limit = parse_size(&request.memory_limit).ok_or_else(|| {
        Failure::usage(
            Diagnostic::error("usage", format!("--memory-limit {:?} is not a size", request.memory_limit))
                .help("write it with a unit, from 256MiB: 4GiB, 512MiB, 2GB, or `none`"),
        )
    })?;
    let mut emit = request.emit.clone();
    emit.dedup();
    let card = if emit.contains(&crate::request::Emit::Card) {
        Some(layout::find_layout(&project.root, "card")?)
    } else {
        None
    };
    let manifest = request.manifest.as_ref().map(|m| if m.is_absolute() { m.clone() } else { cwd.join(m) });
    // Checked now, before any work: a folder, or a path under a file, cannot take it. (That it
    // is none of the run's own outputs is checked with them, before any is written.)
    if let Some(m) = &manifest {
        crate::output::check_targets(&[m.as_path()], crate::output::Purpose::Publish)?;
    }
    outputs_apart_from_inputs(&project, &out, manifest.as_deref())?;

    supports(&layout, &languages, request, bleed_mm)?;
    let assets = resolve_assets(&project, request.theme)?;
    let mut notices = web_notices(config, request, &emit);
    notices.extend(screen_theme_for_print(request));
    let fit_pages = fit_pages(request, config, &layout, &project.root, &mut notices)?;
    let layout_options = layout_options(config, &layout, &mut notices).map_err(Failure::project)?;
    let parts = output_parts(&layout, card.as_ref(), emit.contains(&Emit::Html));

    Ok(Settings {
        parts,
        layout_options,
        described,
        pdf_standards,
        fit_pages,
        strict: request.strict,
        notices,
        emit,
        ppi: request.ppi,
        manifest,
        theme: request.theme,
        bleed_mm,
        marks: request.marks,
        timeout,
        memory_limit,
        assets,
        languages,
        layout,
        card,
        default_layout,
        paper: request.paper,
        out,
        allow_fallback: request.allow_fallback,
        system_fonts: request.system_fonts,
        timestamp,
        project,
    })
}

/// Refuses outputs that would be, or land among, what the run reads: the output folder inside
/// locales/, layouts/ or fonts/, or the manifest one of the project's files (publish.toml, a
/// logo) or inside those folders.
fn outputs_apart_from_inputs(project: &Project, out: &Path, manifest: Option<&Path>) -> Result<(), Failure> {
    let Some(dir) = project.root.dir() else { return Ok(()) };
    let folders: Vec<PathBuf> = ["locales", "layouts", "fonts"].iter().map(|f| dir.join(f)).collect();
    let branding = &project.config.branding;
    let mut files: Vec<PathBuf> = vec![dir.join("publish.toml")];
    files.extend(branding.logo.iter().chain(branding.logos.values()).map(|(p, _)| dir.join(p)));
    let refuse = |what: String, input: &Path, help: &str| {
        Err(Failure::usage(
            Diagnostic::error("output", format!("{what} {}, which this run reads", input.display()))
                .help(help.to_string()),
        ))
    };
    for folder in &folders {
        if crate::output::is_within(out, folder) {
            return refuse(
                format!("the output folder {} is inside", out.display()),
                folder,
                "choose an output folder outside the project's locales/, layouts/ and fonts/ with --out",
            );
        }
        if let Some(m) = manifest.filter(|m| crate::output::is_within(m, folder)) {
            return refuse(
                format!("--manifest {} is inside", m.display()),
                folder,
                "write the manifest outside the project's locales/, layouts/ and fonts/",
            );
        }
    }
    if let Some(m) = manifest
        && let Some(input) = files.iter().find(|f| crate::output::is_within(m, f))
    {
        return refuse(
            format!("--manifest {} would replace", m.display()),
            input,
            "give the manifest a file name of its own, e.g. --manifest out/manifest.json",
        );
    }
    Ok(())
}

/// What a run's outputs show of the frame: the layout's parts, and the card's and the web page's
/// when they are made.
pub fn output_parts(layout: &Layout, card: Option<&Layout>, web: bool) -> crate::model::Parts {
    let mut parts = crate::model::Parts::none();
    layout.declaration.add_parts(&layout.name, &mut parts);
    if let Some(card) = card {
        card.declaration.add_parts("card", &mut parts);
    }
    if web {
        parts.add("the web page", crate::model::WEB_SHOWS, crate::model::WEB_MAY_SHOW);
    }
    parts
}

/// The layout's options: publish.toml's `[layout]` checked against what the layout declares,
/// its defaults for the rest. An option or value the layout does not offer is an error at its
/// line when the layout is publish.toml's own; with another (`--layout`), publish.toml's options
/// were written for its own, and those this one lacks are set aside with a notice.
pub fn layout_options(
    config: &Config,
    layout: &Layout,
    notices: &mut Vec<Diagnostic>,
) -> Result<std::collections::BTreeMap<String, String>, Vec<Diagnostic>> {
    let own = layout.name == config.layout;
    let decl = &layout.declaration;
    let mut errors = Vec::new();
    let mut set = Vec::new();
    for o in &config.layout_options {
        match decl.options([(o.name.as_str(), o.value.as_str())]) {
            Ok(_) => set.push((o.name.as_str(), o.value.as_str())),
            Err((name, unknown, help)) if own => errors.push(
                Diagnostic::error(
                    "config",
                    if unknown {
                        format!("the `{}` layout has no option `{name}`", layout.name)
                    } else {
                        format!("the `{}` layout's option `{name}` has no value \"{}\"", layout.name, o.value)
                    },
                )
                .at(config.place(if unknown { o.name_span.clone() } else { o.value_span.clone() }))
                .help(if unknown { format!("{help} (in {}); remove this line, or choose another layout", layout.display(layout::DECLARATION)) } else { help }),
            ),
            Err((name, _, _)) => notices.push(
                Diagnostic::warning(
                    "layout-option-ignored",
                    format!("publish.toml's `[layout] {name}` is set aside: it is written for the `{}` layout, and `{}` does not take it", config.layout, layout.name),
                )
                .at(config.place(o.name_span.clone())),
            ),
        }
    }
    if !errors.is_empty() {
        return Err(errors);
    }
    Ok(decl.options(set).expect("each checked above"))
}

/// The PDF's creation date: `SOURCE_DATE_EPOCH` when set, else the statement's date, or the
/// list's when signatures came after it (two versions of the PDF never carry one date).
fn timestamp(request: &Request, config: &Config) -> Result<Datetime, Failure> {
    if let Some(s) = &request.source_date_epoch {
        return epoch_to_datetime(s).map_err(|why| {
            Failure::usage(
                Diagnostic::error("environment", format!("SOURCE_DATE_EPOCH={s:?} {why}"))
                    .help("unset it, or set it to a whole number of seconds such as 1737000000"),
            )
        });
    }
    let day = config.late().map_or(config.date, |(_, d)| d);
    Ok(Datetime::from_ymd_hms(day.year(), day.month() as u8, day.day() as u8, 0, 0, 0).expect("a valid date"))
}

/// The pages to fit the document to: `--fit-pages`, else publish.toml's `fit_pages`, where the
/// layout can be fitted. The flag with a layout that cannot is an error; the setting is ignored
/// with a notice.
fn fit_pages(
    request: &Request,
    config: &Config,
    layout: &Layout,
    root: &crate::project::Root,
    notices: &mut Vec<Diagnostic>,
) -> Result<Option<u32>, Failure> {
    // The layouts that can be fitted, for the reader to choose from.
    let fittable = || {
        let names: Vec<String> = layout::layout_names(root)
            .into_iter()
            .filter(|name| layout::find_layout(root, name).is_ok_and(|l| l.declaration.fit.is_some()))
            .map(|name| format!("--layout {name}"))
            .collect();
        if names.is_empty() { "no layout here can be fitted".to_string() } else { names.join(", ") }
    };
    match (request.fit_pages, config.fit_pages) {
        (Some(n), _) if layout.declaration.fit.is_none() => Err(Failure::usage(
            Diagnostic::error(
                "layout",
                format!("the `{}` layout keeps its type size and spacing whatever the length of the text: it cannot be made to fit {n} page{}", layout.name, if n == 1 { "" } else { "s" }),
            )
            .note(format!("layouts that can be fitted: {}", fittable()))
            .help("choose one of them, or drop --fit-pages and shorten the text (a layout of your own says what may be tightened as `fit` in its layout.toml)"),
        )),
        (None, Some(n)) if layout.declaration.fit.is_none() => {
            notices.push(
                Diagnostic::warning(
                    "fit-ignored",
                    format!("publish.toml's fit_pages = {n} is ignored: the `{}` layout keeps its type size and spacing whatever the length of the text", layout.name),
                )
                .help(format!("layouts that can be fitted: {}", fittable())),
            );
            Ok(None)
        }
        (asked, written) => Ok(asked.or(written)),
    }
}

/// The latest `SOURCE_DATE_EPOCH` a PDF date can hold: 9999-12-31 23:59:59 UTC (a PDF date has a
/// four-digit year, ISO 32000-1, 7.9.4).
pub const MAX_EPOCH: i64 = 253_402_300_799;

/// Refuses what the layout does not declare it supports (its layout.toml): another model
/// schema or library version, a language written in a direction it does not set, a theme, a
/// paper or a print option it does not offer.
fn supports(
    layout: &Layout,
    languages: &[Language],
    request: &Request,
    bleed_mm: f64,
) -> Result<(), Failure> {
    let d = &layout.declaration;
    let name = &layout.name;
    let file = layout.display(layout::DECLARATION);
    if d.schema != layout::MODEL_SCHEMA {
        return Err(Failure::project(vec![
            Diagnostic::error(
                "layout",
                format!(
                    "layout `{name}` was written for model schema {}; this publish makes schema {}",
                    d.schema,
                    layout::MODEL_SCHEMA
                ),
            )
            .in_file(file)
            .help(
                "update the layout to the model its README describes (layouts/README.md), then its `schema`",
            ),
        ]));
    }
    if d.library != layout::LIBRARY_VERSION {
        return Err(Failure::project(vec![
            Diagnostic::error(
                "layout",
                format!(
                    "layout `{name}` was written for library version {}; this publish serves version {}",
                    d.library,
                    layout::LIBRARY_VERSION
                ),
            )
            .in_file(file)
            .help("update the layout to the library layouts/README.md describes, then its `library`"),
        ]));
    }
    let refuse =
        |what: String, help: String| Err(Failure::usage(Diagnostic::error("layout", what).help(help)));
    for language in languages {
        let direction = language.direction;
        if !d.directions.contains(&direction) {
            return refuse(
                format!(
                    "layout `{name}` does not set {} text, and {language} is written {}",
                    direction.words(),
                    direction.words()
                ),
                format!(
                    "choose a layout that declares \"{}\" in its layout.toml (`directions`)",
                    direction.name()
                ),
            );
        }
    }
    let names = |list: Vec<&str>| if list.is_empty() { "none".to_string() } else { list.join(", ") };
    if !d.themes.contains(&request.theme) {
        return refuse(
            format!("layout `{name}` does not offer the theme `{}`", request.theme),
            format!("its themes: {}", names(d.themes.iter().map(|t| t.name()).collect())),
        );
    }
    if !d.papers.contains(&request.paper) {
        return refuse(
            format!("layout `{name}` does not set the paper `{}`", request.paper),
            format!("its papers: {}", names(d.papers.iter().map(|p| p.name()).collect())),
        );
    }
    for (option, asked) in [(PrintOption::Bleed, bleed_mm > 0.0), (PrintOption::Marks, request.marks)] {
        if asked && !d.print.contains(&option) {
            return refuse(
                format!("layout `{name}` does not honour --{}", option.name()),
                format!("its print options: {}", names(d.print.iter().map(|p| p.name()).collect())),
            );
        }
    }
    Ok(())
}

/// `SOURCE_DATE_EPOCH` to a date. The reproducible-builds specification defines it as a
/// non-negative number of seconds since 1970-01-01 00:00:00 UTC; a PDF date ends in 9999.
fn epoch_to_datetime(s: &str) -> Result<Datetime, String> {
    let secs: i64 =
        s.trim().parse().map_err(|_| "is not a whole number of seconds since 1970".to_string())?;
    if !(0..=MAX_EPOCH).contains(&secs) {
        return Err(format!(
            "is out of the range a PDF date can hold: from 0 (1970-01-01) to {MAX_EPOCH} (9999-12-31 23:59:59 UTC)"
        ));
    }
    let t = DateTime::from_timestamp(secs, 0).ok_or("is not a date")?;
    Datetime::from_ymd_hms(
        t.year(),
        t.month() as u8,
        t.day() as u8,
        t.hour() as u8,
        t.minute() as u8,
        t.second() as u8,
    )
    .ok_or_else(|| "is not a date".to_string())
}

/// `--lang` values to the statement's languages: `all`, an exact tag (any case), a language
/// that one locale has ("en" -> "en-GB"), or a pseudo-locale. Unknown ones are a usage error
/// listing what exists. In publish.toml's order, whatever the order asked; the pseudo-locales
/// last.
pub fn resolve_languages(requested: &[String], config: &Config) -> Result<Vec<Language>, Failure> {
    let all: Vec<&Language> = config.locales.iter().map(|l| &l.language).collect();
    if requested.is_empty() || requested.iter().any(|r| r.eq_ignore_ascii_case("all")) {
        return Ok(all.into_iter().cloned().collect());
    }
    let mut chosen: Vec<&str> = Vec::new();
    for r in requested {
        let r = r.trim();
        if let Some(pseudo) = Pseudo::named(r) {
            chosen.push(pseudo.tag());
            continue;
        }
        let exact = all.iter().find(|l| l.tag.eq_ignore_ascii_case(r));
        let by_language: Vec<_> = all.iter().filter(|l| l.language().eq_ignore_ascii_case(r)).collect();
        match (exact, by_language.as_slice()) {
            (Some(l), _) => chosen.push(&l.tag),
            (None, [one]) => chosen.push(&one.tag),
            (None, many) => {
                let tags: Vec<&str> = all.iter().map(|l| l.tag.as_str()).collect();
                let mut d = Diagnostic::error("usage", format!("the statement has no language `{r}`"))
                    .note(format!("languages it has: {}", tags.join(", ")))
                    .help(
                        "pass one of them to --lang, `all`, or `pseudo` / `pseudo-rtl` for a pseudo-locale",
                    );
                if many.len() > 1 {
                    d = d.note(format!(
                        "`{r}` is ambiguous: {}",
                        many.iter().map(|l| l.tag.as_str()).collect::<Vec<_>>().join(", ")
                    ));
                }
                return Err(Failure::usage(d));
            }
        }
    }
    Ok(all.into_iter().chain(&config.pseudo).filter(|l| chosen.contains(&l.tag.as_str())).cloned().collect())
}

/// The PDF standards asked for, checked together: an impossible combination is a usage error.
pub fn check_standards(list: &[typst_pdf::PdfStandard]) -> Result<Vec<typst_pdf::PdfStandard>, Failure> {
    if let Err(e) = typst_pdf::PdfStandards::new(list) {
        return Err(Failure::usage(
            Diagnostic::error("usage", format!("these PDF standards cannot be combined: {}", e.message()))
                .help("choose at most one PDF/A level; PDF/A-4 does not combine with PDF/UA-1"),
        ));
    }
    Ok(list.to_vec())
}

/// A size with its unit (`4GiB`, `512MiB`, `2GB`) in bytes; `none` is `Some(None)`; below 256 MiB
/// (a process needs more to start typesetting) or not a size is `None`.
pub fn parse_size(s: &str) -> Option<Option<u64>> {
    let s = s.trim();
    if s.eq_ignore_ascii_case("none") {
        return Some(None);
    }
    let split = s.find(|c: char| c.is_ascii_alphabetic())?;
    let (number, unit) = s.split_at(split);
    let n: f64 = number.trim().parse().ok()?;
    let factor: f64 = match unit.to_ascii_lowercase().as_str() {
        "kib" => 1024.0,
        "mib" => 1024.0 * 1024.0,
        "gib" => 1024.0 * 1024.0 * 1024.0,
        "kb" => 1e3,
        "mb" => 1e6,
        "gb" => 1e9,
        _ => return None,
    };
    let bytes = n * factor;
    (256.0 * 1024.0 * 1024.0..1e18).contains(&bytes).then_some(Some(bytes as u64))
}

/// A length with its unit (`3mm`, `0.3cm`, `0.125in`, `9pt`) in millimetres.
pub fn parse_length_mm(s: &str) -> Option<f64> {
    let s = s.trim();
    let split = s.find(|c: char| c.is_ascii_alphabetic())?;
    let (number, unit) = s.split_at(split);
    let n: f64 = number.trim().parse().ok()?;
    let mm = match unit {
        "mm" => n,
        "cm" => n * 10.0,
        "in" => n * 25.4,
        "pt" => n * 25.4 / 72.0,
        _ => return None,
    };
    mm.is_finite().then_some(mm)
}
