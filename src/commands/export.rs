//! `publish export --lang L --format xliff|docx`: a translation kit of locale L, for a
//! translator's CAT tool (XLIFF 2.1) or for Word (a two-column table), written as
//! `<id>.<lang>.xlf` or `<id>.<lang>.docx` into the current folder or `--out DIR`. A language
//! the project does not have yet gets a kit of the reference's text with empty targets;
//! `publish import` of the filled kit adds it.
//!
//! Owns: the export command, and the project's kit of a language (which import compares a
//! filled kit with). Must not: typeset.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use crate::diag::{Diagnostic, Failure};
use crate::kit::{self, Kit};
use crate::l10n;
use crate::language::Language;
use crate::project::{self, Root};

/// The largest kit read back (as `publish import` reads one): a kit of 10,000 names is 2.4 MB.
const MAX_KIT: u64 = 64 * 1024 * 1024;

/// The kit formats.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum KitFormat {
    /// XLIFF 2.1.
    Xliff,
    /// A Word document.
    Docx,
}

impl KitFormat {
    /// The file extension.
    pub fn extension(self) -> &'static str {
        match self {
            KitFormat::Xliff => "xlf",
            KitFormat::Docx => "docx",
        }
    }
}

/// What `publish export` is asked.
#[derive(Debug, Clone)]
pub struct ExportRequest {
    /// The project folder (`None`: found upwards).
    pub project: Option<PathBuf>,
    /// The languages (tags; `all`: every translation of the project).
    pub languages: Vec<String>,
    /// The format.
    pub format: KitFormat,
    /// Where the kits go (`None`: the current folder).
    pub out: Option<PathBuf>,
    /// Write over a kit there that holds what the project does not (`--force`).
    pub force: bool,
}

/// What export wrote.
#[derive(Debug)]
pub struct ExportReport {
    /// How the project was found.
    pub project: String,
    /// The kits written, each with a line on what it holds.
    pub kits: Vec<(PathBuf, String)>,
    /// What to tell the user besides.
    pub notes: Vec<String>,
}

/// The language of a kit: a locale of the project, or a language it does not have yet (never
/// the reference).
pub fn kit_language(config: &project::config::Config, asked: &str) -> Result<Language, Failure> {
    if let Some(l) = config.locale(asked).map(|l| l.language.clone()) {
        if l.tag == config.reference {
            return Err(reference_asked(&l.tag));
        }
        return Ok(l);
    }
    let found: Vec<&Language> = config
        .locales
        .iter()
        .map(|l| &l.language)
        .filter(|l| l.tag.eq_ignore_ascii_case(asked) || l.language().eq_ignore_ascii_case(asked))
        .collect();
    if let [one] = found.as_slice() {
        if one.tag == config.reference {
            return Err(reference_asked(&one.tag));
        }
        return Ok((*one).clone());
    }
    let tag = Language::canonical_tag(asked).ok_or_else(|| {
        Failure::usage(
            Diagnostic::error("usage", format!("`{asked}` is not a language tag (BCP 47)"))
                .help("name a language such as fr, es, uk or ar"),
        )
    })?;
    if tag == config.reference {
        return Err(reference_asked(&tag));
    }
    Language::parse(&tag).ok_or_else(|| {
        Failure::usage(Diagnostic::error("usage", format!("`{asked}` is not a language publish knows")))
    })
}

fn reference_asked(tag: &str) -> Failure {
    Failure::usage(
        Diagnostic::error(
            "usage",
            format!("`{tag}` is the reference: a kit is for translating it into another language"),
        )
        .help("name the language to translate into: `--lang fr`"),
    )
}

/// The project's kit of a language now, and the reference's catalog it was made from.
pub fn project_kit(project: &project::Project, language: &Language) -> Result<Kit, Failure> {
    let config = &project.config;
    let existing = config.locale(&language.tag).is_some();
    let mut languages = vec![config.reference_language().clone()];
    if existing {
        languages.push(language.clone());
    }
    let (catalog, diags) = l10n::load(&project.root, config, &languages);
    if diags.iter().any(Diagnostic::is_error) {
        return Err(Failure::project(diags));
    }
    let reference = catalog.get(&config.reference).expect("the reference is loaded");
    let rich: BTreeSet<String> =
        config.blocks.iter().flat_map(|b| b.rich_ids()).map(str::to_string).collect();
    Ok(kit::build(&kit::Sources {
        statement: &config.id,
        reference,
        translation: if existing { catalog.get(&language.tag) } else { None },
        target: language,
        rich,
        numbers: config
            .numbers
            .keys()
            .cloned()
            .chain(crate::model::ids::COUNTS.iter().map(|c| (*c).to_string()))
            .collect(),
    }))
}

