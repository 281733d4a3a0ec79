//! `publish check`: what is missing or broken in the translations, before anything is typeset.
//! Loads the project and the bundles as publishing does, runs the lints, and (when asked)
//! records that a locale was reviewed against the reference's current text.
//!
//! Owns: the check command. Must not: typeset, print, or write anything but the review marks.

use std::path::{Path, PathBuf};

use crate::diag::{Diagnostic, Failure};
use crate::l10n;
use crate::lint;
use crate::project::{self, Root, settings};
use crate::typeset::world::Fonts;

/// What `publish check` is asked.
#[derive(Debug, Clone, Default)]
pub struct CheckRequest {
    /// The folder holding publish.toml (`None`: found upwards, else the built-in example).
    pub project: Option<PathBuf>,
    /// Locales to check (tags, languages, `all`, `pseudo` or `pseudo-rtl`; empty: all).
    pub languages: Vec<String>,
    /// A locale to mark as reviewed against the reference first.
    pub mark_reviewed: Option<String>,
}

/// What a check found, and what it did.
#[derive(Debug)]
pub struct CheckReport {
    /// How the project was found ("using project publish.toml").
    pub project: String,
    /// The reference locale.
    pub reference: String,
    /// Files marked as reviewed.
    pub marked: Vec<PathBuf>,
    /// The locale `--mark-reviewed` named, when it was asked (its tag), marked or not.
    pub reviewed: Option<String>,
    /// The locales checked (their tags), the reference's first when it is one of them.
    pub checked: Vec<String>,
    /// What the checks found, in the rules' order, for the locales asked.
    pub findings: Vec<Diagnostic>,
    /// The country names each document will print from CLDR rather than a translator: by
    /// locale tag, each name with its code, in the name's order. For review, not a finding.
    pub cldr_countries: Vec<(String, Vec<(String, String)>)>,
}

/// The findings of `publish check`, for the locales asked (all by default), after writing the
/// review marks `mark_reviewed` asks for.
pub fn check(request: &CheckRequest, cwd: &Path) -> Result<CheckReport, Failure> {
    let root = project::locate(request.project.as_deref(), cwd)?;
    let described = project::describe(&root);
    // Marking writes the locale's files: held from before they are read until written.
    let _lock = match (&request.mark_reviewed, root.dir()) {
        (Some(_), Some(dir)) => Some(crate::output::ProjectLock::take(dir)?),
        _ => None,
    };
    let project = project::load(root)?;
    let config = &project.config;
    // Marking a locale as reviewed checks that locale, unless others are asked too: the other
    // languages' findings are not what the one who reviewed asked about.
    let asked = match (&request.mark_reviewed, request.languages.is_empty()) {
        (Some(lang), true) => vec![lang.clone()],
        _ => request.languages.clone(),
    };
    let languages = settings::resolve_languages(&asked, config)?;
    let mut loaded = languages.clone();
    if !loaded.iter().any(|l| l.tag == config.reference) {
        loaded.push(config.reference_language().clone());
    }
    let mut marked = Vec::new();
    let mut reviewed = None;
    if let Some(lang) = &request.mark_reviewed {
        let (tag, files) = mark_reviewed(&project, lang)?;
        marked = files;
        reviewed = Some(tag);
    }
    let checked = languages.iter().map(|l| l.tag.clone()).collect();
    let (catalog, diags) = findings(&project, &languages, &loaded);
    let cldr_countries = languages
        .iter()
        .filter(|l| l.pseudo.is_none())
        .filter_map(|l| {
            let names = cldr_countries(config, catalog.get(&l.tag)?, l);
            (!names.is_empty()).then(|| (l.tag.clone(), names))
        })
        .collect();
    Ok(CheckReport {
        cldr_countries,
        project: described,
        reference: config.reference.clone(),
        marked,
        reviewed,
        checked,
        findings: diags,
    })
}

