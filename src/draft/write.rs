//! A recognised draft made into a project's files: publish.toml (the blocks in order, the
//! signatories with their countries) and the reference's .ftl files (statement.ftl: the frame
//! and the body; signatories.ftl: one message per name), every message with a comment saying
//! the file and paragraph it came from.
//!
//! Message ids are readable and stable: a body's paragraphs are numbered within the section of
//! the heading above them (`para-1` before any heading, `our-calls-1` under "Our calls"), a
//! list's lead and items after its number in the section (`para-list-1`, `para-list-1-1`), a
//! heading is `heading-` and its words, a signatory `sig-` and its name (`sig-asia-justice-
//! coalition-ajc`).
//!
//! The words of the frame a draft does not hold (the page label, the list's "updated" line,
//! the PDF's subject) come from the built-in templates of the reference's language.
//!
//! Owns: the files of an imported project. Must not: write to disk.

use std::collections::{BTreeMap, HashSet};
use std::path::Path;

use chrono::NaiveDate;

use super::recognise::{Block, Draft, Plain, Rich};
use crate::campaign::edit::{fluent_value, message};

/// What the import writes: the project's files by relative path.
#[derive(Debug, Clone)]
pub struct Files {
    /// The files' bytes, by path in the project.
    pub files: BTreeMap<String, Vec<u8>>,
    /// The statement's id (its output files' names).
    pub id: String,
}

/// The languages import can start a project in: those whose frame it has words for.
pub fn languages() -> Vec<String> {
    crate::project::builtin_languages("templates/import")
}

/// The message `id` of a built-in Fluent file, with its continuation lines, as written.
pub(crate) fn template_message(text: &str, id: &str) -> Option<String> {
    let mut out = String::new();
    let mut lines = text.lines();
    for line in lines.by_ref() {
        if line.strip_prefix(id).is_some_and(|r| r.trim_start().starts_with('=')) {
            out.push_str(line);
            out.push('\n');
            break;
        }
    }
    if out.is_empty() {
        return None;
    }
    for line in lines {
        if line.starts_with([' ', '\t']) && !line.trim().is_empty() {
            out.push_str(line);
            out.push('\n');
        } else {
            break;
        }
    }
    Some(out)
}

pub(crate) fn template_text(folder: &str, tag: &str) -> String {
    crate::project::builtin_files(folder)
        .iter()
        .filter(|(p, _)| {
            p.starts_with(&format!("locales/{tag}/")) && Path::new(p).extension().is_some_and(|e| e == "ftl")
        })
        .map(|(_, b)| String::from_utf8_lossy(b).into_owned())
        .collect::<Vec<_>>()
        .join("\n")
}

/// A slug of a text's first words: ASCII letters and digits, lower case, hyphens between.
fn slug(text: &str, words: usize) -> String {
    let ascii = deunicode::deunicode(text).to_lowercase();
    let parts: Vec<String> = ascii
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty())
        .take(words)
        .map(str::to_string)
        .collect();
    parts.join("-")
}

/// Ids handed out so far, and the ids to keep for the body's units (a revised draft's
/// paragraphs that were there before, in `align::units`' order).
#[derive(Default)]
struct Ids(HashSet<String>, Vec<Option<String>>, usize);

impl Ids {
    /// The next unit's id: the one it keeps, else a new one from `base`.
    fn next(&mut self, base: &str) -> String {
        let kept = self.1.get(self.2).cloned().flatten();
        self.2 += 1;
        match kept {
            Some(id) => id,
            None => self.take(base),
        }
    }

    fn take(&mut self, base: &str) -> String {
        let base = if base.starts_with(|c: char| c.is_ascii_alphabetic()) {
            base.to_string()
        } else {
            format!("m-{base}")
        };
        let id = if self.0.contains(&base) {
            (2..).map(|n| format!("{base}-{n}")).find(|c| !self.0.contains(c)).expect("a free number")
        } else {
            base
        };
        self.0.insert(id.clone());
        id
    }
}

/// The project's files for a draft read from `file` (as named in the comments), in `tag`.
pub fn files(draft: &Draft, file: &str, tag: &str, today: NaiveDate) -> Files {
    files_keeping(draft, file, tag, today, Vec::new())
}

