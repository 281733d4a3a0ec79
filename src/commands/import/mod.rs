//! `publish import FILE [DIR]`: a new project from a draft written in a word processor (.docx,
//! .odt) or in Markdown. The draft is read (`draft`), what publish knows found in it, the
//! project's files made in memory, loaded and checked as `publish check --strict` would, and
//! only then written into a new or empty folder, all together or not at all.
//!
//! `publish import FILE --lang L` aligns a translation of the draft into locale L of the
//! project (`translation`).
//!
//! Owns: the import command. Must not: typeset or print.

mod kit;
mod revision;
mod translation;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use crate::diag::{Diagnostic, Failure};
use crate::draft::recognise::{Block, Draft};
use crate::draft::{self, Source, Unreadable};
use crate::project::{self, Root};

/// The largest draft read: a document with its images is a few megabytes; a draft of some
/// hundred pages with photographs stays under this.
const MAX_DRAFT: u64 = 64 * 1024 * 1024;

/// What `publish import` is asked.
#[derive(Debug, Clone)]
pub struct ImportDraftRequest {
    /// The draft.
    pub file: PathBuf,
    /// The folder to make the project in (new, or empty); `None`: a folder named after the
    /// draft, next to it in the current folder.
    pub dir: Option<PathBuf>,
    /// The draft's language, when its own metadata is wrong or missing (`--reference`).
    pub reference: Option<String>,
    /// Say what would be written, write nothing.
    pub dry_run: bool,
    /// A translation of the project's reference into this locale (`--lang`).
    pub lang: Option<String>,
    /// With `lang`: write what aligned when the structures part (`--partial`).
    pub partial: bool,
    /// With `lang`: the project's folder (`--project`; found upwards when `None`).
    pub project: Option<PathBuf>,
    /// Today, for a draft without a date.
    pub today: chrono::NaiveDate,
}

/// What import did: lines for the user.
#[derive(Debug, Default)]
pub struct ImportReport {
    /// The files written (none on a dry run).
    pub written: Vec<PathBuf>,
    /// What was recognised, what was set aside, what to do next.
    pub lines: Vec<String>,
}

/// The kinds of draft, by their first bytes and their name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Format {
    Docx,
    Odt,
    /// A flat OpenDocument text (.fodt): one XML file.
    FlatOdt,
    Markdown,
}

fn unreadable(shown: &str, u: Unreadable) -> Failure {
    Failure::usage(Diagnostic::error("import", format!("cannot import {shown}: {}", u.what)).help(u.help))
}

