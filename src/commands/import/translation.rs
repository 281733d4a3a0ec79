//! `publish import FILE --lang L`: a translation of the draft, returned as a document, aligned
//! with the project's reference block by block (`draft::align`) and written as locale L's
//! messages, each marked `# needs-review`. Signatories are matched by name, not by place (a
//! translated list may be sorted anew): a name the translation writes otherwise becomes the
//! locale's form of it. When the structures part (a paragraph split in two, an item left out, a
//! footnote dropped), nothing is written and both sides are shown where they part; `--partial`
//! writes what aligned and lists the rest.
//!
//! Owns: importing a translation. Must not: typeset or print.

use std::collections::{BTreeMap, HashMap};
use std::path::{Path, PathBuf};

use fluent_syntax::ast;

use super::{ImportDraftRequest, ImportReport, read_draft};
use crate::campaign::dedupe;
use crate::campaign::edit::{append, message, remove_message};
use crate::diag::{Diagnostic, Failure};
use crate::draft::align::{self, Kind, RefUnit, Step, TrUnit};
use crate::draft::recognise::{self, Draft};
use crate::l10n;
use crate::project::config::Block as ConfigBlock;
use crate::project::{self, Root};

/// A reference message: the file it is in (its name) and its source text.
pub(super) struct RefMessage {
    pub(super) file: String,
    /// The value's source (`[^why]` marks kept), attributes left out.
    pub(super) value: String,
    /// Its attributes' names and sources (`note`, `affiliation`, `note-why`).
    pub(super) attributes: Vec<(String, String)>,
}

/// The reference's messages by id.
pub(super) fn reference_messages(locale: &l10n::Locale) -> HashMap<String, RefMessage> {
    let mut out = HashMap::new();
    for (index, resource) in &locale.resources {
        let file = Path::new(&locale.files[*index].name)
            .file_name()
            .map_or_else(|| "messages.ftl".to_string(), |n| n.to_string_lossy().into_owned());
        for entry in resource.entries() {
            if let ast::Entry::Message(m) = entry {
                let attributes = m
                    .attributes
                    .iter()
                    .map(|a| {
                        let pattern = fluent_syntax::serializer::serialize(&ast::Resource {
                            body: vec![ast::Entry::Message(ast::Message {
                                id: a.id.clone(),
                                value: Some(a.value.clone()),
                                attributes: Vec::new(),
                                comment: None,
                            })],
                        });
                        let text =
                            pattern.split_once(" =").map_or(String::new(), |(_, v)| v.trim().to_string());
                        (a.id.name.to_string(), text)
                    })
                    .collect();
                let mut m = m.clone();
                m.comment = None;
                m.attributes.clear();
                let source = fluent_syntax::serializer::serialize(&ast::Resource {
                    body: vec![ast::Entry::Message(m.clone())],
                });
                let value = source.split_once(" =").map_or(String::new(), |(_, v)| v.trim().to_string());
                out.insert(m.id.name.to_string(), RefMessage { file: file.clone(), value, attributes });
            }
        }
    }
    out
}

/// The footnotes' names a text marks (`[^why]`), in order.
fn note_names(text: &str) -> Vec<String> {
    text.match_indices("[^")
        .filter_map(|(at, _)| text[at + 2..].split_once(']').map(|(n, _)| n.to_string()))
        .collect()
}

/// The reference's units, from publish.toml's blocks; what no draft holds (a contact block,
/// notes to editors) is named in `skipped`.
pub(super) fn reference_units(
    blocks: &[ConfigBlock],
    messages: &HashMap<String, RefMessage>,
    skipped: &mut Vec<String>,
) -> Vec<RefUnit> {
    let mut out = Vec::new();
    let mut unit = |kind: Kind, id: &str| {
        let text = messages.get(id).map_or(String::new(), |m| m.value.clone());
        let notes = note_names(&text);
        let links = text.matches("](").count();
        out.push(RefUnit { kind, id: id.to_string(), text, notes, links });
    };
    for b in blocks {
        match b {
            ConfigBlock::Heading { id, .. } => unit(Kind::Heading, id),
            ConfigBlock::Paragraph(id) => unit(Kind::Paragraph, id),
            ConfigBlock::List { lead, items, .. } => {
                lead.iter().for_each(|l| unit(Kind::Paragraph, l));
                items.iter().for_each(|i| unit(Kind::Item, i));
            }
            ConfigBlock::Quote { lead, id, attribution } => {
                lead.iter().for_each(|l| unit(Kind::Paragraph, l));
                unit(Kind::Quote, id);
                attribution.iter().for_each(|a| unit(Kind::Attribution, a));
            }
            ConfigBlock::Addressee(ids) => ids.iter().for_each(|i| unit(Kind::Letter, i)),
            ConfigBlock::Subject(id) | ConfigBlock::Salutation(id) | ConfigBlock::Closing(id) => {
                unit(Kind::Letter, id);
            }
            ConfigBlock::Subtitle(_) => {}
            ConfigBlock::Contact { .. } => {
                skipped.push("the contact block (translate its messages in the .ftl files)".into());
            }
            ConfigBlock::Notes { .. } => {
                skipped.push("the notes to editors (translate their messages in the .ftl files)".into());
            }
        }
    }
    out
}

