//! Fluent bundles: loads every locale's .ftl files, keeps parse errors at file:line:col, and
//! formats messages with the functions publish registers (DATETIME).
//!
//! Owns: `Catalog` (one bundle per locale, with where each message was defined) and message
//! formatting with fallback rules. Must not: know the statement's structure or typeset.

mod functions;
pub mod markup;

use std::collections::HashMap;
use std::sync::Arc;

use fluent_bundle::{FluentArgs, FluentBundle, FluentError, FluentResource, FluentValue};
use fluent_syntax::ast;
use unic_langid::LanguageIdentifier;

use crate::diag::{Diagnostic, Place};
use crate::project::Root;
use crate::project::config::Config;

/// Where a message is defined: its file and the byte range of its id there.
#[derive(Debug, Clone)]
pub struct Site {
    pub file: usize,
    pub range: std::ops::Range<usize>,
}

/// A loaded .ftl file.
#[derive(Debug, Clone)]
pub struct FtlFile {
    pub name: String,
    /// Where it is on disk (`None`: built in, or in memory).
    pub path: Option<std::path::PathBuf>,
    pub text: Arc<str>,
}

/// The pseudo-locale (see `project::config::PSEUDO`).
pub use crate::project::config::PSEUDO;

/// One locale's bundle and the sites of its messages.
pub struct Locale {
    pub tag: String,
    pub langid: LanguageIdentifier,
    pub bundle: FluentBundle<Arc<FluentResource>>,
    pub files: Vec<FtlFile>,
    /// The parsed files, by index in `files`, for linting.
    pub resources: Vec<(usize, Arc<FluentResource>)>,
    pub sites: HashMap<String, Site>,
    /// Whether this is the pseudo-locale, made from the reference's files.
    pub pseudo: bool,
}

impl Locale {
    /// The place of a message's id, for diagnostics.
    pub fn place(&self, id: &str) -> Option<Place> {
        let site = self.sites.get(id)?;
        let file = &self.files[site.file];
        Some(Place { file: file.name.clone(), text: file.text.clone(), range: site.range.clone() })
    }

    /// The folder a translator edits.
    pub fn folder(&self) -> String {
        format!("locales/{}/", self.tag)
    }
}

/// Every loaded locale. Loading never stops at the first error: all are returned.
pub struct Catalog {
    pub locales: Vec<Locale>,
}

impl Catalog {
    pub fn get(&self, tag: &str) -> Option<&Locale> {
        self.locales.iter().find(|l| l.tag == tag)
    }
}

/// Loads the given locales (tags from publish.toml). Returns the catalog and every diagnostic
/// (syntax errors, duplicate ids, unreadable files); the caller decides what stops the run.
pub fn load(root: &Root, config: &Config, tags: &[String]) -> (Catalog, Vec<Diagnostic>) {
    let mut diags = Vec::new();
    let mut locales = Vec::new();
    for tag in tags {
        let (locale, mut d) = if tag == PSEUDO {
            let langid: LanguageIdentifier = PSEUDO.parse().expect("a valid tag");
            let mut l = load_locale(root, config, &config.reference, langid);
            l.0.tag = PSEUDO.to_string();
            l.0.pseudo = true;
            l.0.bundle.set_transform(Some(pseudo));
            // The reference's own diagnostics are reported once, for the reference.
            if tags.contains(&config.reference) {
                l.1.clear();
            }
            l
        } else {
            let entry = config.locale(tag).expect("tags come from publish.toml");
            load_locale(root, config, tag, entry.langid.clone())
        };
        diags.append(&mut d);
        locales.push(locale);
    }
    (Catalog { locales }, diags)
}

/// fluent-pseudo's accented, elongated text; placeables are left intact by Fluent.
fn pseudo(s: &str) -> std::borrow::Cow<'_, str> {
    // Words only: the notation's marks, link addresses and footnote names stay intact.
    std::borrow::Cow::Owned(markup::map_words(s, &|t| fluent_pseudo::transform(t, false, true).into_owned()))
}

