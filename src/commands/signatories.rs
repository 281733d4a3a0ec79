//! `publish signatories`: the list as a campaign keeps it. `import` takes a sign-on form's export
//! in (new names added, duplicates skipped, near duplicates held for a decision, bad rows
//! rejected); `add` and `remove` edit one entry; `review` confirms imported names; `list` prints
//! the list as the PDF prints it.
//!
//! Every change lands in publish.toml and every locale's .ftl files together, or not at all.
//!
//! Owns: these commands. Must not: print (the report says what to print), or typeset.

use crate::project::disk::Limit;
use std::collections::{BTreeMap, HashSet};
use std::fs;
use std::path::{Path, PathBuf};

use chrono::NaiveDate;

use crate::campaign::{self, Added, GroupName, Listed, Plan, edit};
use crate::diag::{Diagnostic, Failure};
use crate::l10n::{self, Catalog};
use crate::lint;
use crate::project::config::Config;
use crate::project::{self, Project, Root};

use crate::lint::review::NEEDS_REVIEW;

/// The largest file `import` reads.
const MAX_SHEET: u64 = 256 * 1024 * 1024;

/// What `publish signatories import` is asked.
#[derive(Debug, Clone, Default)]
pub struct ImportRequest {
    /// The project folder `--project` names; `None`: publish.toml here or in a parent folder.
    pub project: Option<PathBuf>,
    /// The form's export to read, relative to the current folder.
    pub file: PathBuf,
    /// The worksheet to read in a workbook (`--sheet`); `None`: the first.
    pub sheet: Option<String>,
    /// The columns, the rows to accept or skip, the date order and the default group.
    pub options: campaign::Options,
    /// Whether to report what would be done without writing anything (`--dry-run`).
    pub dry_run: bool,
    /// The date the comments record (`SOURCE_DATE_EPOCH` when set, else today).
    pub today: NaiveDate,
}

/// What a command did (or, dry, would do): lines for the user, and whether rows were rejected.
#[derive(Debug, Default)]
pub struct Report {
    /// How the project was found (`using project publish.toml`), for the user.
    pub project: String,
    /// What was done, one line each, for the user.
    pub lines: Vec<String>,
    /// The files written, in order (empty on a dry run).
    pub written: Vec<PathBuf>,
    /// Rows that were wrong (the command exits 1 when there are any).
    pub rejected: usize,
}

/// A project on disk, loaded with every locale.
struct Loaded {
    /// The project's lock, held from before it was read until the command ends.
    _lock: crate::output::ProjectLock,
    project: Project,
    dir: PathBuf,
    catalog: Catalog,
}

fn load(explicit: Option<&Path>, cwd: &Path) -> Result<Loaded, Failure> {
    let root = project::locate(explicit, cwd)?;
    let Root::Disk { dir, .. } = &root else {
        return Err(Failure::usage(
            Diagnostic::error("usage", "no publish.toml here: the signatories are kept in a project on disk")
                .help("run it in a project folder (one holding publish.toml), or pass --project; `publish init` starts one"),
        ));
    };
    let dir = dir.clone();
    // Held until the command ends: what it reads is what it changes (no update lost).
    let lock = crate::output::ProjectLock::take(&dir)?;
    let project = project::load(root)?;
    let (catalog, diags) = l10n::load(&project.root, &project.config, &project.config.languages());
    if diags.iter().any(Diagnostic::is_error) {
        return Err(Failure::project(diags).after(&[Diagnostic::error(
            "signatories",
            "the project's locales have errors: fix them before changing the list",
        )]));
    }
    // Where a test pauses a command that has read the project and not yet written it.
    crate::output::fault_point("project-read");
    Ok(Loaded { _lock: lock, project, dir, catalog })
}

/// What the rows are compared with, gathered from the project once.
struct Known {
    listed: Vec<Listed>,
    groups: Vec<GroupName>,
    message_ids: HashSet<String>,
    locales: Vec<String>,
    reference: String,
    dismissed: Vec<String>,
}