/// What the checks find in a loaded project for `languages` (the bundles of `loaded`, which
/// holds them and the reference): the bundles' faults, the fonts', the layout's options, the
/// lints.
fn findings(
    project: &project::Project,
    languages: &[crate::language::Language],
    loaded: &[crate::language::Language],
) -> (l10n::Catalog, Vec<Diagnostic>) {
    let config = &project.config;
    let (catalog, mut diags) = l10n::load(&project.root, config, loaded);
    let (files, mut skipped) = project::fonts::font_files(&project.root);
    let (fonts, mut font_diags) = Fonts::load(&files, false);
    diags.append(&mut skipped);
    diags.append(&mut font_diags);
    let book = fonts.book();
    let covered = |c: char| (0..).map_while(|i| book.info(i)).any(|f| f.coverage.contains(c as u32));
    // What the statement's layout shows, and the web page and card (each one command away):
    // the parts of the frame a language must have. Its options are checked too.
    let parts = match project::layout::find_layout(&project.root, &config.layout) {
        Ok(layout) => {
            if let Err(mut errors) = settings::layout_options(config, &layout, &mut diags) {
                diags.append(&mut errors);
            }
            let card = project::layout::find_layout(&project.root, "card").ok();
            settings::output_parts(&layout, card.as_ref(), true)
        }
        Err(failure) => {
            diags.extend(failure.diagnostics);
            crate::model::Parts::default()
        }
    };
    diags.extend(lint::lint(config, &catalog, languages, &parts, Some(&covered)));
    (catalog, diags)
}

/// The findings of `publish check` for every locale of a project held anywhere (an import's
/// files in memory, before they are written).
pub fn check_root(root: Root) -> Result<Vec<Diagnostic>, Failure> {
    let project = project::load(root)?;
    let languages = settings::resolve_languages(&[], &project.config)?;
    Ok(findings(&project, &languages, &languages).1)
}

/// The findings of `publish check --lang TAG` for a project held anywhere (a project with the
/// files a command is about to write, `Root::with_pending`).
pub fn check_language(root: Root, tag: &str) -> Result<Vec<Diagnostic>, Failure> {
    let project = project::load(root)?;
    let languages = settings::resolve_languages(&[tag.to_string()], &project.config)?;
    let mut loaded = languages.clone();
    if !loaded.iter().any(|l| l.tag == project.config.reference) {
        loaded.push(project.config.reference_language().clone());
    }
    Ok(findings(&project, &languages, &loaded).1)
}

/// The country names a language's list will print from CLDR: those of the entries' countries
/// for which the locale has no `country-<code>` message of its own, each with its code.
fn cldr_countries(
    config: &project::config::Config,
    locale: &l10n::Locale,
    language: &crate::language::Language,
) -> Vec<(String, String)> {
    let mut codes: Vec<&str> = config.entries().filter_map(|e| e.country.as_deref()).collect();
    codes.sort_unstable();
    codes.dedup();
    let mut out: Vec<(String, String)> = codes
        .into_iter()
        .filter(|code| locale.bundle.get_message(&format!("country-{}", code.to_ascii_lowercase())).is_none())
        .map(|code| {
            let name = project::countries::display(
                code,
                &language.langid.to_string(),
                language.language(),
                config.short_country_names,
            );
            (name, code.to_string())
        })
        .collect();
    out.sort();
    out
}

/// Writes `# reviewed: <hash>` above every message of the locale `lang` names, in all its files
/// at once (or none). Returns the locale's tag and the files written.
fn mark_reviewed(project: &project::Project, lang: &str) -> Result<(String, Vec<PathBuf>), Failure> {
    let config = &project.config;
    let language = settings::resolve_languages(&[lang.to_string()], config)?.remove(0);
    let tag = language.tag.clone();
    if tag == config.reference || language.pseudo.is_some() {
        return Err(Failure::usage(
            Diagnostic::error("usage", format!("`{tag}` is not a translation: there is nothing to review"))
                .help("name a locale other than the reference"),
        ));
    }
    let Root::Disk { .. } = &project.root else {
        return Err(Failure::usage(
            Diagnostic::error("usage", "the built-in example cannot be marked as reviewed")
                .help("run it in a project folder (one holding publish.toml), or pass --project"),
        ));
    };
    let both = [config.reference_language().clone(), language];
    let (catalog, diags) = l10n::load(&project.root, config, &both);
    if diags.iter().any(Diagnostic::is_error) {
        return Err(Failure::project(diags));
    }
    let edits = lint::review::mark_reviewed(&catalog, &config.reference, &tag);
    let files: Vec<(PathBuf, &[u8])> =
        edits.iter().map(|(path, text)| (path.clone(), text.as_bytes())).collect();
    crate::output::commit(&files, crate::output::Purpose::Project)?;
    Ok((tag, edits.into_iter().map(|(path, _)| path).collect()))
}
