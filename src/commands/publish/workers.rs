//! Languages typeset in worker processes: each the same `publish` command line with
//! `PUBLISH_INTERNAL_WORKER=<tag>` in its environment, handing its files and findings back on
//! standard output. Threads of one process share Typst's memoization caches and slow each other
//! down on their locks (the statement, EN+FR: each compilation a quarter slower than alone; at
//! 10,000 names 2.8 s in two threads, 2.0 s in two processes; see BENCHMARKS.md); processes do
//! not. So a run of several languages typesets the first in this process and each other in a
//! worker of its own, at once; and a layout of the project's (a program: in a process of its own
//! it runs under the time and memory limits, and a runaway one ends cleanly) runs every language
//! in a worker.
//!
//! Owns: which languages run where, and the worker protocol (a JSON line, then the files'
//! bytes). Must not: write files (the parent writes all of them or none).

use std::ffi::OsString;
use std::io::Read;
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::Duration;

use serde::{Deserialize, Serialize};

use super::{Report, outputs, typeset_languages, write};
use crate::diag::{Diagnostic, Failure, FailureKind, Severity};
use crate::language::Language;
use crate::output::files::OutputFile;
use crate::project::settings::Settings;

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

/// Where a run's languages are typeset: those of this process (in threads) and those each of a
/// worker process of its own.
pub struct Split {
    /// Typeset in this process.
    pub here: Vec<Language>,
    /// Typeset in worker processes.
    pub workers: Vec<Language>,
}

/// The size of a language's text (its .ftl files) from which every language is typeset in a
/// worker process, under the memory limit: 4 MiB, some 2,000 pages.
pub const LARGE_TEXT: u64 = 4 * 1024 * 1024;

/// Where each language of the run is typeset: with a layout of the project's, every language in
/// a worker; with a built-in one, the language with the most text here (it starts at once, while
/// the workers start, so the longest language is not the one that starts last) and the others
/// in workers; one language: here. A text over [`LARGE_TEXT`]: every language in a worker.
pub fn split(settings: &Settings) -> Split {
    let languages = &settings.languages;
    if !settings.layout.is_builtin() {
        return Split { here: Vec::new(), workers: languages.clone() };
    }
    let root = &settings.project.root;
    let reference = &settings.project.config.reference;
    let text = |l: &Language| {
        let folder = if l.pseudo.is_some() { reference } else { &l.tag };
        root.size_of(&format!("locales/{folder}"), ".ftl")
    };
    // The first of the longest (publish.toml's order breaks ties).
    let longest = (0..languages.len()).rev().max_by_key(|&i| text(&languages[i])).unwrap_or(0);
    let mut workers = languages.clone();
    // A text this large may need more memory than the machine has (a paragraph of 30 MB asks
    // Typst's shaper for gigabytes): typeset in a worker, whose failure is reported, never in
    // this process, whose failure to allocate would abort it.
    if languages.get(longest).is_some_and(|l| text(l) > LARGE_TEXT) {
        return Split { here: Vec::new(), workers };
    }
    let here = if workers.is_empty() { Vec::new() } else { vec![workers.remove(longest)] };
    Split { here, workers }
}

/// Closes this worker's standard output, where its result was written: the parent reads to the
/// end of it and goes on without waiting for the process to end (freeing a typesetting
/// process's memory takes milliseconds). Call it just before exiting.
pub fn close_output() {
    #[cfg(unix)]
    // SAFETY: closes file descriptor 1, which nothing of this process writes to after the
    // result (the caller exits at once).
    unsafe {
        libc::close(1);
    }
}

/// How many workers run at once: one per core (less the one typesetting here), the rest wait
/// their turn.
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