fn load_locale(
    root: &Root,
    config: &Config,
    tag: &str,
    langid: LanguageIdentifier,
) -> (Locale, Vec<Diagnostic>) {
    let mut diags = Vec::new();
    let mut bundle: FluentBundle<Arc<FluentResource>> = FluentBundle::new(vec![langid.clone()]);
    bundle.set_use_isolating(false);
    functions::register(&mut bundle, &langid);
    let mut files: Vec<FtlFile> = Vec::new();
    let mut sites: HashMap<String, Site> = HashMap::new();
    let mut resources = Vec::new();
    let dir = format!("locales/{tag}");
    let names = match root.list(&dir, ".ftl") {
        Ok(Some((names, mut skipped))) => {
            diags.append(&mut skipped);
            names
        }
        Ok(None) => {
            let span = config.locale(tag).map(|l| l.span.clone()).unwrap_or(0..0);
            diags.push(
                Diagnostic::error(
                    "missing-locale",
                    format!("locale `{tag}` has no folder {}", root.display(&dir)),
                )
                .at(config.place(span))
                .help(format!(
                    "create {dir}/ with the locale's .ftl files, or remove `{tag}` from publish.toml"
                )),
            );
            Vec::new()
        }
        Err(e) => {
            diags.push(Diagnostic::error("io", format!("cannot list {}: {e}", root.display(&dir))));
            Vec::new()
        }
    };
    if names.is_empty() && !diags.iter().any(Diagnostic::is_error) {
        diags.push(
            Diagnostic::error(
                "missing-locale",
                format!("locale `{tag}` has no .ftl file in {}", root.display(&dir)),
            )
            .help(format!("add the locale's messages to {dir}/*.ftl")),
        );
    }
    for rel in names {
        let file = match root.read(&rel) {
            Ok(f) => f,
            Err(e) => {
                diags.push(Diagnostic::error("io", format!("cannot read {}: {e}", root.display(&rel))));
                continue;
            }
        };
        let text = match String::from_utf8(file.bytes) {
            Ok(t) => t,
            Err(e) => {
                let bytes = e.as_bytes();
                let valid = e.utf8_error().valid_up_to();
                let prefix = String::from_utf8_lossy(&bytes[..valid]);
                let (line, col) = crate::diag::line_col(&prefix, prefix.len());
                diags.push(
                    Diagnostic::error(
                        "encoding",
                        format!("{}:{line}:{col}: the file is not valid UTF-8", file.name),
                    )
                    .in_file(file.name.clone())
                    .help("save the file as UTF-8"),
                );
                continue;
            }
        };
        // A byte-order mark is not part of the text.
        let text = text.strip_prefix('\u{feff}').map(str::to_string).unwrap_or(text);
        let text_arc: Arc<str> = Arc::from(text.as_str());
        // Fluent's parser recurses into each placeable: thousands of nested ones would overflow
        // the stack. Refused before any parsing.
        if let Some(at) = too_deep(&text) {
            let end = at + text[at..].chars().next().map_or(0, char::len_utf8);
            diags.push(
                Diagnostic::error(
                    "ftl-nesting",
                    format!("placeables and call arguments nested more than {MAX_NESTING} deep"),
                )
                .at(Place { file: file.name.clone(), text: text_arc.clone(), range: at..end })
                .help("a message needs a few levels at most: write this one with fewer nested `{ }`"),
            );
            continue;
        }
        let file_index = files.len();
        files.push(FtlFile { name: file.name.clone(), path: file.path.clone(), text: text_arc.clone() });
        let place =
            |range: std::ops::Range<usize>| Place { file: file.name.clone(), text: text_arc.clone(), range };
        let resource = match FluentResource::try_new(text) {
            Ok(r) => r,
            Err((r, errors)) => {
                for e in errors {
                    // The parser points after the newline that ended the broken line: point at
                    // the end of that line instead.
                    let mut range = e.pos.clone();
                    let bytes = text_arc.as_bytes();
                    let past_junk = e.slice.as_ref().is_none_or(|s| range.start >= s.end);
                    while past_junk
                        && range.start > 0
                        && range.start <= bytes.len()
                        && matches!(bytes[range.start - 1], b'\n' | b'\r')
                    {
                        range.start -= 1;
                    }
                    range.end = range.end.max(range.start);
                    diags.push(
                        Diagnostic::error("ftl-syntax", format!("Fluent syntax error: {}", e.kind))
                            .at(place(range))
                            .help("fix the message at this place; see https://projectfluent.org/fluent/guide/ for the syntax"),
                    );
                }
                r
            }
        };
        // Record where each message is, and catch duplicates with both places.
        let base = resource.source().as_ptr() as usize;
        for entry in resource.entries() {
            let (name, is_term) = match entry {
                ast::Entry::Message(m) => (m.id.name, false),
                ast::Entry::Term(t) => (t.id.name, true),
                _ => continue,
            };
            let key = if is_term { format!("-{name}") } else { name.to_string() };
            let start = name.as_ptr() as usize - base;
            let site = Site { file: file_index, range: start..start + name.len() };
            if let Some(first) = sites.get(&key) {
                let f = &files[first.file];
                let (l, c) = crate::diag::line_col(&f.text, first.range.start);
                diags.push(
                    Diagnostic::error("duplicate-id", format!("`{key}` is defined twice in locale {tag}"))
                        .for_id(key.clone())
                        .at(place(site.range.clone()))
                        .note(format!("first defined at {}:{l}:{c}", f.name))
                        .help("remove or rename one of the two"),
                );
            } else {
                sites.insert(key, site);
            }
        }
        let resource = Arc::new(resource);
        resources.push((file_index, resource.clone()));
        if let Err(errors) = bundle.add_resource(resource) {
            // Duplicates were reported above with both places; anything else is reported here.
            for e in errors {
                if !matches!(e, FluentError::Overriding { .. }) {
                    diags.push(Diagnostic::error("ftl", e.to_string()).in_file(file.name.clone()));
                }
            }
        }
    }
    for d in &mut diags {
        d.locale.get_or_insert_with(|| tag.to_string());
    }
    (Locale { tag: tag.to_string(), langid, bundle, files, resources, sites, pseudo: false }, diags)
}

