//! `publish import FILE` in a project: the reference revised from a new draft. The project's
//! paragraphs are aligned with the draft's by likeness (`draft::align::revise`): a paragraph
//! still there keeps its id (its text replaced when it changed, its comments kept), a new one
//! gets an id, a dropped one leaves the reference and every translation. publish.toml's blocks
//! are the draft's order. The translations of a changed paragraph need no mark: their review
//! hash no longer matches the reference, and `publish check` says so. What changed is said
//! paragraph by paragraph; `--dry-run` writes nothing.
//!
//! A paragraph whose words did not change keeps its message as it is, placeables included (the
//! reference is formatted with publish.toml's numbers and compared with the draft's text).
//!
//! Owns: revising a project from a draft. Must not: typeset or print.

use std::collections::{BTreeMap, HashMap};
use std::path::{Path, PathBuf};

use super::translation::{RefMessage, reference_messages, reference_units, short};
use super::{ImportDraftRequest, ImportReport, read_draft};
use crate::campaign::edit::{append, remove_message};
use crate::diag::{Diagnostic, Failure};
use crate::draft::align::{self, Step};
use crate::draft::recognise;
use crate::l10n;
use crate::project::{self, Root};

/// The text of a message's source as the draft would give it: the title's line-break hints
/// (`~`, ` | `) read as spaces, white space run together.
fn comparable(text: &str) -> String {
    text.replace(" | ", " ").replace('~', " ").split_whitespace().collect::<Vec<_>>().join(" ")
}

/// A message of `ftl` (with its attributes), as `draft::write` made it.
fn made_message(ftl: &str, id: &str) -> Option<String> {
    crate::draft::write::template_message(ftl, id)
}

/// Replaces message `id` in `text` by `message` (its comments kept); `None` when it is not there.
fn replace(text: &str, id: &str, message: &str) -> Option<String> {
    crate::campaign::edit::replace_message(text, id, message)
}

/// `publish import FILE` where `root` is a project: revises its reference.
pub fn revise(request: &ImportDraftRequest, root: &Root, cwd: &Path) -> Result<ImportReport, Failure> {
    let Root::Disk { dir, .. } = root else { unreachable!("the caller found a project on disk") };
    let dir = dir.clone();
    let _lock = crate::output::ProjectLock::take(&dir)?;
    let project = project::load(root.clone())?;
    let config = &project.config;
    let (name, shown, source) = read_draft(request, cwd)?;
    let draft = recognise::recognise(&source, &config.reference);
    let languages: Vec<_> = config.locales.iter().map(|l| l.language.clone()).collect();
    let (catalog, diags) = l10n::load(root, config, &languages);
    if diags.iter().any(Diagnostic::is_error) {
        return Err(Failure::project(diags));
    }
    let reference = catalog.get(&config.reference).expect("loaded above");
    let messages = reference_messages(reference);
    let mut skipped = Vec::new();
    let old = reference_units(&config.blocks, &messages, &mut skipped);
    let new = align::units(&draft);
    let steps = align::revise(&old, &new);
    let mut keep = vec![None; new.len()];
    for step in &steps {
        if let Step::Pair(i, j) = *step {
            keep[j] = Some(old[i].id.clone());
        }
    }
    let made = crate::draft::write::files_keeping(&draft, &name, &config.reference, request.today, keep);
    let made_ftl = made
        .files
        .iter()
        .find(|(p, _)| {
            Path::new(p).extension().is_some_and(|e| e == "ftl") && !p.ends_with("signatories.ftl")
        })
        .map(|(_, b)| String::from_utf8_lossy(b).into_owned())
        .unwrap_or_default();
    let made_toml = String::from_utf8_lossy(&made.files["publish.toml"]).into_owned();

    // The reference's words as publish prints them, to tell a changed paragraph from one whose
    // source differs only by its placeables.
    let args =
        l10n::args(config.numbers.iter().map(|(k, v)| (k.as_str(), fluent_bundle::FluentValue::from(*v))));
    let mut formatter = l10n::Formatter::new(reference, reference, false);
    let mut files: BTreeMap<String, String> =
        reference.files.iter().map(|f| (f.name.clone(), f.text.to_string())).collect();
    let file_of = |id: &str| reference.sites.get(id).map(|s| reference.files[s.file].name.clone());
    let body_file: String = old
        .first()
        .and_then(|u| file_of(&u.id))
        .unwrap_or_else(|| format!("locales/{}/statement.ftl", config.reference));
    let body = Body { old: &old, new: &new, made_ftl: &made_ftl, reference, body_file: &body_file };
    let Changes { mut lines, kept, changed, added, removed } =
        apply(&steps, &body, &mut formatter, &args, &mut files);
    // The project's own id for its subtitle, if it has one (`statement-subtitle` is import's).
    let subtitle = match config.blocks.first() {
        Some(crate::project::config::Block::Subtitle(id)) => id.clone(),
        _ => "statement-subtitle".to_string(),
    };
    let made_ftl = made_ftl.replace("\nstatement-subtitle = ", &format!("\n{subtitle} = "));
    let made_toml =
        made_toml.replace("subtitle = \"statement-subtitle\"", &format!("subtitle = \"{subtitle}\""));
    let frame = Frame { made_ftl: &made_ftl, reference, body_file: &body_file, subtitle: &subtitle };
    frame_changes(&draft, &frame, &mut formatter, &args, &mut files, &mut lines);
    signatory_changes(&draft, config, &messages, &mut lines);
    let translations = without(&catalog, &config.reference, &removed, &mut files);
    let toml = revised_toml(&config.text, &made_toml, draft.date.map(|(d, _)| d))?;

    let mut report = ImportReport::default();
    report.lines.push(format!(
        "revised from {shown}: {kept} paragraph{} as before, {changed} changed, {} added, {} removed",
        if kept == 1 { "" } else { "s" },
        added.len(),
        removed.len()
    ));
    report.lines.extend(lines);
    report.lines.extend(skipped.iter().map(|s| format!("kept as it is: {s}")));
    if changed + added.len() + removed.len() > 0 && config.locales.len() > 1 {
        report.lines.push("the translations of what changed no longer match their review: `publish check` lists them, and the new paragraphs they lack".into());
    }
    let mut writes = changed_files(&catalog, &dir, files.iter().chain(translations.iter()));
    if toml != *config.text {
        writes.push((dir.join("publish.toml"), toml));
    }
    if writes.is_empty() {
        report.lines.push("nothing to change: the project already says what the draft says".into());
        return Ok(report);
    }
    let named: Vec<String> = writes
        .iter()
        .map(|(p, _)| root.display(&p.strip_prefix(&dir).unwrap_or(p).to_string_lossy()))
        .collect();
    if request.dry_run {
        report.lines.push(format!(
            "would change {} files (--dry-run: nothing written): {}",
            writes.len(),
            named.join(", ")
        ));
        return Ok(report);
    }
    report.lines.push(format!("changed {}", named.join(", ")));
    let all: Vec<(PathBuf, &[u8])> = writes.iter().map(|(p, t)| (p.clone(), t.as_bytes())).collect();
    report.written = crate::output::commit(&all, crate::output::Purpose::Project)?;
    Ok(report)
}