/// The project's files, the body's units (in `align::units`' order) keeping the ids `keep`
/// gives them (a revised draft's paragraphs that were there before).
pub fn files_keeping(
    draft: &Draft,
    file: &str,
    tag: &str,
    today: NaiveDate,
    keep: Vec<Option<String>>,
) -> Files {
    let letter = draft.is_letter();
    let mut ids = Ids::default();
    for id in keep.iter().flatten() {
        ids.0.insert(id.clone());
    }
    ids.1 = keep;
    for fixed in ["statement-title", "statement-subtitle", "statement-kicker", "statement-author"] {
        ids.take(fixed);
    }
    let mut ftl = String::new();
    ftl.push_str(&format!(
        "### The words of the {} in {tag}, imported from {} by `publish import`.\n### Each message's comment says the paragraph it came from; the notation in paragraphs:\n### *emphasis*, **strong**, [a link](https://example.org), [^1] a footnote whose text is .note-1.\n\n",
        if letter { "letter" } else { "statement" },
        crate::campaign::edit::comment_text(file)
    ));
    frame(draft, file, tag, letter, &mut ftl);
    let mut toml_blocks = String::new();
    if let Some(sub) = &draft.subtitle {
        ftl.push_str(&rich_message("statement-subtitle", sub, file, "The subtitle"));
        toml_blocks.push_str("[[blocks]]\nsubtitle = \"statement-subtitle\"\n\n");
    }
    body(draft, file, &mut ids, &mut ftl, &mut toml_blocks);
    let (sig_ftl, sig_toml) = signatories(draft, file, tag, &mut ftl);
    let title = draft.title.as_ref().map_or("", |t| t.text.as_str());
    let id = match slug(title, 6) {
        s if s.len() >= 3 => s,
        _ => {
            if letter {
                "letter".into()
            } else {
                "statement".into()
            }
        }
    };
    let date = draft.date.map_or(today, |(d, _)| d);
    let mut toml = String::new();
    toml.push_str(&format!(
        "# publish.toml: imported from {} by `publish import`. Every word a reader sees lives in\n# locales/{tag}/*.ftl; this file says which messages make the document, in what order.\n# Every key is in the guide (docs/guide/project.md, \"publish.toml\").\n\n",
        crate::campaign::edit::comment_text(file)
    ));
    toml.push_str(&format!(
        "[statement]\nid = {}\n# {}\ndate = \"{date}\"\nreference = \"{tag}\"\nlocales = [\"{tag}\"]\nlayout = \"{}\"\n\n",
        toml_string(&id),
        match draft.date {
            Some((_, at)) => format!("The date at paragraph {at}."),
            None => "The document gives no date: the day it was imported. Set the statement's date here.".into(),
        },
        if letter { "open-letter" } else { "handout" }
    ));
    let mut files = BTreeMap::new();
    if let Some(logo) = &draft.logo {
        let path = format!("branding/logo.{}", logo.extension);
        toml.push_str(&format!(
            "# The logo above the document's title, and what it shows (its alternative text).\n[branding]\nlogo = \"{path}\"\nlogo_alt = \"logo-alt\"\n\n"
        ));
        ftl.push_str(&format!(
            "{}\n\n",
            message(
                "logo-alt",
                &logo.alt,
                &[],
                &["What the logo shows (the image's alternative text in the draft).".to_string()]
            )
            .trim_end()
        ));
        files.insert(path, logo.bytes.clone());
    }
    toml.push_str(&toml_blocks);
    toml.push_str(&sig_toml);
    files.insert("publish.toml".to_string(), toml.into_bytes());
    files.insert(
        format!("locales/{tag}/{}.ftl", if letter { "letter" } else { "statement" }),
        ftl.into_bytes(),
    );
    if let Some(s) = sig_ftl {
        files.insert(format!("locales/{tag}/signatories.ftl"), s.into_bytes());
    }
    Files { files, id }
}

fn toml_string(s: &str) -> String {
    toml::Value::String(s.to_string()).to_string()
}

fn from(file: &str, at: usize) -> String {
    format!("From {file}, paragraph {at}.")
}

fn plain_message(id: &str, text: &Plain, file: &str, what: &str) -> String {
    format!("{}\n\n", message(id, &text.text, &[], &[format!("{what}. {}", from(file, text.at))]).trim_end())
}

fn rich_message(id: &str, text: &Rich, file: &str, what: &str) -> String {
    let notes: Vec<(String, String)> =
        text.notes.iter().enumerate().map(|(i, n)| (format!("note-{}", i + 1), n.clone())).collect();
    let attributes: Vec<(&str, &str)> = notes.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
    format!(
        "{}\n\n",
        message(id, &text.text, &attributes, &[format!("{what}. {}", from(file, text.at))]).trim_end()
    )
}

