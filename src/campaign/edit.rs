//! Edits of a project's files that keep what people wrote around them: publish.toml through
//! `toml_edit` (comments, order and layout kept), and a locale's .ftl files by whole messages (a
//! message with the comment lines right above it).
//!
//! Owns: text in, text out. Must not: read or write files, or decide what to add.

use chrono::NaiveDate;
use toml_edit::{Array, DocumentMut, InlineTable, Item, Value};

/// A signatory's entry in publish.toml.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewEntry {
    /// The signatory's message id (`sig-amnesty-international`).
    pub id: String,
    /// Its ISO 3166 region code, upper case (`KE`); `None` when it has none.
    pub country: Option<String>,
    /// The date it signed.
    pub since: Option<NaiveDate>,
    /// What identifies the row it was imported from, so that it is not imported twice.
    pub key: Option<String>,
    /// The group it goes in, by index among `[[signatories.groups]]` (`None`: `[signatories]
    /// ids`).
    pub group: Option<usize>,
}

/// The value an entry is written as: its id alone, or a table with what else it has.
fn entry_value(e: &NewEntry) -> Value {
    if e.country.is_none() && e.since.is_none() && e.key.is_none() {
        return Value::from(e.id.as_str());
    }
    let mut t = InlineTable::new();
    t.insert("id", Value::from(e.id.as_str()));
    if let Some(c) = &e.country {
        t.insert("country", Value::from(c.as_str()));
    }
    if let Some(d) = e.since {
        use chrono::Datelike;
        let date = toml_edit::Date { year: d.year() as u16, month: d.month() as u8, day: d.day() as u8 };
        t.insert("since", Value::from(toml_edit::Datetime { date: Some(date), time: None, offset: None }));
    }
    if let Some(k) = &e.key {
        t.insert("key", Value::from(k.as_str()));
    }
    t.fmt();
    Value::InlineTable(t)
}

/// The `ids` array of a group (or of `[signatories]`).
fn ids_array(doc: &mut DocumentMut, group: Option<usize>) -> Result<&mut Array, String> {
    let signatories = doc
        .get_mut("signatories")
        .and_then(Item::as_table_like_mut)
        .ok_or("publish.toml has no [signatories] table")?;
    // A statement with groups and no `ids` of its own: the first group.
    let group = match group {
        None if !signatories.contains_key("ids") && signatories.contains_key("groups") => Some(0),
        g => g,
    };
    let item = match group {
        None => signatories.get_mut("ids").ok_or("[signatories] has no `ids`")?,
        Some(g) => signatories
            .get_mut("groups")
            .and_then(Item::as_array_of_tables_mut)
            .and_then(|groups| groups.get_mut(g))
            .and_then(|t| t.get_mut("ids"))
            .ok_or_else(|| format!("group {} of [[signatories.groups]] has no `ids`", g + 1))?,
    };
    item.as_array_mut().ok_or_else(|| "`ids` is not an array".to_string())
}

/// Adds entries at the end of their group's `ids`, in the style of the entries already there
/// (one per line, or all on one line).
pub fn add_entries(toml: &str, entries: &[NewEntry]) -> Result<String, String> {
    let mut doc: DocumentMut = toml.parse().map_err(|e: toml_edit::TomlError| e.to_string())?;
    for e in entries {
        let array = ids_array(&mut doc, e.group)?;
        // A short list on one line (`ids = ["a", "b"]`, as `publish init` writes it) becomes one
        // entry a line once tables or many entries join it.
        let one_line = array
            .iter()
            .next()
            .is_some_and(|v| v.decor().prefix().and_then(|p| p.as_str()).is_none_or(|p| !p.contains('\n')));
        if one_line && (array.len() >= 4 || !matches!(entry_value(e), Value::String(_))) {
            for v in array.iter_mut() {
                v.decor_mut().set_prefix("\n    ");
                v.decor_mut().set_suffix("");
            }
            array.set_trailing_comma(true);
            array.set_trailing("\n");
        }
        let multiline = array
            .iter()
            .next()
            .map(|v| v.decor().prefix().and_then(|p| p.as_str()).is_some_and(|p| p.contains('\n')))
            .unwrap_or(true);
        let indent = array
            .iter()
            .next()
            .and_then(|v| {
                v.decor()
                    .prefix()
                    .and_then(|p| p.as_str())
                    .map(|p| p.rsplit('\n').next().unwrap_or("").to_string())
            })
            .filter(|i| i.chars().all(|c| c == ' ' || c == '\t'))
            .unwrap_or_else(|| "    ".to_string());
        let mut value = entry_value(e);
        if multiline {
            value.decor_mut().set_prefix(format!("\n{indent}"));
            value.decor_mut().set_suffix("");
            array.push_formatted(value);
            array.set_trailing_comma(true);
            array.set_trailing("\n");
        } else {
            value.decor_mut().set_prefix(if array.is_empty() { "" } else { " " });
            value.decor_mut().set_suffix("");
            array.push_formatted(value);
        }
    }
    Ok(doc.to_string())
}