/// A new message of the locale: its value, its attributes, and where it came from.
struct New {
    value: String,
    attributes: Vec<(String, String)>,
    comment: String,
    same: bool,
}

pub(super) fn short(s: &str) -> String {
    let s = s.split_whitespace().collect::<Vec<_>>().join(" ");
    if s.chars().count() > 60 { format!("{}…", s.chars().take(60).collect::<String>()) } else { s }
}

/// Where the structures part, one line each: the reference's side, then the translation's.
fn differences(steps: &[Step], reference: &[RefUnit], translation: &[TrUnit]) -> Vec<String> {
    let r = |i: usize| {
        format!("{} `{}` (\"{}\")", reference[i].kind.name(), reference[i].id, short(&reference[i].text))
    };
    let t =
        |j: usize| format!("paragraph {} (\"{}\")", translation[j].rich.at, short(&translation[j].rich.text));
    let mut out = Vec::new();
    for step in steps {
        match *step {
            Step::Pair(i, j) => {
                if let Some(what) = align::differs(&reference[i], &translation[j]) {
                    out.push(format!("reference: {} | translation: {}: {what}", r(i), t(j)));
                }
            }
            Step::Missing(i) => out.push(format!("reference: {} | translation: nothing (left out)", r(i))),
            Step::Extra(j) => out.push(format!("reference: nothing | translation: {} (added)", t(j))),
            Step::Split(i, j) => out.push(format!(
                "reference: {} | translation: {} and {} (split in two)",
                r(i),
                t(j),
                t(j + 1)
            )),
            Step::Joined(i, j) => out.push(format!(
                "reference: {} and {} | translation: {} (joined in one)",
                r(i),
                r(i + 1),
                t(j)
            )),
        }
    }
    out
}

/// The translated text with the reference's footnote names (`[^1]` → `[^why]`), its notes as
/// the attributes `.note-why`.
fn with_reference_notes(unit: &TrUnit, names: &[String]) -> (String, Vec<(String, String)>) {
    let mut text = unit.rich.text.clone();
    let mut attributes = Vec::new();
    for (k, name) in names.iter().enumerate() {
        text = text.replace(&format!("[^{}]", k + 1), &format!("[^{name}]"));
        if let Some(note) = unit.rich.notes.get(k) {
            attributes.push((format!("note-{name}"), note.clone()));
        }
    }
    (text, attributes)
}

/// The locale a translation is imported into: its tag in canonical case, never the reference.
fn locale_tag(lang: &str, reference: &str) -> Result<String, Failure> {
    let tag = crate::language::Language::canonical_tag(lang).ok_or_else(|| {
        Failure::usage(
            Diagnostic::error("usage", format!("`{lang}` is not a locale (BCP 47 language tag)"))
                .help("use a tag such as \"fr\", \"es\" or \"uk\""),
        )
    })?;
    if tag == reference {
        return Err(Failure::usage(
            Diagnostic::error(
                "usage",
                format!("`{tag}` is the reference: --lang names the language of a translation"),
            )
            .help("import the translation of the draft with the translation's language, e.g. `--lang fr`"),
        ));
    }
    Ok(tag)
}

/// The error for a translation whose structure parts from the reference's.
fn parted(shown: &str, parts: &[String]) -> Failure {
    let mut d = Diagnostic::error(
        "import",
        format!(
            "{shown} does not follow the reference's structure in {} place{} (nothing was written)",
            parts.len(),
            if parts.len() == 1 { "" } else { "s" }
        ),
    );
    for p in parts.iter().take(5) {
        d = d.note(p.clone());
    }
    if parts.len() > 5 {
        d = d.note(format!("… and {} more", parts.len() - 5));
    }
    Failure::usage(d.help(
        "make the translation's paragraphs, lists and footnotes match the reference's, and import again; or `--partial` writes what aligned",
    ))
}