impl Known {
    fn of(loaded: &Loaded) -> Self {
        let config = &loaded.project.config;
        Known {
            listed: listed(config, &loaded.catalog),
            groups: groups(config, &loaded.catalog),
            message_ids: loaded.catalog.locales.iter().flat_map(|l| l.sites.keys().cloned()).collect(),
            locales: config.locales.iter().map(|l| l.language.tag.clone()).collect(),
            reference: config.reference.clone(),
            dismissed: config.dismissed.clone(),
        }
    }

    fn statement(&self) -> campaign::Statement<'_> {
        campaign::Statement {
            listed: &self.listed,
            groups: &self.groups,
            message_ids: &self.message_ids,
            locales: &self.locales,
            reference: &self.reference,
            dismissed: &self.dismissed,
        }
    }
}

/// The signatories as the import compares them: every name in every locale.
fn listed(config: &Config, catalog: &Catalog) -> Vec<Listed> {
    let reference = catalog.get(&config.reference).expect("the reference is loaded");
    let args = l10n::args([]);
    let mut formatters: Vec<l10n::Formatter> = std::iter::once(reference)
        .chain(catalog.locales.iter().filter(|l| l.tag() != reference.tag()))
        .map(|l| l10n::Formatter::new(l, reference, true))
        .collect();
    config
        .entries()
        .map(|e| Listed {
            id: e.id.clone(),
            names: formatters
                .iter_mut()
                .filter_map(|f| f.format(&e.id, None, &args, true))
                .map(|n| strip_isolates(&n))
                .collect(),
            key: e.key.clone(),
        })
        .collect()
}

fn groups(config: &Config, catalog: &Catalog) -> Vec<GroupName> {
    let reference = catalog.get(&config.reference).expect("the reference is loaded");
    let mut f = l10n::Formatter::new(reference, reference, true);
    let args = l10n::args([]);
    config
        .groups
        .iter()
        .map(|g| GroupName {
            id: g.heading.clone(),
            text: g.heading.as_ref().and_then(|h| f.format(h, None, &args, true)).map(|t| strip_isolates(&t)),
        })
        .collect()
}

/// Text without the bidirectional isolates publish puts around placeables.
fn strip_isolates(s: &str) -> String {
    s.chars().filter(|c| !matches!(c, '\u{2066}'..='\u{2069}')).collect()
}

/// The file of a locale that new signatories go in: the one holding most of its signatories
/// (`signatories.ftl` when none does).
fn target_file(loaded: &Loaded, tag: &str) -> PathBuf {
    let config = &loaded.project.config;
    let locale = loaded.catalog.get(tag).expect("every locale is loaded");
    let mut counts: BTreeMap<usize, usize> = BTreeMap::new();
    for e in config.entries() {
        if let Some(site) = locale.sites.get(&e.id) {
            *counts.entry(site.file).or_default() += 1;
        }
    }
    counts
        .into_iter()
        .max_by_key(|(file, n)| (*n, std::cmp::Reverse(*file)))
        .and_then(|(file, _)| locale.files[file].path.clone())
        .unwrap_or_else(|| loaded.dir.join("locales").join(tag).join("signatories.ftl"))
}