/// How deep placeables (`{ ... }`) and call arguments (`F( ... )`) may nest in a Fluent file.
pub const MAX_NESTING: usize = 50;

/// Where a Fluent text nests placeables or call arguments deeper than [`MAX_NESTING`], found
/// without parsing: braces and, inside placeables, parentheses, skipping comments and string
/// literals.
pub fn too_deep(text: &str) -> Option<usize> {
    let (mut depth, mut in_string, mut escaped, mut in_comment, mut line_start) =
        (0usize, false, false, false, true);
    for (i, b) in text.bytes().enumerate() {
        if in_comment {
            if b == b'\n' {
                in_comment = false;
                line_start = true;
            }
            continue;
        }
        if in_string {
            match b {
                _ if escaped => escaped = false,
                b'\\' => escaped = true,
                b'"' | b'\n' => in_string = false,
                _ => {}
            }
            continue;
        }
        if depth == 0 && line_start && b == b'#' {
            in_comment = true;
            continue;
        }
        line_start = b == b'\n';
        match b {
            b'{' => depth += 1,
            b'(' if depth > 0 => depth += 1,
            b'}' | b')' if depth > 0 => depth -= 1,
            b'"' if depth > 0 => in_string = true,
            _ => {}
        }
        if depth > MAX_NESTING {
            return Some(i);
        }
    }
    None
}

/// Formats messages of one locale, falling back to the reference only when allowed. Every
/// problem becomes a diagnostic naming the message id and the locale.
pub struct Formatter<'a> {
    pub locale: &'a Locale,
    pub reference: &'a Locale,
    pub allow_fallback: bool,
    pub diags: Vec<Diagnostic>,
}

impl<'a> Formatter<'a> {
    pub fn new(locale: &'a Locale, reference: &'a Locale, allow_fallback: bool) -> Self {
        Self { locale, reference, allow_fallback, diags: Vec::new() }
    }

    /// Formats a message's value (`attr` = None) or one of its attributes.
    /// Returns `None` when it does not exist (an error has been recorded unless `optional`).
    pub fn format(
        &mut self,
        id: &str,
        attr: Option<&str>,
        args: &FluentArgs,
        optional: bool,
    ) -> Option<String> {
        let what = match attr {
            Some(a) => format!("{id}.{a}"),
            None => id.to_string(),
        };
        let found = lookup(self.locale, id, attr);
        let (locale, pattern) = match found {
            Some(p) => (self.locale, p),
            None => {
                let in_reference = lookup(self.reference, id, attr);
                if optional && in_reference.is_none() {
                    return None;
                }
                match in_reference {
                    Some(p) if self.allow_fallback && self.locale.tag != self.reference.tag => {
                        self.diags.push(
                            Diagnostic::warning(
                                "fallback",
                                format!("`{what}` is missing in locale {}: the {} text is used (--allow-fallback)", self.locale.tag, self.reference.tag),
                            )
                            .help(format!("translate it in {}", self.locale.folder())),
                        );
                        (self.reference, p)
                    }
                    _ => {
                        let mut d = Diagnostic::error(
                            "missing-message",
                            format!("message `{what}` is missing in locale {}", self.locale.tag),
                        )
                        .help(format!(
                            "add `{id}` to a file in {} (or pass --allow-fallback for a draft)",
                            self.locale.folder()
                        ));
                        if let Some(place) = self.reference.place(id)
                            && self.reference.tag != self.locale.tag
                        {
                            let (l, c) = place.line_col();
                            d = d.note(format!("the reference text is at {}:{l}:{c}", place.file));
                        }
                        self.diags.push(d);
                        return None;
                    }
                }
            }
        };
        let mut errors = Vec::new();
        let value = locale.bundle.format_pattern(pattern, Some(args), &mut errors).into_owned();
        for e in errors {
            let mut d =
                Diagnostic::error("format", format!("message `{what}` in locale {}: {e}", locale.tag))
                    .help("check the message's variables and references against the reference locale");
            if let Some(place) = locale.place(id) {
                d = d.at(place);
            }
            self.diags.push(d);
        }
        Some(value)
    }
}