/// The aligned pairs' messages: the translation's text under the reference's id, its footnotes
/// under the reference's names.
fn aligned_messages(
    steps: &[Step],
    reference: &[RefUnit],
    translation: &[TrUnit],
    file: &str,
) -> BTreeMap<String, New> {
    let mut new = BTreeMap::new();
    for step in steps {
        if let Step::Pair(i, j) = *step
            && align::differs(&reference[i], &translation[j]).is_none()
        {
            let (value, attributes) = with_reference_notes(&translation[j], &reference[i].notes);
            let comment = format!("From {file}, paragraph {}.", translation[j].rich.at);
            new.insert(reference[i].id.clone(), New { value, attributes, comment, same: false });
        }
    }
    new
}

/// `publish import FILE --lang L`.
pub fn import(request: &ImportDraftRequest, lang: &str, cwd: &Path) -> Result<ImportReport, Failure> {
    let root = project::locate(request.project.as_deref(), cwd)?;
    let Root::Disk { dir, .. } = &root else {
        return Err(Failure::usage(
            Diagnostic::error("usage", "no publish.toml here: a translation is imported into a project")
                .help("run it in the project's folder (one holding publish.toml), or pass --project"),
        ));
    };
    let dir = dir.clone();
    // Held until the command ends: what it reads is what it changes.
    let _lock = crate::output::ProjectLock::take(&dir)?;
    let project = project::load(root.clone())?;
    let config = &project.config;
    let tag = locale_tag(lang, &config.reference)?;
    let (name, shown, source) = read_draft(request, cwd)?;
    let draft = recognise::recognise(&source, &tag);
    let mut languages = vec![config.reference_language().clone()];
    let existing = config.locale(&tag).map(|l| l.language.clone());
    languages.extend(existing.clone());
    let (catalog, diags) = l10n::load(&root, config, &languages);
    if diags.iter().any(Diagnostic::is_error) {
        return Err(Failure::project(diags));
    }
    let reference = catalog.get(&config.reference).expect("loaded above");
    let messages = reference_messages(reference);
    let mut skipped = Vec::new();
    let ref_units = reference_units(&config.blocks, &messages, &mut skipped);
    let tr_units = align::units(&draft);
    let steps = align::align(&ref_units, &tr_units);
    let parts = differences(&steps, &ref_units, &tr_units);
    // Fewer than half the reference's paragraphs in pairs: not this document's translation.
    let paired = steps.iter().filter(|s| matches!(s, Step::Pair(..))).count();
    if ref_units.len() >= 2 && paired * 2 < ref_units.len() {
        return Err(Failure::usage(
            Diagnostic::error(
                "import",
                format!(
                    "{shown} looks like the translation of another document: {paired} of the reference's {} paragraphs, headings and items find a counterpart in it (nothing was written)",
                    ref_units.len()
                ),
            )
            .help("import the translation of this project's draft, in this project (or name the project with --project)"),
        ));
    }
    if !parts.is_empty() && !request.partial {
        return Err(parted(&shown, &parts));
    }
    let mut new = aligned_messages(&steps, &ref_units, &tr_units, &name);
    let aligned = new.len();
    frame(&draft, config, &messages, &|at| format!("From {name}, paragraph {at}."), &mut new);
    let locale = existing.is_some().then(|| catalog.get(&tag)).flatten();
    let names = signatories(&draft, config, &messages, locale, &name, &mut new);
    let target = Target { dir: &dir, tag: &tag, config, reference, existing: locale, messages: &messages };
    let files = compose(&target, &new, draft.author.as_ref().map(|a| a.text.as_str()));

    let mut report = ImportReport::default();
    report.lines.push(format!(
        "aligned {shown} with the reference: {aligned} of {} paragraphs, headings and items{}",
        ref_units.len(),
        if draft.title.is_some() { ", the title" } else { "" }
    ));
    report.lines.extend(names);
    report.lines.extend(parts.iter().map(|p| format!("not written (--partial): {p}")));
    report.lines.extend(skipped.iter().map(|s| format!("not aligned: {s}")));
    let left = left_out(&messages, &files);
    if !left.is_empty() {
        report.lines.push(format!(
            "left to translate in {tag} (the draft does not hold them): {}; until they are, `publish` stops for every language (`publish --lang {}` publishes the reference)",
            left.join(", "),
            config.reference
        ));
    }
    if request.dry_run {
        report.lines.push(format!("would write {} files (--dry-run: nothing written)", files.len()));
        return Ok(report);
    }
    let mut all: Vec<(PathBuf, &[u8])> = files.iter().map(|(p, t)| (p.clone(), t.as_bytes())).collect();
    let toml;
    if existing.is_none() {
        let last = config.locales.last().expect("a statement has locales");
        let mut text = config.text.to_string();
        text.insert_str(last.span.end, &format!(", \"{tag}\""));
        toml = text;
        all.push((dir.join("publish.toml"), toml.as_bytes()));
    }
    report.written = crate::output::commit(&all, crate::output::Purpose::Project)?;
    report.lines.push(format!(
        "wrote {} ({} messages marked `# needs-review`){}: `publish check --lang {tag}` says what is left",
        root.display(&format!("locales/{tag}")),
        new.values().filter(|n| !n.same).count(),
        if existing.is_none() { format!(" and added \"{tag}\" to publish.toml") } else { String::new() }
    ));
    Ok(report)
}