/// The format of a draft, or why it is none publish reads.
fn format_of(name: &str, bytes: &[u8]) -> Result<Format, Unreadable> {
    let lower = name.to_lowercase();
    if bytes.starts_with(&[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) {
        return Err(ole2(bytes));
    }
    if bytes.starts_with(b"PK") {
        let zip = zip::ZipArchive::new(std::io::Cursor::new(bytes)).map_err(|e| {
            Unreadable::new(format!("it is a broken ZIP file: {e}"), "save the draft again as .docx or .odt")
        })?;
        if zip.index_for_name("word/document.xml").is_some() {
            return Ok(Format::Docx);
        }
        if zip.index_for_name("content.xml").is_some() {
            return Ok(Format::Odt);
        }
        return Err(Unreadable::new(
            "it is a ZIP file but neither a Word document (.docx) nor an OpenDocument text (.odt)",
            "save the draft as .docx or .odt",
        ));
    }
    if bytes.starts_with(b"{\\rtf") {
        return Err(Unreadable::new(
            "it is an RTF document",
            "save it as .docx (Word: File › Save As › Word Document)",
        ));
    }
    if bytes.starts_with(b"%PDF") {
        return Err(Unreadable::new(
            "it is a PDF: a PDF keeps where words are on a page, not the document's paragraphs and styles",
            "import the document the PDF was made from (.docx, .odt or Markdown)",
        ));
    }
    let extension =
        Path::new(&lower).extension().map(|e| e.to_string_lossy().into_owned()).unwrap_or_default();
    let head = String::from_utf8_lossy(&bytes[..bytes.len().min(4096)]);
    if head.contains("<office:document") {
        return Ok(Format::FlatOdt);
    }
    if matches!(extension.as_str(), "md" | "markdown" | "txt") {
        return Ok(Format::Markdown);
    }
    Err(Unreadable::new(
        "publish reads drafts as .docx (Word, Google Docs, LibreOffice), .odt or .fodt (LibreOffice) or Markdown (.md), and this is none of them",
        "save the draft as .docx or .odt, or name a Markdown file .md",
    ))
}

/// A Word 97–2003 .doc and an encrypted .docx are both OLE2 compound files: told apart by
/// their streams.
fn ole2(bytes: &[u8]) -> Unreadable {
    let streams: Vec<String> = cfb::CompoundFile::open(std::io::Cursor::new(bytes))
        .map(|c| c.walk().map(|e| e.name().to_string()).collect())
        .unwrap_or_default();
    if streams.iter().any(|s| s == "EncryptedPackage" || s == "EncryptionInfo") {
        return Unreadable::new(
            "it is encrypted (protected by a password)",
            "open it in Word, remove the password (File › Info › Protect Document › Encrypt with Password, empty), save, and import again",
        );
    }
    if streams.iter().any(|s| s == "WordDocument") {
        return Unreadable::new(
            "it is a Word 97–2003 document (.doc), which publish does not read",
            "open it in Word or LibreOffice and save it as .docx (File › Save As › Word Document)",
        );
    }
    Unreadable::new(
        "it is an OLE2 compound file (an old Office format) but not a Word document",
        "save the draft as .docx",
    )
}

/// Reads a draft of any format.
fn read(format: Format, bytes: &[u8]) -> Result<Source, Unreadable> {
    match format {
        Format::Docx => draft::docx::read(bytes),
        Format::Odt => draft::odt::read(bytes),
        Format::FlatOdt => draft::odt::read_flat(bytes),
        Format::Markdown => {
            let text =
                std::str::from_utf8(bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes)).map_err(|e| {
                    Unreadable::new(
                        format!("it is not UTF-8 text (byte {})", e.valid_up_to()),
                        "save it as UTF-8",
                    )
                })?;
            draft::markdown::read(text)
        }
    }
}

/// The language a project is started in: `--reference`, else the document's, matched to the
/// languages import has the frame's words for.
fn language(
    request: &ImportDraftRequest,
    source: &Source,
    shown: &str,
) -> Result<(String, Option<String>), Failure> {
    let available = draft::write::languages();
    let asked = request.reference.clone().or_else(|| source.language.clone());
    let Some(asked) = asked else {
        return Err(Failure::usage(
            Diagnostic::error("import", format!("{shown} does not say what language it is in")).help(
                format!("name it: `--reference en-GB` (publish starts drafts in {})", available.join(", ")),
            ),
        ));
    };
    let lang = asked.split(['-', '_']).next().unwrap_or_default().to_lowercase();
    let tag = available
        .iter()
        .find(|t| t.eq_ignore_ascii_case(&asked.replace('_', "-")))
        .or_else(|| available.iter().find(|t| t.split('-').next().is_some_and(|l| l == lang)))
        .cloned();
    match tag {
        Some(t) => Ok((t.clone(), (!t.eq_ignore_ascii_case(&asked)).then_some(asked))),
        None => Err(Failure::usage(
            Diagnostic::error("import", format!("{shown} is in `{asked}`, a language publish cannot start a draft in yet"))
                .note(format!("publish has the words of a document's frame (page numbers, the PDF's subject) in {}", available.join(", ")))
                .help("import it with `--reference en-GB`, then translate the frame's messages in the .ftl file; or start the document in one of those languages and add yours with `publish new-locale`"),
        )),
    }
}

/// Reads the draft a request names: its name, how it is shown, what was read.
fn read_draft(request: &ImportDraftRequest, cwd: &Path) -> Result<(String, String, Source), Failure> {
    let path = cwd.join(&request.file);
    let shown = request.file.display().to_string();
    let bytes = super::read_input(&path, &shown, MAX_DRAFT, "import")?;
    let name = request.file.file_name().map_or(shown.clone(), |n| n.to_string_lossy().into_owned());
    let format = format_of(&name, &bytes).map_err(|u| unreadable(&shown, u))?;
    let source = read(format, &bytes).map_err(|u| unreadable(&shown, u))?;
    if source.parts.is_empty() {
        return Err(Failure::usage(
            Diagnostic::error("import", format!("cannot import {shown}: it has no text publish can read"))
                .help("check that the draft's text is in its body, not in text boxes or images"),
        ));
    }
    Ok((name, shown, source))
}

