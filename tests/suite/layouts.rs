//! Layouts as a contract: the declaration every layout carries (layout.toml) and what publish
//! refuses against it, the library served at /publish.typ (and copied by eject), and
//! diagnostics that name files relative to the current folder.

use crate::common;

use std::fs;
use std::path::Path;

use common::{copy_dir, copy_project, files_under, publish, repo, stderr};

/// The handout copied into the project as layout `name`, its layout.toml replaced by `toml`.
fn handout_with(project: &Path, name: &str, toml: Option<&str>) {
    let dir = project.join("layouts").join(name);
    copy_dir(&repo().join("layouts/handout"), &dir);
    match toml {
        Some(t) => fs::write(dir.join("layout.toml"), t).unwrap(),
        None => fs::remove_file(dir.join("layout.toml")).unwrap(),
    }
}

const FULL: &str = "schema = 2\nlibrary = 3\ndirections = [\"ltr\"]\nthemes = [\"default\", \"contrast\"]\npapers = [\"a4\", \"us-letter\"]\nprint = [\"bleed\", \"marks\"]\n";

#[test]
fn a_layout_without_a_declaration_is_refused_with_a_template() {
    let project = copy_project();
    handout_with(project.path(), "mine", None);
    let o = publish(project.path(), &["--layout", "mine", "--lang", "fr"]);
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    let err = stderr(&o);
    assert!(err.contains("layout `mine` has no readable layout.toml"), "{err}");
    assert!(err.contains("directions = [\"ltr\"]"), "the help shows what to write: {err}");
    assert!(files_under(&project.path().join("out")).is_empty());
}

#[test]
fn what_a_layout_does_not_declare_is_refused_naming_the_layout() {
    let project = copy_project();
    let p = project.path();
    handout_with(
        p,
        "plain",
        Some(
            &FULL
                .replace("[\"default\", \"contrast\"]", "[\"default\"]")
                .replace("[\"bleed\", \"marks\"]", "[]"),
        ),
    );
    for (args, says) in [
        (&["--theme", "contrast"][..], "layout `plain` does not offer the theme `contrast`"),
        (&["--bleed", "3mm"][..], "layout `plain` does not honour --bleed"),
        (&["--marks"][..], "layout `plain` does not honour --marks"),
    ] {
        let mut all = vec!["--layout", "plain", "--lang", "fr"];
        all.extend_from_slice(args);
        let o = publish(p, &all);
        assert_eq!(o.status.code(), Some(2), "{args:?}: {}", stderr(&o));
        assert!(stderr(&o).contains(says), "{args:?}: {}", stderr(&o));
    }
    // Another schema or library: the layout must be updated (exit 1).
    handout_with(p, "old", Some(&FULL.replace("schema = 2", "schema = 0")));
    let o = publish(p, &["--layout", "old", "--lang", "fr"]);
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    assert!(
        stderr(&o).contains("was written for model schema 0; this publish makes schema 2"),
        "{}",
        stderr(&o)
    );
    handout_with(p, "older", Some(&FULL.replace("library = 3", "library = 7")));
    let o = publish(p, &["--layout", "older", "--lang", "fr"]);
    assert!(stderr(&o).contains("was written for library version 7"), "{}", stderr(&o));
    // A value publish does not know, at its place.
    handout_with(p, "odd", Some(&FULL.replace("[\"ltr\"]", "[\"ltr\", \"diagonal\"]")));
    let o = publish(p, &["--layout", "odd", "--lang", "fr"]);
    assert!(stderr(&o).contains("unknown variant `diagonal`, expected `ltr` or `rtl`"), "{}", stderr(&o));
}

#[test]
fn a_right_to_left_language_in_a_left_to_right_layout_is_refused() {
    // Hebrew (a copy of the French text, for the test): CLDR writes it right to left.
    let project = copy_project();
    let p = project.path();
    copy_dir(&p.join("locales/fr"), &p.join("locales/he"));
    let toml = fs::read_to_string(p.join("publish.toml")).unwrap();
    fs::write(
        p.join("publish.toml"),
        toml.replace("locales = [\"en-GB\", \"fr\"]", "locales = [\"en-GB\", \"fr\", \"he\"]"),
    )
    .unwrap();
    // A layout that declares left to right only (the built-in ones set both directions).
    handout_with(p, "ltr-only", Some(FULL));
    let o = publish(p, &["--lang", "he", "--layout", "ltr-only"]);
    assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
    let err = stderr(&o);
    assert!(
        err.contains("layout `ltr-only` does not set right-to-left text, and he is written right-to-left"),
        "{err}"
    );
    assert!(files_under(&p.join("out")).is_empty());
}

#[test]
fn the_library_is_served_and_eject_copies_it() {
    let project = copy_project();
    let o = publish(project.path(), &["eject", "ejected", "--lang", "fr"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let ejected = project.path().join("ejected");
    assert_eq!(
        fs::read(ejected.join("publish.typ")).unwrap(),
        fs::read(repo().join("layouts/publish.typ")).unwrap()
    );
    assert!(ejected.join("layout.toml").is_file());
    // A layout's own publish.typ takes the library's place.
    let p = project.path();
    handout_with(p, "own-lib", Some(FULL));
    let library = fs::read_to_string(repo().join("layouts/publish.typ")).unwrap();
    let own = library.replace(
        "  let data = json(\"/model.json\")",
        "  panic(\"the layout's own library\")\n  let data = json(\"/model.json\")",
    );
    assert_ne!(own, library);
    fs::write(p.join("layouts/own-lib/publish.typ"), own).unwrap();
    let o = publish(p, &["--layout", "own-lib", "--lang", "fr"]);
    assert_eq!(o.status.code(), Some(1));
    assert!(stderr(&o).contains("the layout's own library"), "{}", stderr(&o));
}

#[test]
fn diagnostics_name_files_relative_to_the_current_folder() {
    let project = copy_project();
    let p = project.path();
    let file = p.join("locales/fr/statement.ftl");
    let text = fs::read_to_string(&file).unwrap();
    fs::write(
        &file,
        text.replacen("statement-kicker = Déclaration commune", "statement-kicker = { $oops", 1),
    )
    .unwrap();
    let o = publish(p, &["check", "--lang", "fr"]);
    let err = stderr(&o);
    assert!(err.contains("┌─ locales/fr/statement.ftl:"), "{err}");
    assert!(!err.contains(&p.display().to_string()), "no absolute path: {err}");
    // From a sub-folder the path is the whole one (it is not under the current folder).
    let sub = p.join("locales");
    let o = publish(&sub, &["check", "--lang", "fr"]);
    assert!(stderr(&o).contains(&format!("{}/locales/fr/statement.ftl:", p.display())), "{}", stderr(&o));
}