/// Whether writing a kit over `old` loses nothing: `old` is a kit of this language in
/// `format` whose every unit the project already says (or is the same bytes).
fn nothing_lost(kit: &Kit, old: &[u8], format: KitFormat) -> bool {
    let read = match format {
        KitFormat::Xliff => kit::xliff::read(old, "", kit),
        KitFormat::Docx => kit::docx::read(old, "", kit),
    };
    read.is_ok_and(|filled| {
        let plan = kit::apply::plan(kit, &filled);
        filled.statement.as_deref() == Some(kit.statement.as_str())
            && filled.target == kit.target
            && plan.problems.is_empty()
            && plan.messages.is_empty()
    })
}

/// `publish export`.
pub fn export(request: &ExportRequest, cwd: &Path) -> Result<ExportReport, Failure> {
    let root = project::locate(request.project.as_deref(), cwd)?;
    if let Root::Builtin = root {
        return Err(Failure::usage(
            Diagnostic::error("usage", "no publish.toml here: a kit is made of a project's messages")
                .help("run it in the project's folder (one holding publish.toml), or pass --project"),
        ));
    }
    let described = project::describe(&root);
    let project = project::load(root)?;
    let config = &project.config;
    let asked: Vec<String> =
        request.languages.iter().flat_map(|l| l.split(',')).map(|l| l.trim().to_string()).collect();
    let languages: Vec<Language> = if asked.is_empty() || asked.iter().any(|a| a.eq_ignore_ascii_case("all"))
    {
        config.locales.iter().map(|l| l.language.clone()).filter(|l| l.tag != config.reference).collect()
    } else {
        asked.iter().map(|a| kit_language(config, a)).collect::<Result<_, _>>()?
    };
    if languages.is_empty() {
        return Err(Failure::usage(
            Diagnostic::error("usage", "the project has no translation to make a kit of")
                .help("name the language to translate into: `publish export --lang fr`"),
        ));
    }
    let out_dir = match &request.out {
        Some(d) if d.is_absolute() => d.clone(),
        Some(d) => cwd.join(d),
        None => cwd.to_path_buf(),
    };
    let mut files: Vec<(PathBuf, Vec<u8>)> = Vec::new();
    let mut kits = Vec::new();
    let mut report = ExportReport { project: described, kits: Vec::new(), notes: Vec::new() };
    for language in &languages {
        let kit = project_kit(&project, language)?;
        let name = format!("{}.{}.{}", config.id, language.tag, request.format.extension());
        let bytes = match request.format {
            KitFormat::Xliff => kit::xliff::write(&kit).into_bytes(),
            KitFormat::Docx => kit::docx::write(&kit),
        };
        let units: Vec<&kit::Unit> = kit.units().filter(|u| u.translate).collect();
        let done = units.iter().filter(|u| u.target.is_some()).count();
        let review = units.iter().filter(|u| u.target.is_some() && u.state < kit::State::Reviewed).count();
        let path = out_dir.join(&name);
        report.kits.push((
            project::shown(&path, cwd),
            format!(
                "{} units to translate from {}: {done} translated ({review} not reviewed), {} not yet",
                units.len(),
                config.reference,
                units.len() - done
            ),
        ));
        files.push((path, bytes));
        kits.push(kit);
    }
    // A file already there is written over only when nothing would be lost: the same kit, or
    // a kit of this language whose every unit the project already says. A translator's filled
    // kit, saved under the name it was sent with, is never written over.
    for ((path, _), kit) in files.iter().zip(&kits) {
        // Only a regular file of a kit's size is read (a pipe there would never end; the commit
        // refuses to write over anything but a file); a larger one is not a kit publish wrote.
        let held = match std::fs::symlink_metadata(path) {
            Ok(m) if m.is_file() && m.len() <= MAX_KIT => {
                std::fs::read(path).is_ok_and(|old| !nothing_lost(kit, &old, request.format))
            }
            Ok(m) => m.is_file(),
            Err(_) => false,
        };
        if !request.force && held {
            let shown = project::shown(path, cwd).display().to_string();
            return Err(Failure::usage(
                Diagnostic::error(
                    "usage",
                    format!("{shown} exists and holds what the project does not (nothing was written)"),
                )
                .note("it may be a kit a translator filled, saved under the name it was sent with")
                .help(format!(
                    "import it first (`publish import {shown}`); or export into another folder (--out), or over it with --force"
                )),
            ));
        }
    }
    let targets: Vec<(PathBuf, &[u8])> = files.iter().map(|(p, b)| (p.clone(), b.as_slice())).collect();
    crate::output::commit(&targets, crate::output::Purpose::Publish)?;
    Ok(report)
}
