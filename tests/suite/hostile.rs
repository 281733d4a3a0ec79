//! Hostile input, through the real binary: what must succeed does, with the right output; what
//! must fail fails cleanly (a message naming the place and the fix, the exit code of the CLI's
//! table, no PDF of the run left); an interrupted run keeps the previous output.
//!
//! The other hostile cases live beside the feature they attack: tests/suite/cli.rs (a BOM and CRLF,
//! markup characters in a name, a broken .ftl, a missing message, an unknown key, a glyph no
//! font has, a layout with a Typst error, a layout reading /etc/passwd or ../secret,
//! `--layout ../../x`, an output folder whose parent is a file, an output path that is a file),
//! tests/suite/check.rs (duplicate ids, variable mismatches), tests/suite/handout.rs (a word wider than its
//! column).

use crate::common;

use std::fs;
use std::process::{Command, Stdio};
use std::time::Duration;

use common::{copy_project, files_under, publish, replace_in, repo, stderr};

/// A statement with `n` generated signatories, English only.
fn synthetic(n: usize) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let words = [
        "Human",
        "Rights",
        "Centre",
        "Justice",
        "Coalition",
        "Network",
        "International",
        "Foundation",
        "Lawyers",
        "Women",
        "Peace",
        "Victims",
    ];
    let ids: Vec<String> = (0..n).map(|i| format!("sig-{i:05}")).collect();
    let toml = fs::read_to_string(repo().join("publish.toml")).unwrap();
    let head = &toml[..toml.find("ids = [").unwrap()];
    let list: String = ids.iter().map(|i| format!("    \"{i}\",\n")).collect();
    let toml =
        format!("{head}ids = [\n{list}]\n").replace("locales = [\"en-GB\", \"fr\"]", "locales = [\"en-GB\"]");
    fs::write(dir.path().join("publish.toml"), toml).unwrap();
    fs::create_dir_all(dir.path().join("locales/en-GB")).unwrap();
    fs::copy(repo().join("locales/en-GB/statement.ftl"), dir.path().join("locales/en-GB/statement.ftl"))
        .unwrap();
    let mut ftl = String::new();
    for (k, id) in ids.iter().enumerate() {
        let name: Vec<&str> = (0..2 + k % 5).map(|j| words[(k * 7 + j * 3) % words.len()]).collect();
        ftl.push_str(&format!("{id} = {} No. {k}\n", name.join(" ")));
    }
    fs::write(dir.path().join("locales/en-GB/signatories.ftl"), ftl).unwrap();
    dir
}

/// A statement with `n` generated signatories, in English and French (the same names).
fn synthetic_en_fr(n: usize) -> tempfile::TempDir {
    let dir = synthetic(n);
    let toml = dir.path().join("publish.toml");
    let text = fs::read_to_string(&toml).unwrap();
    fs::write(&toml, text.replace("locales = [\"en-GB\"]", "locales = [\"en-GB\", \"fr\"]")).unwrap();
    fs::create_dir_all(dir.path().join("locales/fr")).unwrap();
    fs::copy(repo().join("locales/fr/statement.ftl"), dir.path().join("locales/fr/statement.ftl")).unwrap();
    fs::copy(dir.path().join("locales/en-GB/signatories.ftl"), dir.path().join("locales/fr/signatories.ftl"))
        .unwrap();
    dir
}