/// The files' new texts, checked (publish.toml parses with the new entries, every .ftl file
/// parses), then written together.
fn land(
    loaded: &Loaded,
    toml: Option<String>,
    ftl: BTreeMap<PathBuf, String>,
    added: usize,
) -> Result<Vec<PathBuf>, Failure> {
    // Never a file that publish would then refuse to read: said before anything is written,
    // with how many of the new signatories would fit.
    let sizes = toml.iter().map(|t| (loaded.dir.join("publish.toml"), t.len(), Limit::Config));
    let sizes = sizes.chain(ftl.iter().map(|(p, t)| (p.clone(), t.len(), Limit::Ftl)));
    for (path, size, limit) in sizes {
        if size as u64 > limit.bytes() {
            let before = fs::metadata(&path).map_or(0, |m| m.len());
            let each = (size as u64).saturating_sub(before) / (added.max(1) as u64);
            let fit = limit.bytes().saturating_sub(before) / each.max(1);
            let shown = path.strip_prefix(&loaded.dir).unwrap_or(&path).display().to_string();
            return Err(Failure::usage(
                Diagnostic::error(
                    "signatories",
                    format!(
                        "{shown} would grow to {:.1} MiB, over the {} MiB publish reads: nothing was written",
                        size as f64 / 1_048_576.0,
                        limit.bytes() / 1_048_576
                    ),
                )
                .help(if added > 1 {
                    format!("about {fit} of these {added} signatories fit: import the file in parts (or split the list into another statement)")
                } else {
                    "the list is as long as one project holds: start another statement for the rest".to_string()
                }),
            ));
        }
    }
    let mut files: Vec<(PathBuf, Vec<u8>)> = Vec::new();
    if let Some(toml) = toml {
        if let Err(errors) = crate::project::config::parse("publish.toml", &toml) {
            return Err(Failure::project(errors).after(&[Diagnostic::error(
                "signatories",
                "the edited publish.toml would not be valid; nothing was written (a bug: please report it)",
            )]));
        }
        files.push((loaded.dir.join("publish.toml"), toml.into_bytes()));
    }
    for (path, text) in ftl {
        if let Err((_, errors)) = fluent_syntax::parser::parse(text.as_str()) {
            return Err(Failure::project(vec![Diagnostic::error(
                "signatories",
                format!(
                    "the edited {} would not be valid Fluent ({:?}); nothing was written (a bug: please report it)",
                    path.display(),
                    errors.first().map(|e| &e.kind)
                ),
            )]));
        }
        files.push((path, text.into_bytes()));
    }
    let refs: Vec<(PathBuf, &[u8])> = files.iter().map(|(p, b)| (p.clone(), b.as_slice())).collect();
    crate::output::commit(&refs, crate::output::Purpose::Project)
}

/// The current text of a file the command edits (empty when it does not exist yet).
fn current(loaded: &Loaded, path: &Path) -> String {
    for l in &loaded.catalog.locales {
        if let Some(f) = l.files.iter().find(|f| f.path.as_deref() == Some(path)) {
            return f.text.to_string();
        }
    }
    String::new()
}

/// Adds the planned signatories: their entries in publish.toml, their messages in every
/// locale. `comment`: the line recording where each came from; `review_reference`: whether
/// the reference's names need a review too.
fn additions(
    loaded: &Loaded,
    added: &[Added],
    comment: &dyn Fn(&Added) -> String,
    review_reference: bool,
    keep_key: bool,
) -> Result<(String, BTreeMap<PathBuf, String>), Failure> {
    let config = &loaded.project.config;
    let entries: Vec<edit::NewEntry> = added
        .iter()
        .map(|a| edit::NewEntry {
            id: a.id.clone(),
            country: a.country.clone(),
            since: a.since,
            key: keep_key.then(|| a.key.clone()),
            group: a.group,
        })
        .collect();
    let toml = edit::add_entries(&config.text, &entries).map_err(|e| {
        Failure::project(vec![Diagnostic::error("signatories", format!("cannot edit publish.toml: {e}"))])
    })?;
    let mut ftl: BTreeMap<PathBuf, String> = BTreeMap::new();
    for locale in config.locales.iter().map(|l| &l.language) {
        let path = target_file(loaded, &locale.tag);
        let mut messages = Vec::with_capacity(added.len());
        for a in added {
            let name = a.names.get(&locale.tag).unwrap_or(&a.name);
            let mut attributes: Vec<(&str, &str)> = Vec::new();
            // A name that begins with punctuation ("{Braces} Collective", "«Ligue»") sorts
            // under its first letter.
            let sort_key = name.trim_start_matches(|c: char| !c.is_alphanumeric());
            if sort_key.len() != name.len() && !sort_key.is_empty() {
                attributes.push(("sort", sort_key));
            }
            if let Some(x) = &a.affiliation {
                attributes.push(("affiliation", x));
            }
            if let Some(n) = &a.note {
                attributes.push(("note", n));
            }
            let mut comments = vec![comment(a)];
            if review_reference || locale.tag != config.reference {
                comments.push(NEEDS_REVIEW.to_string());
            }
            messages.push(edit::message(&a.id, name, &attributes, &comments));
        }
        let text = ftl.remove(&path).unwrap_or_else(|| current(loaded, &path));
        ftl.insert(path, edit::append(&text, &messages));
    }
    Ok((toml, ftl))
}