/// Runs one worker to its end, or to the time limit. A worker that handed back a whole result is
/// returned too, still ending (freeing its memory takes milliseconds), to be waited for.
fn run_worker(
    exe: &Path,
    args: &[OsString],
    tag: &str,
    timeout: Option<Duration>,
) -> std::io::Result<(Outcome, Option<std::process::Child>)> {
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
        // A whole result: the worker closed its output as soon as it was written, and ends.
        Ok(Ok(out)) if is_whole(&out) => {
            drop(stdin);
            return Ok((Outcome::Output(out), Some(child)));
        }
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
    Ok((outcome, None))
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

/// The parent's side: the languages `split.workers` each in a worker, this same program with
/// this process's arguments, at most [`parallelism`] at once (the others wait their turn), while
/// this process typesets `split.here`; then all files written or none. `None` when no worker
/// could be started (the caller typesets every language in threads instead).
pub fn publish(settings: &Settings, split: &Split) -> Option<Result<Report, Failure>> {
    let exe = std::env::current_exe().ok()?;
    let args: Vec<OsString> = std::env::args_os().skip(1).collect();
    let (exe, args) = (exe.as_path(), args.as_slice());
    let queue: std::sync::Mutex<std::collections::VecDeque<(usize, String)>> =
        std::sync::Mutex::new(split.workers.iter().map(|l| l.tag.clone()).enumerate().collect());
    let results: std::sync::Mutex<Vec<(usize, String, std::io::Result<Outcome>)>> = Default::default();
    let busy_here = usize::from(!split.here.is_empty());
    let slots = parallelism().saturating_sub(busy_here).clamp(1, split.workers.len().max(1));
    let here = std::thread::scope(|scope| {
        for _ in 0..slots {
            scope.spawn(|| {
                let mut ending: Option<std::process::Child> = None;
                loop {
                    let Some((i, tag)) = queue.lock().expect("not poisoned").pop_front() else {
                        // The last one ends while the parent writes the files.
                        if let Some(mut child) = ending {
                            std::thread::spawn(move || child.wait());
                        }
                        return;
                    };
                    // One worker per slot, ended before the next starts.
                    if let Some(mut child) = ending.take() {
                        let _ = child.wait();
                    }
                    let outcome = run_worker(exe, args, &tag, settings.timeout).map(|(outcome, child)| {
                        ending = child;
                        outcome
                    });
                    results.lock().expect("not poisoned").push((i, tag, outcome));
                }
            });
        }
        // This process's own languages, meanwhile.
        (!split.here.is_empty()).then(|| typeset_here(settings, &split.here))
    });
    let mut results = results.into_inner().expect("not poisoned");
    results.sort_by_key(|(i, _, _)| *i);
    if results.iter().all(|(_, _, o)| o.is_err()) && here.is_none() {
        return None;
    }
    let mut all = Gathered::default();
    if let Some(here) = here {
        all.add(settings, &split.here, here);
    }
    // A worker that could not be started is typeset here after all.
    let unstarted: Vec<Language> = results
        .iter()
        .filter(|(_, _, o)| o.is_err())
        .filter_map(|(_, tag, _)| split.workers.iter().find(|l| l.tag == *tag).cloned())
        .collect();
    if !unstarted.is_empty() {
        results.retain(|(_, _, o)| o.is_ok());
        all.add(settings, &unstarted, typeset_here(settings, &unstarted));
    }
    for (_, tag, outcome) in results {
        all.add_worker(settings, &tag, outcome.expect("the unstarted were typeset here"));
    }
    let (mut files, diagnostics, usage) = all.in_order();
    if usage {
        return Some(Err(Failure { kind: FailureKind::Usage, diagnostics }));
    }
    if diagnostics.iter().any(|d| d.severity == Severity::Error) {
        return Some(Err(Failure::project(diagnostics)));
    }
    // A language of its own per file, in the run's order, wherever each was typeset.
    files.sort_by_key(|f| position(settings, &f.language));
    Some(write(settings, files, diagnostics))
}

/// Languages typeset in this process, their files made in memory.
fn typeset_here(settings: &Settings, languages: &[Language]) -> HereResult {
    let (done, warnings) = typeset_languages(settings, languages, None)?;
    match outputs(settings, &done) {
        Ok(files) => Ok((files, warnings)),
        Err(f) => Err(f.after(&warnings)),
    }
}

/// What the languages of a run gave, wherever they were typeset, by the position of their
/// (first) language in the run.
#[derive(Default)]
struct Gathered {
    parts: Vec<Part>,
}

/// What one process gave: its files and findings, or (a worker without a result) why not.
#[derive(Default)]
struct Part {
    at: usize,
    files: Vec<OutputFile>,
    diagnostics: Vec<Diagnostic>,
    /// It stopped for a usage or environment reason (exit code 2).
    usage: bool,
}

/// Languages typeset in this process: their files and findings, or why they stopped.
type HereResult = Result<(Vec<OutputFile>, Vec<Diagnostic>), Failure>;

impl Gathered {
    /// Languages typeset in this process.
    fn add(&mut self, settings: &Settings, languages: &[Language], result: HereResult) {
        let at = languages.iter().filter_map(|l| position(settings, &l.tag)).min().unwrap_or(0);
        self.parts.push(match result {
            Ok((files, diagnostics)) => Part { at, files, diagnostics, usage: false },
            Err(f) => Part {
                at,
                usage: f.kind == FailureKind::Usage,
                diagnostics: f.diagnostics,
                ..Part::default()
            },
        });
    }

    /// A worker's result: its files and findings, or why it gave none.
    fn add_worker(&mut self, settings: &Settings, tag: &str, outcome: Outcome) {
        let mut part = Part { at: position(settings, tag).unwrap_or(0), ..Part::default() };
        match outcome {
            Outcome::Output(output) => match parse(&output) {
                Some((header, bytes)) => {
                    part.usage = header.usage;
                    part.diagnostics = header.diagnostics;
                    let mut at = 0;
                    for mut f in header.files {
                        let Some(b) = bytes.get(at..at + f.bytes) else {
                            part.diagnostics.push(Diagnostic::error(
                                "internal",
                                format!("the process typesetting {tag} handed back a short file"),
                            ));
                            break;
                        };
                        at += f.bytes;
                        f.data = b.to_vec();
                        part.files.push(f);
                    }
                }
                None => {
                    let status = "its output was not a result".into();
                    part.diagnostics.push(failed(
                        settings,
                        tag,
                        Outcome::Crashed { stderr: String::new(), status },
                    ));
                }
            },
            other => part.diagnostics.push(failed(settings, tag, other)),
        }
        self.parts.push(part);
    }

    /// The files and the findings in the run's order of languages, each finding told once
    /// (those every language meets, in the reference or in publish.toml, come from each
    /// process); and whether some language stopped for a usage reason.
    fn in_order(mut self) -> (Vec<OutputFile>, Vec<Diagnostic>, bool) {
        self.parts.sort_by_key(|p| p.at);
        let (mut files, mut diagnostics, mut usage) = (Vec::new(), Vec::new(), false);
        for part in self.parts {
            files.extend(part.files);
            for d in part.diagnostics {
                if !diagnostics.contains(&d) {
                    diagnostics.push(d);
                }
            }
            usage |= part.usage;
        }
        (files, diagnostics, usage)
    }
}

/// Where a language is in the run.
fn position(settings: &Settings, tag: &str) -> Option<usize> {
    settings.languages.iter().position(|l| l.tag == tag)
}

/// Whether a worker's output is a whole result: its header, then exactly the bytes it announces.
fn is_whole(out: &[u8]) -> bool {
    parse(out)
        .is_some_and(|(header, bytes)| header.files.iter().map(|f| f.bytes).sum::<usize>() == bytes.len())
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
