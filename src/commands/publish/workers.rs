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
use std::time::Duration;

use serde::{Deserialize, Serialize};

use super::{Report, outputs, typeset_languages, write};
use crate::diag::{Diagnostic, Failure, FailureKind, Severity};
use crate::output::files::OutputFile;
use crate::project::settings::Settings;

/// From this many signatories on, a run of several languages starts a worker per language.
/// Below, the languages are typeset in threads of one process: as fast at the statement's size
/// (129 names, measured), and a process costs memory (two workers and their parent hold 80 MB
/// at that size, two threads 46 MB). At 1,000 names workers are 12% faster, at 10,000 30%.
pub const FROM_SIGNATORIES: usize = 1000;

/// The environment variable that makes `publish` a worker for one language.
pub const WORKER_ENV: &str = "PUBLISH_INTERNAL_WORKER";

/// What a worker hands back: a JSON line of this, then the files' bytes one after another (each
/// file's `bytes` long).
#[derive(Serialize, Deserialize)]
struct Header {
    /// The run stopped for a usage or environment reason (exit code 2).
    usage: bool,
    diagnostics: Vec<Diagnostic>,
    files: Vec<OutputFile>,
}

/// The tag of the language this process typesets as a worker, if it is one.
pub fn worker_tag() -> Option<String> {
    std::env::var(WORKER_ENV).ok()
}

/// Whether a run typesets in worker processes: when its languages are many names long (they
/// run faster apart), or when the layout is the project's own (a layout is a program: in a
/// process of its own it runs under the time and memory limits, and a runaway one ends cleanly).
pub fn wanted(settings: &Settings) -> bool {
    let large = settings.project.config.signatories.len() >= FROM_SIGNATORIES;
    (large && settings.languages.len() > 1) || !settings.layout.is_builtin()
}

/// How many workers run at once: one per core, the rest wait their turn.
pub fn parallelism() -> usize {
    std::thread::available_parallelism().map_or(1, std::num::NonZero::get)
}

/// The worker's side: typesets the language `tag` of `settings` and returns what it prints on
/// standard output. It ends as soon as its parent does (its standard input closes), and under
/// the memory limit of `settings`.
pub fn serve(settings: &Settings, tag: &str) -> Result<Vec<u8>, Failure> {
    let Some(language) = settings.languages.iter().find(|l| l.tag == tag) else {
        return Err(Failure::usage(
            Diagnostic::error("usage", format!("{WORKER_ENV}={tag} names no language of this run"))
                .help(format!("{WORKER_ENV} is set by publish for its own processes: unset it")),
        ));
    };
    // The parent holds our standard input open and never writes to it: end of input means the
    // parent is gone (Ctrl-C, SIGTERM, a crash), and there is no one left to hand the work to.
    std::thread::spawn(|| {
        let mut buf = [0u8; 64];
        let mut stdin = std::io::stdin();
        while matches!(stdin.read(&mut buf), Ok(n) if n > 0) {}
        std::process::exit(3);
    });
    if let Some(bytes) = settings.memory_limit {
        limit_memory(bytes);
    }
    let (header, bytes) = match typeset_languages(settings, std::slice::from_ref(language), None) {
        Ok((done, warnings)) => match outputs(settings, &done) {
            Ok(files) => {
                let bytes: Vec<u8> = files.iter().flat_map(|f| f.data.iter().copied()).collect();
                (Header { usage: false, diagnostics: warnings, files }, bytes)
            }
            Err(f) => (failure_header(f), Vec::new()),
        },
        Err(f) => (failure_header(f), Vec::new()),
    };
    let mut out = serde_json::to_vec(&header).expect("plain data");
    out.push(b'\n');
    out.extend(bytes);
    Ok(out)
}

fn failure_header(f: Failure) -> Header {
    Header { usage: f.kind == FailureKind::Usage, diagnostics: f.diagnostics, files: Vec::new() }
}