/// `publish signatories import FILE`.
pub fn import(request: &ImportRequest, cwd: &Path) -> Result<Report, Failure> {
    let loaded = load(request.project.as_deref(), cwd)?;
    let path = cwd.join(&request.file);
    let shown = request.file.display().to_string();
    let bytes = read_sheet(&path, &shown)?;
    let file_name = request.file.file_name().map_or(shown.clone(), |n| n.to_string_lossy().into_owned());
    let sheet = campaign::sheet::read(&file_name, &bytes, request.sheet.as_deref()).map_err(|e| {
        Failure::usage(
            Diagnostic::error("import", format!("cannot read {shown}: {}", e.0))
                .help("export the form's responses as CSV, XLSX or ODS, and import that file"),
        )
    })?;
    let known = Known::of(&loaded);
    let plan = campaign::plan(&sheet, &known.statement(), &request.options).map_err(|e| {
        let d = Diagnostic::error("import", format!("{shown}: {e}"));
        Failure::usage(if e.contains("--date-order") {
            d
        } else {
            d.help("name the columns with --column, e.g. --column name=\"Organisation\" --column country=\"Country\"")
        })
    })?;

    let mut report = Report { project: project::describe(&loaded.project.root), ..Report::default() };
    report.lines.push(format!(
        "read {shown}: {}, {} row{}{}",
        sheet.kind,
        sheet.rows.len(),
        plural(sheet.rows.len()),
        match plan.keyed_by {
            "id" => "; rows known by their response id",
            "timestamp" => "; rows known by their timestamp",
            _ => "; rows known by their name (no response id or timestamp column)",
        }
    ));
    for note in &sheet.notes {
        report.lines.push(format!("note: {shown}: {note}"));
    }
    describe_plan(&plan, &mut report, request.dry_run);

    if (!plan.added.is_empty() || !plan.dismissed.is_empty()) && !request.dry_run {
        let date = request.today.format("%Y-%m-%d").to_string();
        let comment = |a: &Added| format!("Imported from {file_name}, row {}, on {date}.", a.row);
        let (mut toml, ftl) = if plan.added.is_empty() {
            (loaded.project.config.text.to_string(), BTreeMap::new())
        } else {
            additions(&loaded, &plan.added, &comment, true, true)?
        };
        if !plan.dismissed.is_empty() {
            let keys: Vec<String> = plan.dismissed.iter().map(|(_, _, k)| k.clone()).collect();
            toml = edit::add_dismissed(&toml, &keys).map_err(|e| {
                Failure::project(vec![Diagnostic::error(
                    "signatories",
                    format!("cannot edit publish.toml: {e}"),
                )])
            })?;
        }
        report.written = land(&loaded, Some(toml), ftl, plan.added.len())?;
    }
    report.rejected = plan.rejected.len();
    Ok(report)
}

fn read_sheet(path: &Path, shown: &str) -> Result<Vec<u8>, Failure> {
    super::read_input(path, shown, MAX_SHEET, "import")
}