/// The reference's messages the locale's files do not define, in order of their ids.
fn left_out<'a>(messages: &'a HashMap<String, RefMessage>, files: &[(PathBuf, String)]) -> Vec<&'a str> {
    let written: String = files.iter().map(|(_, t)| t.as_str()).collect::<Vec<_>>().join("\n");
    let mut ids: Vec<&str> =
        messages.keys().map(String::as_str).filter(|id| !has_message(&written, id)).collect();
    ids.sort_unstable();
    ids
}

/// The frame's messages the translation holds: title, label, author, subtitle, the list's
/// heading and lead.
fn frame(
    draft: &Draft,
    config: &crate::project::config::Config,
    messages: &HashMap<String, RefMessage>,
    from: &dyn Fn(usize) -> String,
    new: &mut BTreeMap<String, New>,
) {
    let mut put = |id: &str, text: &str, at: usize| {
        if messages.contains_key(id) && !text.is_empty() {
            new.insert(
                id.to_string(),
                New { value: text.to_string(), attributes: Vec::new(), comment: from(at), same: false },
            );
        }
    };
    if let Some(t) = &draft.title {
        put("statement-title", &t.text, t.at);
    }
    if let Some(k) = &draft.kicker {
        put("statement-kicker", &k.text, k.at);
    }
    if let Some(a) = &draft.author {
        put("statement-author", &a.text, a.at);
    }
    if let (Some(s), Some(ConfigBlock::Subtitle(id))) = (&draft.subtitle, config.blocks.first()) {
        put(id, &s.text, s.at);
    }
    if let Some(list) = &draft.signatories {
        put("signatories-heading", &list.heading.text, list.heading.at);
        if let Some(l) = &list.lead {
            put("signatories-lead", &l.text, l.at);
        }
    }
}