/// The id of an entry value (a string, or a table's `id`).
fn value_id(v: &Value) -> Option<&str> {
    match v {
        Value::String(s) => Some(s.value()),
        Value::InlineTable(t) => t.get("id").and_then(Value::as_str),
        _ => None,
    }
}

/// Removes the entries with these ids from every `ids` array; returns the new text and the ids
/// found.
pub fn remove_entries(toml: &str, ids: &[String]) -> Result<(String, Vec<String>), String> {
    let mut doc: DocumentMut = toml.parse().map_err(|e: toml_edit::TomlError| e.to_string())?;
    let groups = doc
        .get("signatories")
        .and_then(Item::as_table_like)
        .and_then(|s| s.get("groups"))
        .and_then(Item::as_array_of_tables)
        .map_or(0, toml_edit::ArrayOfTables::len);
    let mut found = Vec::new();
    let slots: Vec<Option<usize>> = std::iter::once(None).chain((0..groups).map(Some)).collect();
    for slot in slots {
        let Ok(array) = ids_array(&mut doc, slot) else {
            continue;
        };
        let mut i = 0;
        while i < array.len() {
            let id = array.get(i).and_then(value_id).map(str::to_string);
            match id {
                Some(id) if ids.contains(&id) => {
                    // What stood before the removed entry (a comment line) goes with it; the
                    // next entry keeps its own.
                    array.remove(i);
                    found.push(id);
                }
                _ => i += 1,
            }
        }
    }
    Ok((doc.to_string(), found))
}

/// Adds keys of form rows to `[signatories] dismissed` (made when absent), one a line: rows
/// `publish signatories import` never imports again.
pub fn add_dismissed(toml: &str, keys: &[String]) -> Result<String, String> {
    let mut doc: DocumentMut = toml.parse().map_err(|e: toml_edit::TomlError| e.to_string())?;
    let s = doc
        .get_mut("signatories")
        .and_then(Item::as_table_like_mut)
        .ok_or("publish.toml has no [signatories] table")?;
    if s.get("dismissed").is_none() {
        let mut a = Array::new();
        a.set_trailing("\n");
        s.insert("dismissed", Item::Value(Value::Array(a)));
    }
    let array = s.get_mut("dismissed").and_then(Item::as_array_mut).ok_or("`dismissed` is not an array")?;
    for k in keys {
        if array.iter().any(|v| v.as_str() == Some(k.as_str())) {
            continue;
        }
        let mut v = Value::from(k.as_str());
        v.decor_mut().set_prefix("\n    ");
        v.decor_mut().set_suffix("");
        array.push_formatted(v);
    }
    array.set_trailing_comma(true);
    array.set_trailing("\n");
    Ok(doc.to_string())
}

/// A text as a Fluent pattern that prints exactly as written: on one line, its braces as string
/// literals (`{ "{" }`), its leading and trailing spaces (which Fluent drops) left out.
pub fn fluent_value(text: &str) -> String {
    let one_line = text.split_whitespace().collect::<Vec<_>>().join(" ");
    let mut out = String::with_capacity(one_line.len());
    for c in one_line.chars() {
        match c {
            '{' => out.push_str("{ \"{\" }"),
            '}' => out.push_str("{ \"}\" }"),
            c => out.push(c),
        }
    }
    out
}

/// A comment line's text: one line, control characters left out.
pub fn comment_text(text: &str) -> String {
    text.chars().map(|c| if c.is_control() { ' ' } else { c }).collect()
}