impl Formatter<'_> {
    /// Whether this locale itself (no fallback) gives the message this attribute.
    pub fn has_own_attribute(&self, id: &str, attr: &str) -> bool {
        lookup(self.locale, id, Some(attr)).is_some()
    }

    /// Whether the locale itself has the message (a translator's optional override).
    pub fn has_message(&self, id: &str) -> bool {
        lookup(self.locale, id, None).is_some()
    }
}

fn lookup<'l>(locale: &'l Locale, id: &str, attr: Option<&str>) -> Option<&'l ast::Pattern<&'l str>> {
    let msg = locale.bundle.get_message(id)?;
    match attr {
        None => msg.value(),
        Some(a) => msg.get_attribute(a).map(|a| a.value()),
    }
}

/// Links travel through Fluent's output between private-use marks, never as markup:
/// START url MIDDLE text END.
const LINK_START: char = '\u{F0002}';
const LINK_MIDDLE: char = '\u{F0003}';
const LINK_END: char = '\u{F0004}';

/// The text `LINK(url, text)` formats to.
pub fn mark_link(url: &str, text: &str) -> String {
    format!("{LINK_START}{url}{LINK_MIDDLE}{text}{LINK_END}")
}

/// Splits formatted text into runs: plain text, and link text with its address.
pub fn split_links(s: &str) -> Vec<(String, Option<String>)> {
    let mut out = Vec::new();
    let mut rest = s;
    while let Some(start) = rest.find(LINK_START) {
        let after = &rest[start + LINK_START.len_utf8()..];
        let (Some(mid), Some(end)) = (after.find(LINK_MIDDLE), after.find(LINK_END)) else {
            break;
        };
        if mid > end {
            break;
        }
        if start > 0 {
            out.push((rest[..start].to_string(), None));
        }
        let url = &after[..mid];
        let text = &after[mid + LINK_MIDDLE.len_utf8()..end];
        out.push((text.to_string(), Some(url.to_string())));
        rest = &after[end + LINK_END.len_utf8()..];
    }
    if !rest.is_empty() || out.is_empty() {
        out.push((rest.to_string(), None));
    }
    out
}

/// Addresses a link may go to: the web and e-mail, nothing a reader's viewer would run.
pub fn is_safe_url(url: &str) -> bool {
    let lower = url.to_ascii_lowercase();
    (lower.starts_with("https://") || lower.starts_with("http://") || lower.starts_with("mailto:"))
        && !url.chars().any(|c| c.is_whitespace() || c.is_control())
}

/// Builds Fluent arguments from plain values.
pub fn args<'a>(pairs: impl IntoIterator<Item = (&'a str, FluentValue<'a>)>) -> FluentArgs<'a> {
    let mut a = FluentArgs::new();
    for (k, v) in pairs {
        a.set(k, v);
    }
    a
}

#[cfg(test)]
mod nesting_tests {
    use super::*;

    #[test]
    fn deep_nesting_is_found_at_the_brace_past_the_limit() {
        let deep = format!("m = {}$x{}\n", "{ ".repeat(20_000), " }".repeat(20_000));
        assert_eq!(too_deep(&deep), Some("m = ".len() + 2 * MAX_NESTING));
        let calls = format!("m = {{ {}1{} }}\n", "NUMBER(".repeat(60), ")".repeat(60));
        assert!(too_deep(&calls).is_some());
        // Braces in comments and string literals, and parentheses in text, do not count.
        let fine = format!(
            "# {}\nm = ({}) {{ \"{}\" }} {{ NUMBER($n) }}\n",
            "{".repeat(100),
            "(".repeat(100),
            "{".repeat(100)
        );
        assert_eq!(too_deep(&fine), None);
        assert_eq!(too_deep("m = { { { $x } } }\n"), None);
    }
}
