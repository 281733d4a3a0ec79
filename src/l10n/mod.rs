//! Fluent bundles: loads every locale's .ftl files, keeps parse errors at `file:line:col`, and
//! formats messages with the functions publish registers (`DATETIME`, `LINK`, and numbers by
//! ICU4X).
//!
//! Owns: `Catalog` (one bundle per locale, with where each message was defined) and message
//! formatting with fallback rules. Must not: know the statement's structure or typeset.

mod functions;
pub use functions::format_date;
pub mod markup;
pub mod title;

use std::collections::HashMap;
use std::sync::Arc;

use fluent_bundle::{FluentArgs, FluentBundle, FluentError, FluentResource, FluentValue};
use fluent_syntax::ast;
use unic_langid::LanguageIdentifier;

use crate::diag::{Diagnostic, Place};
use crate::language::{Language, Pseudo};
use crate::project::Root;
use crate::project::config::Config;

/// Where a message is defined: its file and the byte range of its id there.
#[derive(Debug, Clone)]
pub struct Site {
    /// The file's index in its locale's `files`.
    pub file: usize,
    /// The byte range of the id in that file's text.
    pub range: std::ops::Range<usize>,
}

/// A loaded .ftl file.
#[derive(Debug, Clone)]
pub struct FtlFile {
    /// The file's display name (`locales/fr/main.ftl`).
    pub name: String,
    /// Where it is on disk (`None`: built in, or in memory).
    pub path: Option<std::path::PathBuf>,
    /// The file's text, a byte order mark left out.
    pub text: Arc<str>,
}

/// The language whose plural rules Fluent selects with for a locale, as fluent-bundle chooses it
/// at run time: the closest language `intl_pluralrules` has rules for ("en-GB" → "en", "ar-EG" →
/// "ar"), or English when it has none for the language. `publish check` asks the same rules.
pub fn plural_language(langid: &LanguageIdentifier) -> LanguageIdentifier {
    use fluent_langneg::{NegotiationStrategy, negotiate_languages};
    let english: LanguageIdentifier = "en".parse().expect("a valid tag");
    let available = intl_pluralrules::PluralRules::get_locales(intl_pluralrules::PluralRuleType::CARDINAL);
    negotiate_languages(std::slice::from_ref(langid), &available, Some(&english), NegotiationStrategy::Lookup)
        .first()
        .map(|l| (*l).clone())
        .unwrap_or(english)
}

/// One locale's bundle and the sites of its messages.
pub struct Locale {
    /// Its language (for a pseudo-locale, the pseudo-locale's, with the reference's files).
    pub language: Language,
    /// The name of the folder under locales/ its files are in (the reference's, for a
    /// pseudo-locale).
    pub folder: String,
    /// The Fluent bundle of all its files, with publish's functions (and a pseudo-locale's
    /// transform).
    pub bundle: FluentBundle<Arc<FluentResource>>,
    /// Its .ftl files, in name order (the reference's for a pseudo-locale).
    pub files: Vec<FtlFile>,
    /// The parsed files, by index in `files`, for linting.
    pub resources: Vec<(usize, Arc<FluentResource>)>,
    /// Where each message and term is first defined, by id (a term's with its `-`).
    pub sites: HashMap<String, Site>,
}

impl FtlFile {
    /// A place in the file, for diagnostics.
    pub fn place(&self, range: std::ops::Range<usize>) -> Place {
        Place { file: self.name.clone(), text: self.text.clone(), range }
    }
}

impl Locale {
    /// Its tag, as publish.toml writes it.
    pub fn tag(&self) -> &str {
        &self.language.tag
    }

    /// Whether this is a pseudo-locale, made from the reference's files.
    pub fn is_pseudo(&self) -> bool {
        self.language.pseudo.is_some()
    }

    /// The place of a message's id, for diagnostics.
    pub fn place(&self, id: &str) -> Option<Place> {
        let site = self.sites.get(id)?;
        let file = &self.files[site.file];
        Some(Place { file: file.name.clone(), text: file.text.clone(), range: site.range.clone() })
    }

