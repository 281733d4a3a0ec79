//! `publish init [DIR] [--lang en-GB,fr] [--kind statement|letter]`: starts a new document. Writes
//! a small project (publish.toml, one folder of .ftl files per language, every file commented)
//! from the templates built into the binary (templates/), which publishes and passes `publish
//! check --strict` at once.
//!
//! Owns: the init command. Must not: overwrite anything (it writes into a new or empty folder
//! only), typeset or print.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use crate::diag::{Diagnostic, Failure};
use crate::project::{self, Root};

/// The kinds of document init starts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Kind {
    /// A joint statement with signatories (`templates/statement`), the default.
    #[default]
    Statement,
    /// An open letter, set by the `open-letter` layout (`templates/letter`).
    Letter,
}

impl Kind {
    fn folder(self) -> &'static str {
        match self {
            Kind::Statement => "templates/statement",
            Kind::Letter => "templates/letter",
        }
    }
}

/// What `publish init` is asked.
#[derive(Debug, Clone)]
pub struct InitRequest {
    /// The folder to write into (new, or empty).
    pub dir: PathBuf,
    /// The languages, the reference first (empty: en-GB and fr).
    pub languages: Vec<String>,
    /// The kind of document to start (`--kind`).
    pub kind: Kind,
}

/// What init wrote, and what to do next.
#[derive(Debug)]
pub struct InitReport {
    /// The files written, in order.
    pub written: Vec<PathBuf>,
    /// Lines for the user: what was started, then what to do next.
    pub next_steps: Vec<String>,
}

/// `publish init`: writes a new project for the languages asked (each a template's tag, or its
/// language alone: `en` is `en-GB`) into an empty or new folder, every translation marked as
/// reviewed. Fails with a usage error when the folder is not empty or a language has no template.
pub fn init(request: &InitRequest, cwd: &Path) -> Result<InitReport, Failure> {
    let dir = if request.dir.is_absolute() { request.dir.clone() } else { cwd.join(&request.dir) };
    let shown = project::shown(&dir, cwd);
    let shown = if shown.as_os_str().is_empty() { PathBuf::from(".") } else { shown };
    if dir.exists() && std::fs::read_dir(&dir).map(|mut d| d.next().is_some()).unwrap_or(true) {
        return Err(Failure::usage(
            Diagnostic::error("usage", if dir.is_dir() { format!("{} is not empty: init writes a new project only into an empty folder", shown.display()) } else { format!("{} is a file: init writes a new project into a new or empty folder", shown.display()) })
                .help("name a new folder, e.g. `publish init my-statement`; to add a language to a project, use `publish new-locale TAG`"),
        ));
    }
    let template = project::builtin_files(request.kind.folder());
    let available = project::builtin_languages(request.kind.folder());
    let asked: Vec<String> = if request.languages.is_empty() {
        vec!["en-GB".into(), "fr".into()]
    } else {
        request.languages.clone()
    };
    let mut tags: Vec<String> = Vec::new();
    for a in &asked {
        let a = a.trim();
        let tag = available.iter().find(|t| t.eq_ignore_ascii_case(a)).or_else(|| {
            available.iter().find(|t| t.split('-').next().is_some_and(|l| l.eq_ignore_ascii_case(a)))
        });
        match tag {
            Some(t) if !tags.contains(t) => tags.push(t.clone()),
            Some(_) => {}
            None => {
                return Err(Failure::usage(
                    Diagnostic::error("usage", format!("init has no starting text in `{a}`"))
                        .note(format!("languages it starts a document in: {}", available.join(", ")))
                        .help(format!("start in one of them, then add `{a}` with `publish new-locale {a}`")),
                ));
            }
        }
    }
    let reference = tags[0].clone();

    // The files, in memory: publish.toml for the languages asked, their .ftl files.
    let mut files: BTreeMap<String, Vec<u8>> = BTreeMap::new();
    for (path, bytes) in &template {
        if let Some(rest) = path.strip_prefix("locales/") {
            if tags.iter().any(|t| rest.starts_with(&format!("{t}/"))) {
                files.insert(path.to_string(), bytes.to_vec());
            }
        } else if *path == "publish.toml" {
            let text = String::from_utf8_lossy(bytes)
                .replace("reference = \"en-GB\"", &format!("reference = \"{reference}\""))
                .replace(
                    "locales = [\"en-GB\", \"fr\"]",
                    &format!(
                        "locales = [{}]",
                        tags.iter().map(|t| format!("\"{t}\"")).collect::<Vec<_>>().join(", ")
                    ),
                );
            files.insert(path.to_string(), text.into_bytes());
        }
    }
    // Every translation marked as reviewed against the reference chosen.
    let root = Root::Memory(Arc::new(files.clone()));
    let project = project::load(root.clone())?;
    let (catalog, diags) = crate::l10n::load(&root, &project.config, &project.config.languages());
    if diags.iter().any(Diagnostic::is_error) {
        return Err(Failure::project(diags));
    }
    for tag in tags.iter().skip(1) {
        for (name, text) in crate::lint::review::mark_reviewed_in_memory(&catalog, &reference, tag) {
            files.insert(name, text.into_bytes());
        }
    }

    let targets: Vec<(PathBuf, &[u8])> = files.iter().map(|(rel, b)| (dir.join(rel), b.as_slice())).collect();
    let written = crate::output::commit(&targets, crate::output::Purpose::Project)?;
    let at = shown.display();
    let next_steps = vec![
        format!(
            "started a {} in {at} ({}; reference {reference})",
            match request.kind {
                Kind::Statement => "statement",
                Kind::Letter => "letter",
            },
            tags.join(", ")
        ),
        format!(
            "next: edit {at}/locales/{reference}/*.ftl (the words) and {at}/publish.toml (the order, the signatories)"
        ),
        format!(
            "then: `publish check --project {at}` for what is missing, `publish --project {at}` for the PDFs"
        ),
    ];
    Ok(InitReport { written, next_steps })
}
