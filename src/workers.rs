//! Languages typeset in worker processes: for a run of several languages, one `publish` process
//! per language, each the same command line with `PUBLISH_INTERNAL_WORKER=<tag>` in its environment,
//! handing its files and findings back on standard output. Threads of one process share Typst's
//! memoization caches and slow each other down on their locks (10,000 names, EN+FR: 2.8 s in
//! two threads, 2.0 s in two processes; see BENCHMARKS.md); processes do not.
//!
//! Owns: the worker protocol (a JSON line, then the files' bytes). Must not: write files (the
//! parent writes all of them or none).

use std::ffi::OsString;
use std::io::Read;
use std::path::Path;
use std::process::{Command, Stdio};
use std::sync::Arc;
use std::time::Duration;

use serde::{Deserialize, Serialize};

use crate::diag::{Diagnostic, Failure, FailureKind, Place, Severity};
use crate::run::{self, Planned, Report};
use crate::settings::Settings;

/// From this many signatories on, a run of several languages starts a worker per language.
/// Below, the languages are typeset in threads of one process: as fast at the statement's size
/// (129 names, measured), and a process costs memory (two workers and their parent hold 80 MB
/// at that size, two threads 46 MB). At 1,000 names workers are 12% faster, at 10,000 30%.
pub const FROM_SIGNATORIES: usize = 1000;

/// The environment variable that makes `publish` a worker for one language.
pub const WORKER_ENV: &str = "PUBLISH_INTERNAL_WORKER";

#[derive(Serialize, Deserialize)]
struct Header {
    /// The run stopped for a usage or environment reason (exit code 2).
    usage: bool,
    diagnostics: Vec<WireDiagnostic>,
    files: Vec<WireFile>,
}

#[derive(Serialize, Deserialize)]
struct WireFile {
    name: String,
    format: String,
    locale: String,
    pages: usize,
    time_us: u64,
    len: usize,
}

#[derive(Serialize, Deserialize, PartialEq)]
struct WireDiagnostic {
    error: bool,
    code: String,
    message: String,
    /// File name, its text, and the byte range.
    place: Option<(String, String, usize, usize)>,
    file: Option<String>,
    notes: Vec<String>,
    help: Option<String>,
    locale: Option<String>,
    id: Option<String>,
}

impl From<&Diagnostic> for WireDiagnostic {
    fn from(d: &Diagnostic) -> Self {
        Self {
            error: d.is_error(),
            code: d.code.to_string(),
            message: d.message.clone(),
            place: d.place.as_ref().map(|p| (p.file.clone(), p.text.to_string(), p.range.start, p.range.end)),
            file: d.file.clone(),
            notes: d.notes.clone(),
            help: d.help.clone(),
            locale: d.locale.clone(),
            id: d.id.clone(),
        }
    }
}

impl WireDiagnostic {
    fn into_diagnostic(self) -> Diagnostic {
        // Codes are a fixed set of static strings; one coming back from a worker is kept for
        // the rest of the process (a run reports few findings).
        let code: &'static str = Box::leak(self.code.into_boxed_str());
        let mut d = if self.error {
            Diagnostic::error(code, self.message)
        } else {
            Diagnostic::warning(code, self.message)
        };
        d.place = self.place.map(|(file, text, start, end)| Place {
            file,
            text: Arc::from(text),
            range: start..end,
        });
        d.file = self.file;
        d.notes = self.notes;
        d.help = self.help;
        d.locale = self.locale;
        d.id = self.id;
        d
    }
}

/// The worker's side: typesets the one language of `settings` and returns what it prints on
/// standard output.
pub fn serve(settings: &Settings) -> Vec<u8> {
    let (header, bytes) = match run::typeset_languages(settings, None) {
        Ok((done, warnings)) => {
            let mut bytes = Vec::new();
            let files = run::outputs(settings, &done)
                .into_iter()
                .map(|(name, b, format, t)| {
                    bytes.extend_from_slice(&b);
                    WireFile {
                        name,
                        format: format.to_string(),
                        locale: t.model.locale.clone(),
                        pages: t.document.pages().len(),
                        time_us: t.time.as_micros() as u64,
                        len: b.len(),
                    }
                })
                .collect();
            (Header { usage: false, diagnostics: warnings.iter().map(Into::into).collect(), files }, bytes)
        }
        Err(f) => (
            Header {
                usage: f.kind == FailureKind::Usage,
                diagnostics: f.diagnostics.iter().map(Into::into).collect(),
                files: Vec::new(),
            },
            Vec::new(),
        ),
    };
    let mut out = serde_json::to_vec(&header).expect("plain data");
    out.push(b'\n');
    out.extend(bytes);
    out
}