/// What the revision reads each step with: the project's units and the draft's, the draft's
/// messages, the reference, the file new messages go to.
struct Body<'a> {
    old: &'a [align::RefUnit],
    new: &'a [align::TrUnit],
    made_ftl: &'a str,
    reference: &'a l10n::Locale,
    body_file: &'a str,
}

/// What the steps changed: the lines of the report, the counts, the ids added and removed.
struct Changes {
    lines: Vec<String>,
    kept: usize,
    changed: usize,
    added: Vec<String>,
    removed: Vec<String>,
}

/// The body's steps applied to the reference's files.
fn apply(
    steps: &[Step],
    body: &Body<'_>,
    formatter: &mut l10n::Formatter<'_>,
    args: &fluent_bundle::FluentArgs<'_>,
    files: &mut BTreeMap<String, String>,
) -> Changes {
    let Body { old, new, made_ftl, reference, body_file } = *body;
    let file_of = |id: &str| reference.sites.get(id).map(|s| reference.files[s.file].name.clone());
    let mut lines = Vec::new();
    let (mut kept, mut changed, mut added, mut removed) = (0, 0, Vec::new(), Vec::new());
    for step in steps {
        match *step {
            Step::Pair(i, j) => {
                let id = &old[i].id;
                let now = formatter.format(id, None, args, true).unwrap_or_default();
                if comparable(&now) == comparable(&new[j].rich.text)
                    && old[i].notes.len() == new[j].rich.notes.len()
                {
                    kept += 1;
                    continue;
                }
                changed += 1;
                let (before, after) = where_they_part(&now, &new[j].rich.text);
                lines
                    .push(format!("changed {id} (paragraph {}): \"{before}\" → \"{after}\"", new[j].rich.at));
                if let (Some(file), Some(m)) = (file_of(id), made_message(made_ftl, id)) {
                    let text = files.get(&file).cloned().unwrap_or_default();
                    if let Some(t) = replace(&text, id, &m) {
                        files.insert(file, t);
                    }
                }
            }
            Step::Extra(j) => {
                let id = made_id(made_ftl, new[j].rich.at);
                lines.push(format!(
                    "added {} (paragraph {}): \"{}\"",
                    id.as_deref().unwrap_or("?"),
                    new[j].rich.at,
                    short(&new[j].rich.text)
                ));
                if let Some(id) = id
                    && let Some(m) = made_message_with_comments(made_ftl, &id)
                {
                    let text = files.get(body_file).cloned().unwrap_or_default();
                    files.insert(body_file.to_string(), append(&text, &[m]));
                    added.push(id);
                }
            }
            Step::Missing(i) => {
                let id = old[i].id.clone();
                lines.push(format!("removed {id}: \"{}\"", short(&old[i].text)));
                removed.push(id);
            }
            Step::Split(..) | Step::Joined(..) => unreachable!("a revision neither splits nor joins"),
        }
    }
    Changes { lines, kept, changed, added, removed }
}