/// A message in Fluent syntax: its comment lines, its value, its attributes.
pub fn message(id: &str, value: &str, attributes: &[(&str, &str)], comments: &[String]) -> String {
    let mut out = String::new();
    for c in comments {
        out.push_str("# ");
        out.push_str(&comment_text(c));
        out.push('\n');
    }
    out.push_str(&format!("{id} = {}\n", fluent_value(value)));
    for (name, v) in attributes {
        out.push_str(&format!("    .{name} = {}\n", fluent_value(v)));
    }
    out
}

/// Messages appended at the end of a file's text (a blank line before them).
pub fn append(text: &str, messages: &[String]) -> String {
    let eol = if text.contains("\r\n") { "\r\n" } else { "\n" };
    let mut out = text.to_string();
    if !out.is_empty() && !out.ends_with('\n') {
        out.push_str(eol);
    }
    for m in messages {
        if !out.is_empty() {
            out.push_str(eol);
        }
        out.push_str(&if eol == "\n" { m.clone() } else { m.replace('\n', eol) });
    }
    out
}

/// The byte range of a message (its first line to the end of its last continuation line) and of
/// its comment lines right above it (`#` lines, not `##`/`###`).
fn message_range(text: &str, id: &str) -> Option<(usize, usize, usize)> {
    let mut offset = 0;
    let lines: Vec<(usize, &str)> = text
        .split_inclusive('\n')
        .map(|l| {
            let at = offset;
            offset += l.len();
            (at, l)
        })
        .collect();
    let is_start = |l: &str| {
        let l = l.trim_end_matches(['\n', '\r']);
        l.strip_prefix(id).is_some_and(|rest| rest.trim_start().starts_with('='))
    };
    let i = lines.iter().position(|(_, l)| is_start(l))?;
    let mut end = i + 1;
    // Continuation lines: indented, or blank lines followed by an indented line.
    while end < lines.len() {
        let l = lines[end].1;
        if l.starts_with(' ') || l.starts_with('\t') {
            end += 1;
        } else if l.trim().is_empty() {
            let next = lines[end..].iter().find(|(_, l)| !l.trim().is_empty());
            match next {
                Some((_, n)) if n.starts_with(' ') || n.starts_with('\t') => end += 1,
                _ => break,
            }
        } else {
            break;
        }
    }
    let mut first = i;
    while first > 0 {
        let l = lines[first - 1].1;
        if l.starts_with("# ") || l.trim_end() == "#" {
            first -= 1;
        } else {
            break;
        }
    }
    let end_byte = lines.get(end).map_or(text.len(), |(at, _)| *at);
    Some((lines[first].0, lines[i].0, end_byte))
}

/// The file's text without a message and its comment lines (and one blank line before them).
pub fn remove_message(text: &str, id: &str) -> Option<String> {
    let (comments, _, end) = message_range(text, id)?;
    let mut start = comments;
    // One blank line that separated it from what came before.
    if start >= 1 && text[..start].ends_with("\n\n") {
        start -= 1;
    } else if start >= 2 && text[..start].ends_with("\r\n\r\n") {
        start -= 2;
    }
    Some(format!("{}{}", &text[..start], &text[end..]))
}

/// Message `id` in `text` replaced by `message` (its id line and attributes, as `message`
/// writes them), the comments above it kept; `None` when `text` has no such message.
pub fn replace_message(text: &str, id: &str, message: &str) -> Option<String> {
    let (_, start, end) = message_range(text, id)?;
    let mut message = message.to_string();
    if !message.ends_with('\n') {
        message.push('\n');
    }
    Some(format!("{}{message}{}", &text[..start], &text[end..]))
}

/// The comment lines right above a message, without their `# `.
pub fn comments_of(text: &str, id: &str) -> Vec<String> {
    let Some((comments, start, _)) = message_range(text, id) else {
        return Vec::new();
    };
    text[comments..start].lines().map(|l| l.trim_start_matches('#').trim().to_string()).collect()
}

/// Replaces a message's comment lines by those `f` makes of them.
pub fn edit_comments(text: &str, id: &str, f: impl FnOnce(Vec<String>) -> Vec<String>) -> Option<String> {
    let (comments, start, _) = message_range(text, id)?;
    let eol = if text.contains("\r\n") { "\r\n" } else { "\n" };
    let old: Vec<String> =
        text[comments..start].lines().map(|l| l.trim_start_matches('#').trim().to_string()).collect();
    let new = f(old);
    let mut block = String::new();
    for c in new {
        block.push('#');
        if !c.is_empty() {
            block.push(' ');
            block.push_str(&comment_text(&c));
        }
        block.push_str(eol);
    }
    Some(format!("{}{}{}", &text[..comments], block, &text[start..]))
}

