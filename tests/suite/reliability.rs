//! All or nothing, for real: concurrent runs into one folder, a replacement that fails half way,
//! outputs that would share a path, files that are not what they seem (links, FIFOs, devices),
//! runaway input (deep nesting, layouts that loop or eat memory, huge previews, floods of
//! findings), and text that would lie to the terminal. Tests run as root in CI, so a file that
//! cannot be replaced is made with `chattr +i` (root cannot bypass it), never with chmod. Linux
//! only: chattr, FIFOs, links, /dev/zero, rlimits.
#![cfg(target_os = "linux")]

use crate::common;

use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use common::{copy_project, files_under, publish, publish_env, replace_in, repo, stderr};

const EN: &str = "oppose-icc-sanctions.en-GB.pdf";
const FR: &str = "oppose-icc-sanctions.fr.pdf";

/// Makes a file impossible to replace, even for root; `false` when the file system cannot.
fn make_immutable(path: &Path) -> bool {
    Command::new("chattr").arg("+i").arg(path).status().is_ok_and(|s| s.success())
}

fn make_mutable(path: &Path) {
    let _ = Command::new("chattr").arg("-i").arg(path).status();
}

/// Undoes `chattr +i` when the test ends, passed or failed (a temp folder holding an immutable
/// file cannot be removed).
struct Immutable(PathBuf);

impl Drop for Immutable {
    fn drop(&mut self) {
        make_mutable(&self.0);
    }
}

/// Copies a built-in layout into the project (so that it is the project's own and runs in a
/// worker process under the limits).
fn own_layout(project: &Path, name: &str, main: &str) {
    let dir = project.join("layouts").join(name);
    fs::create_dir_all(&dir).unwrap();
    fs::write(dir.join("main.typ"), main).unwrap();
    fs::copy(repo().join("layouts/handout/layout.toml"), dir.join("layout.toml")).unwrap();
}

#[test]
fn two_runs_into_one_folder_both_succeed() {
    // Before: each run's clean-up removed the other's temporary files; 1 to 4 of 10 pairs
    // failed with "cannot write ...: No such file or directory" (seen with the release binary).
    let project = copy_project();
    let dir = project.path();
    // Previews too: more files, a longer writing phase for the other run to meet.
    for round in 0..8 {
        let spawn = |lang: &str| {
            Command::new(env!("CARGO_BIN_EXE_publish"))
                .args(["--lang", lang, "--out", "o", "--emit", "pdf,png", "--ppi", "72"])
                .current_dir(dir)
                .env_remove("SOURCE_DATE_EPOCH")
                .stderr(Stdio::piped())
                .spawn()
                .unwrap()
        };
        let (a, b) = (spawn("en"), spawn("fr"));
        let (a, b) = (a.wait_with_output().unwrap(), b.wait_with_output().unwrap());
        assert!(a.status.success(), "round {round}, en: {}", stderr(&a));
        assert!(b.status.success(), "round {round}, fr: {}", stderr(&b));
        for f in [EN, FR] {
            assert!(fs::read(dir.join("o").join(f)).unwrap().starts_with(b"%PDF"), "{f}");
        }
        let names: Vec<String> = fs::read_dir(dir.join("o"))
            .unwrap()
            .map(|e| e.unwrap().file_name().into_string().unwrap())
            .collect();
        assert_eq!(names.len(), 8, "two PDFs and six pages, no temporary file: {names:?}");
    }
}

#[test]
fn a_replacement_that_fails_puts_back_what_the_run_had_replaced() {
    // Before: English had already replaced its PDF when French failed ("nothing was written"
    // was false).
    let project = copy_project();
    let out = project.path().join("out");
    fs::create_dir_all(&out).unwrap();
    fs::write(out.join(EN), b"the old English PDF").unwrap();
    fs::write(out.join(FR), b"the old French PDF").unwrap();
    if !make_immutable(&out.join(FR)) {
        eprintln!("skipped: chattr +i is not supported on this file system");
        return;
    }
    let _guard = Immutable(out.join(FR));
    let o = publish(project.path(), &["--lang", "en,fr", "--out", "out"]);
    assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
    let err = stderr(&o);
    assert!(err.contains(&format!("cannot replace {}", out.join(FR).display())), "{err}");
    assert!(err.contains("put back as they were"), "{err}");
    assert_eq!(fs::read(out.join(EN)).unwrap(), b"the old English PDF");
    assert_eq!(fs::read(out.join(FR)).unwrap(), b"the old French PDF");
    let mut names: Vec<String> =
        fs::read_dir(&out).unwrap().map(|e| e.unwrap().file_name().into_string().unwrap()).collect();
    names.sort();
    assert_eq!(names, [EN, FR], "no temporary or kept file left");
}