/// Dropped paragraphs taken out of the reference's `files` and of every translation: the
/// translations' files, by name.
fn without(
    catalog: &l10n::Catalog,
    reference: &str,
    removed: &[String],
    files: &mut BTreeMap<String, String>,
) -> BTreeMap<String, String> {
    let mut translations: BTreeMap<String, String> = BTreeMap::new();
    for locale in catalog.locales.iter().filter(|l| l.tag() != reference) {
        for f in &locale.files {
            translations.insert(f.name.clone(), f.text.to_string());
        }
    }
    for id in removed {
        for text in files.values_mut().chain(translations.values_mut()) {
            if let Some(t) = remove_message(text, id) {
                *text = t;
            }
        }
    }
    translations
}

/// The files whose text differs from what was read, with their paths.
fn changed_files<'a>(
    catalog: &l10n::Catalog,
    dir: &Path,
    files: impl Iterator<Item = (&'a String, &'a String)>,
) -> Vec<(PathBuf, String)> {
    let mut writes = Vec::new();
    for (name, text) in files {
        let before = catalog
            .locales
            .iter()
            .flat_map(|l| &l.files)
            .find(|f| &f.name == name)
            .map(|f| f.text.to_string());
        if before.as_deref() != Some(text.as_str()) {
            writes.push((dir.join(name), text.clone()));
        }
    }
    writes
}

/// Two texts shown where they part: from a few words before their first difference, about 60
/// characters of each.
fn where_they_part(a: &str, b: &str) -> (String, String) {
    let (a, b) = (comparable(a), comparable(b));
    let common = a.chars().zip(b.chars()).take_while(|(x, y)| x == y).count();
    // Back to the start of a word, three words before the difference.
    let start = a
        .char_indices()
        .take_while(|(i, _)| a[..*i].chars().count() < common)
        .filter(|(_, c)| *c == ' ')
        .map(|(i, _)| i + 1)
        .collect::<Vec<_>>()
        .into_iter()
        .rev()
        .nth(2)
        .unwrap_or(0);
    let cut = |s: &str| {
        let rest: String = s.get(start..).unwrap_or(s).chars().take(60).collect();
        let lead = if start > 0 { "…" } else { "" };
        let tail = if s.get(start..).unwrap_or(s).chars().count() > 60 { "…" } else { "" };
        format!("{lead}{rest}{tail}")
    };
    (cut(&a), cut(&b))
}

/// The id `draft::write` gave the paragraph at `at` of the draft (its comment names it).
fn made_id(ftl: &str, at: usize) -> Option<String> {
    let marker = format!(", paragraph {at}.");
    let mut lines = ftl.lines();
    while let Some(line) = lines.next() {
        if line.starts_with('#') && line.ends_with(&marker) {
            let next = lines.next()?;
            return next.split_once(" = ").map(|(id, _)| id.to_string());
        }
    }
    None
}

/// A message of `ftl` with the comment lines above it.
fn made_message_with_comments(ftl: &str, id: &str) -> Option<String> {
    let lines: Vec<&str> = ftl.lines().collect();
    let at =
        lines.iter().position(|l| l.strip_prefix(id).is_some_and(|r| r.trim_start().starts_with('=')))?;
    let mut start = at;
    while start > 0 && lines[start - 1].starts_with('#') {
        start -= 1;
    }
    let mut text: String = lines[start..at].iter().map(|l| format!("{l}\n")).collect();
    text.push_str(&made_message(ftl, id)?);
    Some(text)
}

/// What the frame's changes are made from: the draft's messages, the reference, the file new
/// messages go to, the subtitle's id.
struct Frame<'a> {
    made_ftl: &'a str,
    reference: &'a l10n::Locale,
    body_file: &'a str,
    subtitle: &'a str,
}