/// Limits this process's memory: its data segment and private mappings on Linux (thread stacks
/// and the allocator's reserved address space do not count), its address space on other Unix
/// systems. An allocation past the limit fails and ends the process, which the parent reports.
#[cfg(unix)]
fn limit_memory(bytes: u64) {
    #[cfg(target_os = "linux")]
    let resource = libc::RLIMIT_DATA;
    #[cfg(not(target_os = "linux"))]
    let resource = libc::RLIMIT_AS;
    let limit = libc::rlimit { rlim_cur: bytes as libc::rlim_t, rlim_max: bytes as libc::rlim_t };
    // SAFETY: setrlimit reads the struct passed by reference and changes only this process.
    unsafe {
        libc::setrlimit(resource, &limit);
    }
}

/// Not supported on this platform: the time limit still holds, the memory limit does not.
#[cfg(not(unix))]
fn limit_memory(_bytes: u64) {}

/// How one worker ended.
enum Outcome {
    /// It handed back its result.
    Output(Vec<u8>),
    /// It ran past the time limit and was stopped.
    TimedOut(Duration),
    /// It ended without a result: what it said on its error output, and how it ended.
    Crashed { stderr: String, status: String },
}

/// Runs one worker to its end, or to the time limit.
fn run_worker(
    exe: &Path,
    args: &[OsString],
    tag: &str,
    timeout: Option<Duration>,
) -> std::io::Result<Outcome> {
    let mut child = Command::new(exe)
        .args(args)
        .env(WORKER_ENV, tag)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()?;
    // Held, never written: the worker stops when it closes (when this process ends).
    let stdin = child.stdin.take();
    let mut stdout = child.stdout.take().expect("piped");
    let mut stderr = child.stderr.take().expect("piped");
    let (tx, rx) = std::sync::mpsc::channel();
    let err_reader = std::thread::spawn(move || {
        let mut s = Vec::new();
        let _ = stderr.read_to_end(&mut s);
        String::from_utf8_lossy(&s).into_owned()
    });
    std::thread::spawn(move || {
        let mut out = Vec::new();
        let read = stdout.read_to_end(&mut out);
        let _ = tx.send(read.map(|_| out));
    });
    let received = match timeout {
        Some(t) => rx.recv_timeout(t).map_err(|_| ()),
        None => rx.recv().map_err(|_| ()),
    };
    let outcome = match received {
        Ok(Ok(out)) => {
            let status = child.wait()?;
            if status.success() {
                Outcome::Output(out)
            } else {
                Outcome::Crashed { stderr: err_reader.join().unwrap_or_default(), status: describe(status) }
            }
        }
        Ok(Err(e)) => {
            let _ = child.kill();
            let _ = child.wait();
            Outcome::Crashed { stderr: e.to_string(), status: "its output could not be read".into() }
        }
        Err(()) => {
            let _ = child.kill();
            let _ = child.wait();
            Outcome::TimedOut(timeout.unwrap_or_default())
        }
    };
    drop(stdin);
    Ok(outcome)
}

fn describe(status: std::process::ExitStatus) -> String {
    #[cfg(unix)]
    {
        use std::os::unix::process::ExitStatusExt;
        if let Some(sig) = status.signal() {
            return format!("it was ended by signal {sig}");
        }
    }
    format!("it exited with {status}")
}

/// The diagnostic for a worker that ended without a result.
fn failed(settings: &Settings, tag: &str, outcome: Outcome) -> Diagnostic {
    let layout = &settings.layout.name;
    match outcome {
        Outcome::TimedOut(t) => Diagnostic::error(
            "timeout",
            format!(
                "typesetting {tag} with the layout `{layout}` took longer than the time limit ({} s) and was stopped",
                t.as_secs()
            ),
        )
        .help("a layout that loops for ever, or a very long document: fix the layout, or raise the limit with --timeout SECONDS"),
        Outcome::Crashed { stderr, status } if stderr.contains("memory allocation of") => {
            let limit = settings
                .memory_limit
                .map_or("the system's memory".to_string(), |b| format!("the memory limit of {} MiB", b >> 20));
            Diagnostic::error(
                "memory",
                format!("typesetting {tag} with the layout `{layout}` needed more than {limit} and was stopped"),
            )
            .note(status)
            .help("a layout that builds ever larger data: fix the layout, or raise the limit with --memory-limit SIZE")
        }
        Outcome::Crashed { stderr, status } => {
            let mut d = Diagnostic::error(
                "internal",
                format!("the process typesetting {tag} with the layout `{layout}` ended without a result"),
            )
            .note(status)
            .help(format!("run `publish --lang {tag}` alone to see what it says; if it crashed, please report it"));
            let said: Vec<&str> = stderr.lines().filter(|l| !l.trim().is_empty()).take(5).collect();
            if !said.is_empty() {
                d = d.note(format!("it said: {}", said.join(" / ")));
            }
            d
        }
        Outcome::Output(_) => unreachable!("a worker with a result did not fail"),
    }
}