#[test]
fn new_locale_changes_nothing_when_publish_toml_cannot_be_replaced() {
    // Before: locales/de/ stayed behind, and the retry said "exists already".
    let project = copy_project();
    let toml = project.path().join("publish.toml");
    let before = fs::read(&toml).unwrap();
    if !make_immutable(&toml) {
        eprintln!("skipped: chattr +i is not supported on this file system");
        return;
    }
    let guard = Immutable(toml.clone());
    let o = publish(project.path(), &["new-locale", "de"]);
    assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
    assert!(stderr(&o).contains("make the project's files writable"), "{}", stderr(&o));
    assert!(!stderr(&o).contains("--out"), "new-locale has no --out: {}", stderr(&o));
    assert!(!project.path().join("locales/de").exists(), "the new folder is gone");
    assert_eq!(fs::read(&toml).unwrap(), before);
    drop(guard);
    let o = publish(project.path(), &["new-locale", "de"]);
    assert_eq!(o.status.code(), Some(0), "the retry works: {}", stderr(&o));
}

#[test]
fn mark_reviewed_changes_every_file_of_the_locale_or_none() {
    // Before: the first file was marked, the second not.
    let project = copy_project();
    let p = project.path();
    replace_in(
        p,
        "locales/en-GB/statement.ftl",
        "statement-kicker = Joint statement",
        "statement-kicker = Joint Statement",
    );
    replace_in(p, "locales/en-GB/signatories.ftl", "sig-redress = REDRESS", "sig-redress = REDRESS Trust");
    let statement = p.join("locales/fr/statement.ftl");
    let signatories = p.join("locales/fr/signatories.ftl");
    let before = (fs::read(&statement).unwrap(), fs::read(&signatories).unwrap());
    // The second of the two files in the order they are written (signatories.ftl, then
    // statement.ftl): the first is replaced, then put back.
    if !make_immutable(&statement) {
        eprintln!("skipped: chattr +i is not supported on this file system");
        return;
    }
    let _guard = Immutable(statement.clone());
    let o = publish(p, &["check", "--mark-reviewed", "fr"]);
    assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
    assert!(stderr(&o).contains("put back as they were"), "{}", stderr(&o));
    assert_eq!(fs::read(&statement).unwrap(), before.0);
    assert_eq!(fs::read(&signatories).unwrap(), before.1, "signatories.ftl was put back as it was");
}

#[test]
fn a_manifest_on_a_pdf_or_a_folder_is_refused_before_anything_is_written() {
    // Before: `--manifest out/<x>.fr.pdf` overwrote the PDF with JSON and exited 0; a manifest
    // naming a folder failed only after the PDFs were written.
    let project = copy_project();
    let p = project.path();
    let o = publish(p, &["--lang", "fr", "--out", "out", "--manifest", &format!("out/{FR}")]);
    assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
    assert!(stderr(&o).contains("two outputs of this run would be written to one file"), "{}", stderr(&o));
    assert!(files_under(&p.join("out")).is_empty(), "{:?}", files_under(&p.join("out")));
    fs::create_dir_all(p.join("folder")).unwrap();
    let o = publish(p, &["--lang", "fr", "--out", "out", "--manifest", "folder"]);
    assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
    assert!(stderr(&o).contains("is a folder, not a file"), "{}", stderr(&o));
    assert!(files_under(&p.join("out")).is_empty());
    // The same name through another path to it is the same file.
    let o = publish(p, &["--lang", "fr", "--out", "out", "--manifest", &format!("folder/../out/{FR}")]);
    assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
}

#[test]
fn watch_with_the_output_in_the_project_folder_still_sees_edits() {
    // Before: with `--out .` every path was "inside the output", so no edit was ever seen.
    let project = copy_project();
    let pdf = project.path().join(FR);
    let mut child = Command::new(env!("CARGO_BIN_EXE_publish"))
        .args(["watch", "--lang", "fr", "--out", "."])
        .current_dir(project.path())
        .env("PUBLISH_WATCH_BUILDS", "2")
        .stderr(Stdio::from(fs::File::create(project.path().join("watch.err")).unwrap()))
        .spawn()
        .unwrap();
    let start = Instant::now();
    while !pdf.is_file() && start.elapsed() < Duration::from_secs(60) {
        std::thread::sleep(Duration::from_millis(100));
    }
    assert!(pdf.is_file(), "the first build wrote nothing");
    std::thread::sleep(Duration::from_millis(300));
    replace_in(
        project.path(),
        "locales/fr/statement.ftl",
        "statement-kicker = Déclaration commune",
        "statement-kicker = Déclaration conjointe",
    );
    let status = (0..600).find_map(|_| {
        std::thread::sleep(Duration::from_millis(100));
        child.try_wait().unwrap()
    });
    if status.is_none() {
        let _ = child.kill();
    }
    let err = fs::read_to_string(project.path().join("watch.err")).unwrap();
    assert!(status.is_some_and(|s| s.success()), "watch did not publish again: {err}");
    assert_eq!(err.matches("wrote ").count(), 2, "{err}");
}