/// The summary of an import: each decision, then the counts.
fn describe_plan(plan: &Plan, report: &mut Report, dry: bool) {
    const SHOWN: usize = 20;
    let would = if dry { "would add" } else { "added" };
    for a in plan.added.iter().take(SHOWN) {
        let mut what = format!("{would} {} (row {}): {:?}", a.id, a.row, a.name);
        if let Some(c) = &a.country {
            what.push_str(&format!(", {c}"));
        }
        if let Some(d) = a.since {
            what.push_str(&format!(", signed {d}"));
        }
        report.lines.push(what);
    }
    if plan.added.len() > SHOWN {
        report.lines.push(format!("… and {} more", plan.added.len() - SHOWN));
    }
    for d in plan.duplicates.iter().take(SHOWN) {
        report.lines.push(format!("skipped row {}: {:?} is {}", d.row, d.name, d.of.describe()));
    }
    if plan.duplicates.len() > SHOWN {
        report.lines.push(format!("… and {} more duplicates", plan.duplicates.len() - SHOWN));
    }
    for h in &plan.held {
        report.lines.push(format!(
            "held row {}: {:?} looks like {}: {}; if it is another organisation, import again with --accept {}",
            h.row,
            h.name,
            h.like.describe(),
            h.why.describe(),
            h.row
        ));
    }
    for d in &plan.shared_ids {
        let others: Vec<String> = d.others.iter().map(|(r, n)| format!("row {r} ({n:?})")).collect();
        report.lines.push(format!(
            "held row {}: {:?} has the response id {:?}, as {} with another name: one id is one response; import again with --accept for the row that is right, --skip for the other",
            d.row,
            d.name,
            d.id,
            others.join(", ")
        ));
    }
    for f in &plan.formulas {
        report.lines.push(format!(
            "held row {}: the cell {:?} begins as a spreadsheet formula does (a spreadsheet that opens the list would run it); if the organisation wrote it so, import again with --accept {}",
            f.row, f.cell, f.row
        ));
    }
    for r in &plan.rejected {
        report.lines.push(format!("rejected row {}: {}", r.row, r.why));
    }
    for (row, name, _) in &plan.dismissed {
        report.lines.push(format!(
            "{} row {row}: {name:?} (not imported, now or later: its key goes to `dismissed` in publish.toml)",
            if dry { "would dismiss" } else { "dismissed" }
        ));
    }
    for r in &plan.accepted_unheld {
        report.lines.push(format!("note: --accept {r}: row {r} was not held for a decision"));
    }
    report.lines.push(format!(
        "{}: {} added, {} skipped as duplicates, {} held for a decision, {} rejected; {} imported before{}",
        if dry { "dry run, nothing written" } else { "import" },
        plan.added.len(),
        plan.duplicates.len(),
        plan.held.len() + plan.formulas.len() + plan.shared_ids.len(),
        plan.rejected.len(),
        plan.already,
        match plan.dismissed_before + plan.dismissed.len() {
            0 => String::new(),
            n => format!(", {n} dismissed"),
        }
    ));
    if !plan.added.is_empty() && !dry {
        report.lines.push(
            "the new names are marked `# needs-review` in every locale: check them, then `publish signatories review ID… --lang L` (or --all)"
                .into(),
        );
    }
    if !plan.rejected.is_empty()
        || !plan.held.is_empty()
        || !plan.formulas.is_empty()
        || !plan.shared_ids.is_empty()
    {
        report.lines.push(
            "for each row held or rejected: --accept ROW imports a held one; fix a rejected one in the spreadsheet (or add it with `publish signatories add`), then import again; --skip ROW dismisses either for good. Rows imported already are not added twice"
                .into(),
        );
    }
}

fn plural(n: usize) -> &'static str {
    if n == 1 { "" } else { "s" }
}

/// What `publish signatories add` is asked.
#[derive(Debug, Clone, Default)]
pub struct AddRequest {
    /// The project folder `--project` names; `None`: publish.toml here or in a parent folder.
    pub project: Option<PathBuf>,
    /// The signatory's name in the reference locale.
    pub name: String,
    /// Its country: an ISO 3166 code or a country's name; `None` when not given.
    pub country: Option<String>,
    /// Its group: a heading's text in the reference, or its message id; `None` when not given.
    pub group: Option<String>,
    /// A person's affiliation; `None` when not given.
    pub affiliation: Option<String>,
    /// The note printed on the entry; `None` when not given.
    pub note: Option<String>,
    /// The date it signed, as typed (ISO, or day first when slashed); `None` when not given.
    pub since: Option<String>,
    /// Its name in other locales: (tag, name).
    pub names: Vec<(String, String)>,
    /// Add it even when it looks like a name on the list.
    pub force: bool,
    /// The date the comment records (`SOURCE_DATE_EPOCH` when set, else today).
    pub today: NaiveDate,
}