/// The parent's side: one worker per language of `settings`, each this same program with this
/// process's arguments, at most [`parallelism`] at once (the others wait their turn), then all
/// files written or none. `None` when no worker could be started (the caller typesets in
/// threads instead).
pub fn publish(settings: &Settings) -> Option<Result<Report, Failure>> {
    let exe = std::env::current_exe().ok()?;
    let args: Vec<OsString> = std::env::args_os().skip(1).collect();
    let (exe, args) = (exe.as_path(), args.as_slice());
    let queue: std::sync::Mutex<std::collections::VecDeque<(usize, String)>> =
        std::sync::Mutex::new(settings.languages.iter().map(|l| l.tag.clone()).enumerate().collect());
    let results: std::sync::Mutex<Vec<(usize, String, std::io::Result<Outcome>)>> = Default::default();
    let slots = parallelism().min(settings.languages.len()).max(1);
    std::thread::scope(|scope| {
        for _ in 0..slots {
            scope.spawn(|| {
                loop {
                    let Some((i, tag)) = queue.lock().expect("not poisoned").pop_front() else {
                        return;
                    };
                    let outcome = run_worker(exe, args, &tag, settings.timeout);
                    results.lock().expect("not poisoned").push((i, tag, outcome));
                }
            });
        }
    });
    let mut results = results.into_inner().expect("not poisoned");
    results.sort_by_key(|(i, _, _)| *i);
    if results.iter().all(|(_, _, o)| o.is_err()) {
        return None;
    }

    let mut diagnostics: Vec<Diagnostic> = Vec::new();
    let mut errors: Vec<Diagnostic> = Vec::new();
    let mut usage = false;
    let mut files = Vec::new();
    for (_, tag, outcome) in results {
        let output = match outcome {
            Ok(Outcome::Output(o)) => o,
            Ok(other) => {
                errors.push(failed(settings, &tag, other));
                continue;
            }
            Err(e) => {
                errors.push(Diagnostic::error(
                    "internal",
                    format!("cannot start the process typesetting {tag}: {e}"),
                ));
                continue;
            }
        };
        let Some((header, bytes)) = parse(&output) else {
            errors.push(failed(
                settings,
                &tag,
                Outcome::Crashed { stderr: String::new(), status: "its output was not a result".into() },
            ));
            continue;
        };
        usage |= header.usage;
        // Findings every language meets (in the reference, in publish.toml) are told once.
        for d in header.diagnostics {
            if !diagnostics.contains(&d) {
                diagnostics.push(d);
            }
        }
        let mut at = 0;
        for mut f in header.files {
            let Some(b) = bytes.get(at..at + f.bytes) else {
                errors.push(Diagnostic::error(
                    "internal",
                    format!("the process typesetting {tag} handed back a short file"),
                ));
                break;
            };
            at += f.bytes;
            f.data = b.to_vec();
            files.push(f);
        }
    }
    diagnostics.append(&mut errors);
    if usage {
        return Some(Err(Failure { kind: FailureKind::Usage, diagnostics }));
    }
    if diagnostics.iter().any(|d| d.severity == Severity::Error) {
        return Some(Err(Failure::project(diagnostics)));
    }
    Some(write(settings, files, diagnostics))
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
        let text: std::sync::Arc<str> = "a = b\nsig-x = Հ\n".into();
        let d = Diagnostic::error("missing-glyph", "no font has U+0540")
            .at(crate::diag::Place { file: "locales/fr/signatories.ftl".into(), text, range: 14..16 })
            .note("a note")
            .help("add a font");
        let json = serde_json::to_string(&d).unwrap();
        let back: Diagnostic = serde_json::from_str(&json).unwrap();
        assert_eq!(back, d);
        assert_eq!(back.place.as_ref().unwrap().line_col(), (2, 9));
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
