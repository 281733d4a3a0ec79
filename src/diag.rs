//! One diagnostic type for everything publish reports (publish.toml, Fluent files, layouts,
//! typesetting checks) and one printer for all of them.
//!
//! Owns: `Diagnostic`, `Failure` (what a command returns when it cannot go on) and the exit-code
//! classes. Must not: read files or decide anything about the project; it only reports.

use std::fmt;
use std::io::Write;
use std::ops::Range;

use codespan_reporting::diagnostic::{Diagnostic as CsDiagnostic, Label};
use codespan_reporting::term::{self, Config};

/// How serious a finding is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// A problem: the run stops (or `publish check` fails).
    Error,
    /// Worth knowing: reported, and the run goes on.
    Warning,
}

/// A place in a file the user can open: a display name, the file's text and a byte range in it.
#[derive(Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Place {
    /// The file's display name (`locales/fr/main.ftl`).
    pub file: String,
    /// The file's whole text, shared by every place in it.
    pub text: std::sync::Arc<str>,
    /// The byte range the finding concerns (empty for a point).
    pub range: Range<usize>,
}

impl fmt::Debug for Place {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let (line, col) = self.line_col();
        write!(f, "{}:{line}:{col}", self.file)
    }
}

impl Place {
    /// 1-based line and column (in characters) of the start of the range.
    pub fn line_col(&self) -> (usize, usize) {
        line_col(&self.text, self.range.start)
    }
}

/// Line and column of places, with each text's line starts found once: `check` on a statement
/// of 10,000 names may report 10,000 places in one file, and scanning the file from its start
/// for each of them took seconds.
#[derive(Default)]
struct LineIndex {
    /// Line starts by the address of the text (the places keep their texts alive meanwhile).
    starts: std::collections::HashMap<usize, Vec<usize>>,
}

impl LineIndex {
    fn line_col(&mut self, place: &Place) -> (usize, usize) {
        let text: &str = &place.text;
        let starts = self.starts.entry(text.as_ptr() as usize).or_insert_with(|| {
            std::iter::once(0).chain(text.match_indices('\n').map(|(i, _)| i + 1)).collect()
        });
        let mut offset = place.range.start.min(text.len());
        while !text.is_char_boundary(offset) {
            offset -= 1;
        }
        let line = starts.partition_point(|&s| s <= offset);
        let col = text[starts[line - 1]..offset].chars().count() + 1;
        (line, col)
    }
}

/// 1-based line and column (in characters) of a byte offset in a text.
pub fn line_col(text: &str, offset: usize) -> (usize, usize) {
    let offset = offset.min(text.len());
    let mut offset = offset;
    while !text.is_char_boundary(offset) {
        offset -= 1;
    }
    let before = &text[..offset];
    let line = before.matches('\n').count() + 1;
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    let col = before[line_start..].chars().count() + 1;
    (line, col)
}

/// One finding: what is wrong, where, and how to fix it. It serialises itself (the worker
/// processes hand their findings back as JSON).
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Diagnostic {
    /// Whether it is an error or a warning.
    pub severity: Severity,
    /// A short stable code, e.g. `ftl-syntax`, `missing-message`, `missing-glyph`.
    pub code: std::borrow::Cow<'static, str>,
    /// What is wrong, in one sentence.
    pub message: String,
    /// The place in a file, when there is one.
    pub place: Option<Place>,
    /// A file name without a precise place (e.g. an unreadable file).
    pub file: Option<String>,
    /// Extra facts, printed as `= note: ...`.
    pub notes: Vec<String>,
    /// How to fix it, printed as `= help: ...`.
    pub help: Option<String>,
    /// The locale it concerns, if one.
    pub locale: Option<String>,
    /// The message id it concerns, if one.
    pub id: Option<String>,
}

impl Diagnostic {
    /// An error with its code and message, nothing else set.
    pub fn error(code: &'static str, message: impl Into<String>) -> Self {
        Self {
            severity: Severity::Error,
            code: std::borrow::Cow::Borrowed(code),
            message: message.into(),
            place: None,
            file: None,
            notes: Vec::new(),
            help: None,
            locale: None,
            id: None,
        }
    }

    /// A warning with its code and message, nothing else set.
    pub fn warning(code: &'static str, message: impl Into<String>) -> Self {
        Self { severity: Severity::Warning, ..Self::error(code, message) }
    }