    /// The folder a translator edits (`locales/fr/`; the reference's for a pseudo-locale, whose
    /// text is the reference's).
    pub fn folder(&self) -> String {
        format!("locales/{}/", self.folder)
    }
}

/// Every loaded locale. Loading never stops at the first error: all are returned.
pub struct Catalog {
    /// The loaded locales, in the order they were asked for.
    pub locales: Vec<Locale>,
}

impl Catalog {
    /// A loaded locale by its tag (`fr`, `en-XA`); `None` when it was not loaded.
    pub fn get(&self, tag: &str) -> Option<&Locale> {
        self.locales.iter().find(|l| l.language.tag == tag)
    }
}

/// Loads the given languages of the statement (its locales or pseudo-locales). Returns the
/// catalog and every diagnostic (syntax errors, duplicate ids, unreadable files); the caller
/// decides what stops the run.
pub fn load(root: &Root, config: &Config, languages: &[Language]) -> (Catalog, Vec<Diagnostic>) {
    let mut diags = Vec::new();
    let mut locales = Vec::new();
    for language in languages {
        let (locale, mut d) = match language.pseudo {
            Some(kind) => {
                let mut l = load_locale(root, config, &config.reference, language.clone());
                l.0.bundle.set_transform(Some(match kind {
                    Pseudo::Accented => pseudo,
                    Pseudo::RightToLeft => pseudo_rtl,
                }));
                // The reference's own diagnostics are reported once, for the reference.
                if languages.iter().any(|l| l.tag == config.reference) {
                    l.1.clear();
                }
                l
            }
            None => load_locale(root, config, &language.tag, language.clone()),
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

/// The right-to-left pseudo-locale's text: every Latin letter of the words an Arabic letter
/// (Noto Naskh Arabic's and Noto Sans Arabic's), so the text runs right to left, joins as
/// Arabic does and is as long as the reference's; the notation, placeables, digits and
/// punctuation stay, and so do letters outside a–z (a name's "é" stays Latin, inside Arabic
/// text, as a Latin name in an Arabic statement does).
fn pseudo_rtl(s: &str) -> std::borrow::Cow<'_, str> {
    const ARABIC: [char; 26] = [
        'ا', 'ب', 'ص', 'د', 'ع', 'ف', 'غ', 'ح', 'ي', 'ج', 'ك', 'ل', 'م', 'ن', 'و', 'ط', 'ق', 'ر', 'س', 'ت',
        'ض', 'ظ', 'ش', 'خ', 'ى', 'ز',
    ];
    let letters = |t: &str| {
        t.chars()
            .map(|c| {
                if c.is_ascii_alphabetic() {
                    ARABIC[usize::from(c.to_ascii_lowercase() as u8 - b'a')]
                } else {
                    c
                }
            })
            .collect::<String>()
    };
    std::borrow::Cow::Owned(markup::map_words(s, &letters))
}

/// One locale's bundle from the .ftl files of `locales/<folder>/` (the reference's folder for a
/// pseudo-locale), with where each message is and every problem met.
fn load_locale(root: &Root, config: &Config, folder: &str, language: Language) -> (Locale, Vec<Diagnostic>) {
    let mut bundle: FluentBundle<Arc<FluentResource>> = FluentBundle::new(vec![language.langid.clone()]);
    // Every placeable isolated (U+2068 … U+2069); `isolate_where_needed` then keeps only the
    // isolations a reader needs (see there).
    bundle.set_use_isolating(true);
    functions::register(&mut bundle, &language);
    let (texts, mut diags) = read_files(root, config, folder);
    let mut files: Vec<FtlFile> = Vec::new();
    let mut sites: HashMap<String, Site> = HashMap::new();
    let mut resources = Vec::new();
    for (file, text) in texts {
        let file_index = files.len();
        let name = file.name.clone();
        files.push(file);
        let resource = parse_resource(&files[file_index], text, &mut diags);
        record_sites(&resource, file_index, &files, &mut sites, folder, &mut diags);
        let resource = Arc::new(resource);
        resources.push((file_index, resource.clone()));
        if let Err(errors) = bundle.add_resource(resource) {
            // Duplicates were reported with both places; anything else is reported here.
            for e in errors {
                if !matches!(e, FluentError::Overriding { .. }) {
                    diags.push(Diagnostic::error("ftl", e.to_string()).in_file(name.clone()));
                }
            }
        }
    }
    for d in &mut diags {
        d.locale.get_or_insert_with(|| folder.to_string());
    }
    (Locale { language, folder: folder.to_string(), bundle, files, resources, sites }, diags)
}

/// The .ftl files of a locale's folder, read and decoded (a byte-order mark dropped), with
/// what kept a file out: no folder, no file, unreadable, not UTF-8, nested too deep.
fn read_files(root: &Root, config: &Config, tag: &str) -> (Vec<(FtlFile, String)>, Vec<Diagnostic>) {
    let mut diags = Vec::new();
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
    let mut out = Vec::new();
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
        let ftl =
            FtlFile { name: file.name.clone(), path: file.path.clone(), text: Arc::from(text.as_str()) };
        // Fluent's parser recurses into each placeable: thousands of nested ones would overflow
        // the stack. Refused before any parsing.
        if let Some(at) = too_deep(&text) {
            let end = at + text[at..].chars().next().map_or(0, char::len_utf8);
            diags.push(
                Diagnostic::error(
                    "ftl-nesting",
                    format!("placeables and call arguments nested more than {MAX_NESTING} deep"),
                )
                .at(ftl.place(at..end))
                .help("a message needs a few levels at most: write this one with fewer nested `{ }`"),
            );
            continue;
        }
        out.push((ftl, text));
    }
    (out, diags)
}

/// A file's messages, parsed: what parses, and each syntax error at its place.
fn parse_resource(file: &FtlFile, text: String, diags: &mut Vec<Diagnostic>) -> FluentResource {
    match FluentResource::try_new(text) {
        Ok(r) => r,
        Err((r, errors)) => {
            for e in errors {
                // The parser points after the newline that ended the broken line: point at
                // the end of that line instead.
                let mut range = e.pos.clone();
                let bytes = file.text.as_bytes();
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
                        .at(file.place(range))
                        .help("fix the message at this place; see https://projectfluent.org/fluent/guide/ for the syntax"),
                );
            }
            r
        }
    }
}