/// `publish signatories add NAME`: one signatory, checked as an imported row is.
pub fn add(request: &AddRequest, cwd: &Path) -> Result<Report, Failure> {
    let loaded = load(request.project.as_deref(), cwd)?;
    let config = &loaded.project.config;
    // The signatory as a one-row sheet, so that it is checked as an import's rows are.
    let mut headers = vec!["name".to_string()];
    let mut cells = vec![request.name.clone()];
    for (field, value) in [
        ("country", &request.country),
        ("group", &request.group),
        ("affiliation", &request.affiliation),
        ("note", &request.note),
        ("date", &request.since),
    ] {
        if let Some(v) = value {
            headers.push(field.to_string());
            cells.push(v.clone());
        }
    }
    for (tag, name) in &request.names {
        headers.push(format!("name:{tag}"));
        cells.push(name.clone());
    }
    let sheet = campaign::sheet::Sheet {
        headers,
        rows: vec![campaign::sheet::Row { number: 2, cells }],
        notes: Vec::new(),
        kind: "",
    };
    let known = Known::of(&loaded);
    let options = campaign::Options {
        accept: if request.force { vec![2] } else { Vec::new() },
        date_order: Some(campaign::DateOrder::DayMonth),
        ..campaign::Options::default()
    };
    let plan = campaign::plan(&sheet, &known.statement(), &options)
        .map_err(|e| Failure::usage(Diagnostic::error("usage", e)))?;
    let fail =
        |message: String, help: &str| Err(Failure::usage(Diagnostic::error("usage", message).help(help)));
    if let Some(r) = plan.rejected.first() {
        return fail(
            format!(
                "cannot add {:?}: {}",
                request.name,
                r.why.replace("the spreadsheet", "the command line")
            ),
            "see `publish signatories add --help`",
        );
    }
    if let Some(d) = plan.duplicates.first() {
        return fail(
            format!("{:?} is on the list already: {}", request.name, d.of.describe()),
            "nothing to add",
        );
    }
    if let Some(h) = plan.held.first() {
        return fail(
            format!("{:?} looks like {}: {}", request.name, h.like.describe(), h.why.describe()),
            "if it is another organisation, add it with --force",
        );
    }
    if let Some(f) = plan.formulas.first() {
        return fail(
            format!(
                "{:?} begins as a spreadsheet formula does: a spreadsheet that opens the list would run it",
                f.cell
            ),
            "if the organisation writes its name so, add it with --force",
        );
    }
    let date = request.today.format("%Y-%m-%d").to_string();
    let comment = |_: &Added| format!("Added with `publish signatories add` on {date}.");
    let (toml, ftl) = additions(&loaded, &plan.added, &comment, false, false)?;
    let written = land(&loaded, Some(toml), ftl, 1)?;
    let a = &plan.added[0];
    let mut lines = vec![format!(
        "added {} {:?} to publish.toml and every locale ({} marked `# needs-review` in the translations)",
        a.id, a.name, a.id
    )];
    if config.entries().any(|e| e.since.is_some()) && a.since.is_none() {
        lines.push("note: the others carry the date they signed; --since DATE gives this one's".into());
    }
    Ok(Report { project: project::describe(&loaded.project.root), lines, written, rejected: 0 })
}