    /// The finding at a place in a file.
    pub fn at(mut self, place: Place) -> Self {
        self.place = Some(place);
        self
    }

    /// The finding in a file, without a precise place (shown as `in <file>`).
    pub fn in_file(mut self, file: impl Into<String>) -> Self {
        self.file = Some(file.into());
        self
    }

    /// Adds a fact, printed as `= note: ...`.
    pub fn note(mut self, note: impl Into<String>) -> Self {
        self.notes.push(note.into());
        self
    }

    /// Sets how to fix it, printed as `= help: ...`.
    pub fn help(mut self, help: impl Into<String>) -> Self {
        self.help = Some(help.into());
        self
    }

    /// Sets the locale it concerns (`fr`).
    pub fn for_locale(mut self, locale: impl Into<String>) -> Self {
        self.locale = Some(locale.into());
        self
    }

    /// Sets the message id it concerns.
    pub fn for_id(mut self, id: impl Into<String>) -> Self {
        self.id = Some(id.into());
        self
    }

    /// The same finding as an error (`--strict`).
    pub fn into_error(self) -> Self {
        Self { severity: Severity::Error, ..self }
    }

    /// Whether it is an error.
    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if let Some(place) = &self.place {
            let (line, col) = place.line_col();
            write!(f, "{}:{line}:{col}: ", place.file)?;
        } else if let Some(file) = &self.file {
            write!(f, "{file}: ")?;
        }
        write!(f, "{}", self.message)
    }
}

/// Why a command stopped; decides the exit code.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FailureKind {
    /// The project's files have errors (Fluent, publish.toml, a layout, a glyph, overflow): exit 1.
    Project,
    /// Usage or environment (a bad flag, an unknown language or layout, an unwritable output): exit 2.
    Usage,
}

/// What a command returns when it cannot go on: every error found, and the class of failure.
#[derive(Debug)]
pub struct Failure {
    /// The class of failure, which decides the exit code.
    pub kind: FailureKind,
    /// Every finding to report, warnings met before the failure included.
    pub diagnostics: Vec<Diagnostic>,
}

impl Failure {
    /// The same failure, after the warnings met before it.
    pub fn after(mut self, warnings: &[Diagnostic]) -> Self {
        let mut all = warnings.to_vec();
        all.append(&mut self.diagnostics);
        self.diagnostics = all;
        self
    }

    /// The project's files are wrong (exit 1): these errors.
    pub fn project(diagnostics: Vec<Diagnostic>) -> Self {
        Self { kind: FailureKind::Project, diagnostics }
    }

    /// The command line or the environment is wrong (exit 2): this error.
    pub fn usage(diagnostic: Diagnostic) -> Self {
        Self { kind: FailureKind::Usage, diagnostics: vec![diagnostic] }
    }

    /// The exit code: 1 for a project failure, 2 for a usage one.
    pub fn exit_code(&self) -> u8 {
        match self.kind {
            FailureKind::Project => 1,
            FailureKind::Usage => 2,
        }
    }
}

impl From<Diagnostic> for Failure {
    fn from(d: Diagnostic) -> Self {
        Self::project(vec![d])
    }
}

/// Findings of one code in one file shown before the rest are summed up in one line.
pub const MAX_ALIKE: usize = 20;

/// The longest source line shown whole; a longer one is cut around the place.
pub const MAX_SHOWN_LINE: usize = 160;

/// Whether a character is shown escaped (`\u{202E}`): control characters, which a terminal
/// obeys, and bidirectional formatting characters, which reorder what a reader sees.
pub fn is_hidden_control(c: char) -> bool {
    (c.is_control() && c != '\n' && c != '\t')
        || matches!(c, '\u{061C}' | '\u{200E}' | '\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
        || matches!(c, '\u{2028}' | '\u{2029}')
}

/// The text with every hidden control written as `\u{XXXX}`.
pub fn escape_controls(s: &str) -> std::borrow::Cow<'_, str> {
    if !s.chars().any(is_hidden_control) {
        return std::borrow::Cow::Borrowed(s);
    }
    std::borrow::Cow::Owned(
        s.chars()
            .map(|c| if is_hidden_control(c) { format!("\\u{{{:04X}}}", c as u32) } else { c.to_string() })
            .collect(),
    )
}