/// `publish import FILE [DIR]`, and `publish import FILE --lang L`.
pub fn import(request: &ImportDraftRequest, cwd: &Path) -> Result<ImportReport, Failure> {
    // A translation kit (`publish export`), filled: written back into its locale.
    let path = cwd.join(&request.file);
    let shown = request.file.display().to_string();
    let bytes = super::read_input(&path, &shown, MAX_DRAFT, "import")?;
    if let Some(k) = kit::kind(&bytes) {
        if let Some(dir) = &request.dir {
            return Err(Failure::usage(
                Diagnostic::error("usage", format!("{shown} is a translation kit: it goes back into the project it came from, not into {}", dir.display()))
                    .help(format!("run `publish import {shown}` in the project's folder (or with --project), without a folder")),
            ));
        }
        return kit::import(request, &bytes, k, &shown, cwd);
    }
    if let Some(lang) = &request.lang {
        return translation::import(request, lang, cwd);
    }
    // In a project, with no folder named: the project's reference revised from the draft.
    if request.dir.is_none()
        && let Ok(root @ Root::Disk { .. }) = project::locate(None, cwd)
    {
        return revision::revise(request, &root, cwd);
    }
    let (name, shown, source) = read_draft(request, cwd)?;
    let (tag, from) = language(request, &source, &shown)?;
    let recognised = draft::recognise::recognise(&source, &tag);
    if recognised.title.is_none() && !recognised.is_letter() {
        return Err(Failure::usage(
            Diagnostic::error("import", format!("cannot import {shown}: it has no title"))
                .help("give the title its word processor's Title style (Word and LibreOffice: Styles › Title; Markdown: a first `# heading`, or `title:` in its front matter), and import again"),
        ));
    }
    let made = draft::write::files(&recognised, &name, &tag, request.today);
    check(&made.files, &shown)?;

    let dir_rel = request.dir.clone().unwrap_or_else(|| {
        PathBuf::from(
            Path::new(&name).file_stem().map_or("imported".into(), |s| s.to_string_lossy().into_owned()),
        )
    });
    let dir = if dir_rel.is_absolute() { dir_rel.clone() } else { cwd.join(&dir_rel) };
    let at = project::shown(&dir, cwd).display().to_string();
    let mut report = ImportReport::default();
    report.lines.push(format!("read {shown}: {}", summary(&recognised)));
    if let Some(asked) = from {
        report.lines.push(format!("its language, `{asked}`, is started as `{tag}`"));
    }
    if recognised.date.is_none() {
        report.lines.push(format!(
            "it gives no date: the statement is dated {} (set `date` in publish.toml)",
            request.today
        ));
    }
    for s in &recognised.set_aside {
        report.lines.push(format!("set aside: {s}"));
    }
    if request.dry_run {
        report
            .lines
            .push(format!("would write {} files into {at} (--dry-run: nothing written)", made.files.len()));
        return Ok(report);
    }
    if dir.exists() && std::fs::read_dir(&dir).map(|mut d| d.next().is_some()).unwrap_or(true) {
        return Err(Failure::usage(
            Diagnostic::error(
                "usage",
                format!("{at} is not empty: import writes a new project only into a new or empty folder"),
            )
            .help(format!("name a new folder: `publish import {shown} NEW-FOLDER`; to revise the project in {at} from this draft, run `publish import {shown}` inside it, with no folder")),
        ));
    }
    let targets: Vec<(PathBuf, &[u8])> =
        made.files.iter().map(|(rel, b)| (dir.join(rel), b.as_slice())).collect();
    report.written = crate::output::commit(&targets, crate::output::Purpose::Project)?;
    report.lines.push(format!("started {at} (`{}`, reference {tag})", made.id));
    report.lines.push(format!(
        "next: read {at}/locales/{tag}/*.ftl against the draft, then `publish --project {at}` for the PDF"
    ));
    report.lines.push(format!("then: `publish new-locale fr --project {at}` to add a language"));
    Ok(report)
}

