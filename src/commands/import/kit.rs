//! `publish import KIT`: a translation kit (`publish export`), filled in a CAT tool or in Word,
//! written back into its locale. The kit must be this project's, from its reference, for the
//! language `--lang` names (when it names one). Every unit is checked before anything is
//! written: a unit publish does not know, a code the kit does not define, a footnote or link
//! the target drops; then the locale as it would be is checked as `publish check` checks it,
//! and an error in a message the kit changes stops the import. A unit the translator did not
//! change leaves its message as it is, byte for byte; untranslated units are said and left.
//!
//! Owns: importing a kit. Must not: typeset.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use super::{ImportDraftRequest, ImportReport};
use crate::campaign::edit::{append, edit_comments, replace_message};
use crate::commands::export::{kit_language, project_kit};
use crate::diag::{Diagnostic, Failure};
use crate::kit::apply::{self, Filled, NewMessage, Plan};
use crate::kit::{self, KIT_VERSION};
use crate::lint::review::{NEEDS_REVIEW, REVIEWED_MARK, SAME_MARK, review_hash};
use crate::project::{self, Root};

/// The kinds of kit.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum KitKind {
    Xliff,
    Docx,
}

/// Whether bytes are a kit, and which.
pub(super) fn kind(bytes: &[u8]) -> Option<KitKind> {
    if kit::xliff::is_xliff(bytes) {
        return Some(KitKind::Xliff);
    }
    kit::docx::is_kit(bytes).then_some(KitKind::Docx)
}

fn unreadable(shown: &str, why: &str) -> Failure {
    Failure::usage(
        Diagnostic::error("kit", format!("cannot import {shown}: {why}"))
            .help("import the kit `publish export` wrote, as the CAT tool or word processor saved it"),
    )
}

/// `publish import KIT`.
pub(super) fn import(
    request: &ImportDraftRequest,
    bytes: &[u8],
    kind: KitKind,
    shown: &str,
    cwd: &Path,
) -> Result<ImportReport, Failure> {
    let root = project::locate(request.project.as_deref(), cwd)?;
    let Root::Disk { dir, .. } = &root else {
        return Err(Failure::usage(
            Diagnostic::error(
                "usage",
                format!("{shown} is a translation kit, and there is no publish.toml here"),
            )
            .help("import a kit in the project it was exported from (its folder, or --project)"),
        ));
    };
    let dir = dir.clone();
    let _lock = crate::output::ProjectLock::take(&dir)?;
    let project = project::load(root.clone())?;
    let config = &project.config;
    let header = match kind {
        KitKind::Xliff => kit::xliff::header(bytes),
        KitKind::Docx => kit::docx::header(bytes),
    }
    .map_err(|why| unreadable(shown, &why))?;
    same_document(&header, config, shown, request.lang.as_deref())?;
    let language = kit_language(config, &header.target)?;
    let tag = language.tag.clone();
    let existing = config.locale(&tag).is_some();
    let now = project_kit(&project, &language)?;
    let filled = match kind {
        KitKind::Xliff => kit::xliff::read(bytes, shown, &now),
        KitKind::Docx => kit::docx::read(bytes, shown, &now),
    }
    .map_err(|why| unreadable(shown, &why))?;
    let plan = apply::plan(&now, &filled);
    if !plan.problems.is_empty() {
        return Err(refused(&plan, shown));
    }
    let file_name =
        Path::new(shown).file_name().map_or(shown.to_string(), |n| n.to_string_lossy().into_owned());
    let files = compose(&project, &now, &plan, &tag, existing, &file_name)?;
    let mut pending: BTreeMap<String, Vec<u8>> =
        files.iter().map(|(rel, text)| (rel.clone(), text.clone().into_bytes())).collect();
    if !existing && !plan.messages.is_empty() {
        let last = config.locales.last().expect("a statement has locales");
        let mut text = config.text.to_string();
        text.insert_str(last.span.end, &format!(", \"{tag}\""));
        pending.insert("publish.toml".into(), text.into_bytes());
    }
    check(&root, &pending, &plan, &tag, shown)?;

    let mut report = ImportReport::default();
    report.lines.push(format!(
        "read the kit {shown} ({} → {tag}): {} unit{} changed, {} as they were, {} not translated",
        config.reference,
        plan.changed,
        if plan.changed == 1 { "" } else { "s" },
        plan.unchanged,
        plan.left.len()
    ));
    if !plan.left.is_empty() {
        let shown_ids: Vec<&str> = plan.left.iter().take(12).map(String::as_str).collect();
        report.lines.push(format!(
            "left to translate: {}{}",
            shown_ids.join(", "),
            if plan.left.len() > 12 { format!(" and {} more", plan.left.len() - 12) } else { String::new() }
        ));
    }
    if !plan.stale.is_empty() {
        report.lines.push(format!(
            "translated from an earlier text of the reference (it changed since the kit was made; each is marked `# {NEEDS_REVIEW}`: read it against the reference's text now): {}",
            plan.stale.join(", ")
        ));
    }
    if pending.is_empty() {
        report.lines.push(format!("nothing to change: locales/{tag} already says what the kit says"));
        return Ok(report);
    }
    let reviewed = plan.messages.iter().filter(|m| m.reviewed && !m.same && !m.id.starts_with('-')).count();
    let same = plan.messages.iter().filter(|m| m.same).count();
    let written: Vec<String> = pending.keys().map(|rel| root.display(rel)).collect();
    let what = format!(
        "{} message{} ({} marked `# {NEEDS_REVIEW}`, {reviewed} reviewed in the kit{})",
        plan.messages.len(),
        if plan.messages.len() == 1 { "" } else { "s" },
        plan.messages.len() - reviewed - same,
        if same > 0 { format!(", {same} the same in every language") } else { String::new() }
    );
    if request.dry_run {
        report
            .lines
            .push(format!("would write {what} into {} (--dry-run: nothing written)", written.join(", ")));
        return Ok(report);
    }
    let all: Vec<(PathBuf, &[u8])> = pending.iter().map(|(rel, b)| (dir.join(rel), b.as_slice())).collect();
    report.written = crate::output::commit(&all, crate::output::Purpose::Project)?;
    report.lines.push(format!(
        "wrote {what} into {}{}: `publish check --lang {tag}` says what is left",
        written.join(", "),
        if existing { String::new() } else { format!("; added \"{tag}\" to publish.toml") }
    ));
    Ok(report)
}

