//! Review: a translation identical to the reference, and the record of which reference text a
//! translation was reviewed against (`# reviewed: <hash>` above each message).

use std::collections::BTreeMap;
use std::path::PathBuf;

use fluent_syntax::ast;
use sha2::{Digest, Sha256};

use super::{Context, View, comment_lines, entries, parse, place_of};
use crate::diag::Diagnostic;
use crate::l10n::Catalog;

/// The comment that silences the "identical to the reference" warning for a message.
pub const SAME_MARK: &str = "same-in-all-locales";
/// The comment prefix that records which reference text a translation was reviewed against.
pub const REVIEWED_MARK: &str = "reviewed:";

/// The hash of a reference message's text (value and attributes, not comments): what a
/// translation was reviewed against.
pub fn review_hash(message: &ast::Message<&str>) -> String {
    let mut m = message.clone();
    m.comment = None;
    let text = fluent_syntax::serializer::serialize(&ast::Resource { body: vec![ast::Entry::Message(m)] });
    let digest = Sha256::digest(text.as_bytes());
    digest.iter().take(4).map(|b| format!("{b:02x}")).collect()
}

/// The comment that marks a message nobody has confirmed yet (an imported signatory's name).
pub const NEEDS_REVIEW: &str = "needs-review";

/// Whether a translation says the same as the reference's message (value and attributes).
pub fn same_text(reference: &ast::Message<&str>, translation: &ast::Message<&str>) -> bool {
    let text = |m: &ast::Message<&str>| {
        let mut m = m.clone();
        m.comment = None;
        m.id = ast::Identifier { name: "x" };
        fluent_syntax::serializer::serialize(&ast::Resource { body: vec![ast::Entry::Message(m)] })
    };
    text(reference) == text(translation)
}

/// Whether a message is marked `# needs-review`.
fn needs_review_mark(m: &ast::Message<&str>) -> bool {
    comment_lines(m).any(|l| l == NEEDS_REVIEW)
}

/// `needs-review`: a message marked `# needs-review` (a signatory imported from a form, whose
/// name nobody has confirmed yet), in every locale, the reference included.
pub fn needs_review(cx: &Context, v: &View) -> Vec<Diagnostic> {
    let tag = v.locale.tag();
    v.entries
        .iter()
        .filter(|(_, t)| needs_review_mark(t.message))
        .map(|(id, t)| {
            // A name (added or imported with the list), or a text (a translated draft).
            let help = if cx.signatories.contains(*id) {
                format!("check the name (and its affiliation, note), then `publish signatories review {id} --lang {tag}`")
            } else {
                format!("check the translation against the reference, then `publish signatories review {id} --lang {tag}` (it confirms any message), or delete its `# {NEEDS_REVIEW}` line")
            };
            v.d(Diagnostic::warning(
                "needs-review",
                format!("`{id}` has not been confirmed in {tag} since it was added or imported"),
            )
            .for_id(*id)
            .at(v.place(t.file, t.message.id.name))
            .help(help))
        })
        .collect()
}

/// `identical`: a translation the same as the reference (many organisation names rightly are:
/// `# same-in-all-locales` says so).
pub fn identical(cx: &Context, v: &View) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    if !v.is_translation() {
        return out;
    }
    for (id, t) in &v.entries {
        let Some(r) = cx.reference.entries.get(id) else {
            continue;
        };
        // A name waiting for its review is reported as such, once.
        let silenced = comment_lines(t.message).any(|l| l == SAME_MARK) || needs_review_mark(t.message);
        if !silenced && same_text(r.message, t.message) {
            out.push(
                v.d(Diagnostic::warning(
                    "identical",
                    format!("`{id}` is the same as in the reference ({})", cx.reference.locale.tag()),
                )
                .for_id(*id)
                .at(v.place(t.file, t.message.id.name))
                .help(format!(
                    "translate it, or add the comment `# {SAME_MARK}` above it when it is right as it is"
                ))),
            );
        }
    }
    out
}

/// `stale`, `unreviewed`: a translation reviewed against another reference text than today's,
/// or never reviewed.
pub fn reviewed(cx: &Context, v: &View) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    if !v.is_translation() {
        return out;
    }
    let tag = v.locale.tag();
    for (id, t) in &v.entries {
        let Some(r) = cx.reference.entries.get(id) else {
            continue;
        };
        if needs_review_mark(t.message) {
            continue;
        }
        let hash = review_hash(r.message);
        // The last review line is the one closest to the message.
        let reviewed: Option<&str> =
            comment_lines(t.message).filter_map(|l| l.strip_prefix(REVIEWED_MARK).map(str::trim)).last();
        let at = v.place(t.file, t.message.id.name);
        match reviewed {
            Some(h) if h == hash => {}
            Some(_) => out.push(
                v.d(Diagnostic::warning(
                    "stale",
                    format!("the reference text of `{id}` changed since this translation was reviewed"),
                )
                .for_id(*id)
                .at(at)
                .help(format!("update the translation, then run `publish check --mark-reviewed {tag}`"))),
            ),
            None => out.push(
                v.d(Diagnostic::warning(
                    "unreviewed",
                    format!("`{id}` has no record of the reference text it was reviewed against"),
                )
                .for_id(*id)
                .at(at)
                .help(format!("once the translation is checked, run `publish check --mark-reviewed {tag}`"))),
            ),
        }
    }
    out
}