/// One line of text as shown: every hidden control escaped, and line breaks too (`\n`, `\r`),
/// so that a path or a tag holding one cannot draw a line of its own on the terminal.
pub fn escape_line(s: &str) -> std::borrow::Cow<'_, str> {
    let controls = escape_controls(s);
    if !controls.contains(['\n', '\r']) {
        return controls;
    }
    std::borrow::Cow::Owned(controls.replace('\n', "\\n").replace('\r', "\\r"))
}

/// The findings to show: at most [`MAX_ALIKE`] of one severity and code in one file, then one
/// line saying how many more there are ("and 520,988 more like this").
pub fn summarise(diagnostics: &[Diagnostic]) -> Vec<Diagnostic> {
    let key = |d: &Diagnostic| {
        (d.is_error(), d.code.clone(), d.place.as_ref().map(|p| p.file.clone()).or_else(|| d.file.clone()))
    };
    let mut counts: std::collections::HashMap<_, usize> = std::collections::HashMap::new();
    let mut out = Vec::new();
    let mut more: Vec<(Diagnostic, usize)> = Vec::new();
    for d in diagnostics {
        let k = key(d);
        let n = counts.entry(k.clone()).or_default();
        *n += 1;
        if *n <= MAX_ALIKE {
            out.push(d.clone());
        } else if *n == MAX_ALIKE + 1 {
            more.push((d.clone(), 1));
        } else if let Some(m) = more.iter_mut().find(|(m, _)| key(m) == k) {
            m.1 += 1;
        }
    }
    for (d, n) in more {
        let file = d.place.as_ref().map(|p| p.file.clone()).or_else(|| d.file.clone());
        let mut s = Diagnostic { message: format!("and {} more like this", group_digits(n)), ..d };
        s.place = None;
        s.file = file;
        s.notes.clear();
        s.id = None;
        out.push(s);
    }
    out
}

