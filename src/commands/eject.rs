//! `publish eject DIR`: one language as a plain Typst project: the layout's files and the
//! library, the model as model.json, the fonts, and a README with the `typst compile` line that
//! makes the same pages.
//!
//! Owns: the eject command. Must not: typeset or print.

use std::path::{Path, PathBuf};

use super::publish;
use crate::diag::{Diagnostic, Failure};
use crate::project::{fonts, settings};
use crate::request::Request;

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

/// What `publish eject` is asked: the folder to create, and the run to eject (its language,
/// layout, paper, project and PDF standards).
#[derive(Debug, Clone)]
pub struct EjectRequest {
    /// The folder to write the Typst project into (new, or empty), relative to the current folder
    /// when not absolute.
    pub dir: PathBuf,
    /// The run whose language, layout, paper, project and PDF standards are ejected (one language;
    /// the reference when none is named).
    pub run: Request,
}

/// What eject did: the files written, the warnings for what it skipped (it copies exactly what
/// publish may read), and how the project was found.
#[derive(Debug)]
pub struct EjectReport {
    /// How the project was found (`using project publish.toml`), for the user.
    pub project: String,
    /// The files written, in order.
    pub written: Vec<PathBuf>,
    /// A warning for each file skipped by the rules of `disk`.
    pub warnings: Vec<Diagnostic>,
}

/// `publish eject`: one language as a plain Typst project.
pub fn eject(request: &EjectRequest, cwd: &Path) -> Result<EjectReport, Failure> {
    let settings = settings::resolve(&request.run, cwd)?;
    // The reference, unless a language is named.
    let language = match settings.languages.as_slice() {
        _ if request.run.languages.is_empty() => settings.project.config.reference_language(),
        [one] => one,
        _ => {
            return Err(Failure::usage(
                Diagnostic::error("usage", "eject writes one language")
                    .help("name one with --lang, e.g. --lang en"),
            ));
        }
    };
    let dir = if request.dir.is_absolute() { request.dir.clone() } else { cwd.join(&request.dir) };
    if dir.exists() && std::fs::read_dir(&dir).map(|mut d| d.next().is_some()).unwrap_or(true) {
        return Err(Failure::usage(
            Diagnostic::error(
                "usage",
                if dir.is_dir() {
                    format!("{} exists and is not empty", dir.display())
                } else {
                    format!("{} is a file, not a folder", dir.display())
                },
            )
            .help("name a new folder"),
        ));
    }
    let (mut docs, _) = publish::models(&settings, std::slice::from_ref(language))?;
    let doc = docs.remove(0);
    let (mut files, mut skipped) = settings.layout.files().map_err(|e| {
        Failure::usage(Diagnostic::error(
            "io",
            format!("cannot read the layout `{}`: {e}", settings.layout.name),
        ))
    })?;
    files.push(("model.json".into(), serde_json::to_vec_pretty(&doc).expect("plain data")));
    // The project's files the layout reads (the logos), where the model names them.
    for asset in &settings.assets.files {
        files.push((asset.path.trim_start_matches('/').to_string(), asset.bytes.to_vec()));
    }
    let (font_files, mut font_skipped) = fonts::font_files(&settings.project.root);
    skipped.append(&mut font_skipped);
    for font in font_files {
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
            publish::file_stem(&settings, &doc.locale)
        )
        .into_bytes(),
    ));
    let files: Vec<(PathBuf, &[u8])> = files.iter().map(|(rel, b)| (dir.join(rel), b.as_slice())).collect();
    let written = crate::output::commit(&files, crate::output::Purpose::Eject)?;
    Ok(EjectReport { project: settings.described.clone(), written, warnings: skipped })
}