/// The frame's messages the draft holds (title, label, author, subtitle): replaced when their
/// words changed, added when the reference had none.
fn frame_changes(
    draft: &recognise::Draft,
    frame: &Frame<'_>,
    formatter: &mut l10n::Formatter<'_>,
    args: &fluent_bundle::FluentArgs<'_>,
    files: &mut BTreeMap<String, String>,
    lines: &mut Vec<String>,
) {
    let Frame { made_ftl, reference, body_file, subtitle } = *frame;
    let parts = [
        ("statement-title", draft.title.as_ref().map(|t| t.text.clone())),
        ("statement-kicker", draft.kicker.as_ref().map(|t| t.text.clone())),
        ("statement-author", draft.author.as_ref().map(|t| t.text.clone())),
        (subtitle, draft.subtitle.as_ref().map(|t| t.text.clone())),
    ];
    for (id, text) in parts {
        let Some(text) = text else { continue };
        let Some(site) = reference.sites.get(id) else {
            if let Some(m) = made_message_with_comments(made_ftl, id) {
                let current = files.get(body_file).cloned().unwrap_or_default();
                files.insert(body_file.to_string(), append(&current, &[m]));
                lines.push(format!("added {id}: \"{}\"", short(&text)));
            }
            continue;
        };
        let now = formatter.format(id, None, args, true).unwrap_or_default();
        if comparable(&now) == comparable(&text) {
            continue;
        }
        let file = reference.files[site.file].name.clone();
        if let (Some(m), Some(current)) = (made_message(made_ftl, id), files.get(&file).cloned())
            && let Some(t) = replace(&current, id, &m)
        {
            files.insert(file, t);
            lines.push(format!("changed {id}: \"{}\" → \"{}\"", short(&now), short(&text)));
        }
    }
}

/// The draft's names against the list's: told, not changed (the list is kept with `publish
/// signatories`, which keeps every locale's names and the form's keys in step).
fn signatory_changes(
    draft: &recognise::Draft,
    config: &crate::project::config::Config,
    messages: &HashMap<String, RefMessage>,
    lines: &mut Vec<String>,
) {
    let Some(list) = &draft.signatories else { return };
    let listed: HashMap<String, &str> = config
        .signatories
        .iter()
        .filter_map(|(id, _)| Some((crate::campaign::dedupe::key(&messages.get(id)?.value), id.as_str())))
        .collect();
    let drafted: std::collections::HashSet<String> =
        list.entries.iter().map(|e| crate::campaign::dedupe::key(&e.name)).collect();
    let new: Vec<&str> = list
        .entries
        .iter()
        .filter(|e| !listed.contains_key(&crate::campaign::dedupe::key(&e.name)))
        .map(|e| e.name.as_str())
        .collect();
    let gone: Vec<&str> = listed.iter().filter(|(k, _)| !drafted.contains(*k)).map(|(_, id)| *id).collect();
    if !new.is_empty() {
        lines.push(format!(
            "names in the draft and not in the list (`publish signatories add`): {}",
            new.iter().take(10).map(|n| format!("{n:?}")).collect::<Vec<_>>().join(", ")
        ));
    }
    if !gone.is_empty() {
        let mut gone = gone;
        gone.sort_unstable();
        lines.push(format!(
            "names in the list and not in the draft (`publish signatories remove`): {}",
            gone.iter().take(10).copied().collect::<Vec<_>>().join(", ")
        ));
    }
}

/// publish.toml with the draft's blocks in place of its own (and the draft's date, when it
/// gives one), everything else as it was.
fn revised_toml(current: &str, made: &str, date: Option<chrono::NaiveDate>) -> Result<String, Failure> {
    let broken = |e: toml_edit::TomlError| {
        Failure::usage(Diagnostic::error("import", format!("publish.toml cannot be edited: {e}")))
    };
    let mut doc: toml_edit::DocumentMut = current.parse().map_err(broken)?;
    let made_doc: toml_edit::DocumentMut = made.parse().map_err(broken)?;
    // The blocks as data: the same blocks written otherwise (comments, spacing) are left alone.
    let blocks = |text: &str| text.parse::<toml::Table>().ok().and_then(|t| t.get("blocks").cloned());
    if blocks(current) != blocks(made) {
        match made_doc.get("blocks") {
            Some(b) => doc["blocks"] = b.clone(),
            None => {
                doc.remove("blocks");
            }
        }
    }
    if let Some(d) = date
        && doc["statement"]["date"].as_str() != Some(d.to_string().as_str())
    {
        doc["statement"]["date"] = toml_edit::value(d.to_string());
    }
    Ok(doc.to_string())
}