fn group_digits(n: usize) -> String {
    let s = n.to_string();
    let mut out = String::new();
    for (i, c) in s.chars().enumerate() {
        if i > 0 && (s.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

/// One place as shown: its line (cut around the place when long, controls escaped), the label's
/// range in it, and the real line and column.
struct Snippet {
    name: String,
    line_text: String,
    label: Range<usize>,
    line: usize,
    column: usize,
}

impl Snippet {
    fn new(place: &Place, lines: &mut LineIndex) -> Self {
        let (line, column) = lines.line_col(place);
        let text: &str = &place.text;
        let mut start = place.range.start.min(text.len());
        while !text.is_char_boundary(start) {
            start -= 1;
        }
        let line_start = text[..start].rfind('\n').map_or(0, |i| i + 1);
        let line_end = text[start..].find('\n').map_or(text.len(), |i| start + i);
        let mut end = place.range.end.clamp(start, line_end);
        while !text.is_char_boundary(end) {
            end -= 1;
        }
        let whole = text[line_start..line_end].trim_end_matches('\r');
        let (before, label, after) = (
            // (A place at the `\r` of a CRLF line end starts past the trimmed line.)
            &whole[..(start - line_start).min(whole.len())],
            &whole[(start - line_start).min(whole.len())..(end - line_start).min(whole.len())],
            &whole[(end - line_start).min(whole.len())..],
        );
        // Cut a long line around the place: some context before, the label (itself cut), some
        // after.
        let keep = MAX_SHOWN_LINE / 2;
        let cut_start = |s: &str, n: usize| -> String {
            let count = s.chars().count();
            if count <= n {
                s.to_string()
            } else {
                format!("…{}", s.chars().skip(count - n).collect::<String>())
            }
        };
        let cut_end = |s: &str, n: usize| -> String {
            if s.chars().count() <= n {
                s.to_string()
            } else {
                format!("{}…", s.chars().take(n).collect::<String>())
            }
        };
        let label = cut_end(label, keep);
        let (before, after) = if whole.chars().count() > MAX_SHOWN_LINE {
            (cut_start(before, keep / 2), cut_end(after, keep / 2))
        } else {
            (before.to_string(), after.to_string())
        };
        let (before, label, after) =
            (escape_controls(&before), escape_controls(&label), escape_controls(&after));
        let line_text = format!("{before}{label}{after}");
        let label = before.len()..before.len() + label.len();
        Snippet { name: place.file.clone(), line_text, label, line, column }
    }
}

/// The snippets as codespan's files: each one line, numbered and placed as in the real file.
struct Snippets(Vec<Snippet>);

impl<'a> codespan_reporting::files::Files<'a> for Snippets {
    type FileId = usize;
    type Name = &'a str;
    type Source = &'a str;

    fn name(&'a self, id: usize) -> Result<&'a str, codespan_reporting::files::Error> {
        Ok(&self.0[id].name)
    }

    fn source(&'a self, id: usize) -> Result<&'a str, codespan_reporting::files::Error> {
        Ok(&self.0[id].line_text)
    }

    fn line_index(&'a self, _: usize, _: usize) -> Result<usize, codespan_reporting::files::Error> {
        Ok(0)
    }

    fn line_number(&'a self, id: usize, _: usize) -> Result<usize, codespan_reporting::files::Error> {
        Ok(self.0[id].line)
    }

    fn column_number(
        &'a self,
        id: usize,
        _: usize,
        byte: usize,
    ) -> Result<usize, codespan_reporting::files::Error> {
        let s = &self.0[id];
        let from = s.label.start.min(byte);
        let to = s.label.start.max(byte).min(s.line_text.len());
        let n = s.line_text.get(from..to).map_or(0, |t| t.chars().count());
        Ok(if byte >= s.label.start { s.column + n } else { s.column.saturating_sub(n) })
    }

    fn line_range(
        &'a self,
        id: usize,
        line: usize,
    ) -> Result<Range<usize>, codespan_reporting::files::Error> {
        if line == 0 {
            Ok(0..self.0[id].line_text.len())
        } else {
            Err(codespan_reporting::files::Error::LineTooLarge { given: line, max: 0 })
        }
    }
}

/// Prints diagnostics the way rustc and the Typst CLI do: the message, `file:line:col`, the
/// source line with the place underlined, then notes and help. Many findings alike are summed up
/// ([`summarise`]), a long line is cut around the place, and control characters are shown
/// escaped, never sent to the terminal.
pub fn print(out: &mut dyn Write, diagnostics: &[Diagnostic]) {
    let config = Config::default();
    let mut lines = LineIndex::default();
    for d in summarise(diagnostics) {
        let mut cs = match d.severity {
            Severity::Error => CsDiagnostic::error(),
            Severity::Warning => CsDiagnostic::warning(),
        }
        .with_code(d.code.as_ref())
        .with_message(escape_line(&d.message));
        let mut files = Snippets(Vec::new());
        if let Some(place) = &d.place {
            let snippet = Snippet::new(place, &mut lines);
            cs = cs.with_labels(vec![Label::primary(0, snippet.label.clone())]);
            files.0.push(snippet);
        }
        let mut notes = Vec::new();
        if d.place.is_none()
            && let Some(file) = &d.file
        {
            notes.push(format!("in {file}"));
        }
        notes.extend(d.notes.iter().cloned());
        if let Some(help) = &d.help {
            notes.push(format!("help: {help}"));
        }
        cs = cs.with_notes(notes.iter().map(|n| escape_controls(n).into_owned()).collect());
        if term::emit_to_io_write(out, &config, &files, &cs).is_err() {
            let _ = writeln!(out, "{}", escape_controls(&d.to_string()));
        }
    }
}

/// One finding as `publish check --format json` prints it.
#[derive(Debug, serde::Serialize)]
pub struct JsonFinding<'a> {
    /// `error` or `warning`.
    pub severity: &'static str,
    /// The finding's stable code (`missing-message`).
    pub code: &'a str,
    /// The locale it concerns; `None` when it concerns none.
    pub locale: Option<&'a str>,
    /// The file it is in, by display name; `None` when it concerns no file.
    pub file: Option<&'a str>,
    /// The 1-based line of its place; `None` without a precise place.
    pub line: Option<usize>,
    /// The 1-based column of its place, in characters; `None` without a precise place.
    pub column: Option<usize>,
    /// The message id it concerns; `None` when it concerns none.
    pub id: Option<&'a str>,
    /// What is wrong, with the help after it in parentheses (`(help: ...)`).
    pub message: String,
}

fn severity_name(s: Severity) -> &'static str {
    match s {
        Severity::Error => "error",
        Severity::Warning => "warning",
    }
}

fn full_message(d: &Diagnostic) -> String {
    let mut m = d.message.clone();
    if let Some(help) = &d.help {
        m.push_str(" (help: ");
        m.push_str(help);
        m.push(')');
    }
    m
}

/// The JSON document of `--format json`: every finding, and the counts.
pub fn to_json(diagnostics: &[Diagnostic]) -> String {
    let mut lines = LineIndex::default();
    let shown = summarise(diagnostics);
    let findings: Vec<JsonFinding> = shown
        .iter()
        .map(|d| {
            let (line, column) = d.place.as_ref().map(|p| lines.line_col(p)).unzip();
            JsonFinding {
                severity: severity_name(d.severity),
                code: &d.code,
                locale: d.locale.as_deref(),
                file: d.place.as_ref().map(|p| p.file.as_str()).or(d.file.as_deref()),
                line,
                column,
                id: d.id.as_deref(),
                message: full_message(d),
            }
        })
        .collect();
    let errors = diagnostics.iter().filter(|d| d.is_error()).count();
    let doc = serde_json::json!({
        "findings": findings,
        "errors": errors,
        "warnings": diagnostics.len() - errors,
    });
    serde_json::to_string_pretty(&doc).expect("plain data")
}

/// GitHub Actions workflow commands, one line per finding.
pub fn to_github(diagnostics: &[Diagnostic]) -> String {
    let escape = |s: &str| s.replace('%', "%25").replace('\r', "%0D").replace('\n', "%0A");
    let escape_prop = |s: &str| escape(s).replace(':', "%3A").replace(',', "%2C");
    let mut out = String::new();
    let mut lines = LineIndex::default();
    for d in summarise(diagnostics) {
        let d = &d;
        let mut props = Vec::new();
        if let Some(file) = d.place.as_ref().map(|p| p.file.as_str()).or(d.file.as_deref()) {
            props.push(format!("file={}", escape_prop(file)));
        }
        if let Some(p) = &d.place {
            let (l, c) = lines.line_col(p);
            props.push(format!("line={l}"));
            props.push(format!("col={c}"));
        }
        props.push(format!("title={}", escape_prop(&d.code)));
        out.push_str(&format!(
            "::{} {}::{}\n",
            severity_name(d.severity),
            props.join(","),
            escape(&escape_controls(&full_message(d)))
        ));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_line_index_agrees_with_scanning_from_the_start() {
        let text: std::sync::Arc<str> = "a = é\r\nb = ü{ $x }\n\n# c\nd = 日本\n".into();
        let mut index = LineIndex::default();
        for offset in 0..=text.len() + 2 {
            let place = Place { file: "f.ftl".into(), text: text.clone(), range: offset..offset };
            assert_eq!(index.line_col(&place), line_col(&text, offset), "offset {offset}");
        }
        // Written out for a few places: line 2 column 5 is `ü`, line 5 column 5 is `日`.
        let at = |o: usize| index_at(&text, o);
        assert_eq!(at(text.find('ü').unwrap()), (2, 5));
        assert_eq!(at(text.find('日').unwrap()), (5, 5));
        assert_eq!(at(0), (1, 1));
    }

    #[test]
    fn a_place_at_the_end_of_a_crlf_line_is_shown() {
        // Every place in a text with CRLF line ends, the `\r` among them (a TOML error can
        // point there), prints without a panic, on its line.
        let text: std::sync::Arc<str> = "ab\r\nc = 1\r\n".into();
        for offset in 0..=text.len() {
            let d = Diagnostic::error("config", "x").at(Place {
                file: "publish.toml".into(),
                text: text.clone(),
                range: offset..offset + 1,
            });
            let mut out = Vec::new();
            print(&mut out, &[d]);
            let shown = String::from_utf8(out).unwrap();
            assert!(shown.contains("publish.toml:"), "{offset}: {shown}");
        }
    }

    fn index_at(text: &std::sync::Arc<str>, offset: usize) -> (usize, usize) {
        LineIndex::default().line_col(&Place {
            file: String::new(),
            text: text.clone(),
            range: offset..offset,
        })
    }
}