/// The frame's messages: from the draft where it has them, else the template's words.
/// A word of the frame in `tag` that no draft holds (`statement-kicker`, `page-label`, …), as
/// publish's templates have it: those of `publish init` for a statement or a letter, else the
/// words import keeps for the languages init has no template in (templates/import, which names
/// a letter's label `letter-kicker`).
pub(crate) fn frame_word(id: &str, tag: &str, letter: bool) -> Option<String> {
    let template = template_text(if letter { "templates/letter" } else { "templates/statement" }, tag);
    if let Some(m) = template_message(&template, id) {
        return Some(m);
    }
    let import = template_text("templates/import", tag);
    if id == "statement-kicker" && letter {
        return template_message(&import, "letter-kicker")
            .map(|m| m.replacen("letter-kicker", "statement-kicker", 1));
    }
    template_message(&import, id)
}

fn frame(draft: &Draft, file: &str, tag: &str, letter: bool, ftl: &mut String) {
    let import = template_text("templates/import", tag);
    match &draft.kicker {
        Some(k) => ftl.push_str(&plain_message("statement-kicker", k, file, "The label above the title")),
        None => {
            if let Some(m) = frame_word("statement-kicker", tag, letter) {
                ftl.push_str(&format!(
                    "# The label above the title (the document has none: publish's for a {}).\n{m}\n",
                    if letter { "letter" } else { "statement" }
                ));
            }
        }
    }
    if let Some(t) = &draft.title {
        ftl.push_str(&plain_message("statement-title", t, file, "The title"));
    }
    ftl.push_str("# The date, formatted by the program for each language.\nstatement-dateline = { DATETIME($date) }\n\n");
    if let Some(a) = &draft.author {
        ftl.push_str(&plain_message("statement-author", a, file, "Who speaks"));
    }
    let footer = match &draft.author {
        Some(a) => format!("{} · {{ DATETIME($date) }}", fluent_value(&a.text)),
        None => "{ DATETIME($date) }".into(),
    };
    ftl.push_str(&format!("# The running footer.\nrunning-footer = {footer}\n\n"));
    for id in ["signatories-updated", "meta-keywords", "page-label"] {
        if let Some(m) = frame_word(id, tag, letter) {
            ftl.push_str(&m);
            ftl.push('\n');
        }
    }
    if let Some(m) = template_message(&import, "meta-subject") {
        ftl.push_str("# The PDF's subject: $count is the number of signatories, counted by the program.\n");
        ftl.push_str(&m);
        ftl.push('\n');
    }
}

/// The body's blocks: their messages into `ftl`, their `[[blocks]]` into `toml`.
fn body(draft: &Draft, file: &str, ids: &mut Ids, ftl: &mut String, toml: &mut String) {
    let mut section = "para".to_string();
    let (mut paragraphs, mut lists, mut quotes, mut addressees) = (0, 0, 0, 0);
    for block in &draft.blocks {
        match block {
            Block::Heading { text, level } => {
                let s = slug(&text.text, 4);
                section = if s.is_empty() { "section".into() } else { s };
                (paragraphs, lists, quotes) = (0, 0, 0);
                let id = ids.next(&format!("heading-{section}"));
                ftl.push_str(&plain_message(&id, text, file, "A heading"));
                toml.push_str(&format!(
                    "[[blocks]]\nheading = \"{id}\"\n{}\n",
                    if *level == 3 { "level = 3\n" } else { "" }
                ));
            }
            Block::Paragraph(r) => {
                paragraphs += 1;
                let id = ids.next(&format!("{section}-{paragraphs}"));
                ftl.push_str(&rich_message(&id, r, file, "A paragraph"));
                toml.push_str(&format!("[[blocks]]\nparagraph = \"{id}\"\n\n"));
            }
            Block::List { lead, items, numbered } => {
                lists += 1;
                let base = format!("{section}-list-{lists}");
                let mut line = String::from("[[blocks]]\n");
                if let Some(lead) = lead {
                    let id = ids.next(&base);
                    ftl.push_str(&rich_message(&id, lead, file, "The lead-in to a list"));
                    line.push_str(&format!("lead = \"{id}\"\n"));
                }
                let mut item_ids = Vec::new();
                for (k, item) in items.iter().enumerate() {
                    let id = ids.next(&format!("{base}-{}", k + 1));
                    ftl.push_str(&rich_message(&id, item, file, &format!("Item {} of the list", k + 1)));
                    item_ids.push(format!("\"{id}\""));
                }
                line.push_str(&format!("list = [{}]\n", item_ids.join(", ")));
                if *numbered {
                    line.push_str("numbered = true\n");
                }
                toml.push_str(&line);
                toml.push('\n');
            }
            Block::Quote { lead, text, attribution } => {
                quotes += 1;
                let base = format!("{section}-quote-{quotes}");
                let lid = lead.as_ref().map(|lead| {
                    let lid = ids.next(&format!("{base}-lead"));
                    ftl.push_str(&rich_message(&lid, lead, file, "The lead-in to a quotation"));
                    lid
                });
                let id = ids.next(&base);
                let mut line = format!("[[blocks]]\nquote = \"{id}\"\n");
                if let Some(lid) = lid {
                    line.push_str(&format!("lead = \"{lid}\"\n"));
                }
                ftl.push_str(&rich_message(&id, text, file, "A quotation"));
                if let Some(a) = attribution {
                    let aid = ids.next(&format!("{base}-by"));
                    ftl.push_str(&plain_message(&aid, a, file, "Who is quoted"));
                    line.push_str(&format!("attribution = \"{aid}\"\n"));
                }
                toml.push_str(&line);
                toml.push('\n');
            }
            Block::Addressee(lines) => {
                addressees += 1;
                let mut line_ids = Vec::new();
                for (k, l) in lines.iter().enumerate() {
                    let id = ids.next(&if addressees == 1 {
                        format!("to-line-{}", k + 1)
                    } else {
                        format!("to-{addressees}-line-{}", k + 1)
                    });
                    ftl.push_str(&plain_message(&id, l, file, "The addressee"));
                    line_ids.push(format!("\"{id}\""));
                }
                toml.push_str(&format!("[[blocks]]\naddressee = [{}]\n\n", line_ids.join(", ")));
            }
            Block::Subject(p) | Block::Salutation(p) | Block::Closing(p) => {
                let key = match block {
                    Block::Subject(_) => "subject",
                    Block::Salutation(_) => "salutation",
                    _ => "closing",
                };
                let id = ids.next(key);
                ftl.push_str(&plain_message(&id, p, file, &format!("The letter's {key}")));
                toml.push_str(&format!("[[blocks]]\n{key} = \"{id}\"\n\n"));
            }
        }
    }
}