/// Records where each message and term of a file is; a second definition of one is an error
/// naming both places.
fn record_sites(
    resource: &FluentResource,
    file_index: usize,
    files: &[FtlFile],
    sites: &mut HashMap<String, Site>,
    tag: &str,
    diags: &mut Vec<Diagnostic>,
) {
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
                    .at(files[file_index].place(site.range.clone()))
                    .note(format!("first defined at {}:{l}:{c}", f.name))
                    .help("remove or rename one of the two"),
            );
        } else {
            sites.insert(key, site);
        }
    }
}

/// Fluent isolates every placeable (FSI … PDI) so that a value in another direction than the
/// text keeps its own order ("(ICC)" in Arabic, an Arabic name in English). An isolation that
/// holds nothing of the other direction changes nothing a reader sees, but the two invisible
/// characters split the word they sit in for hyphenation and stay in copied text: those are
/// removed. The ones that hold a letter of the other direction (`rtl`: the text's direction)
/// stay, and a placeable's value then prints in its own order inside the sentence.
pub fn isolate_where_needed(text: &str, rtl: bool) -> String {
    use unicode_bidi::{BidiClass, bidi_class};
    const FSI: char = '\u{2068}';
    const PDI: char = '\u{2069}';
    if !text.contains(FSI) {
        return text.to_string();
    }
    let chars: Vec<char> = text.chars().collect();
    let mut keep = vec![true; chars.len()];
    let mut open: Vec<usize> = Vec::new();
    for (i, &c) in chars.iter().enumerate() {
        if c == FSI {
            open.push(i);
        } else if c == PDI
            && let Some(start) = open.pop()
        {
            // (publish's own placeholders, in the private use area, count for nothing.)
            let other = chars[start + 1..i].iter().any(|&c| match bidi_class(c) {
                BidiClass::L => rtl && !('\u{F0000}'..='\u{FFFFD}').contains(&c),
                BidiClass::R | BidiClass::AL => !rtl,
                _ => false,
            });
            if !other {
                keep[start] = false;
                keep[i] = false;
            }
        }
    }
    chars.iter().zip(keep).filter(|(_, k)| *k).map(|(c, _)| *c).collect()
}