#[cfg(test)]
mod tests {
    use super::*;

    const TOML: &str = r#"# The statement.
[statement]
id = "s"

[signatories]
order = "collation"
ids = [
    "sig-a", # the first
    # a comment line
    "sig-b",
]
"#;

    #[test]
    fn entries_are_added_and_removed_keeping_comments_and_layout() {
        let e = NewEntry {
            id: "sig-c".into(),
            country: Some("KE".into()),
            since: NaiveDate::from_ymd_opt(2025, 1, 20),
            key: Some("row-id:17".into()),
            group: None,
        };
        let plain = NewEntry { id: "sig-d".into(), country: None, since: None, key: None, group: None };
        let out = add_entries(TOML, &[e, plain]).unwrap();
        assert!(out.starts_with("# The statement.\n"), "{out}");
        assert!(out.contains("    \"sig-a\", # the first\n    # a comment line\n    \"sig-b\",\n"), "{out}");
        assert!(
            out.contains("    { id = \"sig-c\", country = \"KE\", since = 2025-01-20, key = \"row-id:17\" },\n    \"sig-d\",\n]"),
            "{out}"
        );
        let (back, found) = remove_entries(&out, &["sig-c".into(), "sig-d".into()]).unwrap();
        assert_eq!(found, ["sig-c", "sig-d"]);
        assert!(back.contains("\"sig-b\",\n]"), "{back}");

        let one_line = TOML.replace(
            "ids = [\n    \"sig-a\", # the first\n    # a comment line\n    \"sig-b\",\n]",
            "ids = [\"sig-a\", \"sig-b\"]",
        );
        let p = NewEntry { id: "sig-e".into(), country: None, since: None, key: None, group: None };
        assert!(add_entries(&one_line, &[p]).unwrap().contains("ids = [\"sig-a\", \"sig-b\", \"sig-e\"]"));
    }

    #[test]
    fn a_value_prints_as_typed() {
        for name in
            ["Group {A}", "*Stars* & #hash", "[Bracket] group", ". dot", "Back\\slash \"quoted\"", "100% $ @"]
        {
            let src = message("sig-x", name, &[("note", "a {note}")], &["Imported".into()]);
            let res = fluent_bundle::FluentResource::try_new(src.clone()).expect("valid Fluent");
            let mut b = fluent_bundle::FluentBundle::new(vec!["en".parse().unwrap()]);
            b.set_use_isolating(false);
            b.add_resource(res).unwrap();
            let m = b.get_message("sig-x").unwrap();
            let mut errors = Vec::new();
            let shown = b.format_pattern(m.value().unwrap(), None, &mut errors);
            assert!(errors.is_empty(), "{errors:?}");
            assert_eq!(shown, name, "{src}");
            let note = b.format_pattern(m.get_attribute("note").unwrap().value(), None, &mut errors);
            assert_eq!(note, "a {note}");
        }
    }

    #[test]
    fn messages_are_removed_with_their_comments_and_comments_edited() {
        let text = "### File\n\n# Checked: x\n# needs-review\nsig-a = A\n    .note = N\n\nsig-b = B\n";
        assert_eq!(comments_of(text, "sig-a"), ["Checked: x", "needs-review"]);
        assert_eq!(remove_message(text, "sig-a").unwrap(), "### File\n\nsig-b = B\n");
        assert_eq!(
            remove_message(text, "sig-b").unwrap(),
            "### File\n\n# Checked: x\n# needs-review\nsig-a = A\n    .note = N\n"
        );
        let edited = edit_comments(text, "sig-a", |c| {
            c.into_iter().filter(|l| l != "needs-review").chain(["reviewed: 0".into()]).collect()
        })
        .unwrap();
        assert_eq!(
            edited,
            "### File\n\n# Checked: x\n# reviewed: 0\nsig-a = A\n    .note = N\n\nsig-b = B\n"
        );
        assert!(remove_message(text, "sig-c").is_none());
        // `sig-a` is not `sig-ab`.
        assert!(remove_message("sig-ab = X\n", "sig-a").is_none());
    }
}