/// The parent's side: one worker per language of `settings`, started as `exe args`, then all
/// files written or none. `None` when a worker could not be started (the caller typesets in
/// threads instead).
pub fn publish(settings: &Settings, exe: &Path, args: &[OsString]) -> Option<Result<Report, Failure>> {
    let mut children = Vec::new();
    for tag in &settings.locales {
        let child = Command::new(exe)
            .args(args)
            .env(WORKER_ENV, tag)
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::inherit())
            .spawn();
        match child {
            Ok(c) => children.push((tag.clone(), c)),
            Err(_) => {
                for (_, mut c) in children {
                    let _ = c.kill();
                    let _ = c.wait();
                }
                return None;
            }
        }
    }
    // Read every worker's output at once (a full pipe would hold a worker back). A worker that
    // could not be read, or ended in a crash, hands back nothing, which is reported below.
    let outputs: Vec<(String, Vec<u8>)> = std::thread::scope(|scope| {
        let readers: Vec<_> = children
            .into_iter()
            .map(|(tag, mut child)| {
                scope.spawn(move || {
                    let mut out = Vec::new();
                    let read = child.stdout.take().expect("piped").read_to_end(&mut out);
                    let ended = child.wait().is_ok_and(|s| s.success());
                    if read.is_err() || !ended {
                        out.clear();
                    }
                    (tag, out)
                })
            })
            .collect();
        readers.into_iter().map(|r| r.join().expect("reading a worker does not panic")).collect()
    });

    let mut diagnostics: Vec<WireDiagnostic> = Vec::new();
    let mut usage = false;
    let mut planned = Vec::new();
    for (tag, output) in outputs {
        let Some((header, bytes)) = parse(&output) else {
            return Some(Err(Failure::usage(
                Diagnostic::error(
                    "internal",
                    format!("the process typesetting {tag} ended without a result"),
                )
                .help(
                    "run `publish --lang {tag}` alone to see what it says; if it crashed, please report it",
                ),
            )));
        };
        usage |= header.usage;
        // Findings every language meets (in the reference, in publish.toml) are told once.
        for d in header.diagnostics {
            if !diagnostics.contains(&d) {
                diagnostics.push(d);
            }
        }
        let mut at = 0;
        for f in header.files {
            let Some(b) = bytes.get(at..at + f.len) else {
                return Some(Err(Failure::usage(Diagnostic::error(
                    "internal",
                    format!("the process typesetting {tag} handed back a short file"),
                ))));
            };
            at += f.len;
            planned.push(Planned {
                format: match f.format.as_str() {
                    "png" => "png",
                    "svg" => "svg",
                    _ => "pdf",
                },
                name: f.name,
                bytes: b.to_vec(),
                locale: f.locale,
                pages: f.pages,
                time: Duration::from_micros(f.time_us),
            });
        }
    }
    let diagnostics: Vec<Diagnostic> = diagnostics.into_iter().map(WireDiagnostic::into_diagnostic).collect();
    if usage {
        return Some(Err(Failure { kind: FailureKind::Usage, diagnostics }));
    }
    if diagnostics.iter().any(|d| d.severity == Severity::Error) {
        return Some(Err(Failure::project(diagnostics)));
    }
    Some(run::write(settings, planned, diagnostics))
}

fn parse(out: &[u8]) -> Option<(Header, &[u8])> {
    let end = out.iter().position(|&b| b == b'\n')?;
    let header: Header = serde_json::from_slice(&out[..end]).ok()?;
    Some((header, &out[end + 1..]))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_finding_crosses_the_pipe_whole() {
        let text: Arc<str> = "a = b\nsig-x = Հ\n".into();
        let d = Diagnostic::error("missing-glyph", "no font has U+0540")
            .at(Place { file: "locales/fr/signatories.ftl".into(), text, range: 14..16 })
            .note("a note")
            .help("add a font");
        let wire = WireDiagnostic::from(&d);
        let json = serde_json::to_string(&wire).unwrap();
        let back = serde_json::from_str::<WireDiagnostic>(&json).unwrap().into_diagnostic();
        assert_eq!(back.code, "missing-glyph");
        assert!(back.is_error());
        assert_eq!(back.message, d.message);
        assert_eq!(back.place.as_ref().unwrap().line_col(), (2, 9));
        assert_eq!(back.notes, vec!["a note".to_string()]);
        assert_eq!(back.help.as_deref(), Some("add a font"));
    }

    #[test]
    fn output_that_is_not_a_worker_s_is_refused() {
        assert!(parse(b"").is_none());
        assert!(parse(b"not json\n%PDF").is_none());
        let (header, bytes) = parse(b"{\"usage\":false,\"diagnostics\":[],\"files\":[]}\nrest").unwrap();
        assert!(header.files.is_empty() && !header.usage);
        assert_eq!(bytes, b"rest");
    }
}