/// A line of data set on its own (a name, an address line, an affiliation) in a document
/// running `rtl` (right to left) or not: isolated (U+2068 … U+2069) when all its letters run
/// the other way, so that it keeps its own order ("12 Example Street", "Human Rights Watch
/// (HRW)" in Arabic) and what stands beside it (a country, a note's mark) keeps its place. A
/// line with letters of the document's direction is left to the bidirectional algorithm.
pub fn isolate_line(text: &str, rtl: bool) -> String {
    use unicode_bidi::{BidiClass, bidi_class};
    let (mut same, mut other) = (false, false);
    for c in text.chars() {
        match bidi_class(c) {
            BidiClass::L => *(if rtl { &mut other } else { &mut same }) = true,
            BidiClass::R | BidiClass::AL => *(if rtl { &mut same } else { &mut other }) = true,
            _ => {}
        }
    }
    if other && !same { format!("\u{2068}{text}\u{2069}") } else { text.to_string() }
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
    /// The locale whose messages are formatted.
    pub locale: &'a Locale,
    /// The reference locale, which a missing message falls back to when allowed.
    pub reference: &'a Locale,
    /// Whether a message missing in the locale takes the reference's text, with a warning
    /// (`--allow-fallback`), rather than an error.
    pub allow_fallback: bool,
    /// The problems met while formatting, for the caller to report.
    pub diags: Vec<Diagnostic>,
    /// Whether the locale's text runs right to left (for the placeables' isolation).
    rtl: bool,
}

impl<'a> Formatter<'a> {
    /// A formatter of `locale`'s messages, falling back to `reference` when `allow_fallback`.
    pub fn new(locale: &'a Locale, reference: &'a Locale, allow_fallback: bool) -> Self {
        let rtl = locale.language.is_rtl();
        Self { locale, reference, allow_fallback, diags: Vec::new(), rtl }
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
                    Some(p) if self.allow_fallback && self.locale.tag() != self.reference.tag() => {
                        self.diags.push(
                            Diagnostic::warning(
                                "fallback",
                                format!("`{what}` is missing in locale {}: the {} text is used (--allow-fallback)", self.locale.tag(), self.reference.tag()),
                            )
                            .help(format!("translate it in {}", self.locale.folder())),
                        );
                        (self.reference, p)
                    }
                    _ => {
                        let mut d = Diagnostic::error(
                            "missing-message",
                            format!("message `{what}` is missing in locale {}", self.locale.tag()),
                        )
                        .help(format!(
                            "add `{id}` to a file in {} (or pass --allow-fallback for a draft)",
                            self.locale.folder()
                        ));
                        if let Some(place) = self.reference.place(id)
                            && self.reference.tag() != self.locale.tag()
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
        let value = isolate_where_needed(&value, self.rtl);
        for e in errors {
            let mut d =
                Diagnostic::error("format", format!("message `{what}` in locale {}: {e}", locale.tag()))
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_pseudo_locale_names_the_reference_s_folder() {
        let project = crate::project::load(crate::project::Root::Builtin).unwrap();
        let config = &project.config;
        let mut languages = config.languages();
        languages.extend(config.pseudo.iter().cloned());
        let (catalog, diags) = load(&project.root, config, &languages);
        assert!(diags.is_empty(), "{diags:?}");
        assert_eq!(catalog.get("fr").unwrap().folder(), "locales/fr/");
        for pseudo in ["en-XA", "ar-XB"] {
            // Its messages are the reference's: a translator fixes them there.
            assert_eq!(catalog.get(pseudo).unwrap().folder(), "locales/en-GB/", "{pseudo}");
        }
    }
}