/// `publish signatories remove ID…`: from publish.toml and every locale, with their comments.
pub fn remove(project_dir: Option<&Path>, ids: &[String], cwd: &Path) -> Result<Report, Failure> {
    let loaded = load(project_dir, cwd)?;
    let config = &loaded.project.config;
    let unknown: Vec<&String> = ids.iter().filter(|id| !config.entries().any(|e| &e.id == *id)).collect();
    if !unknown.is_empty() {
        return Err(Failure::usage(
            Diagnostic::error(
                "usage",
                format!(
                    "not on the list: {}",
                    unknown.iter().map(|s| s.as_str()).collect::<Vec<_>>().join(", ")
                ),
            )
            .help("`publish signatories list --format csv` shows every signatory's id"),
        ));
    }
    let toml_error = |e: String| {
        Failure::project(vec![Diagnostic::error("signatories", format!("cannot edit publish.toml: {e}"))])
    };
    let (mut toml, _) = edit::remove_entries(&config.text, ids).map_err(toml_error)?;
    // An imported signatory's row is not imported again by a later export.
    let keys: Vec<String> =
        config.entries().filter(|e| ids.contains(&e.id)).filter_map(|e| e.key.clone()).collect();
    if !keys.is_empty() {
        toml = edit::add_dismissed(&toml, &keys).map_err(toml_error)?;
    }
    let mut ftl = BTreeMap::new();
    for locale in &loaded.catalog.locales {
        for f in &locale.files {
            let Some(path) = &f.path else { continue };
            let mut text = f.text.to_string();
            for id in ids {
                if let Some(t) = edit::remove_message(&text, id) {
                    text = t;
                }
            }
            if *text != *f.text {
                ftl.insert(path.clone(), text);
            }
        }
    }
    let written = land(&loaded, Some(toml), ftl, 1)?;
    let lines = vec![format!(
        "removed {} from publish.toml and {} locale file{}",
        ids.join(", "),
        written.len() - 1,
        plural(written.len() - 1)
    )];
    Ok(Report { project: project::describe(&loaded.project.root), lines, written, rejected: 0 })
}

/// `publish signatories review ID… --lang L` (or `--all`): confirms names marked
/// `# needs-review`: the mark is removed; in a translation, the review is recorded against the
/// reference's text (`# reviewed: <hash>`, and `# same-in-all-locales` when it is the same).
pub fn review(
    project_dir: Option<&Path>,
    ids: &[String],
    all: bool,
    languages: &[String],
    cwd: &Path,
) -> Result<Report, Failure> {
    let loaded = load(project_dir, cwd)?;
    let config = &loaded.project.config;
    let tags: Vec<String> =
        crate::project::settings::resolve_languages(languages, config)?.into_iter().map(|l| l.tag).collect();
    let reference = loaded.catalog.get(&config.reference).expect("loaded");
    let ref_parsed = lint::parse(reference);
    let ref_entries = lint::entries(&ref_parsed);
    let unknown: Vec<&String> = ids.iter().filter(|id| !ref_entries.contains_key(id.as_str())).collect();
    if !unknown.is_empty() {
        return Err(Failure::usage(Diagnostic::error(
            "usage",
            format!(
                "no message {} in the reference",
                unknown.iter().map(|s| format!("`{s}`")).collect::<Vec<_>>().join(", ")
            ),
        )));
    }
    let mut ftl = BTreeMap::new();
    let mut confirmed = 0;
    let mut names = std::collections::BTreeSet::new();
    for tag in &tags {
        let locale = loaded.catalog.get(tag).expect("loaded");
        let parsed = lint::parse(locale);
        let entries = lint::entries(&parsed);
        let mut texts: BTreeMap<usize, String> = BTreeMap::new();
        for (id, e) in &entries {
            let marked = lint::comment_lines(e.message).any(|l| l == NEEDS_REVIEW);
            if !marked || !(all || ids.iter().any(|i| i == id)) {
                continue;
            }
            let translation = (locale.tag() != reference.tag()).then(|| ref_entries.get(id)).flatten();
            let hash = translation.map(|r| lint::review::review_hash(r.message));
            let same = translation.is_some_and(|r| lint::review::same_text(r.message, e.message));
            let text = texts.entry(e.file).or_insert_with(|| locale.files[e.file].text.to_string());
            let edited = edit::edit_comments(text, id, |lines| {
                let mut out: Vec<String> = lines
                    .into_iter()
                    .filter(|l| l != NEEDS_REVIEW && !l.starts_with(lint::review::REVIEWED_MARK))
                    .collect();
                if same && !out.iter().any(|l| l == lint::review::SAME_MARK) {
                    out.push(lint::review::SAME_MARK.to_string());
                }
                if let Some(h) = &hash {
                    out.push(format!("{} {h}", lint::review::REVIEWED_MARK));
                }
                out
            });
            if let Some(t) = edited {
                *text = t;
                confirmed += 1;
                names.insert(id.to_string());
            }
        }
        for (file, text) in texts {
            if let Some(path) = &locale.files[file].path {
                ftl.insert(path.clone(), text);
            }
        }
    }
    if confirmed == 0 {
        return Err(Failure::usage(
            Diagnostic::error(
                "usage",
                "nothing to confirm: no such name is marked `# needs-review` in these locales",
            )
            .help("`publish check` lists the names that need a review"),
        ));
    }
    let written = land(&loaded, None, ftl, 0)?;
    let lines = vec![format!(
        "confirmed {} name{} in {} ({confirmed} message{}, {} file{})",
        names.len(),
        plural(names.len()),
        tags.join(", "),
        plural(confirmed),
        written.len(),
        plural(written.len())
    )];
    Ok(Report { project: project::describe(&loaded.project.root), lines, written, rejected: 0 })
}