/// The signatories, matched by name: the same name, the same acronym, or a name alike
/// (`campaign::dedupe`). Returns the lines of the report.
fn signatories(
    draft: &Draft,
    config: &crate::project::config::Config,
    messages: &HashMap<String, RefMessage>,
    existing: Option<&l10n::Locale>,
    file: &str,
    new: &mut BTreeMap<String, New>,
) -> Vec<String> {
    let Some(list) = &draft.signatories else {
        return if config.signatories.is_empty() {
            Vec::new()
        } else {
            vec!["signatories: the translation has no list (the names stay as they are)".into()]
        };
    };
    let mut exact: HashMap<String, &str> = HashMap::new();
    let mut acronyms: HashMap<String, Vec<&str>> = HashMap::new();
    let mut index = dedupe::Index::new();
    for (id, _) in &config.signatories {
        let Some(m) = messages.get(id) else { continue };
        exact.insert(dedupe::key(&m.value), id);
        if let Some(a) = acronym(&m.value) {
            acronyms.entry(a).or_default().push(id);
        }
        index.add(dedupe::prepare(&m.value), id.as_str());
    }
    let (mut same, mut own, mut unknown) = (0, 0, Vec::new());
    // The reference's entry in the same place of the list, for a name none of the above finds:
    // taken when both give the same country (a list translated row by row).
    let at_place = |k: usize, country: Option<&String>| -> Option<&str> {
        let (id, _) = config.signatories.get(k)?;
        let entry = config.groups.iter().flat_map(|g| &g.entries).find(|x| &x.id == id)?;
        (country.is_some() && entry.country.as_ref() == country).then_some(id.as_str())
    };
    for (k, e) in list.entries.iter().enumerate() {
        // The same name; the same acronym, when one entry has it ("(FIDH)"); a name alike.
        let id = exact
            .get(&dedupe::key(&e.name))
            .copied()
            .or_else(|| {
                acronym(&e.name).and_then(|a| acronyms.get(&a)).filter(|ids| ids.len() == 1).map(|ids| ids[0])
            })
            .or_else(|| {
                let p = dedupe::prepare(&e.name);
                index.exact(&p).copied().or_else(|| index.near(&p).map(|(id, _)| *id))
            })
            .filter(|id| !new.contains_key(*id))
            .or_else(|| at_place(k, e.country.as_ref()).filter(|id| !new.contains_key(*id)));
        let Some(id) = id else {
            unknown.push(e.name.clone());
            continue;
        };
        let (message, is_same) = entry_message(e, &messages[id], file);
        if is_same {
            same += 1;
        } else {
            own += 1;
        }
        new.insert(id.to_string(), message);
    }
    let listed = config.signatories.len();
    // The reference's names the translation did not give: the reference's name, to review,
    // unless the locale has its own already.
    let left: Vec<&str> =
        config.signatories.iter().map(|(id, _)| id.as_str()).filter(|id| !new.contains_key(*id)).collect();
    for id in &left {
        if !existing.is_some_and(|l| l.sites.contains_key(*id))
            && let Some(m) = messages.get(*id)
        {
            new.insert(
                id.to_string(),
                New {
                    value: m.value.clone(),
                    attributes: m.attributes.clone(),
                    comment: "Not found in the translation: the reference's name.".into(),
                    same: false,
                },
            );
        }
    }
    let mut out = vec![format!(
        "signatories: {same} the same as the reference's, {own} in this language's own form{}",
        if left.is_empty() {
            String::new()
        } else {
            format!(", {} of the list's {listed} not found in the translation", left.len())
        }
    )];
    for u in unknown.iter().take(10) {
        out.push(format!("not matched to the list: {u:?}"));
    }
    if !left.is_empty() {
        out.push(format!(
            "the list's names not found (marked `# needs-review`; if one is a name above as the translation writes it, put that in its message): {}",
            left.iter().take(10).map(|id| format!("{id} ({:?})", messages.get(*id).map_or("", |m| m.value.as_str()))).collect::<Vec<_>>().join(", ")
        ));
    }
    out
}

/// Whether Fluent text defines a message `id` (a line `id = …`).
pub(super) fn has_message(text: &str, id: &str) -> bool {
    text.lines().any(|l| l.strip_prefix(id).is_some_and(|r| r.trim_start().starts_with('=')))
}

/// Whether a message's value is placeables and nothing else (`{ DATETIME($date) }`).
fn only_placeables(value: &str) -> bool {
    let mut depth = 0usize;
    for c in value.chars() {
        match c {
            '{' => depth += 1,
            '}' => depth = depth.saturating_sub(1),
            c if depth == 0 && !c.is_whitespace() => return false,
            _ => {}
        }
    }
    !value.trim().is_empty()
}

/// A translated entry's message: its name, note and affiliation, and what the reference's
/// entry has that it lacks (a note the translator left out: the reference's, to translate);
/// whether the name is the reference's.
fn entry_message(e: &recognise::Entry, reference: &RefMessage, file: &str) -> (New, bool) {
    let mut attributes = Vec::new();
    if let Some(n) = &e.note {
        attributes.push(("note".to_string(), n.clone()));
    }
    if let Some(a) = &e.affiliation {
        attributes.push(("affiliation".to_string(), a.clone()));
    }
    for (name, text) in &reference.attributes {
        if !attributes.iter().any(|(n, _)| n == name) {
            attributes.push((name.clone(), text.clone()));
        }
    }
    let is_same = reference.value == e.name;
    // The same in every language only when nothing of it asks for translating.
    let same = is_same && attributes.is_empty();
    (New { value: e.name.clone(), attributes, comment: format!("From {file}, {}.", e.place), same }, is_same)
}