#[test]
fn a_long_list_in_two_languages_gives_what_each_language_gives_alone() {
    // One language is typeset in publish's own process, the other in a process of its own, its
    // files handed back to the first, which writes them: the bytes must be those of a run of
    // that language alone.
    let project = synthetic_en_fr(1000);
    let o = publish(project.path(), &["--lang", "en,fr", "--out", "both"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let err = stderr(&o);
    assert_eq!(err.matches("using project").count(), 1, "{err}");
    assert_eq!(err.matches("wrote ").count(), 2, "{err}");
    for (tag, file) in [("en", "oppose-icc-sanctions.en-GB.pdf"), ("fr", "oppose-icc-sanctions.fr.pdf")] {
        let o = publish(project.path(), &["--lang", tag, "--out", tag]);
        assert!(o.status.success(), "{}", stderr(&o));
        let alone = fs::read(project.path().join(tag).join(file)).unwrap();
        let both = fs::read(project.path().join("both").join(file)).unwrap();
        assert!(alone == both, "{file} differs between `--lang {tag}` and `--lang en,fr`");
    }
}

#[test]
fn a_long_list_with_an_error_in_one_language_writes_no_language() {
    let project = synthetic_en_fr(1000);
    replace_in(project.path(), "locales/fr/signatories.ftl", "sig-00007 = ", "sig-00007 = Հայաստան ");
    let o = publish(project.path(), &["--lang", "en,fr", "--out", "out"]);
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    let err = stderr(&o);
    assert_eq!(err.matches("U+0540").count(), 1, "{err}");
    assert!(err.contains("sig-00007") && err.contains("locale fr"), "{err}");
    assert!(files_under(&project.path().join("out")).is_empty(), "a language was written");
}

#[test]
fn a_name_of_2000_characters_wraps_inside_its_column() {
    let project = copy_project();
    let long: String = (0..260).map(|i| format!("Word{i:03}")).collect::<Vec<_>>().join(" ");
    assert!(long.len() >= 2000);
    replace_in(
        project.path(),
        "locales/en-GB/signatories.ftl",
        "sig-stopthedrugwar = StoptheDrugWar.org",
        &format!("sig-stopthedrugwar = {long}"),
    );
    let o = publish(project.path(), &["--lang", "en", "--out", "out"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let done = common::typeset(project.path(), &common::langs("en"));
    let text: String = publish::typeset::runs(&done[0].document).iter().map(|r| r.text.clone()).collect();
    for i in [0, 125, 249] {
        assert!(text.contains(&format!("Word{i:03}")), "Word{i:03} not printed");
    }
}

#[test]
fn ten_thousand_names_are_all_typeset() {
    let project = synthetic(10_000);
    let done = common::typeset(project.path(), &common::langs("en"));
    let text: String = publish::typeset::runs(&done[0].document)
        .iter()
        .map(|r| r.text.clone())
        .collect::<Vec<_>>()
        .join(" ");
    // Every "No. k" on the pages, wherever a line broke.
    let tokens: Vec<&str> = text.split_whitespace().collect();
    let numbers: std::collections::BTreeSet<usize> =
        tokens.windows(2).filter(|w| w[0] == "No.").filter_map(|w| w[1].parse().ok()).collect();
    let found = numbers.len();
    assert_eq!(found, 10_000, "names found on the pages");
    assert!(done[0].document.pages().len() > 50);
}

#[test]
fn an_unterminated_placeable_names_its_place() {
    let project = copy_project();
    let file = "locales/fr/statement.ftl";
    let text = fs::read_to_string(project.path().join(file)).unwrap();
    fs::write(project.path().join(file), format!("{text}\nlast = Texte {{ $count\n")).unwrap();
    let line = text.lines().count() + 2;
    let o = publish(project.path(), &["--out", "out"]);
    assert_eq!(o.status.code(), Some(1));
    assert!(stderr(&o).contains(&format!("statement.ftl:{line}:")), "{}", stderr(&o));
    assert!(common::pdfs_under(project.path()).is_empty());
}

#[test]
fn invalid_utf8_names_the_file_and_line() {
    let project = copy_project();
    let path = project.path().join("locales/fr/statement.ftl");
    let mut bytes = fs::read(&path).unwrap();
    bytes.extend_from_slice(b"\nbad = caf\xe9\n");
    fs::write(&path, bytes).unwrap();
    let o = publish(project.path(), &["--out", "out"]);
    assert_eq!(o.status.code(), Some(1));
    let err = stderr(&o);
    assert!(
        err.contains("statement.ftl")
            && err.contains("not valid UTF-8")
            && err.contains("save the file as UTF-8"),
        "{err}"
    );
    assert!(common::pdfs_under(project.path()).is_empty());
}

#[test]
fn a_cyclic_reference_is_an_error_naming_the_message() {
    let project = copy_project();
    replace_in(
        project.path(),
        "locales/fr/statement.ftl",
        "statement-kicker = Déclaration commune",
        "statement-kicker = { kicker-a }\nkicker-a = { kicker-b }\nkicker-b = { kicker-a }",
    );
    let o = publish(project.path(), &["--lang", "fr", "--out", "out"]);
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    let err = stderr(&o);
    // Found by the checks, before formatting: the circle named, at its place.
    assert!(
        err.contains("error[cyclic-reference]") && err.contains("kicker-a → kicker-b → kicker-a"),
        "{err}"
    );
    assert!(err.contains("locales/fr/statement.ftl:"), "{err}");
    assert!(common::pdfs_under(project.path()).is_empty());
}

#[test]
fn an_empty_locale_folder_or_an_unknown_locale_fails_cleanly() {
    let project = copy_project();
    for f in fs::read_dir(project.path().join("locales/fr")).unwrap() {
        fs::remove_file(f.unwrap().path()).unwrap();
    }
    let o = publish(project.path(), &["--out", "out"]);
    assert_eq!(o.status.code(), Some(1));
    assert!(stderr(&o).contains("locale `fr` has no .ftl file"), "{}", stderr(&o));

    let project = copy_project();
    replace_in(
        project.path(),
        "publish.toml",
        "locales = [\"en-GB\", \"fr\"]",
        "locales = [\"en-GB\", \"fr\", \"de\"]",
    );
    let o = publish(project.path(), &["--out", "out"]);
    assert_eq!(o.status.code(), Some(1));
    let err = stderr(&o);
    assert!(err.contains("locale `de` has no folder") && err.contains("publish.toml:"), "{err}");

    let project = copy_project();
    replace_in(
        project.path(),
        "publish.toml",
        "locales = [\"en-GB\", \"fr\"]",
        "locales = [\"en-GB\", \"fr\", \"not a tag\"]",
    );
    let o = publish(project.path(), &["--out", "out"]);
    assert_eq!(o.status.code(), Some(1));
    assert!(stderr(&o).contains("is not a locale"), "{}", stderr(&o));
    assert!(common::pdfs_under(project.path()).is_empty());
}

#[test]
fn a_date_that_does_not_parse_names_its_line() {
    let project = copy_project();
    replace_in(project.path(), "publish.toml", "date = \"2025-01-16\"", "date = \"16 January 2025\"");
    let o = publish(project.path(), &["--out", "out"]);
    assert_eq!(o.status.code(), Some(1));
    let err = stderr(&o);
    assert!(err.contains("publish.toml:7:8") && err.contains("YYYY-MM-DD"), "{err}");
}

#[test]
fn duplicate_ids_stop_the_publish_command() {
    let project = copy_project();
    replace_in(
        project.path(),
        "locales/fr/statement.ftl",
        "statement-kicker = Déclaration commune",
        "statement-kicker = Déclaration commune\nstatement-kicker = Encore",
    );
    let o = publish(project.path(), &["--out", "out"]);
    assert_eq!(o.status.code(), Some(1));
    assert!(stderr(&o).contains("`statement-kicker` is defined twice in locale fr"), "{}", stderr(&o));
}

#[test]
fn a_full_disk_is_a_clean_error_and_leaves_no_file() {
    // The shell ignores SIGXFSZ (ignored signals survive exec) and limits file sizes to 20 KiB:
    // the PDF cannot be written, as on a full disk.
    let out = tempfile::tempdir().unwrap();
    let script = format!(
        "trap '' XFSZ; ulimit -f 20; exec '{}' --lang fr --out '{}'",
        env!("CARGO_BIN_EXE_publish"),
        out.path().display()
    );
    let o = Command::new("bash")
        .arg("-c")
        .arg(&script)
        .current_dir(repo())
        .env_remove("SOURCE_DATE_EPOCH")
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
    assert!(stderr(&o).contains("cannot write"), "{}", stderr(&o));
    assert!(files_under(out.path()).is_empty(), "{:?}", files_under(out.path()));
}

#[test]
fn kill_9_during_a_run_keeps_the_previous_pdfs_and_the_next_run_cleans_up() {
    let out = tempfile::tempdir().unwrap();
    let o = publish(&repo(), &["--lang", "en,fr", "--out", out.path().to_str().unwrap()]);
    assert!(o.status.success());
    let before: Vec<(String, Vec<u8>)> = common::pdfs_under(out.path())
        .iter()
        .map(|p| (p.file_name().unwrap().to_string_lossy().into_owned(), fs::read(p).unwrap()))
        .collect();
    assert_eq!(before.len(), 2);
    // A temporary file as a killed run leaves it, and runs killed at several moments.
    fs::write(out.path().join(".publish-killed.tmp"), b"half a PDF").unwrap();
    for delay in [50, 150, 300] {
        let mut child = Command::new(env!("CARGO_BIN_EXE_publish"))
            .args(["--lang", "en,fr", "--theme", "default", "--out", out.path().to_str().unwrap()])
            .current_dir(repo())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        std::thread::sleep(Duration::from_millis(delay));
        let _ = child.kill();
        let _ = child.wait();
        for (name, bytes) in &before {
            assert_eq!(
                &fs::read(out.path().join(name)).unwrap(),
                bytes,
                "{name} changed after kill at {delay} ms"
            );
        }
    }
    let o = publish(&repo(), &["--lang", "en,fr", "--out", out.path().to_str().unwrap()]);
    assert!(o.status.success());
    let left: Vec<_> =
        files_under(out.path()).into_iter().filter(|p| p.to_string_lossy().ends_with(".tmp")).collect();
    assert!(left.is_empty(), "temporary files left: {left:?}");
}

#[test]
fn watch_publishes_again_after_an_edit() {
    let project = copy_project();
    let pdf = project.path().join("out/oppose-icc-sanctions.fr.pdf");
    let mut child = Command::new(env!("CARGO_BIN_EXE_publish"))
        .args(["watch", "--lang", "fr", "--out", "out"])
        .current_dir(project.path())
        .env("PUBLISH_WATCH_BUILDS", "2")
        .stderr(Stdio::from(fs::File::create(project.path().join("watch.err")).unwrap()))
        .spawn()
        .unwrap();
    let wait_for = |what: &dyn Fn() -> bool| {
        for _ in 0..600 {
            if what() {
                return true;
            }
            std::thread::sleep(Duration::from_millis(100));
        }
        false
    };
    assert!(wait_for(&|| pdf.is_file()), "the first build wrote nothing");
    let first = fs::read(&pdf).unwrap();
    // Writing into out/ (the output) must not trigger a build; editing a message must.
    fs::write(project.path().join("out/notes.txt"), "not a source").unwrap();
    std::thread::sleep(Duration::from_millis(300));
    // A file beside the project read and written all the time (a log, an editor's) must not
    // hold the build back.
    let busy = project.path().join("notes.log");
    let stop = std::sync::Arc::new(std::sync::atomic::AtomicBool::new(false));
    let noise = {
        let (busy, stop) = (busy.clone(), stop.clone());
        std::thread::spawn(move || {
            while !stop.load(std::sync::atomic::Ordering::Relaxed) {
                let _ = fs::write(&busy, "x");
                let _ = fs::read(&busy);
                std::thread::sleep(Duration::from_millis(5));
            }
        })
    };
    let edited = std::time::Instant::now();
    replace_in(
        project.path(),
        "locales/fr/statement.ftl",
        "statement-kicker = Déclaration commune",
        "statement-kicker = Déclaration conjointe",
    );
    // Two builds, then it stops by itself; a watch that never rebuilds is killed after a minute.
    let status = (0..600).find_map(|_| {
        std::thread::sleep(Duration::from_millis(100));
        child.try_wait().unwrap()
    });
    stop.store(true, std::sync::atomic::Ordering::Relaxed);
    noise.join().unwrap();
    if status.is_none() {
        let _ = child.kill();
    }
    let err = fs::read_to_string(project.path().join("watch.err")).unwrap();
    assert!(status.is_some_and(|s| s.success()), "watch did not publish again: {err}");
    // Not a speed measure: a liveness bound, far above a debug build's typesetting time, that a
    // watch held back by unrelated file activity exceeds.
    assert!(edited.elapsed() < Duration::from_secs(20), "the rebuild waited {:?}", edited.elapsed());
    assert_eq!(err.matches("wrote ").count(), 2, "{err}");
    let second = fs::read(&pdf).unwrap();
    assert!(first != second, "the edit did not reach the PDF: {err}");
    let done = common::typeset(project.path(), &common::langs("fr"));
    assert_eq!(done[0].model.kicker.as_deref(), Some("Déclaration conjointe"));
}

#[test]
fn watch_needs_a_project_folder() {
    let dir = tempfile::tempdir().unwrap();
    let o = publish(dir.path(), &["watch"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("no project folder to watch"), "{}", stderr(&o));
}

#[test]
fn the_language_with_the_most_text_is_typeset_here_the_others_in_workers() {
    use publish::commands::publish::workers;
    let tags = |l: &[publish::language::Language]| l.iter().map(|l| l.tag.clone()).collect::<Vec<_>>();
    // The built-in statement, from a folder without publish.toml: French has more text than
    // English (about 7% longer to typeset), so French starts at once and English in a worker.
    let empty = tempfile::tempdir().unwrap();
    let settings = publish::project::settings::resolve(&common::langs("en-GB,fr"), empty.path()).unwrap();
    let split = workers::split(&settings);
    assert_eq!(
        (tags(&split.here), tags(&split.workers)),
        (vec!["fr".to_string()], vec!["en-GB".to_string()])
    );
    // One language: here, no worker.
    let settings = publish::project::settings::resolve(&common::langs("en-GB"), empty.path()).unwrap();
    assert!(workers::split(&settings).workers.is_empty());
    // A layout of the project's: every language in a worker.
    let project = copy_project();
    common::copy_dir(&repo().join("layouts/handout"), &project.path().join("layouts/handout"));
    // (Changed: an unchanged copy of a built-in layout is the built-in one.)
    let main = project.path().join("layouts/handout/main.typ");
    fs::write(&main, fs::read_to_string(&main).unwrap() + "\n// the project's own\n").unwrap();
    let settings = publish::project::settings::resolve(&common::langs("all"), project.path()).unwrap();
    let split = workers::split(&settings);
    assert!(split.here.is_empty());
    assert_eq!(tags(&split.workers), ["en-GB", "fr"]);
}

#[test]
fn no_output_replaces_a_link_a_pipe_or_a_file_the_run_reads() {
    let project = common::copy_example();
    let p = project.path();
    let before = fs::read(p.join("publish.toml")).unwrap();
    let refused = |args: &[&str], says: &str| {
        let mut all = vec!["--lang", "en-GB"];
        all.extend_from_slice(args);
        let o = publish(p, &all);
        assert_eq!(o.status.code(), Some(2), "{args:?}: {}", stderr(&o));
        assert!(stderr(&o).contains(says), "{args:?}: {}", stderr(&o));
    };
    // The project's own files and folders.
    refused(&["--manifest", "publish.toml", "--out", "o"], "which this run reads");
    refused(&["--manifest", "locales/fr/letter.ftl", "--out", "o"], "is inside");
    refused(&["--manifest", "branding/logo.svg", "--out", "o"], "which this run reads");
    refused(&["--out", "locales/fr"], "the output folder");
    refused(&["--out", "layouts/mine"], "the output folder");
    // A link to a file elsewhere, a pipe: never replaced.
    let elsewhere = tempfile::tempdir().unwrap();
    let target = elsewhere.path().join("precious.json");
    fs::write(&target, "precious").unwrap();
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt;
        std::os::unix::fs::symlink(&target, p.join("link.json")).unwrap();
        refused(&["--manifest", "link.json", "--out", "o"], "is a symbolic link, not a regular file");
        assert!(Command::new("mkfifo").arg(p.join("pipe")).status().unwrap().success());
        refused(&["--manifest", "pipe", "--out", "o"], "is a pipe (FIFO), not a regular file");
        assert!(fs::symlink_metadata(p.join("pipe")).unwrap().file_type().is_fifo());
    }
    assert_eq!(fs::read(&target).unwrap(), b"precious");
    assert_eq!(fs::read(p.join("publish.toml")).unwrap(), before);
    assert!(files_under(&p.join("o")).is_empty(), "nothing written");
}

#[cfg(unix)]
#[test]
fn a_layout_or_fonts_folder_linked_from_outside_the_project_is_not_read() {
    let project = common::copy_example();
    let p = project.path();
    let outside = tempfile::tempdir().unwrap();
    let ext = outside.path().join("ext");
    fs::create_dir_all(&ext).unwrap();
    for f in ["main.typ", "layout.toml"] {
        fs::copy(repo().join("layouts/open-letter").join(f), ext.join(f)).unwrap();
    }
    fs::write(ext.join("secret.txt"), "secret").unwrap();
    fs::create_dir_all(p.join("layouts")).unwrap();
    std::os::unix::fs::symlink(&ext, p.join("layouts/ext")).unwrap();
    let o = publish(p, &["--lang", "en-GB", "--layout", "ext", "--out", "o"]);
    assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
    assert!(stderr(&o).contains("layout `ext` is not read: layouts/ext is a link to"), "{}", stderr(&o));
    let ejected = p.join("ejected");
    let o = publish(p, &["eject", ejected.to_str().unwrap(), "--layout", "ext", "--lang", "en-GB"]);
    assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
    assert!(!ejected.exists(), "nothing copied out of the outside folder");
    // layouts/ itself a link out of the project: the same.
    fs::remove_file(p.join("layouts/ext")).unwrap();
    fs::remove_dir(p.join("layouts")).unwrap();
    std::os::unix::fs::symlink(outside.path(), p.join("layouts")).unwrap();
    let o = publish(p, &["--lang", "en-GB", "--layout", "ext", "--out", "o"]);
    assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
    // fonts/ as a link out of the project: skipped, with the warning the README promises.
    fs::remove_file(p.join("layouts")).unwrap();
    std::os::unix::fs::symlink(&ext, p.join("fonts")).unwrap();
    let o = publish(p, &["--lang", "en-GB", "--out", "o"]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(stderr(&o).contains("warning[skipped]: skipped fonts: it is a link to"), "{}", stderr(&o));
}

#[test]
fn a_file_where_a_folder_is_wanted_and_a_windows_device_name_are_said_as_such() {
    let tmp = tempfile::tempdir().unwrap();
    fs::write(tmp.path().join("afile.txt"), "x").unwrap();
    let o = publish(tmp.path(), &["init", "afile.txt"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("afile.txt is a file"), "{}", stderr(&o));
    let project = copy_project();
    let o = publish(project.path(), &["eject", "publish.toml", "--lang", "fr"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("publish.toml is a file, not a folder"), "{}", stderr(&o));
    // CON.en-GB.pdf cannot be made on Windows: the id is refused at its line everywhere.
    for id in ["CON", "nul", "Com1", "LPT9"] {
        let project = copy_project();
        replace_in(
            project.path(),
            "publish.toml",
            "id = \"oppose-icc-sanctions\"",
            &format!("id = \"{id}\""),
        );
        let o = publish(project.path(), &["--lang", "fr", "--out", "o"]);
        assert_eq!(o.status.code(), Some(1), "{id}: {}", stderr(&o));
        assert!(stderr(&o).contains("is a name Windows reserves for a device"), "{}", stderr(&o));
    }
    let project = copy_project();
    replace_in(project.path(), "publish.toml", "id = \"oppose-icc-sanctions\"", "id = \"console\"");
    // A name that only begins like one is a name.
    let o = publish(project.path(), &["check"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
}

#[test]
fn a_line_break_in_a_tag_or_a_path_is_shown_escaped_never_as_a_line_of_its_own() {
    let tmp = tempfile::tempdir().unwrap();
    let o = publish(&repo(), &["--lang", "fr\nerror: forged line", "--out", tmp.path().to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(2));
    let err = stderr(&o);
    assert!(err.contains("`fr\\nerror: forged line`"), "{err}");
    assert!(!err.lines().any(|l| l.starts_with("error: forged line")), "{err}");
    let out = tmp.path().join("a\nb");
    let o = publish(&repo(), &["--lang", "fr", "--out", out.to_str().unwrap()]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(stderr(&o).lines().any(|l| l.starts_with("wrote ") && l.contains("a\\nb/")), "{}", stderr(&o));
}

#[test]
fn watch_stays_up_when_a_layout_loops_and_builds_again_after_the_fix() {
    use std::io::BufRead;
    let project = common::copy_example();
    let p = project.path();
    let dir = p.join("layouts/loop");
    fs::create_dir_all(&dir).unwrap();
    fs::copy(repo().join("layouts/open-letter/layout.toml"), dir.join("layout.toml")).unwrap();
    fs::write(
        dir.join("main.typ"),
        "#set document(title: \"x\")\n#let s = 0\n#for i in range(30000000) { s += i }\n#s\n",
    )
    .unwrap();
    let mut child = Command::new(env!("CARGO_BIN_EXE_publish"))
        .args(["watch", "--layout", "loop", "--lang", "en-GB", "--timeout", "2", "--out", "out"])
        .current_dir(p)
        .env("PUBLISH_WATCH_BUILDS", "2")
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut lines = std::io::BufReader::new(child.stderr.take().unwrap()).lines();
    let mut said = Vec::new();
    // The first build: stopped at the time limit, said, and the watch waits for a change.
    for line in lines.by_ref() {
        let line = line.unwrap();
        let waiting = line.contains("waiting for a change");
        said.push(line);
        if waiting {
            break;
        }
    }
    assert!(
        said.iter().any(|l| l.starts_with("error[timeout]") || l.starts_with("error[memory]")),
        "{said:?}"
    );
    fs::write(dir.join("main.typ"), "#set document(title: \"x\")\nfine\n").unwrap();
    said.extend(lines.map(Result::unwrap));
    assert!(child.wait().unwrap().success(), "{said:?}");
    assert!(said.iter().any(|l| l.starts_with("wrote ")), "built again after the fix: {said:?}");
}