/// The error for a kit with units publish cannot take: each named with its place.
fn refused(plan: &Plan, shown: &str) -> Failure {
    let mut out = vec![Diagnostic::error(
        "kit",
        format!(
            "{shown} has {} unit{} publish cannot take (nothing was written)",
            plan.problems.len(),
            if plan.problems.len() == 1 { "" } else { "s" }
        ),
    )
    .help("fix each unit in the CAT tool or word processor (keep every code of the source), save, and import again")];
    out.extend(plan.problems.iter().map(apply::Problem::diagnostic));
    Failure::project(out)
}

/// The kit is this document's, from its reference, in a version publish reads, for the
/// language asked.
fn same_document(
    header: &Filled,
    config: &project::config::Config,
    shown: &str,
    lang: Option<&str>,
) -> Result<(), Failure> {
    let refuse =
        |what: String, help: &str| Err(Failure::usage(Diagnostic::error("kit", what).help(help.to_string())));
    if let Some(v) = &header.version
        && v.parse::<u32>().unwrap_or(u32::MAX) > KIT_VERSION.parse::<u32>().unwrap_or(0)
    {
        return refuse(
            format!(
                "{shown} is a kit of version {v}, made by a newer publish (this one reads version {KIT_VERSION})"
            ),
            "update publish, or export the kit again with this one",
        );
    }
    match &header.statement {
        Some(id) if *id == config.id => {}
        Some(id) => {
            return refuse(
                format!(
                    "{shown} is a kit of another document (`{id}`), not of this project's (`{}`)",
                    config.id
                ),
                "import it in the project it was exported from; nothing was written",
            );
        }
        None => {
            return refuse(
                format!("{shown} does not say which document it is a kit of"),
                "import a kit `publish export` wrote (its metadata names the document)",
            );
        }
    }
    if !header.source.eq_ignore_ascii_case(&config.reference) {
        return refuse(
            format!(
                "{shown} translates from `{}`, and this project's reference is `{}`",
                header.source, config.reference
            ),
            "export the kit again from this project",
        );
    }
    if let Some(asked) = lang {
        let asked_tag = crate::language::Language::canonical_tag(asked).unwrap_or_else(|| asked.to_string());
        let same = asked_tag.eq_ignore_ascii_case(&header.target)
            || header.target.split('-').next().is_some_and(|l| l.eq_ignore_ascii_case(asked));
        if !same {
            return refuse(
                format!("{shown} is a kit for `{}`, not for `{asked}`", header.target),
                "import it without --lang (the kit says its language), or import the kit of the language you meant",
            );
        }
    }
    Ok(())
}

/// A message's comment lines with publish's review marks set anew: `# needs-review`, or
/// `# reviewed: <hash>` when the kit says it was reviewed.
fn marks(old: Vec<String>, mark: &str) -> Vec<String> {
    let mut out: Vec<String> = old
        .into_iter()
        .filter(|l| l != NEEDS_REVIEW && l != SAME_MARK && !l.starts_with(REVIEWED_MARK))
        .collect();
    out.push(mark.to_string());
    out
}