/// The acronym closing a name: "(FIDH)", "(RSF)".
fn acronym(name: &str) -> Option<String> {
    let inner = name.trim().strip_suffix(')')?.rsplit_once('(')?.1.trim();
    (inner.chars().count() >= 2 && inner.chars().all(|c| c.is_uppercase() || c.is_ascii_digit() || c == '-'))
        .then(|| inner.to_string())
}

/// Where a translation is written: the project, the locale, the reference's messages.
struct Target<'a> {
    dir: &'a Path,
    tag: &'a str,
    config: &'a crate::project::config::Config,
    reference: &'a l10n::Locale,
    existing: Option<&'a l10n::Locale>,
    messages: &'a HashMap<String, RefMessage>,
}

/// The locale's files: the existing ones with the new messages in place of the old, or new
/// files mirroring the reference's, in its order, the words of the frame the translation does
/// not hold taken from publish's templates in the language when it has them.
fn compose(target: &Target<'_>, new: &BTreeMap<String, New>, author: Option<&str>) -> Vec<(PathBuf, String)> {
    let Target { dir, tag, config, reference, existing, messages } = *target;
    let render = |id: &str, n: &New| {
        let mut comments = vec![n.comment.clone()];
        comments.push(if n.same {
            crate::lint::review::SAME_MARK.to_string()
        } else {
            crate::lint::review::NEEDS_REVIEW.to_string()
        });
        let attributes: Vec<(&str, &str)> =
            n.attributes.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
        message(id, &n.value, &attributes, &comments)
    };
    let folder = dir.join("locales").join(tag);
    if let Some(locale) = existing {
        let mut texts: Vec<(String, String)> =
            locale.files.iter().map(|f| (f.name.clone(), f.text.to_string())).collect();
        for (id, n) in new {
            if let Some(site) = locale.sites.get(id) {
                let (_, text) = &mut texts[site.file];
                if let Some(t) = remove_message(text, id) {
                    *text = t;
                }
                *text = append(text, &[render(id, n)]);
            } else {
                let file = messages.get(id).map_or("messages.ftl", |m| m.file.as_str());
                let name = format!("locales/{tag}/{file}");
                match texts.iter_mut().find(|(n, _)| *n == name) {
                    Some((_, text)) => *text = append(text, &[render(id, n)]),
                    None => texts.push((name, append("", &[render(id, n)]))),
                }
            }
        }
        return texts.into_iter().map(|(name, text)| (dir.join(name), text)).collect();
    }
    // The frame's words no draft holds, as `publish import` writes them for a new project: the
    // running footer from the author and the date, the rest from publish's words.
    let letter = config.layout == "open-letter";
    let import = crate::draft::write::template_text("templates/import", tag);
    let same = crate::lint::review::SAME_MARK;
    let frame = |id: &str| -> Option<String> {
        match id {
            "running-footer" => Some(match author {
                Some(a) => format!(
                    "running-footer = {} · {{ DATETIME($date) }}\n",
                    crate::campaign::edit::fluent_value(a)
                ),
                None => format!("# {same}\nrunning-footer = {{ DATETIME($date) }}\n"),
            }),
            "meta-subject" => crate::draft::write::template_message(&import, id),
            _ => crate::draft::write::frame_word(id, tag, letter).or_else(|| {
                // A message of nothing but placeables (the date line) is every language's.
                let value = &messages.get(id)?.value;
                only_placeables(value).then(|| format!("# {same}\n{id} = {value}\n"))
            }),
        }
    };
    let mut out = Vec::new();
    for (index, resource) in &reference.resources {
        let file = Path::new(&reference.files[*index].name)
            .file_name()
            .map_or_else(|| "messages.ftl".to_string(), |n| n.to_string_lossy().into_owned());
        let mut text = format!(
            "### {tag}: the translation of {}/{file}, imported by `publish import --lang {tag}`.\n",
            reference.folder().trim_end_matches('/')
        );
        for entry in resource.entries() {
            let ast::Entry::Message(m) = entry else { continue };
            let id = m.id.name;
            if let Some(n) = new.get(id) {
                text.push('\n');
                text.push_str(&render(id, n));
            } else if let Some(t) = frame(id) {
                text.push('\n');
                text.push_str(&t);
            }
        }
        out.push((folder.join(file), text));
    }
    out
}