/// Writes `# reviewed: <hash>` above every message of a locale that the reference also has,
/// replacing an older one. Returns the files rewritten (path on disk, new text) without writing
/// them.
pub fn mark_reviewed(catalog: &Catalog, reference: &str, tag: &str) -> Vec<(PathBuf, String)> {
    let Some(locale) = catalog.get(tag) else {
        return Vec::new();
    };
    marked(catalog, reference, tag)
        .into_iter()
        .filter_map(|(file, text)| Some((locale.files[file].path.clone()?, text)))
        .collect()
}

/// [`mark_reviewed`] for a project held in memory: the files by their paths in it.
pub fn mark_reviewed_in_memory(catalog: &Catalog, reference: &str, tag: &str) -> Vec<(String, String)> {
    let Some(locale) = catalog.get(tag) else {
        return Vec::new();
    };
    marked(catalog, reference, tag)
        .into_iter()
        .map(|(file, text)| {
            let name = &locale.files[file].name;
            (name.strip_prefix("<memory>/").unwrap_or(name).to_string(), text)
        })
        .collect()
}

/// The files of `tag` that review marks change, by index, with their new text.
fn marked(catalog: &Catalog, reference: &str, tag: &str) -> Vec<(usize, String)> {
    let (Some(reference), Some(locale)) = (catalog.get(reference), catalog.get(tag)) else {
        return Vec::new();
    };
    let ref_parsed = parse(reference);
    let ref_entries = entries(&ref_parsed);
    let parsed = parse(locale);
    let mut edits: BTreeMap<usize, Vec<(usize, Option<usize>, String)>> = BTreeMap::new();
    for (id, t) in entries(&parsed) {
        let Some(r) = ref_entries.get(id) else {
            continue;
        };
        let line = format!("# {REVIEWED_MARK} {}", review_hash(r.message));
        let text = &locale.files[t.file].text;
        let start = place_of(locale, t.file, t.message.id.name).range.start;
        let line_start = text[..start].rfind('\n').map_or(0, |i| i + 1);
        // An existing review line in the comment block right above the message.
        let mut existing = None;
        let mut cursor = line_start;
        while cursor > 0 {
            let prev_start = text[..cursor - 1].rfind('\n').map_or(0, |i| i + 1);
            let prev = text[prev_start..cursor - 1].trim_end_matches('\r');
            if !prev.starts_with('#') || prev.starts_with("##") {
                break;
            }
            if prev.trim_start_matches('#').trim().starts_with(REVIEWED_MARK) {
                existing = Some(prev_start);
                break;
            }
            cursor = prev_start;
        }
        edits.entry(t.file).or_default().push((line_start, existing, line));
    }
    let mut out = Vec::new();
    for (file, mut list) in edits {
        let text = locale.files[file].text.to_string();
        let eol = if text.contains("\r\n") { "\r\n" } else { "\n" };
        list.sort_by_key(|(s, _, _)| *s);
        let mut result = String::with_capacity(text.len() + list.len() * 24);
        let mut pos = 0;
        for (line_start, existing, line) in list {
            match existing {
                Some(at) => {
                    let end = text[at..].find('\n').map_or(text.len(), |i| at + i + 1);
                    result.push_str(&text[pos..at]);
                    result.push_str(&line);
                    result.push_str(eol);
                    pos = end;
                }
                None => {
                    result.push_str(&text[pos..line_start]);
                    result.push_str(&line);
                    result.push_str(eol);
                    pos = line_start;
                }
            }
        }
        result.push_str(&text[pos..]);
        if result != text {
            out.push((file, result));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::super::testing::{TOML, codes, en, run};

    #[test]
    fn identical_unless_marked_and_reviewed_against_the_current_text() {
        let d = run(
            super::identical,
            TOML,
            &en(""),
            &en("").replace("statement-kicker = K\n", "# same-in-all-locales\nstatement-kicker = K\n"),
            "fr",
        );
        assert_eq!(d.len(), 11, "every message but the marked one: {d:#?}");
        let hash = {
            let r = fluent_syntax::parser::parse("statement-title = T\n").unwrap();
            let fluent_syntax::ast::Entry::Message(m) = &r.body[0] else { unreachable!() };
            super::review_hash(m)
        };
        let fr = en("")
            .replace("statement-title = T\n", &format!("# reviewed: {hash}\nstatement-title = T\n"))
            .replace("statement-kicker = K\n", "# reviewed: 00000000\nstatement-kicker = K\n");
        let d = run(super::reviewed, TOML, &en(""), &fr, "fr");
        assert_eq!(codes(&d).iter().filter(|c| *c == "stale").count(), 1);
        assert_eq!(codes(&d).iter().filter(|c| *c == "unreviewed").count(), 10);
    }
}