#[test]
fn links_fifos_and_devices_in_fonts_are_skipped_and_said() {
    // Before: two links to `.` or one to `/` hung the walk; a FIFO named p.ttf hung; a link to
    // /dev/zero read gigabytes.
    let project = copy_project();
    let fonts = project.path().join("fonts");
    fs::create_dir_all(&fonts).unwrap();
    std::os::unix::fs::symlink(".", fonts.join("a")).unwrap();
    std::os::unix::fs::symlink(".", fonts.join("b")).unwrap();
    std::os::unix::fs::symlink("/", fonts.join("r")).unwrap();
    std::os::unix::fs::symlink("/dev/zero", fonts.join("z.ttf")).unwrap();
    assert!(Command::new("mkfifo").arg(fonts.join("p.ttf")).status().unwrap().success());
    let start = Instant::now();
    let o = publish(project.path(), &["--lang", "en", "--out", "out"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    // A liveness bound, not a speed measure: the old walk never ended.
    assert!(start.elapsed() < Duration::from_secs(60));
    let err = stderr(&o);
    for (name, why) in [
        ("fonts/p.ttf", "is a FIFO"),
        ("fonts/z.ttf", "is a link to /dev/zero, outside the project"),
        ("fonts/r", "is a link to /, outside the project"),
        ("fonts/a", "link back to a folder already read"),
    ] {
        assert!(
            err.contains(&format!("fonts/{}", name.trim_start_matches("fonts/"))) && err.contains(why),
            "{name}: {err}"
        );
    }
    // `check` reads fonts by the same rules.
    let o = publish(project.path(), &["check"]);
    assert!(stderr(&o).contains("is a FIFO"), "{}", stderr(&o));
}

#[test]
fn eject_copies_what_publish_may_read_and_no_more() {
    // Before: a layout file linked to /etc/passwd landed in the ejected folder; a link loop hung.
    let project = copy_project();
    let layout = project.path().join("layouts/handout");
    common::copy_dir(&repo().join("layouts/handout"), &layout);
    std::os::unix::fs::symlink("/etc/passwd", layout.join("secret.txt")).unwrap();
    std::os::unix::fs::symlink(".", layout.join("loop")).unwrap();
    let o = publish(project.path(), &["eject", "ejected", "--lang", "en"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let err = stderr(&o);
    assert!(err.contains("secret.txt: it is a link to /etc/passwd, outside the layout `handout`"), "{err}");
    let ejected = project.path().join("ejected");
    assert!(ejected.join("main.typ").is_file());
    assert!(!ejected.join("secret.txt").exists());
    assert!(!files_under(&ejected).iter().any(|p| p.to_string_lossy().contains("loop")));
}

#[test]
fn a_linked_ftl_file_and_a_linked_folder_follow_one_rule() {
    // Before: a .ftl that was a link was skipped silently, a linked folder followed.
    let project = copy_project();
    let p = project.path();
    // Inside the project: read (the French signatories, moved and linked back).
    fs::create_dir_all(p.join("shared")).unwrap();
    fs::rename(p.join("locales/fr/signatories.ftl"), p.join("shared/signatories.ftl")).unwrap();
    std::os::unix::fs::symlink("../../shared/signatories.ftl", p.join("locales/fr/signatories.ftl")).unwrap();
    let o = publish(p, &["check", "--lang", "fr", "--strict"]);
    assert_eq!(o.status.code(), Some(0), "a link inside the project is read: {}", stderr(&o));
    // Outside the project: skipped, and said.
    let outside = tempfile::tempdir().unwrap();
    fs::write(outside.path().join("extra.ftl"), "extra-message = Hors du projet\n").unwrap();
    std::os::unix::fs::symlink(outside.path().join("extra.ftl"), p.join("locales/fr/extra.ftl")).unwrap();
    let o = publish(p, &["check", "--lang", "fr"]);
    assert!(stderr(&o).contains("extra.ftl: it is a link to"), "{}", stderr(&o));
    assert!(stderr(&o).contains("outside the project"), "{}", stderr(&o));
    // A whole locale folder linked from outside: skipped the same way.
    fs::rename(p.join("locales/fr"), outside.path().join("fr")).unwrap();
    std::os::unix::fs::symlink(outside.path().join("fr"), p.join("locales/fr")).unwrap();
    let o = publish(p, &["check", "--lang", "fr"]);
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    assert!(stderr(&o).contains("locales/fr: it is a link to"), "{}", stderr(&o));
}

#[test]
fn deeply_nested_placeables_are_refused_at_their_place() {
    // Before: 20,000 nested placeables overflowed the stack (SIGABRT) in publish and check.
    let project = copy_project();
    let text = format!("para-opposition = {}$members{}\n", "{ ".repeat(20_000), " }".repeat(20_000));
    fs::write(project.path().join("locales/fr/extra.ftl"), &text).unwrap();
    // The brace past the limit: independently, the 51st `{` of line 1.
    let col = "para-opposition = ".len() + 2 * 50 + 1;
    for args in [&["--lang", "fr", "--out", "out"][..], &["check", "--lang", "fr"]] {
        let o = publish(project.path(), args);
        assert_eq!(o.status.code(), Some(1), "{args:?}: {}", stderr(&o));
        let err = stderr(&o);
        assert!(err.contains("error[ftl-nesting]"), "{err}");
        assert!(err.contains(&format!("extra.ftl:1:{col}")), "{err}");
        assert!(err.lines().all(|l| l.chars().count() < 300), "the 80,000-character line is cut");
    }
    assert!(!project.path().join("out").exists());
}

#[test]
fn a_layout_that_loops_stops_at_the_time_limit() {
    // Before: a layout with `for` in `for` ran past any limit.
    let project = copy_project();
    own_layout(project.path(), "loop", "#for i in range(100000) { for j in range(100000) { } }\nDone.\n");
    let start = Instant::now();
    let o = publish(project.path(), &["--layout", "loop", "--lang", "fr", "--timeout", "3", "--out", "out"]);
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    let err = stderr(&o);
    assert!(
        err.contains(
            "typesetting fr with the layout `loop` took longer than the time limit (3 s) and was stopped"
        ),
        "{err}"
    );
    assert!(start.elapsed() < Duration::from_secs(60), "{:?}", start.elapsed());
    assert!(!project.path().join("out").exists());
}

#[test]
fn a_layout_that_eats_memory_stops_at_the_memory_limit() {
    // Before: `range(2000000000)` aborted the whole process on memory.
    let project = copy_project();
    own_layout(project.path(), "greedy", "#let a = range(2000000000)\n#a.len()\n");
    let o = publish(
        project.path(),
        &["--layout", "greedy", "--lang", "fr", "--memory-limit", "512MiB", "--out", "out"],
    );
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    let err = stderr(&o);
    assert!(
        err.contains("typesetting fr with the layout `greedy` needed more than the memory limit of 512 MiB"),
        "{err}"
    );
    assert!(!project.path().join("out").exists());
    let o = publish(project.path(), &["--memory-limit", "12"]);
    assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
}

#[test]
fn a_preview_too_large_is_refused_before_it_is_drawn() {
    // Before: a 5000 mm page at 1200 ppi asked for 223 GB.
    let project = copy_project();
    own_layout(
        project.path(),
        "huge",
        "#set document(title: [Huge])\n#set page(width: 5000mm, height: 5000mm)\nHuge.\n",
    );
    let o = publish(
        project.path(),
        &["--layout", "huge", "--lang", "fr", "--emit", "png", "--ppi", "1200", "--out", "out"],
    );
    assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
    let err = stderr(&o);
    assert!(err.contains("page 1 (fr, 5000 × 5000 mm) at 1200 ppi would be 236221 × 236221 pixels"), "{err}");
    assert!(!project.path().join("out").exists());
}

/// The pids of a process's children (Linux).
fn children(pid: u32) -> Vec<u32> {
    let mut out = Vec::new();
    if let Ok(tasks) = fs::read_dir(format!("/proc/{pid}/task")) {
        for t in tasks.flatten() {
            if let Ok(s) = fs::read_to_string(t.path().join("children")) {
                out.extend(s.split_whitespace().filter_map(|p| p.parse::<u32>().ok()));
            }
        }
    }
    out
}

/// A project with `n` languages (copies of the French one), typeset with a layout of its own.
fn many_languages(n: usize, main: &str) -> tempfile::TempDir {
    let project = copy_project();
    let p = project.path();
    let mut tags = vec!["\"en-GB\"".to_string(), "\"fr\"".to_string()];
    for tag in ["fr-BE", "fr-CA", "fr-CH", "fr-LU"].iter().take(n.saturating_sub(2)) {
        common::copy_dir(&p.join("locales/fr"), &p.join("locales").join(tag));
        tags.push(format!("\"{tag}\""));
    }
    replace_in(
        p,
        "publish.toml",
        "locales = [\"en-GB\", \"fr\"]",
        &format!("locales = [{}]", tags.join(", ")),
    );
    own_layout(p, "own", main);
    project
}

#[test]
fn at_most_one_worker_per_core_runs_at_once() {
    // Before: 42 locales started 43 processes at once (5.3 GB on 2 cores). Here 6 languages.
    let project = many_languages(6, "");
    // The handout as the project's own layout: typeset in workers.
    common::copy_dir(&repo().join("layouts/handout"), &project.path().join("layouts/own"));
    let cores = std::thread::available_parallelism().map_or(1, std::num::NonZero::get);
    let mut child = Command::new(env!("CARGO_BIN_EXE_publish"))
        .args(["--layout", "own", "--out", "out"])
        .current_dir(project.path())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut most = 0;
    let status = loop {
        most = most.max(children(child.id()).len());
        if let Some(s) = child.try_wait().unwrap() {
            break s;
        }
        std::thread::sleep(Duration::from_millis(5));
    };
    let mut err = String::new();
    std::io::Read::read_to_string(child.stderr.as_mut().unwrap(), &mut err).unwrap();
    assert!(status.success(), "{err}");
    assert_eq!(files_under(&project.path().join("out")).len(), 6);
    assert!(most >= 1 && most <= cores, "{most} workers at once on {cores} cores");
}

#[test]
fn workers_stop_with_publish() {
    // Before: after SIGTERM to publish its workers ran on for seconds.
    let project = many_languages(2, "#for i in range(100000) { for j in range(100000) { } }\n");
    let mut child = Command::new(env!("CARGO_BIN_EXE_publish"))
        .args(["--layout", "own", "--timeout", "0", "--out", "out"])
        .current_dir(project.path())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let start = Instant::now();
    let mut workers = Vec::new();
    while workers.is_empty() && start.elapsed() < Duration::from_secs(30) {
        workers = children(child.id());
        std::thread::sleep(Duration::from_millis(20));
    }
    assert!(!workers.is_empty(), "no worker started");
    std::thread::sleep(Duration::from_millis(300));
    assert!(Command::new("kill").args(["-TERM", &child.id().to_string()]).status().unwrap().success());
    child.wait().unwrap();
    let gone = Instant::now();
    while workers.iter().any(|w| Path::new(&format!("/proc/{w}")).exists())
        && gone.elapsed() < Duration::from_secs(5)
    {
        std::thread::sleep(Duration::from_millis(20));
    }
    // A worker that has exited but was never waited for lingers as a zombie of init: count only
    // those still running.
    let running: Vec<&u32> = workers
        .iter()
        .filter(|w| {
            fs::read_to_string(format!("/proc/{w}/stat"))
                .is_ok_and(|s| !s.split(") ").nth(1).is_some_and(|rest| rest.starts_with('Z')))
        })
        .collect();
    assert!(running.is_empty(), "workers {running:?} still run {:?} after publish ended", gone.elapsed());
}

#[test]
fn source_date_epoch_out_of_the_pdf_date_range_is_a_usage_error() {
    // Before: -99999999999 ended in a PDF/A error (exit 1), -1 gave a 1969 date.
    let dir = tempfile::tempdir().unwrap();
    for bad in ["-1", "-99999999999", "253402300800", "1e9"] {
        let o = publish_env(dir.path(), &["--lang", "en"], &[("SOURCE_DATE_EPOCH", bad)]);
        assert_eq!(o.status.code(), Some(2), "{bad}: {}", stderr(&o));
        assert!(stderr(&o).contains(&format!("SOURCE_DATE_EPOCH={bad:?}")), "{}", stderr(&o));
        assert!(!dir.path().join("out").exists());
    }
    // Bytes that are not UTF-8: refused as well, never ignored (it was: exit 0).
    #[cfg(unix)]
    {
        use std::os::unix::ffi::OsStrExt;
        let o = std::process::Command::new(env!("CARGO_BIN_EXE_publish"))
            .args(["--lang", "en"])
            .current_dir(dir.path())
            .env("SOURCE_DATE_EPOCH", std::ffi::OsStr::from_bytes(b"17000\xff0000"))
            .output()
            .unwrap();
        assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
        assert!(stderr(&o).contains("SOURCE_DATE_EPOCH=\"17000\u{fffd}0000\""), "{}", stderr(&o));
        assert!(!dir.path().join("out").exists());
    }
    let o = publish_env(dir.path(), &["--lang", "en"], &[("SOURCE_DATE_EPOCH", "0")]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
}

#[test]
fn a_flood_of_findings_is_summed_up_and_long_lines_are_cut() {
    // Before: a 50 MB .ftl took 120 s and printed 83 MB (521,000 warnings); a 1 MB line was
    // printed whole, twice. Here 20,000 obsolete messages and a 200,000-character line.
    let project = copy_project();
    let mut text = String::new();
    for i in 0..20_000 {
        text.push_str(&format!("obsolete-{i} = Rien\n"));
    }
    text.push_str(&format!("long = {}{{ $oops\n", "x".repeat(200_000)));
    fs::write(project.path().join("locales/fr/extra.ftl"), &text).unwrap();
    let o = publish(project.path(), &["check", "--lang", "fr"]);
    let err = stderr(&o);
    assert_eq!(o.status.code(), Some(1), "{}", &err[..err.len().min(2000)]);
    assert!(
        err.contains("warning[obsolete-message]: and 19,980 more like this"),
        "{}",
        &err[..err.len().min(3000)]
    );
    assert_eq!(err.matches("warning[obsolete-message]").count(), 21);
    assert!(err.len() < 40_000, "{} bytes printed", err.len());
    assert!(err.lines().all(|l| l.chars().count() < 300), "long lines are cut");
    assert!(err.contains("check (fr): 1 error, 20000 warnings"), "the counts are of every finding");
    let o = publish(project.path(), &["check", "--lang", "fr", "--format", "json"]);
    let doc: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(doc["warnings"], 20_000);
    assert!(doc["findings"].as_array().unwrap().len() <= 25);
}

#[test]
fn a_name_of_500_combining_marks_is_one_finding_not_hundreds() {
    // Before: 732 near-identical errors, each printing the 500 marks.
    let project = copy_project();
    replace_in(
        project.path(),
        "locales/fr/signatories.ftl",
        "sig-redress = REDRESS",
        &format!("sig-redress = RE{}DRESS", "\u{301}".repeat(500)),
    );
    let o = publish(project.path(), &["--lang", "fr", "--out", "out"]);
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    let err = stderr(&o);
    let findings = err.lines().filter(|l| l.starts_with("error[")).count();
    assert!(findings <= 3, "{findings} findings: {err}");
    assert!(err.contains("(message sig-redress)"), "{err}");
    assert!(err.len() < 4000, "{} bytes", err.len());
}

#[test]
fn a_statement_id_too_long_is_refused_at_its_line_before_any_work() {
    // Before: an id of 5,000 characters typeset, then failed writing ("File name too long").
    let project = copy_project();
    replace_in(
        project.path(),
        "publish.toml",
        "id = \"oppose-icc-sanctions\"",
        &format!("id = \"{}\"", "a".repeat(5000)),
    );
    let o = publish(project.path(), &["--lang", "fr", "--out", "out"]);
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    let err = stderr(&o);
    assert!(err.contains("statement id is 5000 characters long; at most 100 can name a file"), "{err}");
    // Line 6, column 6 of publish.toml: the value after `id = `.
    let line = fs::read_to_string(project.path().join("publish.toml"))
        .unwrap()
        .lines()
        .position(|l| l.starts_with("id = "))
        .unwrap()
        + 1;
    assert!(err.contains(&format!("publish.toml:{line}:6")), "{}", &err[..err.len().min(2000)]);
    assert!(!project.path().join("out").exists());
}

#[test]
fn bidi_and_control_characters_are_refused_and_shown_escaped() {
    // Before: U+202E in a name was accepted silently and echoed raw; an escape sequence in an id
    // reached the terminal.
    let project = copy_project();
    let p = project.path();
    replace_in(p, "locales/fr/signatories.ftl", "sig-redress = REDRESS", "sig-redress = RED\u{202E}RESS");
    for args in [&["--lang", "fr", "--out", "out"][..], &["check", "--lang", "fr"]] {
        let o = publish(p, args);
        assert_eq!(o.status.code(), Some(1), "{args:?}: {}", stderr(&o));
        let err = stderr(&o);
        assert!(err.contains("error[control-character]"), "{err}");
        assert!(err.contains("U+202E (RIGHT-TO-LEFT OVERRIDE)"), "{err}");
        assert!(err.contains("RED\\u{202E}RESS"), "shown escaped: {err}");
        assert!(!err.contains('\u{202E}'), "never raw");
        let line = fs::read_to_string(p.join("locales/fr/signatories.ftl"))
            .unwrap()
            .lines()
            .position(|l| l.starts_with("sig-redress ="))
            .unwrap()
            + 1;
        assert!(err.contains(&format!("signatories.ftl:{line}:18")), "{err}");
    }
    // A terminal escape in an id of publish.toml: the message shows it escaped.
    let project = copy_project();
    replace_in(project.path(), "publish.toml", "\"sig-redress\",", "\"sig-\\u001b[31mred\",");
    let o = publish(project.path(), &["check", "--lang", "fr"]);
    let err = stderr(&o);
    assert!(!err.contains('\u{1b}'), "no raw escape: {err}");
    assert!(err.contains("sig-\\u{001B}[31mred"), "{err}");
}

#[test]
fn typst_hints_speak_of_publish_not_of_its_cli() {
    // Before: "you can adjust the project root with the `--root` argument".
    let project = copy_project();
    own_layout(project.path(), "nosy", "#read(\"../../publish.toml\")\n");
    let o = publish(project.path(), &["--layout", "nosy", "--lang", "fr"]);
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    let err = stderr(&o);
    assert!(!err.contains("--root"), "{err}");
    assert!(err.contains("layout's folder"), "{err}");
}

/// A PNG's signature and header chunk saying `w` × `h` pixels, and an end: all a reader of its
/// size looks at (a decompression bomb needs no more to be one).
fn png_header(w: u32, h: u32) -> Vec<u8> {
    fn crc(bytes: &[u8]) -> u32 {
        let mut c = 0xFFFF_FFFFu32;
        for b in bytes {
            c ^= u32::from(*b);
            for _ in 0..8 {
                c = if c & 1 == 1 { 0xEDB8_8320 ^ (c >> 1) } else { c >> 1 };
            }
        }
        !c
    }
    let chunk = |kind: &[u8], data: &[u8]| {
        let mut out = (data.len() as u32).to_be_bytes().to_vec();
        let mut body = kind.to_vec();
        body.extend_from_slice(data);
        out.extend_from_slice(&body);
        out.extend_from_slice(&crc(&body).to_be_bytes());
        out
    };
    let mut ihdr = w.to_be_bytes().to_vec();
    ihdr.extend_from_slice(&h.to_be_bytes());
    ihdr.extend_from_slice(&[8, 2, 0, 0, 0]);
    let mut png = b"\x89PNG\r\n\x1a\n".to_vec();
    png.extend(chunk(b"IHDR", &ihdr));
    png.extend(chunk(b"IDAT", &[0x78, 0x9c, 0x03, 0x00, 0x00, 0x00, 0x00, 0x01]));
    png.extend(chunk(b"IEND", &[]));
    png
}

#[test]
fn an_image_or_a_workbook_that_would_inflate_past_its_limits_is_refused_before_decoding() {
    // A logo of 30,000 × 30,000 pixels (it panicked the image decoder at 4.5 GB), and one of
    // 1,000,000 × 10: refused from their headers, naming the file and its size.
    for (w, h) in [(30_000, 30_000), (1_000_000, 10)] {
        let project = common::copy_example();
        let p = project.path();
        fs::write(p.join("branding/huge.png"), png_header(w, h)).unwrap();
        replace_in(p, "publish.toml", "logo = \"branding/logo.svg\"", "logo = \"branding/huge.png\"");
        let o = publish(p, &["--lang", "en-GB", "--out", "o"]);
        assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
        let err = stderr(&o);
        assert!(err.contains(&format!("the logo branding/huge.png is {w} × {h} pixels")), "{err}");
        assert!(err.contains("publish.toml:"), "at its line: {err}");
        assert!(!p.join("o").exists());
    }
    // A workbook whose worksheet inflates to 300 MB: refused before it is inflated.
    let dir = tempfile::tempdir().unwrap();
    let book = dir.path().join("bomb.xlsx");
    {
        use std::io::Write;
        let mut zip = zip::ZipWriter::new(fs::File::create(&book).unwrap());
        let deflate = zip::write::SimpleFileOptions::default()
            .compression_method(zip::CompressionMethod::Deflated)
            .large_file(true);
        zip.start_file("[Content_Types].xml", deflate).unwrap();
        zip.write_all(b"<?xml version=\"1.0\"?><Types/>").unwrap();
        zip.start_file("xl/worksheets/sheet1.xml", deflate).unwrap();
        let block = vec![b' '; 1 << 20];
        for _ in 0..300 {
            zip.write_all(&block).unwrap();
        }
        zip.finish().unwrap();
    }
    assert!(fs::metadata(&book).unwrap().len() < 2_000_000, "small on disk");
    let project = copy_project();
    let o = publish(project.path(), &["signatories", "import", book.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
    assert!(stderr(&o).contains("\"xl/worksheets/sheet1.xml\" would inflate to 300 MiB"), "{}", stderr(&o));
}

/// Sets the size a ZIP's local and central headers give for `part` (both, so that they agree)
/// to `size`: a forged directory, as an attacker writes one.
fn forge_zip_size(zip: &mut [u8], part: &str, size: u32) {
    let name = part.as_bytes();
    let mut forged = 0;
    for at in 0..zip.len().saturating_sub(46) {
        let (name_len_at, size_at, name_at) = match &zip[at..at + 4] {
            b"PK\x03\x04" => (at + 26, at + 22, at + 30),
            b"PK\x01\x02" => (at + 28, at + 24, at + 46),
            _ => continue,
        };
        let len = usize::from(u16::from_le_bytes([zip[name_len_at], zip[name_len_at + 1]]));
        if zip.get(name_at..name_at + len) == Some(name) {
            zip[size_at..size_at + 4].copy_from_slice(&size.to_le_bytes());
            forged += 1;
        }
    }
    assert_eq!(forged, 2, "a local and a central header for {part}");
}

#[test]
fn a_workbook_whose_directory_lies_about_a_parts_size_is_refused_when_the_part_inflates_past_it() {
    // A real workbook whose shared strings (its cells' text) inflate to 300 MiB, one cell, while
    // its directory says 1 KiB: past the directory's check, the reader must not hold the cell.
    let real = common::sheets::xlsx_bytes(&common::sheets::first_export());
    let mut original = zip::ZipArchive::new(std::io::Cursor::new(real)).unwrap();
    let mut bytes = Vec::new();
    {
        use std::io::{Read, Write};
        let mut zip = zip::ZipWriter::new(std::io::Cursor::new(&mut bytes));
        let deflate =
            zip::write::SimpleFileOptions::default().compression_method(zip::CompressionMethod::Deflated);
        for i in 0..original.len() {
            let mut part = original.by_index(i).unwrap();
            let name = part.name().unwrap().to_string();
            let mut content = Vec::new();
            part.read_to_end(&mut content).unwrap();
            zip.start_file(name.as_str(), deflate).unwrap();
            if name == "xl/sharedStrings.xml" {
                let text = String::from_utf8(content).unwrap();
                let at = text.find("<t>").expect("a shared string") + 3;
                zip.write_all(&text.as_bytes()[..at]).unwrap();
                let block = vec![b'A'; 1 << 20];
                for _ in 0..300 {
                    zip.write_all(&block).unwrap();
                }
                zip.write_all(&text.as_bytes()[at..]).unwrap();
            } else {
                zip.write_all(&content).unwrap();
            }
        }
        zip.finish().unwrap();
    }
    forge_zip_size(&mut bytes, "xl/sharedStrings.xml", 1024);
    let dir = tempfile::tempdir().unwrap();
    let book = dir.path().join("forged.xlsx");
    fs::write(&book, &bytes).unwrap();
    let project = copy_project();
    let before = fs::read(project.path().join("publish.toml")).unwrap();
    let o = publish(project.path(), &["signatories", "import", book.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
    let err = stderr(&o);
    assert!(
        err.contains("forged.xlsx") && err.contains("larger than its declared uncompressed size"),
        "{err}"
    );
    assert_eq!(fs::read(project.path().join("publish.toml")).unwrap(), before, "nothing written");
}

#[test]
fn a_corrupt_logo_is_named_as_the_users_file_at_its_line_never_as_a_file_of_publish() {
    for (file, bytes, kind) in [
        ("logo.svg", &b"<svg xmlns=\"http://www.w3.org/2000/svg\"><rect width=\"10\" height="[..], "SVG"),
        ("logo.png", &b"\x89PNG\r\n\x1a\nbroken"[..], "PNG"),
    ] {
        let project = common::copy_example();
        let p = project.path();
        fs::write(p.join("branding").join(file), bytes).unwrap();
        replace_in(p, "publish.toml", "logo = \"branding/logo.svg\"", &format!("logo = \"branding/{file}\""));
        let o = publish(p, &["--lang", "en-GB", "--out", "o"]);
        assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
        let err = stderr(&o);
        assert!(err.contains(&format!("the logo branding/{file} cannot be read as {kind}")), "{err}");
        assert!(
            err.contains("publish.toml:") && !err.contains("<built-in>") && !err.contains("publish-assets"),
            "{err}"
        );
    }
}

#[cfg(unix)]
#[test]
fn sigterm_or_ctrl_c_while_writing_leaves_no_temporary_file() {
    for (signal, code) in [(libc::SIGTERM, 143), (libc::SIGINT, 130)] {
        let project = copy_project();
        let p = project.path();
        let gate = tempfile::tempdir().unwrap();
        let go = gate.path().join("go");
        // Paused once its files are staged beside their targets, before it replaces any.
        let child = Command::new(env!("CARGO_BIN_EXE_publish"))
            .args(["--lang", "en-GB,fr", "--out", "o"])
            .current_dir(p)
            .env_remove("SOURCE_DATE_EPOCH")
            .env("PUBLISH_FAULT_PAUSE", format!("staged:{}", go.display()))
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        let reached = gate.path().join("go.reached");
        while !reached.exists() {
            std::thread::sleep(Duration::from_millis(5));
        }
        let staged = files_under(&p.join("o"));
        assert!(staged.iter().any(|f| f.to_string_lossy().ends_with(".tmp")), "staged: {staged:?}");
        // SAFETY: sends a signal to the child this test started.
        unsafe {
            libc::kill(child.id() as i32, signal);
        }
        let status = child.wait_with_output().unwrap().status;
        assert_eq!(status.code(), Some(code), "{signal}");
        let left = files_under(&p.join("o"));
        assert!(left.is_empty(), "left behind after signal {signal}: {left:?}");
    }
}

#[test]
fn a_text_too_large_for_memory_is_typeset_in_a_worker_and_fails_cleanly() {
    // A paragraph of 5 MB: over the size publish typesets in its own process. Under a tight
    // memory limit its worker is stopped and said; publish never aborts (a failed allocation in
    // its own process would: exit 134 and a backtrace).
    let project = copy_project();
    let p = project.path();
    let words: String =
        (0..600_000).map(|i| ["justice ", "court ", "victims ", "sanctions "][i % 4]).collect();
    let ftl = p.join("locales/en-GB/statement.ftl");
    let mut text = fs::read_to_string(&ftl).unwrap();
    text.push_str(&format!("\nhuge = {words}\n"));
    fs::write(&ftl, text).unwrap();
    replace_in(
        p,
        "publish.toml",
        "[[blocks]]\nparagraph = ",
        "[[blocks]]\nparagraph = \"huge\"\n\n[[blocks]]\nparagraph = ",
    );
    let o = publish(p, &["--lang", "en-GB", "--memory-limit", "256MiB", "--timeout", "60", "--out", "o"]);
    let err = stderr(&o);
    assert_eq!(o.status.code(), Some(1), "{err}");
    assert!(err.contains("error[memory]") || err.contains("error[timeout]"), "{err}");
    assert!(!err.contains("panicked") && !err.contains("memory allocation of"), "{err}");
    assert!(!p.join("o").exists());
}
