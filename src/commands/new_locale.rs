//! `publish new-locale TAG`: starts a translation. Creates locales/TAG/ with one file per file of
//! the reference, every message of the reference in it commented out (its text shows the
//! translator what to translate), and adds the tag to publish.toml's `locales`.
//!
//! Owns: writing those files. Must not: translate, typeset, or touch other locales.

use std::path::Path;

use fluent_syntax::ast;

use crate::diag::{Diagnostic, Failure};
use crate::l10n;
use crate::project::{self, Root};

/// Creates the locale; returns what was done, for the user.
pub fn new_locale(tag: &str, explicit: Option<&Path>, cwd: &Path) -> Result<String, Failure> {
    let root = project::locate(explicit, cwd)?;
    let Root::Disk { dir, .. } = &root else {
        return Err(Failure::usage(
            Diagnostic::error("usage", "no publish.toml here: a new locale is added to a project on disk")
                .help("run it in a project folder (one holding publish.toml), or pass --project"),
        ));
    };
    // Held until the command ends: what it reads is what it changes.
    let _lock = crate::output::ProjectLock::take(dir)?;
    let project = project::load(root.clone())?;
    let config = &project.config;
    // Any tag publish.toml takes, extensions included (`ar-u-nu-arab`, `ar-EG-u-nu-latn`), in
    // its canonical case.
    let tag = crate::language::Language::canonical_tag(tag).ok_or_else(|| {
            Failure::usage(
                Diagnostic::error("usage", format!("`{tag}` is not a locale (BCP 47 language tag)"))
                    .help("use a tag such as \"de\", \"es-419\", \"fr-CA\" or \"ar-u-nu-latn\" (Arabic with Latin digits)"),
            )
        })?;
    let folder = dir.join("locales").join(&tag);
    // A folder that an interrupted `new-locale` left (its files and nothing else, publish.toml
    // not yet naming it) is made again; any other is someone's work.
    if config.locale(&tag).is_some() || (folder.exists() && !left_by_new_locale(&folder)) {
        return Err(Failure::usage(
            Diagnostic::error("usage", format!("locale `{tag}` exists already"))
                .help(format!("edit {} instead", root.display(&format!("locales/{tag}")))),
        ));
    }
    let (catalog, diags) = l10n::load(&root, config, std::slice::from_ref(config.reference_language()));
    if diags.iter().any(Diagnostic::is_error) {
        return Err(Failure::project(diags));
    }
    let reference = catalog.get(&config.reference).expect("loaded above");

    // Everything is prepared before anything is written.
    let mut files = Vec::new();
    let mut messages = 0;
    for (index, resource) in &reference.resources {
        let name = Path::new(&reference.files[*index].name)
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_else(|| "messages.ftl".to_string());
        let mut text = format!(
            "### {tag}: translation of {}/{name}, {STARTED}.\n\
             ### Every message of the reference ({}) is below, commented out. Translate a message,\n\
             ### then remove the `# ` before each of its lines. `publish check --lang {tag}` lists\n\
             ### what is left.\n",
            reference.folder().trim_end_matches('/'),
            reference.tag()
        );
        for entry in resource.entries() {
            if let ast::Entry::Message(m) = entry {
                let mut m = m.clone();
                m.comment = None;
                let source = fluent_syntax::serializer::serialize(&ast::Resource {
                    body: vec![ast::Entry::Message(m)],
                });
                text.push('\n');
                for line in source.lines() {
                    text.push_str("# ");
                    text.push_str(line);
                    text.push('\n');
                }
                messages += 1;
            }
        }
        files.push((folder.join(name), text));
    }

    // publish.toml: the tag added after the last locale.
    let last = config.locales.last().expect("a statement has locales");
    let toml_path = dir.join("publish.toml");
    let mut toml = config.text.to_string();
    toml.insert_str(last.span.end, &format!(", \"{tag}\""));

    // The locale's files and publish.toml land together, or nothing is changed (the folder is
    // not left behind when publish.toml cannot be replaced).
    let mut all: Vec<(std::path::PathBuf, &[u8])> =
        files.iter().map(|(path, text)| (path.clone(), text.as_bytes())).collect();
    all.push((toml_path.clone(), toml.as_bytes()));
    crate::output::commit(&all, crate::output::Purpose::Project)?;
    Ok(format!(
        "created {} ({messages} messages to translate, {} file{}) and added \"{tag}\" to {}",
        root.display(&format!("locales/{tag}")),
        files.len(),
        if files.len() == 1 { "" } else { "s" },
        root.display("publish.toml")
    ))
}

/// The first line of every file `new-locale` writes.
const STARTED: &str = "started by `publish new-locale`";

/// Whether a locale folder holds only files `new-locale` wrote and nobody has translated in (a
/// run killed before publish.toml named the locale).
fn left_by_new_locale(folder: &Path) -> bool {
    let Ok(entries) = std::fs::read_dir(folder) else { return false };
    entries.flatten().all(|e| {
        let Ok(text) = std::fs::read_to_string(e.path()) else { return false };
        let mut lines = text.lines();
        lines.next().is_some_and(|first| first.contains(STARTED))
            && lines.all(|l| l.is_empty() || l.starts_with('#'))
    })
}
