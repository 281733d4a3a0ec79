//! One diagnostic type for everything publish reports (publish.toml, Fluent files, layouts,
//! typesetting checks) and one printer for all of them.
//!
//! Owns: `Diagnostic`, `Failure` (what a command returns when it cannot go on) and the exit-code
//! classes. Must not: read files or decide anything about the project; it only reports.

use std::fmt;
use std::io::Write;
use std::ops::Range;

use codespan_reporting::diagnostic::{Diagnostic as CsDiagnostic, Label};
use codespan_reporting::files::SimpleFiles;
use codespan_reporting::term::{self, Config};

/// How serious a finding is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Severity {
    Error,
    Warning,
}

/// A place in a file the user can open: a display name, the file's text and a byte range in it.
#[derive(Debug, Clone)]
pub struct Place {
    pub file: String,
    pub text: std::sync::Arc<str>,
    pub range: Range<usize>,
}

impl Place {
    /// 1-based line and column (in characters) of the start of the range.
    pub fn line_col(&self) -> (usize, usize) {
        line_col(&self.text, self.range.start)
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

/// One finding: what is wrong, where, and how to fix it.
#[derive(Debug, Clone)]
pub struct Diagnostic {
    pub severity: Severity,
    /// A short stable code, e.g. `ftl-syntax`, `missing-message`, `missing-glyph`.
    pub code: &'static str,
    pub message: String,
    /// The place in a file, when there is one.
    pub place: Option<Place>,
    /// A file name without a precise place (e.g. an unreadable file).
    pub file: Option<String>,
    /// Extra facts, printed as `= note: ...`.
    pub notes: Vec<String>,
    /// How to fix it, printed as `= help: ...`.
    pub help: Option<String>,
}

impl Diagnostic {
    pub fn error(code: &'static str, message: impl Into<String>) -> Self {
        Self {
            severity: Severity::Error,
            code,
            message: message.into(),
            place: None,
            file: None,
            notes: Vec::new(),
            help: None,
        }
    }

    pub fn warning(code: &'static str, message: impl Into<String>) -> Self {
        Self {
            severity: Severity::Warning,
            ..Self::error(code, message)
        }
    }

    pub fn at(mut self, place: Place) -> Self {
        self.place = Some(place);
        self
    }

    pub fn in_file(mut self, file: impl Into<String>) -> Self {
        self.file = Some(file.into());
        self
    }

    pub fn note(mut self, note: impl Into<String>) -> Self {
        self.notes.push(note.into());
        self
    }

    pub fn help(mut self, help: impl Into<String>) -> Self {
        self.help = Some(help.into());
        self
    }

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
    pub kind: FailureKind,
    pub diagnostics: Vec<Diagnostic>,
}

impl Failure {
    pub fn project(diagnostics: Vec<Diagnostic>) -> Self {
        Self {
            kind: FailureKind::Project,
            diagnostics,
        }
    }

    pub fn usage(diagnostic: Diagnostic) -> Self {
        Self {
            kind: FailureKind::Usage,
            diagnostics: vec![diagnostic],
        }
    }

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

/// Prints diagnostics the way rustc and the Typst CLI do: the message, `file:line:col`, the
/// source line with the place underlined, then notes and help.
pub fn print(out: &mut dyn Write, diagnostics: &[Diagnostic]) {
    let mut files = SimpleFiles::new();
    let config = Config::default();
    for d in diagnostics {
        let mut cs = match d.severity {
            Severity::Error => CsDiagnostic::error(),
            Severity::Warning => CsDiagnostic::warning(),
        }
        .with_code(d.code)
        .with_message(&d.message);
        if let Some(place) = &d.place {
            let id = files.add(place.file.clone(), place.text.clone());
            let end = place.range.end.max(place.range.start).min(place.text.len());
            let start = place.range.start.min(end);
            cs = cs.with_labels(vec![Label::primary(id, start..end)]);
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
        cs = cs.with_notes(notes);
        if term::emit_to_io_write(out, &config, &files, &cs).is_err() {
            // The file database cannot fail for the files we add; fall back to one line.
            let _ = writeln!(out, "{d}");
        }
    }
}