/// The locale's files with the plan's messages written: (relative path, text), only those that
/// change.
fn compose(
    project: &project::Project,
    kit: &kit::Kit,
    plan: &Plan,
    tag: &str,
    existing: bool,
    kit_name: &str,
) -> Result<Vec<(String, String)>, Failure> {
    let config = &project.config;
    let mut languages = vec![config.reference_language().clone()];
    if let Some(l) = config.locale(tag) {
        languages.push(l.language.clone());
    }
    let (catalog, diags) = crate::l10n::load(&project.root, config, &languages);
    if diags.iter().any(Diagnostic::is_error) {
        return Err(Failure::project(diags));
    }
    let reference = catalog.get(&config.reference).expect("loaded");
    let parsed = crate::lint::parse(reference);
    let entries = crate::lint::entries(&parsed);
    let mark = |m: &NewMessage| -> String {
        match entries.get(m.id.as_str()) {
            _ if m.same => SAME_MARK.to_string(),
            Some(e) if m.reviewed => format!("{REVIEWED_MARK} {}", review_hash(e.message)),
            _ => NEEDS_REVIEW.to_string(),
        }
    };
    let file_of: BTreeMap<&str, &str> = kit
        .files
        .iter()
        .flat_map(|f| f.units.iter().map(move |u| (u.message.as_str(), f.name.as_str())))
        .collect();
    let locale = existing.then(|| catalog.get(tag)).flatten();
    let folder =
        locale.map_or_else(|| format!("locales/{tag}"), |l| l.folder().trim_end_matches('/').to_string());
    let rel_of = |name: &str| {
        format!(
            "{folder}/{}",
            Path::new(name).file_name().map_or(String::new(), |n| n.to_string_lossy().into_owned())
        )
    };
    let mut texts: BTreeMap<String, String> = BTreeMap::new();
    let mut before: BTreeMap<String, String> = BTreeMap::new();
    if let Some(l) = locale {
        for f in &l.files {
            let rel = rel_of(&f.name);
            texts.insert(rel.clone(), f.text.to_string());
            before.insert(rel, f.text.to_string());
        }
    }
    let site = |id: &str| -> Option<String> {
        let l = locale?;
        let s = l.sites.get(id)?;
        Some(rel_of(&l.files[s.file].name))
    };
    for m in &plan.messages {
        let mark = mark(m);
        match site(&m.id) {
            Some(rel) => {
                let text = texts.get(&rel).cloned().unwrap_or_default();
                let text =
                    if m.changed { replace_message(&text, &m.id, &m.source).unwrap_or(text) } else { text };
                let text = edit_comments(&text, &m.id, |old| marks(old, &mark)).unwrap_or(text);
                texts.insert(rel, text);
            }
            None => {
                let file = file_of.get(m.id.as_str()).copied().unwrap_or("messages.ftl");
                let rel = format!("{folder}/{file}");
                let header = format!(
                    "### {tag}: the translation of locales/{}/{file}, imported from a translation kit.\n",
                    config.reference
                );
                let text = texts.get(&rel).cloned().unwrap_or(header);
                let message = format!(
                    "# From the translation kit {}.\n# {mark}\n{}",
                    crate::campaign::edit::comment_text(kit_name),
                    m.source
                );
                texts.insert(rel, append(&text, &[message]));
            }
        }
    }
    Ok(texts.into_iter().filter(|(rel, text)| before.get(rel) != Some(text)).collect())
}

/// The locale as it will be, checked as `publish check` checks it: an error in a message the
/// kit changes stops the import.
fn check(
    root: &Root,
    pending: &BTreeMap<String, Vec<u8>>,
    plan: &Plan,
    tag: &str,
    shown: &str,
) -> Result<(), Failure> {
    if pending.is_empty() {
        return Ok(());
    }
    let ids = apply::ids(plan);
    let future = root.with_pending(pending.clone());
    let findings = crate::commands::check::check_language(future, tag)?;
    let blocking: Vec<Diagnostic> = findings
        .into_iter()
        .filter(Diagnostic::is_error)
        .filter(|d| d.locale.as_deref().is_none_or(|l| l == tag))
        .filter(|d| d.id.as_deref().is_some_and(|id| ids.contains(id.split('.').next().unwrap_or(id))))
        .map(|d| {
            let id = d.id.clone().unwrap_or_default();
            let base = id.split('.').next().unwrap_or(&id).to_string();
            match plan.messages.iter().find(|m| m.id == base) {
                Some(m) => d.note(format!(
                    "from the kit's unit{} at {}",
                    if m.from.len() == 1 { "" } else { "s" },
                    m.from.join(", ")
                )),
                None => d,
            }
        })
        .collect();
    if blocking.is_empty() {
        return Ok(());
    }
    let mut out = vec![
        Diagnostic::error(
            "kit",
            format!("the translations {shown} brings do not pass `publish check` (nothing was written)"),
        )
        .help("fix the units named below in the kit, and import it again"),
    ];
    out.extend(blocking);
    Err(Failure::project(out))
}