/// The list: its heading and lead into the statement's file, its names into signatories.ftl,
/// its ids (and countries) into publish.toml.
fn signatories(draft: &Draft, file: &str, tag: &str, ftl: &mut String) -> (Option<String>, String) {
    let Some(list) = &draft.signatories else {
        // No list yet: an empty one, which publish prints as nothing until names come
        // (`publish signatories add`, `import`), under publish's heading.
        if let Some(m) = frame_word("signatories-heading", tag, draft.is_letter()) {
            ftl.push_str(&format!(
                "# Above the list of signatories, once it has names (the document has none yet).\n{m}\n"
            ));
        }
        let toml = "[signatories]\n# The document lists no signatories yet: add them with `publish signatories add` or `import`.\norder = \"collation\"\nids = []\n";
        return (None, toml.to_string());
    };
    if list.heading.text.is_empty() {
        if let Some(m) = frame_word("signatories-heading", tag, draft.is_letter()) {
            ftl.push_str(&format!("# Above the list of signatories (the document has no heading over its table: publish's).\n{m}\n"));
        }
    } else {
        ftl.push_str(&plain_message(
            "signatories-heading",
            &list.heading,
            file,
            "Above the list of signatories",
        ));
    }
    if let Some(lead) = &list.lead {
        ftl.push_str(&plain_message("signatories-lead", lead, file, "Before the names"));
    }
    let mut taken: HashSet<String> = HashSet::new();
    let mut names = format!(
        "### The signatories of the {}, one message per name (ids listed in publish.toml), imported from {}.\n### Each name as the document writes it; a footnote on an entry is its .note attribute.\n\n",
        if draft.is_letter() { "letter" } else { "statement" },
        crate::campaign::edit::comment_text(file)
    );
    let mut entries = Vec::new();
    for e in &list.entries {
        let id = crate::campaign::id_for(&e.name, &|c| taken.contains(c));
        taken.insert(id.clone());
        let mut attributes: Vec<(&str, &str)> = Vec::new();
        if let Some(a) = &e.affiliation {
            attributes.push(("affiliation", a));
        }
        if let Some(n) = &e.note {
            attributes.push(("note", n));
        }
        names.push_str(&message(&id, &e.name, &attributes, &[format!("From {file}, {}.", e.place)]));
        names.push('\n');
        entries.push(match &e.country {
            Some(c) => format!("    {{ id = \"{id}\", country = \"{c}\" }},\n"),
            None => format!("    \"{id}\",\n"),
        });
    }
    let order = if list.sorted { "collation" } else { "as-listed" };
    let toml = format!(
        "[signatories]\n# {}\norder = \"{order}\"\nids = [\n{}]\n",
        if list.sorted {
            "The document lists the names in alphabetical order: each language sorts them by its own."
        } else {
            "The document's own order (not alphabetical): kept in every language."
        },
        entries.concat()
    );
    (Some(names), toml)
}