/// One signatory as `list` prints it.
#[derive(Debug, Clone, serde::Serialize)]
pub struct ListedEntry {
    /// The group's heading in this language; `None` for a group without one.
    pub group: Option<String>,
    /// The signatory's message id (`sig-amnesty-international`).
    pub id: String,
    /// The name in this language, as the PDF prints it.
    pub name: String,
    /// The country, named in this language; `None` when it has none.
    pub country: Option<String>,
    /// A person's affiliation, in this language; `None` when it has none.
    pub affiliation: Option<String>,
    /// The text of the note on the entry; `None` when it has none.
    pub note: Option<String>,
    /// The date it signed, `YYYY-MM-DD`; `None` when publish.toml does not say.
    pub signed: Option<String>,
    /// Whether it signed after the statement's date (marked or not).
    pub late: bool,
}

/// `publish signatories list`: the list of one language as its PDF prints it, in its order.
pub fn list(
    project_dir: Option<&Path>,
    language: Option<&str>,
    cwd: &Path,
) -> Result<(String, Vec<ListedEntry>), Failure> {
    let root = project::locate(project_dir, cwd)?;
    let described = project::describe(&root);
    let project = project::load(root)?;
    let config = &project.config;
    let requested: Vec<String> = language.map(|l| vec![l.to_string()]).unwrap_or_default();
    let language = match requested.is_empty() {
        true => config.reference_language().clone(),
        false => {
            let mut languages = crate::project::settings::resolve_languages(&requested, config)?;
            if languages.len() != 1 {
                return Err(Failure::usage(Diagnostic::error(
                    "usage",
                    "`list` prints one language: pass one tag to --lang",
                )));
            }
            languages.remove(0)
        }
    };
    let mut loaded = vec![language.clone()];
    if language.tag != config.reference {
        loaded.push(config.reference_language().clone());
    }
    let (catalog, diags) = l10n::load(&project.root, config, &loaded);
    if diags.iter().any(Diagnostic::is_error) {
        return Err(Failure::project(diags));
    }
    let (doc, diags) = crate::model::build(config, &catalog, &language, &crate::model::Options::default());
    if diags.iter().any(Diagnostic::is_error) {
        return Err(Failure::project(diags));
    }
    let since: BTreeMap<&str, NaiveDate> =
        config.entries().filter_map(|e| Some((e.id.as_str(), e.since?))).collect();
    let notes: BTreeMap<&str, &str> =
        doc.signatories.notes.iter().map(|n| (n.mark.as_str(), n.text.as_str())).collect();
    let mut out = Vec::new();
    for g in &doc.signatories.groups {
        for e in &g.entries {
            let signed = since.get(e.id.as_str()).copied();
            out.push(ListedEntry {
                group: g.heading.as_ref().map(|h| strip_isolates(h)),
                id: e.id.clone(),
                name: strip_isolates(&e.name),
                country: e.country.as_ref().map(|c| strip_isolates(c)),
                affiliation: e.affiliation.as_ref().map(|a| strip_isolates(a)),
                note: e.note.as_ref().and_then(|m| notes.get(m.as_str())).map(|t| strip_isolates(t)),
                signed: signed.map(|d| d.format("%Y-%m-%d").to_string()),
                late: signed.is_some_and(|d| d > config.date),
            });
        }
    }
    Ok((described, out))
}