/// The files, loaded and checked as `publish check --strict` checks a project: an import that
/// would write a project publish then refuses is an error of publish's, said as such.
fn check(files: &BTreeMap<String, Vec<u8>>, shown: &str) -> Result<(), Failure> {
    let root = Root::Memory(Arc::new(files.clone()));
    let report = crate::commands::check::check_root(root)?;
    let problems = report;
    if problems.is_empty() {
        return Ok(());
    }
    let mut out =
        vec![Diagnostic::error(
        "import",
        format!("the project made from {shown} does not pass `publish check --strict` (nothing was written)"),
    )
    .help("this is a fault of publish's import: please report it with the draft")];
    out.extend(problems);
    Err(Failure::project(out))
}

/// "title, subtitle, 6 paragraphs, 1 list of 6 items with a lead, signatories: 129 entries
/// (a list), 1 note".
fn summary(d: &Draft) -> String {
    let mut parts = Vec::new();
    if d.kicker.is_some() {
        parts.push("a label above the title".to_string());
    }
    if d.title.is_some() {
        parts.push("title".into());
    }
    if d.subtitle.is_some() {
        parts.push("subtitle".into());
    }
    if d.date.is_some() {
        parts.push("date".into());
    }
    if d.author.is_some() {
        parts.push("author".into());
    }
    let count = |f: &dyn Fn(&Block) -> bool| d.blocks.iter().filter(|b| f(b)).count();
    let n = |k: usize, one: &str, many: &str| format!("{k} {}", if k == 1 { one } else { many });
    let headings = count(&|b| matches!(b, Block::Heading { .. }));
    if headings > 0 {
        parts.push(n(headings, "heading", "headings"));
    }
    let paragraphs = count(&|b| matches!(b, Block::Paragraph(_)));
    parts.push(n(paragraphs, "paragraph", "paragraphs"));
    let lists: Vec<(bool, usize, bool)> = d
        .blocks
        .iter()
        .filter_map(|b| match b {
            Block::List { lead, items, numbered } => Some((lead.is_some(), items.len(), *numbered)),
            _ => None,
        })
        .collect();
    match lists.as_slice() {
        [] => {}
        [(lead, items, numbered)] => parts.push(format!(
            "1 {}list of {}{}",
            if *numbered { "numbered " } else { "" },
            n(*items, "item", "items"),
            if *lead { " with a lead" } else { "" }
        )),
        many => {
            let items: usize = many.iter().map(|l| l.1).sum();
            let leads = many.iter().filter(|l| l.0).count();
            let numbered = many.iter().filter(|l| l.2).count();
            parts.push(format!(
                "{} lists of {items} items in all ({} numbered, {leads} with a lead)",
                many.len(),
                numbered
            ));
        }
    }
    let quotes = count(&|b| matches!(b, Block::Quote { .. }));
    if quotes > 0 {
        parts.push(n(quotes, "quotation", "quotations"));
    }
    if d.is_letter() {
        parts.push("a letter's parts (addressee, subject, salutation, closing)".into());
    }
    let notes: usize = d
        .blocks
        .iter()
        .map(|b| match b {
            Block::Paragraph(r) => r.notes.len(),
            Block::List { lead, items, .. } => lead.iter().chain(items).map(|r| r.notes.len()).sum(),
            Block::Quote { lead, text, .. } => {
                lead.iter().map(|r| r.notes.len()).sum::<usize>() + text.notes.len()
            }
            _ => 0,
        })
        .sum::<usize>()
        + d.signatories.as_ref().map_or(0, |s| s.entries.iter().filter(|e| e.note.is_some()).count());
    if let Some(s) = &d.signatories {
        let countries = s.entries.iter().filter(|e| e.country.is_some()).count();
        parts.push(format!(
            "signatories: {} (from {}{})",
            n(s.entries.len(), "entry", "entries"),
            s.from,
            if countries > 0 { format!(", {countries} with a country") } else { String::new() }
        ));
    }
    if notes > 0 {
        parts.push(n(notes, "note", "notes"));
    }
    parts.join(", ")
}
