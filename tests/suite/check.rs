//! `publish check`, `publish new-locale` and the pseudo-locale, through the real binary. Each
//! finding code has a fixture under tests/fixtures/check/<case>/ whose expected.json names the
//! code, severity, file, line and column (computed by tests/fixtures/check/make.py from the text).

use crate::common;

use std::fs;
use std::path::{Path, PathBuf};

use common::{copy_dir, publish, repo, stderr};
use serde_json::Value;

fn fixtures() -> Vec<PathBuf> {
    let mut v: Vec<PathBuf> = fs::read_dir(repo().join("tests/fixtures/check"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.join("expected.json").is_file())
        .collect();
    v.sort();
    v
}

/// A copy of a fixture in a temp folder (tests never change the fixtures).
fn copy_fixture(dir: &Path) -> tempfile::TempDir {
    let tmp = tempfile::tempdir().unwrap();
    copy_dir(dir, tmp.path());
    tmp
}

fn check_json(project: &Path, extra: &[&str]) -> (Option<i32>, Value) {
    let p = project.to_str().unwrap();
    let mut args = vec!["check", "--format", "json", "--project", p];
    args.extend_from_slice(extra);
    let o = publish(project, &args);
    let doc: Value = serde_json::from_slice(&o.stdout)
        .unwrap_or_else(|e| panic!("not JSON ({e}): {}\n{}", String::from_utf8_lossy(&o.stdout), stderr(&o)));
    (o.status.code(), doc)
}

#[test]
fn every_finding_code_is_reported_at_its_place() {
    let cases = fixtures();
    assert!(cases.len() >= 17, "{} fixtures", cases.len());
    for case in cases {
        let name = case.file_name().unwrap().to_string_lossy().into_owned();
        let expected: Value =
            serde_json::from_str(&fs::read_to_string(case.join("expected.json")).unwrap()).unwrap();
        let (code, doc) = check_json(&case, &[]);
        let findings = doc["findings"].as_array().unwrap();
        assert_eq!(findings.len(), 1, "{name}: {findings:#?}");
        let f = &findings[0];
        assert_eq!(f["code"], expected["code"], "{name}");
        assert_eq!(f["severity"], expected["severity"], "{name}");
        let file = f["file"].as_str().unwrap();
        assert!(file.ends_with(expected["file"].as_str().unwrap()), "{name}: {file}");
        assert_eq!(f["line"], expected["line"], "{name}: {f:#?}");
        assert_eq!(f["column"], expected["column"], "{name}: {f:#?}");
        let is_error = expected["severity"] == "error";
        assert_eq!(doc["errors"], if is_error { 1 } else { 0 }, "{name}");
        assert_eq!(doc["warnings"], if is_error { 0 } else { 1 }, "{name}");
        assert!(f["message"].as_str().unwrap().len() > 10);
        if f["code"] != "ftl-syntax" {
            assert!(f["locale"].is_string(), "{name}: no locale");
        }
        // Exit codes: 1 on errors; warnings fail only with --strict.
        assert_eq!(code, Some(if is_error { 1 } else { 0 }), "{name}");
        let (strict, _) = check_json(&case, &["--strict"]);
        assert_eq!(strict, Some(1), "{name} --strict");
    }
}

#[test]
fn a_clean_statement_and_the_shipped_one_pass_strict() {
    let (code, doc) = check_json(&repo().join("tests/fixtures/check/clean"), &["--strict"]);
    assert_eq!(code, Some(0), "{doc:#?}");
    assert_eq!(doc["findings"].as_array().unwrap().len(), 0);
    let o = publish(&repo(), &["check", "--strict"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert!(stderr(&o).contains("check (en-GB, fr): 0 errors, 0 warnings"), "{}", stderr(&o));
}

#[test]
fn human_and_github_formats_name_the_place() {
    let case = repo().join("tests/fixtures/check/variable-unknown");
    let o = publish(&case, &["check"]);
    assert_eq!(o.status.code(), Some(1));
    let err = stderr(&o);
    assert!(err.contains("error[variable-unknown]"), "{err}");
    assert!(err.contains("main.ftl:13:49"), "{err}");
    assert!(err.contains("{ $nombre }"), "the source line is shown: {err}");
    let o = publish(&case, &["check", "--format", "github"]);
    let out = String::from_utf8_lossy(&o.stdout);
    assert!(out.starts_with("::error file="), "{out}");
    assert!(out.contains(",line=13,col=49,title=variable-unknown::"), "{out}");
}

#[test]
fn check_usage_errors_exit_2() {
    let o = publish(&repo(), &["check", "--lang", "xx"]);
    assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
    let o = publish(&repo(), &["check", "--mark-reviewed", "en"]);
    assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
    let o = publish(&repo(), &["check", "--format", "yaml"]);
    assert_eq!(o.status.code(), Some(2));
}

#[test]
fn mark_reviewed_clears_a_stale_translation_and_keeps_the_text() {
    let tmp = copy_fixture(&repo().join("tests/fixtures/check/stale"));
    let file = tmp.path().join("locales/fr/main.ftl");
    let before = fs::read_to_string(&file).unwrap();
    let (code, _) = check_json(tmp.path(), &["--strict"]);
    assert_eq!(code, Some(1));
    let (code, doc) = check_json(tmp.path(), &["--strict", "--mark-reviewed", "fr"]);
    assert_eq!(code, Some(0), "{doc:#?}");
    let after = fs::read_to_string(&file).unwrap();
    // Only review lines changed: the same text once they are taken out.
    let strip = |s: &str| s.lines().filter(|l| !l.starts_with("# reviewed:")).collect::<Vec<_>>().join("\n");
    assert_eq!(strip(&before), strip(&after));
    assert_ne!(before, after);
}

#[test]
fn marking_one_language_reviewed_says_what_it_did_and_checks_that_language() {
    // Before: marking es reviewed printed every other language's `unreviewed` warnings and
    // ended "0 errors, 45 warnings", as if marking had failed.
    let tmp = copy_fixture(&repo().join("tests/fixtures/check/stale"));
    // A second translation, stale too: a copy of fr's files as "es".
    fs::create_dir_all(tmp.path().join("locales/es")).unwrap();
    fs::copy(tmp.path().join("locales/fr/main.ftl"), tmp.path().join("locales/es/main.ftl")).unwrap();
    let toml = fs::read_to_string(tmp.path().join("publish.toml")).unwrap();
    fs::write(tmp.path().join("publish.toml"), toml.replacen("\"fr\"", "\"fr\", \"es\"", 1)).unwrap();
    let o = publish(tmp.path(), &["check"]);
    assert!(stderr(&o).contains("warning[stale]"), "{}", stderr(&o));
    let o = publish(tmp.path(), &["check", "--mark-reviewed", "fr"]);
    let err = stderr(&o);
    assert_eq!(o.status.code(), Some(0), "{err}");
    assert!(err.contains("marked locales/fr/main.ftl as reviewed against"), "{err}");
    // Only fr is checked: es, still stale, is not what was asked.
    assert!(!err.contains("warning[stale]"), "{err}");
    assert!(err.contains("check (fr): 0 errors, 0 warnings"), "{err}");
    // Again: nothing left to mark, and said so.
    let o = publish(tmp.path(), &["check", "--mark-reviewed", "fr"]);
    assert!(stderr(&o).contains("fr: every message was already marked as reviewed"), "{}", stderr(&o));
    // Asked together with other languages, those are checked too.
    let o = publish(tmp.path(), &["check", "--mark-reviewed", "fr", "--lang", "all"]);
    assert!(stderr(&o).contains("warning[stale]"), "{}", stderr(&o));
}

#[test]
fn the_publish_command_refuses_a_locale_with_check_errors() {
    let tmp = copy_fixture(&repo().join("tests/fixtures/check/variable-unknown"));
    let o = publish(tmp.path(), &["--out", "out"]);
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    assert!(stderr(&o).contains("variable-unknown"));
    assert!(!tmp.path().join("out").exists());
    // Warnings do not stop it.
    let tmp = copy_fixture(&repo().join("tests/fixtures/check/stale"));
    let o = publish(tmp.path(), &["--out", "out"]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(tmp.path().join("out/fixture.fr.pdf").is_file());
}

#[test]
fn new_locale_scaffolds_every_message_and_check_lists_them() {
    let tmp = copy_fixture(&repo().join("tests/fixtures/check/clean"));
    let o = publish(tmp.path(), &["new-locale", "de"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let text = fs::read_to_string(tmp.path().join("locales/de/main.ftl")).unwrap();
    assert!(text.contains("# statement-title = The title"), "{text}");
    assert!(text.contains("# sig-one = First Organisation\n#     .note = A note on the first."), "{text}");
    let toml = fs::read_to_string(tmp.path().join("publish.toml")).unwrap();
    assert!(toml.contains("locales = [\"en\", \"fr\", \"de\"]"), "{toml}");
    let (code, doc) = check_json(tmp.path(), &["--lang", "de"]);
    assert_eq!(code, Some(1));
    let missing: Vec<&str> = doc["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["code"] == "missing-message" || f["code"] == "missing-signatory")
        .map(|f| f["id"].as_str().unwrap())
        .collect();
    // Ten messages of the frame, the body, and two signatories.
    assert_eq!(missing.len(), 13, "{missing:?}");
    assert!(missing.contains(&"sig-two") && missing.contains(&"body"));
    // A second time: it exists already.
    let o = publish(tmp.path(), &["new-locale", "de"]);
    assert_eq!(o.status.code(), Some(2));
    let o = publish(tmp.path(), &["new-locale", "not a tag"]);
    assert_eq!(o.status.code(), Some(2));
    // Tags with extensions, as publish.toml takes them (and the README documents).
    for tag in ["ar-u-nu-arab", "ar-EG-u-nu-latn"] {
        let o = publish(tmp.path(), &["new-locale", tag]);
        assert!(o.status.success(), "{tag}: {}", stderr(&o));
        assert!(tmp.path().join("locales").join(tag).join("main.ftl").is_file(), "{tag}");
    }
    // A run killed after it wrote the locale's files and before publish.toml named it: the next
    // run makes the locale, not "exists already".
    let before = fs::read_to_string(tmp.path().join("publish.toml")).unwrap();
    let o = publish(tmp.path(), &["new-locale", "it"]);
    assert!(o.status.success(), "{}", stderr(&o));
    fs::write(tmp.path().join("publish.toml"), &before).unwrap();
    let o = publish(tmp.path(), &["new-locale", "it"]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(fs::read_to_string(tmp.path().join("publish.toml")).unwrap().contains("\"it\"]"));
    // A folder someone has translated in is never made again.
    fs::write(tmp.path().join("publish.toml"), &before).unwrap();
    let main = tmp.path().join("locales/it/main.ftl");
    let text = fs::read_to_string(&main).unwrap().replacen("# statement-title", "statement-title", 1);
    fs::write(&main, text).unwrap();
    let o = publish(tmp.path(), &["new-locale", "it"]);
    assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
    assert!(stderr(&o).contains("exists already"));
}

#[test]
fn the_pseudo_locale_is_longer_and_every_layout_still_holds() {
    let done = common::typeset(&repo(), &common::langs("en,pseudo"));
    let en = done.iter().find(|t| t.model.locale == "en-GB").unwrap();
    let ps = done.iter().find(|t| t.model.locale == "en-XA").unwrap();
    let len = |t: &publish::commands::publish::Typeset| -> usize {
        t.model.blocks.iter().map(|b| format!("{b:?}").chars().count()).sum()
    };
    assert!(len(ps) * 10 >= len(en) * 12, "pseudo {} vs en {}", len(ps), len(en));
    assert!(!ps.model.title.as_deref().unwrap().is_ascii(), "accented: {:?}", ps.model.title);
    // Placeables intact: the numbers of publish.toml are there.
    assert!(format!("{:?}", ps.model.blocks).contains("125"));
    // Every layout: the run's own checks (glyphs, page box, overlaps) passed above for the
    // built-in one; the same on the command line, for each layout there is.
    for layout in publish::project::layout::layout_names(&publish::project::Root::Builtin) {
        let out = tempfile::tempdir().unwrap();
        let o = publish(
            &repo(),
            &["--lang", "pseudo", "--layout", &layout, "--out", out.path().to_str().unwrap()],
        );
        assert!(o.status.success(), "{layout}: {}", stderr(&o));
        let name = if layout == "handout" {
            "oppose-icc-sanctions.en-XA.pdf".to_string()
        } else {
            format!("oppose-icc-sanctions.en-XA.{layout}.pdf")
        };
        assert!(out.path().join(name).is_file());
    }
    let o = publish(&repo(), &["check", "--lang", "pseudo", "--strict"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
}

#[test]
fn editing_commands_need_a_project_on_disk() {
    let dir = tempfile::tempdir().unwrap();
    let o = publish(dir.path(), &["new-locale", "de"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("pass --project"), "{}", stderr(&o));
    let o = publish(dir.path(), &["check", "--mark-reviewed", "fr"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("built-in example cannot be marked"), "{}", stderr(&o));
    assert!(common::files_under(dir.path()).is_empty(), "nothing written");
}

#[test]
fn real_names_pass_the_name_rules_and_a_cited_exception_is_silent() {
    let (code, doc) = check_json(&repo().join("tests/fixtures/check/names-real"), &["--strict"]);
    assert_eq!(code, Some(0), "{doc:#?}");
    assert_eq!(doc["findings"].as_array().unwrap().len(), 0, "{doc:#?}");
}

#[test]
fn the_seeds_damaged_names_are_found_at_their_characters() {
    let case = repo().join("tests/fixtures/check/names-seed");
    let expected: Value =
        serde_json::from_str(&fs::read_to_string(case.join("expected-findings.json")).unwrap()).unwrap();
    let key = |f: &Value| {
        let file = f["file"].as_str().unwrap();
        let file = if file.contains("/en/") { "en" } else { "fr" };
        (
            f["code"].as_str().unwrap().to_string(),
            file,
            f["line"].as_u64().unwrap(),
            f["column"].as_u64().unwrap(),
        )
    };
    let mut want: Vec<_> = expected.as_array().unwrap().iter().map(key).collect();
    let (code, doc) = check_json(&case, &[]);
    assert_eq!(code, Some(0), "name findings are warnings: {doc:#?}");
    let mut got: Vec<_> = doc["findings"].as_array().unwrap().iter().map(key).collect();
    want.sort();
    got.sort();
    assert_eq!(got, want);
    for f in doc["findings"].as_array().unwrap() {
        assert_eq!(f["severity"], "warning");
        assert!(f["message"].as_str().unwrap().contains("help: "), "{f:#?}");
    }
    let (strict, _) = check_json(&case, &["--strict"]);
    assert_eq!(strict, Some(1));
    // The finding shows the name and the fix; a `name-as-written` without a source says why it
    // does not silence.
    let err = stderr(&publish(&case, &["check", "--lang", "en"]));
    assert!(err.contains("`Organization of the Justice Campaign (OJC)`"), "{err}");
    assert!(err.contains("`Baltasar Garzón International Foundation (FIBGAR)`"), "{err}");
    assert!(err.contains("silences the name rules only with its source"), "{err}");
}
